#include "server/core/ServerStore.h"

#include "server/core/ServerLogging.h"
#include "server/core/ServerMigrations.h"

#include <QDir>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {
qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

constexpr char16_t kUserColumns[] = u"id, org_id, username, display_name, role, password_hash,"
                                    u" must_change_password, disabled, created_at";
} // namespace

ServerStore::ServerStore() = default;

ServerStore::~ServerStore()
{
    close();
}

bool ServerStore::open(const QString &dataDir)
{
    close();
    if (!QDir().mkpath(dataDir)) {
        m_error = u"cannot create the data directory %1"_s.arg(dataDir);
        return false;
    }
    const QString path = QDir(dataDir).filePath(QString::fromUtf16(kFileName));
    if (!m_db.open(path) || !m_db.migrate(serverMigrations())) {
        m_error = m_db.errorString();
        qCWarning(lcStore) << "cannot open" << path << m_error;
        m_db.close();
        return false;
    }
    qCDebug(lcStore) << "opened" << path << "schema" << m_db.schemaVersion();
    return true;
}

void ServerStore::close()
{
    m_queries.clear(); // statements must go before their connection
    m_db.close();
    m_depth = 0;
}

bool ServerStore::isOpen() const
{
    return m_db.isOpen();
}

void ServerStore::fail(const QString &what, const QString &sqlError)
{
    m_failed = true;
    m_error = what + u": "_s + sqlError;
    qCWarning(lcStore).noquote() << "SQL failed:" << m_error;
}

QSqlQuery *ServerStore::run(const QString &sql, const QVariantList &values)
{
    if (!m_db.isOpen()) {
        fail(sql, u"the database is not open"_s);
        return nullptr;
    }
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db.connection());
        if (!q.prepare(sql)) {
            fail(sql, q.lastError().text());
            return nullptr;
        }
        it = m_queries.insert(sql, q);
    }
    QSqlQuery &q = *it;
    q.finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values.at(i));
    if (!q.exec()) {
        fail(sql, q.lastError().text());
        return nullptr;
    }
    return &q;
}

QVariant ServerStore::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = run(sql, values);
    if (!q || !q->next())
        return {};
    QVariant v = q->value(0);
    q->finish();
    return v;
}

bool ServerStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = run(sql, values);
    if (!q)
        return false;
    q->finish();
    return true;
}

bool ServerStore::transaction(const std::function<bool()> &fn)
{
    if (m_depth > 0) {
        ++m_depth;
        const bool ok = fn();
        --m_depth;
        return ok && !m_failed;
    }
    for (QSqlQuery &q : m_queries)
        q.finish();
    m_failed = false;
    m_depth = 1;
    const bool ok = m_db.transaction([&] {
        const bool result = fn();
        for (QSqlQuery &q : m_queries)
            q.finish(); // open read statements would keep the transaction from committing
        return result && !m_failed;
    });
    m_depth = 0;
    if (!ok && !m_failed)
        m_error = m_db.errorString();
    m_failed = false;
    return ok;
}

bool ServerStore::bestEffort(const std::function<bool()> &fn)
{
    if (m_depth == 0)
        return transaction(fn);
    const bool failedBefore = m_failed;
    const QString errorBefore = m_error;
    if (!exec(u"SAVEPOINT best_effort"_s)) {
        m_failed = failedBefore; // nothing was written: the outer transaction is unharmed
        return false;
    }
    m_failed = false;
    ++m_depth;
    bool ok = fn() && !m_failed;
    --m_depth;
    for (QSqlQuery &q : m_queries)
        q.finish();
    const QString stepError = m_error;
    m_failed = false;
    if (!ok && !exec(u"ROLLBACK TO best_effort"_s)) {
        // The step's writes could not be undone: the whole transaction must fail.
        return false;
    }
    if (!exec(u"RELEASE best_effort"_s))
        return false;
    m_failed = failedBefore;
    m_error = ok ? errorBefore : stepError;
    return ok;
}

QString ServerStore::serverEpoch()
{
    return scalar(u"SELECT value FROM meta WHERE key = 'server_epoch'"_s).toString();
}

QString ServerStore::renewServerEpoch()
{
    const bool ok = transaction([&] {
        return exec(u"UPDATE meta SET value = lower(hex(randomblob(16))) "
                    "WHERE key = 'server_epoch'"_s);
    });
    return ok ? serverEpoch() : QString();
}

std::optional<qint64> ServerStore::nextSeq()
{
    const QVariant v = scalar(
        u"UPDATE meta SET value = value + 1 WHERE key = 'last_seq' RETURNING value"_s);
    if (!v.isValid()) {
        fail(u"nextSeq"_s, u"no sequence counter"_s);
        return std::nullopt;
    }
    return v.toLongLong();
}

// --- Organisations ---------------------------------------------------------------------------

std::optional<qint64> ServerStore::insertOrg(const QString &name, const QDateTime &now)
{
    QSqlQuery *q = run(u"INSERT INTO orgs (name, created_at) VALUES (?, ?)"_s, {name, ms(now)});
    if (!q)
        return std::nullopt;
    const qint64 id = q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

std::optional<OrgRow> ServerStore::org(qint64 id)
{
    QSqlQuery *q = run(u"SELECT id, name, created_at FROM orgs WHERE id = ?"_s, {id});
    if (!q || !q->next())
        return std::nullopt;
    OrgRow o{q->value(0).toLongLong(), q->value(1).toString(), fromMs(q->value(2))};
    q->finish();
    return o;
}

std::optional<OrgRow> ServerStore::orgByName(const QString &name)
{
    QSqlQuery *q = run(u"SELECT id, name, created_at FROM orgs WHERE name = ?"_s, {name});
    if (!q || !q->next())
        return std::nullopt;
    OrgRow o{q->value(0).toLongLong(), q->value(1).toString(), fromMs(q->value(2))};
    q->finish();
    return o;
}

QList<OrgRow> ServerStore::orgs()
{
    QList<OrgRow> out;
    QSqlQuery *q = run(u"SELECT id, name, created_at FROM orgs ORDER BY id"_s);
    while (q && q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), fromMs(q->value(2))});
    if (q)
        q->finish();
    return out;
}

