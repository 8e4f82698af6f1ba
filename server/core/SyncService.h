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

#include <optional>

class Clock;

class SyncService
{
public:
    SyncService(ServerStore *store, Clock *clock);

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
    // The same for every trainee of every organisation (at start-up; cheap when nothing changed).
    Error writeAllTraineeProfiles();

private:
    bool push(const UserRow &user, const SyncRequest &request, QList<Ack> *acks);
    Ack apply(const UserRow &user, const Operation &op, const QString &deviceId);
    bool pull(const UserRow &user, const SyncRequest &request, SyncResponse *response);
    Error writeContent(qint64 orgId, const QString &kind, const QString &id,
                       const QJsonObject &data, const QStringList &taskSetIds);

    ServerStore *m_store;
    Clock *m_clock;
};
