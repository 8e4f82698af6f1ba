#include "client/core/LocalStore.h"

#include "common/protocol/JsonReader.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClientStore, "client.store", QtInfoMsg)

namespace {
namespace key {
const QString deviceId = u"device_id"_s;
const QString deviceEpoch = u"device_epoch"_s;
const QString nextCounter = u"next_counter"_s;
const QString serverEpoch = u"server_epoch"_s;
const QString serverUrl = u"server_url"_s;
const QString user = u"user"_s;
const QString verifier = u"password_verifier"_s;
const QString token = u"token"_s;
const QString tokenExpiresAt = u"token_expires_at"_s;
const QString lastSyncAt = u"last_sync_at"_s;
const QString maxFileSize = u"max_file_size"_s;
} // namespace key

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

const QString kRecordColumns = u"SELECT kind, id, data, seq, deleted FROM records "_s;
const QString kRecordOrder = u" ORDER BY seq IS NULL, seq, rowid"_s;
} // namespace

LocalStore::LocalStore(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock) { }

LocalStore::~LocalStore()
{
    close();
}

bool LocalStore::open(const QString &path)
{
    return openDatabase(path, migrations());
}

bool LocalStore::openAtVersion(const QString &path, int schemaVersion)
{
    QList<Migration> steps;
    for (const Migration &m : migrations()) {
        if (m.version <= schemaVersion)
            steps.append(m);
    }
    return openDatabase(path, steps);
}

bool LocalStore::openDatabase(const QString &path, const QList<Migration> &steps)
{
    close();
    if (!m_db.open(path) || !m_db.migrate(steps)) {
        m_error = m_db.errorString();
        qCWarning(lcClientStore) << "cannot open" << path << m_error;
        m_db.close();
        return false;
    }
    if (!ensureDeviceIdentity()) {
        close();
        return false;
    }
    return true;
}

void LocalStore::close()
{
    m_queries.clear(); // prepared statements must go before the connection
    m_db.close();
}

bool LocalStore::isOpen() const
{
    return m_db.isOpen();
}

QString LocalStore::path() const
{
    return m_db.path();
}

QString LocalStore::errorString() const
{
    return m_error.isEmpty() ? m_db.errorString() : m_error;
}

int LocalStore::schemaVersion() const
{
    return m_db.schemaVersion();
}

QSqlQuery &LocalStore::prepared(const QString &sql) const
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qCWarning(lcClientStore) << "cannot prepare" << sql << q.lastError().text();
        it = m_queries.insert(sql, q);
    }
    return *it;
}

bool LocalStore::run(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    fail(q);
    return false;
}

void LocalStore::fail(const QSqlQuery &q) const
{
    m_error = q.lastError().text();
    qCWarning(lcClientStore) << "statement failed:" << q.lastQuery() << m_error;
}

