#pragma once
// All SQL of the server: one SQLite database (pajapolku.sqlite in the data directory) with
// organisations, users, tokens, records, the change log with per-scope digests, devices and
// applied operations. Statements are prepared once and reused; values are always bound.
// Any SQL failure inside transaction() makes the whole transaction roll back, even when the
// caller only saw "not found", so nothing is ever stored half.

#include "common/protocol/AuthMessages.h"
#include "common/protocol/SyncMessages.h"
#include "common/storage/Database.h"
#include "server/core/CoachingRows.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

struct OrgRow
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
};

struct UserRow
{
    qint64 id = 0;
    qint64 orgId = 0;
    QString username;
    QString displayName;
    Role role = Role::Trainee;
    QString passwordHash;
    bool mustChangePassword = false;
    bool disabled = false;
    QDateTime createdAt;
};

struct TokenRow
{
    qint64 id = 0;
    qint64 userId = 0;
    QDateTime expiresAt;
    bool revoked = false;
};

struct RecordRow
{
    QString kind;
    QString id;
    QString scope; // the owner's scope: org:<id> for content, trainee:<id> for a trainee's records
    QJsonObject data;
    bool deleted = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct DeviceRow
{
    QString deviceId;
    qint64 epoch = 0;
    qint64 userId = 0;
    qint64 lastCounter = 0;
    // The highest counter whose applied_ops row may have been pruned (0: none).
    qint64 prunedThrough = 0;
};

// A stored file of an organisation (content-addressed: one per (org, sha256)).
struct BlobRow
{
    qint64 orgId = 0;
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QDateTime createdAt;
};

// An upload in progress: `received` bytes from the start are durable and hashed into hashState;
// `ranges` are durable byte ranges [start, end) beyond it, sorted and merged.
struct UploadRow
{
    qint64 orgId = 0;
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    qint64 received = 0;
    QByteArray hashState;
    qint64 startedBy = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<QPair<qint64, qint64>> ranges;
};

class ServerStore
{
public:
    static constexpr char16_t kFileName[] = u"pajapolku.sqlite";

    ServerStore();
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    // Creates the directory and database when needed and migrates the schema.
    bool open(const QString &dataDir);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString databasePath() const { return m_db.path(); }
    int schemaVersion() const { return m_db.schemaVersion(); }

    // Runs fn in one write transaction; nested calls join the outer transaction. Returns false
    // (after rolling back) when fn returns false or any statement failed.
    bool transaction(const std::function<bool()> &fn);
    bool inTransaction() const { return m_depth > 0; }
    // Inside a transaction: runs fn under a savepoint. When fn returns false or a statement
    // fails, fn's writes are undone and the outer transaction goes on unharmed (returns false).
    // Outside a transaction it is transaction(fn).
    bool bestEffort(const std::function<bool()> &fn);

    QString serverEpoch();
    // Gives the database a new random epoch (after restoring a backup): clients then pull
    // everything again and offer what they wrote. Returns the new epoch, empty on failure.
    QString renewServerEpoch();

    // Organisations
    std::optional<qint64> insertOrg(const QString &name, const QDateTime &now);
    std::optional<OrgRow> org(qint64 id);
    std::optional<OrgRow> orgByName(const QString &name);
    QList<OrgRow> orgs();

    // Users (usernames are stored in lower case)
    std::optional<qint64> insertUser(const UserRow &user);
    std::optional<UserRow> user(qint64 id);
    std::optional<UserRow> userByUsername(const QString &username);
    QList<UserRow> users(qint64 orgId = 0); // 0: every organisation
    QList<qint64> traineeIds(qint64 orgId);
    bool setUserDisabled(qint64 userId, bool disabled);
    bool setUserPassword(qint64 userId, const QString &hash, bool mustChange);

    // Tokens (only their SHA-256 in hex)
    std::optional<qint64> insertToken(qint64 userId, const QString &tokenHash,
                                      const QString &deviceName, const QDateTime &createdAt,
                                      const QDateTime &expiresAt);
    std::optional<TokenRow> tokenByHash(const QString &tokenHash);
    bool revokeToken(qint64 tokenId, const QDateTime &now);
    // Revokes every live token of the user except one (0: none); returns how many, -1 on error.
    int revokeUserTokens(qint64 userId, const QDateTime &now, qint64 exceptTokenId = 0);
    bool deleteTokensExpiredBefore(const QDateTime &t);

    // Records
    std::optional<RecordRow> record(const QString &kind, const QString &id);
    bool insertRecord(const RecordRow &record);
    bool updateRecord(const QString &kind, const QString &id, const QJsonObject &data,
                      bool deleted, const QDateTime &now);
    int recordCount(const QString &kind);
    QList<RecordRow> recordsOfScope(const QString &scope, const QString &kind);
    QList<RecordRow> tasksOfSet(const QString &taskSetId); // by position
    QList<qint64> traineesAssigned(const QString &taskSetId);
    std::optional<QString> assignmentId(qint64 traineeId, const QString &taskSetId);
    // True when the task exists and its set is assigned to the trainee.
    bool isTaskAssigned(const QString &taskId, qint64 traineeId);
    int submissionCount(qint64 traineeId, const QString &taskId);

