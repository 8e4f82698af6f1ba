#pragma once
// All SQL of the client: one profile's SQLite database (profile meta, records, per-scope
// membership, cursors and the outbox). A local write stores the record and its outbox operation
// in one transaction; a sync response is applied in one transaction, cursors included, so a
// cursor never moves past data that is not stored. Used from one thread (the UI thread).

#include "common/protocol/AuthMessages.h"
#include "common/protocol/Error.h"
#include "common/protocol/SyncMessages.h"
#include "common/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

#include <optional>

class Clock;

// A record as the client holds it. seq is 0 while the record exists only on this laptop.
struct StoredRecord
{
    QString kind;
    QString id;
    QJsonObject data;
    qint64 seq = 0;
    bool deleted = false;
};

// One outbox row: an operation waiting for the server, or one the server refused.
struct OutboxEntry
{
    enum class State { Pending, Rejected };
    Operation op;
    State state = State::Pending;
    Error error; // why it was rejected
};

// A record written on this laptop: stored at once and queued for the server.
struct LocalWrite
{
    QString kind;
    QString id;
    QJsonObject data; // sent to the server as the operation's data
    QJsonObject localExtra; // fields only the local copy carries until the server's copy arrives
};

// What applying one sync response did.
struct ApplyResult
{
    bool ok = false;
    Error error; // set when !ok (nothing was stored)
    int acknowledged = 0; // operations removed from the outbox (applied or duplicate)
    int rejected = 0; // operations marked rejected
    int changes = 0; // records inserted, updated or tombstoned
    bool serverEpochChanged = false; // all cursors were reset: pull everything again
    QStringList scopesReset; // digest mismatch: these scopes are pulled again from 0
    int requeued = 0; // own records sent again because the server's database changed
};

class LocalStore : public QObject
{
    Q_OBJECT
public:
    explicit LocalStore(Clock *clock, QObject *parent = nullptr);
    ~LocalStore() override;

    // Opens (creating if needed) and migrates the database; a new database gets its device id.
    bool open(const QString &path);
    // Opens at an older schema version: only for tests that migrate old databases.
    bool openAtVersion(const QString &path, int schemaVersion);
    void close();
    bool isOpen() const;
    QString path() const;
    QString errorString() const;

    // Every schema step, oldest first. migrations().mid(0, n) builds a database of version n.
    static QList<Migration> migrations();
    static int latestSchemaVersion();
    int schemaVersion() const;

    // Profile meta
    QString deviceId() const;
    qint64 deviceEpoch() const;
    qint64 nextCounter() const;
    QString serverEpoch() const;
    QUrl serverUrl() const;
    bool setServerUrl(const QUrl &url);
    std::optional<UserInfo> userInfo() const;
    bool setUserInfo(const UserInfo &user);
    QString passwordVerifier() const; // argon2id string; empty when none was stored
    bool setPasswordVerifier(const QString &verifier);
    QString token() const;
    QDateTime tokenExpiresAt() const;
    bool setToken(const QString &token, const QDateTime &expiresAt);
    QDateTime lastSyncAt() const; // the last successfully applied sync response
    // The largest file the server accepts, as its last sync response announced it (`limits`);
    // 0 when no server announced one (then the protocol's default applies).
    qint64 announcedMaxFileSize() const;
    bool setAnnouncedMaxFileSize(qint64 bytes);
    // Generic meta for small settings of other client modules.
    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    // Local writes: every record and its outbox operation in one transaction (all or nothing).
    Error saveLocal(const QList<LocalWrite> &writes);

    // Outbox
    // Pending operations in counter order, at most maxOps and about maxBytes of JSON (always at
    // least one when any is pending, however large).
    QList<Operation> pendingOperations(int maxOps, qint64 maxBytes) const;
    int pendingCount() const;
    int rejectedCount() const;
    QList<OutboxEntry> outbox() const; // pending and rejected, in counter order
    QList<OutboxEntry> rejectedOperations() const;
    bool hasPendingForTask(const QString &taskId) const;

    // Sync
    QMap<QString, qint64> cursors() const;
    ApplyResult applySyncResponse(const SyncResponse &response);
    // The digest of what this laptop holds of a scope (same rule as the server's).
    ScopeDigest scopeDigest(const QString &scope) const;
    // What this laptop holds of a scope, as the changes that brought it, ascending by seq.
    QList<Change> scopeContents(const QString &scope) const;

    // Queries (deleted records excluded). Order: synced records by seq, then local ones as written.
    std::optional<StoredRecord> record(const QString &kind, const QString &id) const;
    QList<StoredRecord> records(const QString &kind) const;
    QList<StoredRecord> recordsForTask(const QString &kind, const QString &taskId) const;
    QList<StoredRecord> tasksOfSet(const QString &taskSetId) const;
    int recordCount(const QString &kind) const;

signals:
    // A local write was committed (the outbox grew).
    void localChangeSaved();

private:
    QSqlQuery &prepared(const QString &sql) const;
    bool run(QSqlQuery &q) const;
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    bool ensureDeviceIdentity();
    QList<StoredRecord> readRecords(QSqlQuery &q) const;
    bool applyChange(const Change &change, ApplyResult *result);
    bool storeCursors(const SyncResponse &response, ApplyResult *result);
    bool requeueOwnRecords(ApplyResult *result);
    bool enqueue(qint64 counter, const LocalWrite &write, const QString &clientTime);
    bool checkDigests(const SyncResponse &response, ApplyResult *result);
    void fail(const QSqlQuery &q) const;

    bool openDatabase(const QString &path, const QList<Migration> &steps);

    Clock *m_clock;
    mutable Database m_db;
    mutable QHash<QString, QSqlQuery> m_queries;
    mutable QString m_error;
};
