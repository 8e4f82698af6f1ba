#pragma once
// The sync round (push then pull, in one transaction) and the writes that feed it: content of an
// organisation (task sets, tasks) and assignments, fanned out into the scopes of the trainees who
// have the set assigned, so that every trainee scope is self-contained. docs/PROTOCOL.md states
// the rules this class implements: idempotent operations, paging, cursors, digests and epochs.
// Error out-parameters may be null.

#include "common/model/Records.h"
#include "common/protocol/Error.h"
#include "common/protocol/SyncMessages.h"
#include "server/core/ServerStore.h"

#include <QStringList>

#include <functional>
#include <optional>

class Clock;

class SyncService
{
public:
    // Pruning of the idempotency table applied_ops: rows older than this many days go, except
    // the newest kAppliedOpsKeptPerDevice of every (device, epoch). A re-sent op whose row is
    // gone is acknowledged as a duplicate (docs/PROTOCOL.md, "Push").
    static constexpr int kAppliedOpsRetentionDays = 90;
    static constexpr int kAppliedOpsKeptPerDevice = 1000;

    SyncService(ServerStore *store, Clock *clock);

    // Where the limits announced in every sync response come from (e.g. the UploadService's
    // largest file); without a source no limits are sent and clients keep the defaults.
    using LimitsSource = std::function<ServerLimits()>;
    void setLimitsSource(LimitsSource source) { m_limits = std::move(source); }

    // Applies the request's operations and returns acknowledgements plus the next page of
    // changes. On an error (another user's device, database failure) nothing is applied.
    std::optional<SyncResponse> sync(const UserRow &user, const SyncRequest &request,
                                     Error *error);

    // The scopes the user may read, sorted: a trainee reads trainee:<self>; a coach or admin
    // reads org:<own org> and trainee:<id> of every trainee of the organisation and of every
    // shared group they coach (GroupAccess).
    QStringList readableScopes(const UserRow &user);

    // Creates or replaces a task set or task of the organisation and records the change in the
    // organisation's scope and in the scope of every trainee who has the set assigned.
    Error writeTaskSet(qint64 orgId, const TaskSet &taskSet);
    Error writeTask(qint64 orgId, const Task &task);

    // Assigns a task set of the trainee's organisation to the trainee (idempotent) and copies
    // the set and its tasks into the trainee's scope. Returns the assignment id.
    std::optional<QString> assign(qint64 traineeId, const QString &taskSetId, qint64 assignedBy,
                                  Error *error);

    // Writes the trainee_profile record (name, organisation, groups) into the trainee's scope
    // when it is missing or out of date, so that coaches see who is who offline.
    Error writeTraineeProfile(qint64 traineeId);
    // Records a trainee's sync as `lastSyncAt` in their profile, unless the stored time is less
    // than protocol::limits::kLastSyncResolutionSeconds old (then nothing is written). Called
    // inside the sync's transaction before the push, under a savepoint: a failure here is
    // undone alone and never fails the sync.
    void noteTraineeSync(const UserRow &user);
    // The same for every trainee of every organisation (at start-up; cheap when nothing changed).
    Error writeAllTraineeProfiles();

    // Deletes applied_ops rows older than `days` days (keeping the newest
    // kAppliedOpsKeptPerDevice per device); returns how many, -1 on a database error.
    int pruneAppliedOps(int days = kAppliedOpsRetentionDays);

private:
    bool push(const UserRow &user, const SyncRequest &request, QList<Ack> *acks);
    Ack apply(const UserRow &user, const Operation &op, const QString &deviceId);
    bool pull(const UserRow &user, const SyncRequest &request, SyncResponse *response);
    bool storeTraineeProfile(qint64 traineeId, const QDateTime &syncedAt);
    Error writeContent(qint64 orgId, const QString &kind, const QString &id,
                       const QJsonObject &data, const QStringList &taskSetIds);

    ServerStore *m_store;
    Clock *m_clock;
    LimitsSource m_limits;
};