    // Change log: one global sequence, one row per (scope, kind, record) with its latest seq.
    // Records a change of the record in the scope and returns its new sequence number.
    std::optional<qint64> recordChange(const QString &scope, const QString &kind,
                                       const QString &id);
    // Change rows of a scope with seq > afterSeq joined with the current record, ascending.
    // sizes (optional) receives the UTF-8 bytes of each record's stored JSON, for paging.
    QList<Change> changesAfter(const QString &scope, qint64 afterSeq, int limit,
                               QList<qsizetype> *sizes = nullptr);
    // The digest kept up to date by recordChange(); computeDigest() rebuilds it from the rows.
    ScopeDigest digest(const QString &scope);
    ScopeDigest computeDigest(const QString &scope);

    // Devices and the idempotency of operations
    std::optional<DeviceRow> device(const QString &deviceId, qint64 epoch);
    std::optional<qint64> deviceOwner(const QString &deviceId); // user of any epoch
    bool upsertDevice(const DeviceRow &device);
    std::optional<Ack> appliedOp(const QString &deviceId, qint64 epoch, qint64 counter);
    bool insertAppliedOp(const QString &deviceId, qint64 epoch, const Ack &ack,
                         const QDateTime &appliedAt);
    // In one transaction: deletes the applied_ops rows written before `before`, except the
    // newest keepPerDevice (by counter) of every (device, epoch), and raises each device's
    // pruned_through to the highest counter deleted. Returns the rows deleted, -1 on error.
    int pruneAppliedOps(const QDateTime &before, int keepPerDevice);
    int appliedOpCount(); // rows of applied_ops (for maintenance output and tests)

    // Files (ServerStoreFiles.cpp): stored blobs, uploads in progress, quotas
    std::optional<BlobRow> blob(qint64 orgId, const QString &sha256);
    bool insertBlob(const BlobRow &blob);
    std::optional<UploadRow> upload(qint64 orgId, const QString &sha256); // with its ranges
    bool insertUpload(const UploadRow &upload);
    // Stores size, media type, received, hash state, updated_at and replaces the ranges.
    bool updateUpload(const UploadRow &upload);
    bool deleteUpload(qint64 orgId, const QString &sha256);
    QList<UploadRow> uploadsUpdatedBefore(const QDateTime &t); // without ranges
    QList<QPair<qint64, QString>> allUploadKeys(); // (org, sha256) of every upload
    // Bytes of stored files plus declared sizes of uploads in progress.
    qint64 storageUsed(qint64 orgId);
    std::optional<qint64> orgQuota(qint64 orgId); // nullopt: the server default
    bool setOrgQuota(qint64 orgId, std::optional<qint64> bytes);
    // Scopes of live attachment records naming the hash as their file or thumbnail.
    QStringList attachmentScopes(const QString &sha256);

    // Coaching (ServerStoreCoaching.cpp): shared groups and the audit trail
    std::optional<qint64> insertGroup(qint64 orgId, const QString &name, const QDateTime &now);
    std::optional<GroupRow> group(qint64 id);
    QList<GroupRow> groups(qint64 orgId = 0); // 0: every organisation; by organisation and name
    QList<GroupRow> groupsNamed(const QString &name);
    // Adds the user unless already a member; role "trainee" or "coach".
    bool addGroupMember(qint64 groupId, qint64 userId, const QString &role, const QDateTime &now);
    QList<GroupMemberRow> groupMembers(qint64 groupId);
    // Trainees of every group in which the user is a coach, ascending.
    QList<qint64> groupTraineesOf(qint64 coachId);
    bool insertAudit(const AuditRow &row);
    QList<AuditRow> auditOfTrainee(qint64 traineeId); // oldest first

private:
    // Prepares (once) and runs a statement with positional values; nullptr on failure.
    QSqlQuery *run(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    bool exec(const QString &sql, const QVariantList &values = {});
    void fail(const QString &what, const QString &sqlError);
    std::optional<qint64> nextSeq();
    bool updateDigest(const QString &scope, const QString &kind, const QString &id,
                      qint64 oldSeq, qint64 newSeq);
    static UserRow userFrom(const QSqlQuery &q);
    static RecordRow recordFrom(const QSqlQuery &q);
    QList<UserRow> readUsers(QSqlQuery *q);
    QList<RecordRow> readRecords(QSqlQuery *q);

    Database m_db;
    QHash<QString, QSqlQuery> m_queries;
    QString m_error;
    int m_depth = 0;
    bool m_failed = false;
};