QString LocalStore::meta(const QString &k) const
{
    QSqlQuery &q = prepared(u"SELECT value FROM meta WHERE key = ?"_s);
    q.bindValue(0, k);
    QString value;
    if (run(q) && q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

bool LocalStore::setMeta(const QString &k, const QString &value)
{
    QSqlQuery &q = prepared(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.bindValue(0, k);
    q.bindValue(1, value.isNull() ? u""_s : value); // a null QString would bind as NULL
    return run(q);
}

bool LocalStore::ensureDeviceIdentity()
{
    if (!meta(key::deviceId).isEmpty())
        return true;
    const bool ok = m_db.transaction([&] {
        return setMeta(key::deviceId, crypto::newUuid()) && setMeta(key::deviceEpoch, u"1"_s)
            && setMeta(key::nextCounter, u"1"_s);
    });
    if (!ok)
        m_error = u"cannot create the device identity: "_s + errorString();
    return ok;
}

QString LocalStore::deviceId() const
{
    return meta(key::deviceId);
}

qint64 LocalStore::deviceEpoch() const
{
    return qMax<qint64>(1, meta(key::deviceEpoch).toLongLong());
}

qint64 LocalStore::nextCounter() const
{
    return qMax<qint64>(1, meta(key::nextCounter).toLongLong());
}

QString LocalStore::serverEpoch() const
{
    return meta(key::serverEpoch);
}

QUrl LocalStore::serverUrl() const
{
    return QUrl(meta(key::serverUrl));
}

bool LocalStore::setServerUrl(const QUrl &url)
{
    return setMeta(key::serverUrl, url.toString());
}

std::optional<UserInfo> LocalStore::userInfo() const
{
    const QString text = meta(key::user);
    if (text.isEmpty())
        return std::nullopt;
    Error error;
    return UserInfo::fromJson(fromJsonText(text), &error);
}

bool LocalStore::setUserInfo(const UserInfo &user)
{
    return setMeta(key::user, toJsonText(user.toJson()));
}

QString LocalStore::passwordVerifier() const
{
    return meta(key::verifier);
}

bool LocalStore::setPasswordVerifier(const QString &verifier)
{
    return setMeta(key::verifier, verifier);
}

QString LocalStore::token() const
{
    return meta(key::token);
}

QDateTime LocalStore::tokenExpiresAt() const
{
    return fromIsoUtc(meta(key::tokenExpiresAt));
}

bool LocalStore::setToken(const QString &token, const QDateTime &expiresAt)
{
    return m_db.transaction([&] {
        return setMeta(key::token, token) && setMeta(key::tokenExpiresAt, toIsoUtc(expiresAt));
    });
}

QDateTime LocalStore::lastSyncAt() const
{
    return fromIsoUtc(meta(key::lastSyncAt));
}

qint64 LocalStore::announcedMaxFileSize() const
{
    return std::max<qint64>(meta(key::maxFileSize).toLongLong(), 0);
}

bool LocalStore::setAnnouncedMaxFileSize(qint64 bytes)
{
    return setMeta(key::maxFileSize, QString::number(bytes));
}

QString LocalStore::metaValue(const QString &k) const
{
    return meta(u"x."_s + k);
}

bool LocalStore::setMetaValue(const QString &k, const QString &value)
{
    return setMeta(u"x."_s + k, value);
}

Error LocalStore::saveLocal(const QList<LocalWrite> &writes)
{
    if (writes.isEmpty())
        return {};
    if (!isOpen())
        return Error(ErrorCode::Internal, u"the profile database is not open"_s);
    const QString now = toIsoUtc(m_clock->now());
    m_error.clear();
    const bool ok = m_db.transaction([&] {
        qint64 counter = qMax<qint64>(1, meta(key::nextCounter).toLongLong());
        // Append-only kinds never reuse an id (a clash fails the batch); editable records (a
        // coach's review, requirement mark or phrase) are written again under their id.
        static const QStringList editableKinds{u"review"_s, u"requirement_mark"_s, u"phrase"_s};
        for (const LocalWrite &w : writes) {
            QSqlQuery &rec = prepared(editableKinds.contains(w.kind)
                                          ? u"INSERT INTO records (kind, id, data, seq, deleted) "
                                            "VALUES (?, ?, ?, NULL, 0) ON CONFLICT (kind, id) "
                                            "DO UPDATE SET data = excluded.data, deleted = 0"_s
                                          : u"INSERT INTO records (kind, id, data, seq, deleted) "
                                            "VALUES (?, ?, ?, NULL, 0)"_s);
            QJsonObject local = w.data;
            for (auto it = w.localExtra.begin(); it != w.localExtra.end(); ++it)
                local.insert(it.key(), it.value());
            rec.bindValue(0, w.kind);
            rec.bindValue(1, w.id);
            rec.bindValue(2, toJsonText(local));
            if (!run(rec))
                return false;
            if (!enqueue(counter++, w, now))
                return false;
        }
        return setMeta(key::nextCounter, QString::number(counter));
    });
    if (!ok)
        return Error(ErrorCode::Internal, u"could not save on this laptop: "_s + errorString());
    emit localChangeSaved();
    return {};
}

bool LocalStore::enqueue(qint64 counter, const LocalWrite &write, const QString &clientTime)
{
    QSqlQuery &out = prepared(u"INSERT INTO outbox (counter, kind, record_id, data, client_time, "
                              "state) VALUES (?, ?, ?, ?, ?, 'pending')"_s);
    out.bindValue(0, counter);
    out.bindValue(1, write.kind);
    out.bindValue(2, write.id);
    out.bindValue(3, toJsonText(write.data));
    out.bindValue(4, clientTime);
    return run(out);
}

QList<Operation> LocalStore::pendingOperations(int maxOps, qint64 maxBytes) const
{
    QSqlQuery &q = prepared(u"SELECT counter, kind, record_id, data, client_time FROM outbox "
                            "WHERE state = 'pending' ORDER BY counter LIMIT ?"_s);
    q.bindValue(0, maxOps);
    QList<Operation> ops;
    qint64 bytes = 0;
    if (run(q)) {
        while (q.next()) {
            const QString data = q.value(3).toString();
            bytes += data.size() + 200; // the operation's envelope
            if (!ops.isEmpty() && bytes > maxBytes)
                break;
            Operation op;
            op.counter = q.value(0).toLongLong();
            op.kind = q.value(1).toString();
            op.id = q.value(2).toString();
            op.data = fromJsonText(data);
            op.clientTime = fromIsoUtc(q.value(4).toString());
            ops.append(op);
        }
    }
    q.finish();
    return ops;
}

int LocalStore::pendingCount() const
{
    QSqlQuery &q = prepared(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s);
    int n = 0;
    if (run(q) && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

int LocalStore::rejectedCount() const
{
    QSqlQuery &q = prepared(u"SELECT count(*) FROM outbox WHERE state = 'rejected'"_s);
    int n = 0;
    if (run(q) && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

namespace {
OutboxEntry readOutboxRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.op.counter = q.value(0).toLongLong();
    e.op.kind = q.value(1).toString();
    e.op.id = q.value(2).toString();
    e.op.data = fromJsonText(q.value(3).toString());
    e.op.clientTime = fromIsoUtc(q.value(4).toString());
    e.state = q.value(5).toString() == u"rejected"_s ? OutboxEntry::State::Rejected
                                                     : OutboxEntry::State::Pending;
    if (e.state == OutboxEntry::State::Rejected) {
        e.error = Error(errorCodeFromName(q.value(6).toString()), q.value(7).toString());
    }
    return e;
}
} // namespace

QList<OutboxEntry> LocalStore::outbox() const
{
    QSqlQuery &q = prepared(u"SELECT counter, kind, record_id, data, client_time, state, "
                            "error_code, error_message FROM outbox ORDER BY counter"_s);
    QList<OutboxEntry> entries;
    if (run(q)) {
        while (q.next())
            entries.append(readOutboxRow(q));
    }
    q.finish();
    return entries;
}

QList<OutboxEntry> LocalStore::rejectedOperations() const
{
    QSqlQuery &q = prepared(u"SELECT counter, kind, record_id, data, client_time, state, "
                            "error_code, error_message FROM outbox WHERE state = 'rejected' "
                            "ORDER BY counter"_s);
    QList<OutboxEntry> entries;
    if (run(q)) {
        while (q.next())
            entries.append(readOutboxRow(q));
    }
    q.finish();
    return entries;
}

bool LocalStore::hasPendingForTask(const QString &taskId) const
{
    QSqlQuery &q
        = prepared(u"SELECT 1 FROM outbox WHERE task_id = ? AND state = 'pending' LIMIT 1"_s);
    q.bindValue(0, taskId);
    const bool found = run(q) && q.next();
    q.finish();
    return found;
}

QList<StoredRecord> LocalStore::readRecords(QSqlQuery &q) const
{
    QList<StoredRecord> out;
    if (run(q)) {
        while (q.next()) {
            StoredRecord r;
            r.kind = q.value(0).toString();
            r.id = q.value(1).toString();
            r.data = fromJsonText(q.value(2).toString());
            r.seq = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
            r.deleted = q.value(4).toInt() != 0;
            out.append(r);
        }
    }
    q.finish();
    return out;
}

std::optional<StoredRecord> LocalStore::record(const QString &kind, const QString &id) const
{
    QSqlQuery &q = prepared(kRecordColumns + u"WHERE kind = ? AND id = ?"_s);
    q.bindValue(0, kind);
    q.bindValue(1, id);
    const QList<StoredRecord> found = readRecords(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<StoredRecord> LocalStore::records(const QString &kind) const
{
    QSqlQuery &q = prepared(kRecordColumns + u"WHERE kind = ? AND deleted = 0"_s + kRecordOrder);
    q.bindValue(0, kind);
    return readRecords(q);
}

QList<StoredRecord> LocalStore::recordsForTask(const QString &kind, const QString &taskId) const
{
    QSqlQuery &q = prepared(kRecordColumns + u"WHERE kind = ? AND task_id = ? AND deleted = 0"_s
                            + kRecordOrder);
    q.bindValue(0, kind);
    q.bindValue(1, taskId);
    return readRecords(q);
}

QList<StoredRecord> LocalStore::tasksOfSet(const QString &taskSetId) const
{
    QSqlQuery &q
        = prepared(kRecordColumns + u"WHERE kind = 'task' AND task_set_id = ? AND deleted = 0"_s
                   + kRecordOrder);
    q.bindValue(0, taskSetId);
    return readRecords(q);
}

int LocalStore::recordCount(const QString &kind) const
{
    QSqlQuery &q = prepared(u"SELECT count(*) FROM records WHERE kind = ? AND deleted = 0"_s);
    q.bindValue(0, kind);
    int n = 0;
    if (run(q) && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}
