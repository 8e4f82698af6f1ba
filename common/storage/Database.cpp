#include "common/storage/Database.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "common.storage")

namespace {
QAtomicInteger<quint64> g_connectionCounter;
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_connectionName = u"pajapolku-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    // Each pragma as its own statement: QtSql runs one statement per exec().
    for (const QString &pragma :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
          u"PRAGMA busy_timeout=5000"_s}) {
        if (!exec(pragma))
            return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return m_db.isOpen();
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    if (current < 0) {
        m_error = u"cannot read the schema version"_s;
        return false;
    }
    QList<Migration> steps = migrations;
    std::sort(steps.begin(), steps.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    const int newest = steps.isEmpty() ? 0 : steps.last().version;
    if (current > newest) {
        m_error = u"the database schema (%1) is newer than this program (%2)"_s.arg(current).arg(newest);
        return false;
    }
    for (const Migration &m : steps) {
        if (m.version <= current)
            continue;
        const bool ok = transaction([&] {
            for (const QString &sql : m.statements) {
                if (!exec(sql))
                    return false;
            }
            return exec(u"PRAGMA user_version=%1"_s.arg(m.version));
        });
        if (!ok) {
            m_error = u"migration to version %1 failed: %2"_s.arg(m.version).arg(m_error);
            qCWarning(lcStorage) << m_error;
            return false;
        }
    }
    return true;
}

bool Database::transaction(const std::function<bool()> &fn)
{
    if (!exec(u"BEGIN IMMEDIATE"_s))
        return false;
    bool ok = false;
    try {
        ok = fn();
    } catch (...) {
        exec(u"ROLLBACK"_s);
        throw;
    }
    if (!ok) {
        const QString err = m_error;
        exec(u"ROLLBACK"_s);
        m_error = err;
        return false;
    }
    return exec(u"COMMIT"_s);
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        qCWarning(lcStorage) << "statement failed:" << sql << m_error;
        return false;
    }
    return true;
}