// --- Users -----------------------------------------------------------------------------------

UserRow ServerStore::userFrom(const QSqlQuery &q)
{
    UserRow u;
    u.id = q.value(0).toLongLong();
    u.orgId = q.value(1).toLongLong();
    u.username = q.value(2).toString();
    u.displayName = q.value(3).toString();
    u.role = roleFromName(q.value(4).toString()).value_or(Role::Trainee);
    u.passwordHash = q.value(5).toString();
    u.mustChangePassword = q.value(6).toBool();
    u.disabled = q.value(7).toBool();
    u.createdAt = fromMs(q.value(8));
    return u;
}

QList<UserRow> ServerStore::readUsers(QSqlQuery *q)
{
    QList<UserRow> out;
    while (q && q->next())
        out.append(userFrom(*q));
    if (q)
        q->finish();
    return out;
}

std::optional<qint64> ServerStore::insertUser(const UserRow &u)
{
    QSqlQuery *q = run(u"INSERT INTO users (org_id, username, display_name, role, password_hash,"
                       " must_change_password, disabled, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {u.orgId, u.username.toLower(), u.displayName, roleName(u.role),
                        u.passwordHash, u.mustChangePassword, u.disabled, ms(u.createdAt)});
    if (!q)
        return std::nullopt;
    const qint64 id = q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

std::optional<UserRow> ServerStore::user(qint64 id)
{
    const QList<UserRow> rows = readUsers(
        run(u"SELECT "_s + QString::fromUtf16(kUserColumns) + u" FROM users WHERE id = ?"_s, {id}));
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<UserRow> ServerStore::userByUsername(const QString &username)
{
    const QList<UserRow> rows = readUsers(run(u"SELECT "_s + QString::fromUtf16(kUserColumns)
                                                  + u" FROM users WHERE username = ?"_s,
                                              {username.toLower()}));
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<UserRow> ServerStore::users(qint64 orgId)
{
    if (orgId == 0)
        return readUsers(run(u"SELECT "_s + QString::fromUtf16(kUserColumns)
                             + u" FROM users ORDER BY org_id, username"_s));
    return readUsers(run(u"SELECT "_s + QString::fromUtf16(kUserColumns)
                             + u" FROM users WHERE org_id = ? ORDER BY username"_s,
                         {orgId}));
}

QList<qint64> ServerStore::traineeIds(qint64 orgId)
{
    QList<qint64> out;
    QSqlQuery *q = run(
        u"SELECT id FROM users WHERE org_id = ? AND role = 'trainee' ORDER BY id"_s, {orgId});
    while (q && q->next())
        out.append(q->value(0).toLongLong());
    if (q)
        q->finish();
    return out;
}

bool ServerStore::setUserDisabled(qint64 userId, bool disabled)
{
    return exec(u"UPDATE users SET disabled = ? WHERE id = ?"_s, {disabled, userId});
}

bool ServerStore::setUserPassword(qint64 userId, const QString &hash, bool mustChange)
{
    return exec(u"UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?"_s,
                {hash, mustChange, userId});
}

// --- Tokens ----------------------------------------------------------------------------------

std::optional<qint64> ServerStore::insertToken(qint64 userId, const QString &tokenHash,
                                               const QString &deviceName,
                                               const QDateTime &createdAt,
                                               const QDateTime &expiresAt)
{
    QSqlQuery *q = run(u"INSERT INTO tokens (user_id, token_hash, device_name, created_at,"
                       " expires_at) VALUES (?, ?, ?, ?, ?)"_s,
                       {userId, tokenHash, deviceName, ms(createdAt), ms(expiresAt)});
    if (!q)
        return std::nullopt;
    const qint64 id = q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

std::optional<TokenRow> ServerStore::tokenByHash(const QString &tokenHash)
{
    QSqlQuery *q = run(u"SELECT id, user_id, expires_at, revoked_at FROM tokens"
                       " WHERE token_hash = ?"_s,
                       {tokenHash});
    if (!q || !q->next())
        return std::nullopt;
    TokenRow t{q->value(0).toLongLong(), q->value(1).toLongLong(), fromMs(q->value(2)),
               !q->value(3).isNull()};
    q->finish();
    return t;
}

bool ServerStore::revokeToken(qint64 tokenId, const QDateTime &now)
{
    return exec(u"UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
                {ms(now), tokenId});
}

int ServerStore::revokeUserTokens(qint64 userId, const QDateTime &now, qint64 exceptTokenId)
{
    QSqlQuery *q = run(u"UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND id != ?"
                       " AND revoked_at IS NULL AND expires_at > ?"_s,
                       {ms(now), userId, exceptTokenId, ms(now)});
    if (!q)
        return -1;
    const int n = q->numRowsAffected();
    q->finish();
    return n;
}

bool ServerStore::deleteTokensExpiredBefore(const QDateTime &t)
{
    return exec(u"DELETE FROM tokens WHERE expires_at < ?"_s, {ms(t)});
}
