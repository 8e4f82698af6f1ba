#include "server/core/SyncService.h"

#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"
#include "server/core/CoachOperations.h"
#include "server/core/GroupAccess.h"
#include "server/core/ServerLogging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString k(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// Rows read from the change log per query while filling a page.
constexpr int kPullBatch = 256;
// JSON around a change's data: {"scope":..,"seq":..,"kind":..,"id":..,"data":..}.
constexpr qsizetype kChangeOverhead = 64;

// The record as the server stores it: the typed value written again (unknown fields dropped)
// with the owner set by the server. Version and receivedAt of submissions are added later.
std::optional<QJsonObject> canonicalData(const Operation &op, qint64 traineeId, Error *error)
{
    if (op.kind == k(kind::kProgress)) {
        auto p = ProgressEvent::fromJson(op.id, op.data, error);
        if (!p)
            return std::nullopt;
        p->traineeId = traineeId;
        return p->toJson();
    }
    if (op.kind == k(kind::kAnswer)) {
        auto a = AnswerVersion::fromJson(op.id, op.data, error);
        if (!a)
            return std::nullopt;
        a->traineeId = traineeId;
        return a->toJson();
    }
    if (op.kind == k(kind::kAttachment)) {
        auto a = Attachment::fromJson(op.id, op.data, error);
        if (!a)
            return std::nullopt;
        a->traineeId = traineeId; // the file name was sanitised by fromJson
        return a->toJson();
    }
    auto s = Submission::fromJson(op.id, op.data, error);
    if (!s)
        return std::nullopt;
    s->traineeId = traineeId;
    s->version = 0;
    s->receivedAt = QDateTime();
    return s->toJson();
}

QJsonObject withoutServerFields(QJsonObject o)
{
    o.remove(u"version"_s);
    o.remove(u"receivedAt"_s);
    return o;
}

Ack rejected(qint64 counter, ErrorCode code, const QString &message)
{
    Ack a;
    a.counter = counter;
    a.status = AckStatus::Rejected;
    a.error = Error(code, message);
    return a;
}
} // namespace

SyncService::SyncService(ServerStore *store, Clock *clock) : m_store(store), m_clock(clock) {}

QStringList SyncService::readableScopes(const UserRow &user)
{
    QStringList scopes;
    if (user.role == Role::Trainee) {
        scopes.append(protocol::traineeScope(user.id));
    } else {
        scopes.append(protocol::orgScope(user.orgId));
        // Trainees of the organisation and of every shared group the user coaches.
        for (qint64 id : GroupAccess(m_store).coachedTrainees(user))
            scopes.append(protocol::traineeScope(id));
    }
    std::sort(scopes.begin(), scopes.end());
    return scopes;
}

std::optional<SyncResponse> SyncService::sync(const UserRow &user, const SyncRequest &request,
                                              Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    SyncResponse response;
    response.protocol = protocol::kVersion;
    bool foreignDevice = false;
    const bool ok = m_store->transaction([&] {
        const std::optional<qint64> owner = m_store->deviceOwner(request.deviceId);
        if (owner && *owner != user.id) {
            foreignDevice = true;
            return false;
        }
        response.serverEpoch = m_store->serverEpoch();
        // Before the pull, so that the trainee's own round already carries the new profile, and
        // before the push, so that the round's own records stay the newest changes.
        if (user.role == Role::Trainee)
            noteTraineeSync(user);
        return push(user, request, &response.acks) && pull(user, request, &response);
    });
    if (foreignDevice) {
        qCWarning(lcSync) << "device" << request.deviceId << "belongs to another user than"
                          << user.username;
        *error = Error(ErrorCode::Forbidden, u"this device is registered to another user"_s);
        return std::nullopt;
    }
    if (!ok) {
        *error = Error(ErrorCode::Internal, u"the sync could not be stored; nothing was applied"_s);
        return std::nullopt;
    }
    if (m_limits)
        response.limits = m_limits();
    qCDebug(lcSync) << user.username << "pushed" << request.ops.size() << "pulled"
                    << response.changes.size() << (response.more ? "(more)" : "");
    return response;
}

bool SyncService::push(const UserRow &user, const SyncRequest &request, QList<Ack> *acks)
{
    if (request.ops.isEmpty())
        return true;
    DeviceRow device
        = m_store->device(request.deviceId, request.deviceEpoch)
              .value_or(DeviceRow{request.deviceId, request.deviceEpoch, user.id, 0, 0});
    const QDateTime now = m_clock->now();
    for (const Operation &op : request.ops) {
        if (op.counter <= device.lastCounter) {
            // Seen before: acknowledge again exactly as the first time, never apply again.
            std::optional<Ack> previous
                = m_store->appliedOp(request.deviceId, request.deviceEpoch, op.counter);
            if (previous) {
                if (previous->status == AckStatus::Applied)
                    previous->status = AckStatus::Duplicate;
                acks->append(*previous);
                continue;
            }
            if (op.counter <= device.prunedThrough) {
                // Seen and applied or rejected long ago; its row was pruned. The client must not
                // mark its work rejected, and nothing is applied again.
                acks->append(Ack{op.counter, AckStatus::Duplicate, {}});
                continue;
            }
            const Ack ack = rejected(op.counter, ErrorCode::Conflict,
                                     u"counter %1 is below the device's last counter %2"_s
                                         .arg(op.counter)
                                         .arg(device.lastCounter));
            if (!m_store->insertAppliedOp(request.deviceId, request.deviceEpoch, ack, now))
                return false;
            acks->append(ack);
            continue;
        }
        const Ack ack = apply(user, op, request.deviceId);
        if (!m_store->insertAppliedOp(request.deviceId, request.deviceEpoch, ack, now))
            return false;
        device.lastCounter = op.counter;
        acks->append(ack);
    }
    return m_store->upsertDevice(device);
}

Ack SyncService::apply(const UserRow &user, const Operation &op, const QString &deviceId)
{
    // Reviews, feedback, requirement marks and phrases (docs/PROTOCOL.md, "Coaching").
    if (CoachOperations::handles(op.kind))
        return CoachOperations(m_store, m_clock).apply(user, op, deviceId);
    if (user.role != Role::Trainee)
        return rejected(op.counter, ErrorCode::Forbidden,
                        u"coaches and admins write only coaching records"_s);
    if (!knownKinds().contains(op.kind))
        return rejected(op.counter, ErrorCode::UnknownKind,
                        u"unknown record kind '%1'"_s.arg(op.kind.left(64)));
    if (!traineeWritableKinds().contains(op.kind))
        return rejected(op.counter, ErrorCode::Forbidden,
                        u"a trainee cannot create records of kind '%1'"_s.arg(op.kind));
    if (const Error invalid = validateTraineeOperation(op.kind, op.id, op.data))
        return rejected(op.counter, invalid.code, invalid.message);
    Error error;
    std::optional<QJsonObject> data = canonicalData(op, user.id, &error);
    if (!data)
        return rejected(op.counter, error.code, error.message);
    const QString taskId = data->value(u"taskId"_s).toString();
    if (!m_store->isTaskAssigned(taskId, user.id))
        return rejected(op.counter, ErrorCode::Forbidden,
                        u"task '%1' is not in your goal program"_s.arg(taskId.left(64)));

    const QString scope = protocol::traineeScope(user.id);
    Ack ack;
    ack.counter = op.counter;
    if (const std::optional<RecordRow> existing = m_store->record(op.kind, op.id)) {
        // The same record sent again under a new key (e.g. after a device restore) is no conflict.
        if (existing->scope == scope && withoutServerFields(existing->data) == *data) {
            ack.status = AckStatus::Duplicate;
            return ack;
        }
        return rejected(op.counter, ErrorCode::Conflict,
                        u"another record already has the id '%1'"_s.arg(op.id));
    }
    const QDateTime now = m_clock->now();
    if (op.kind == k(kind::kSubmission)) {
        data->insert(u"version"_s, m_store->submissionCount(user.id, taskId) + 1);
        data->insert(u"receivedAt"_s, toIsoUtc(now));
    }
    // A failed statement fails the whole transaction (see ServerStore), so this ack is never sent.
    m_store->insertRecord(RecordRow{op.kind, op.id, scope, *data, false, now, now});
    m_store->recordChange(scope, op.kind, op.id);
    ack.status = AckStatus::Applied;
    return ack;
}

bool SyncService::pull(const UserRow &user, const SyncRequest &request, SyncResponse *response)
{
    // Cursors of another server database mean nothing here: start those scopes from zero.
    const bool epochMatches
        = request.serverEpoch.isEmpty() || request.serverEpoch == response->serverEpoch;
    const QStringList scopes = readableScopes(user);
    qsizetype used = 0;
    for (const QString &scope : scopes) {
        qint64 cursor = epochMatches ? std::max<qint64>(request.cursors.value(scope, 0), 0) : 0;
        response->cursors.insert(scope, cursor);
        while (!response->more) {
            QList<qsizetype> sizes;
            const QList<Change> batch = m_store->changesAfter(scope, cursor, kPullBatch, &sizes);
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const Change &c = batch.at(i);
                const qsizetype size = sizes.at(i) + c.scope.size() + c.kind.size() + c.id.size()
                                       + kChangeOverhead;
                // Always at least one change per page, however large, so that paging advances.
                if (!response->changes.isEmpty()
                    && used + size > protocol::limits::kPullPageBytes) {
                    response->more = true;
                    break;
                }
                response->changes.append(c);
                used += size;
                cursor = c.seq;
            }
            response->cursors.insert(scope, cursor);
            if (batch.size() < kPullBatch)
                break;
        }
    }
    if (!response->more) {
        for (const QString &scope : scopes)
            response->digests.insert(scope, m_store->digest(scope));
    }
    return true;
}

Error SyncService::writeTaskSet(qint64 orgId, const TaskSet &taskSet)
{
    Error error;
    if (!TaskSet::fromJson(taskSet.id, taskSet.toJson(), &error))
        return error;
    return writeContent(orgId, k(kind::kTaskSet), taskSet.id, taskSet.toJson(), {taskSet.id});
}

Error SyncService::writeTask(qint64 orgId, const Task &task)
{
    Error error;
    if (!Task::fromJson(task.id, task.toJson(), &error))
        return error;
    const std::optional<RecordRow> set = m_store->record(k(kind::kTaskSet), task.taskSetId);
    if (!set || set->scope != protocol::orgScope(orgId))
        return Error(ErrorCode::NotFound,
                     u"task set '%1' is not in organisation %2"_s.arg(task.taskSetId).arg(orgId));
    QStringList sets{task.taskSetId};
    // A task moved to another set also reaches the trainees of the set it left.
    if (const std::optional<RecordRow> old = m_store->record(k(kind::kTask), task.id)) {
        const QString oldSet = old->data.value(u"taskSetId"_s).toString();
        if (!sets.contains(oldSet))
            sets.append(oldSet);
    }
    return writeContent(orgId, k(kind::kTask), task.id, task.toJson(), sets);
}

Error SyncService::writeContent(qint64 orgId, const QString &kind, const QString &id,
                                const QJsonObject &data, const QStringList &taskSetIds)
{
    const QString orgScope = protocol::orgScope(orgId);
    Error error;
    const bool ok = m_store->transaction([&] {
        const QDateTime now = m_clock->now();
        if (const std::optional<RecordRow> existing = m_store->record(kind, id)) {
            if (existing->scope != orgScope) {
                error = Error(ErrorCode::Conflict, u"'%1' belongs to another scope"_s.arg(id));
                return false;
            }
            if (!m_store->updateRecord(kind, id, data, false, now))
                return false;
        } else if (!m_store->insertRecord(RecordRow{kind, id, orgScope, data, false, now, now})) {
            return false;
        }
        if (!m_store->recordChange(orgScope, kind, id))
            return false;
        for (const QString &setId : taskSetIds) {
            for (qint64 trainee : m_store->traineesAssigned(setId)) {
                if (!m_store->recordChange(protocol::traineeScope(trainee), kind, id))
                    return false;
            }
        }
        return true;
    });
    if (!ok && !error)
        error = Error(ErrorCode::Internal, m_store->errorString());
    return error;
}

std::optional<QString> SyncService::assign(qint64 traineeId, const QString &taskSetId,
                                           qint64 assignedBy, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    std::optional<QString> assignmentId;
    const bool ok = m_store->transaction([&] {
        const std::optional<UserRow> trainee = m_store->user(traineeId);
        if (!trainee || trainee->role != Role::Trainee) {
            *error = Error(ErrorCode::NotFound, u"no trainee with id %1"_s.arg(traineeId));
            return false;
        }
        const std::optional<RecordRow> set = m_store->record(k(kind::kTaskSet), taskSetId);
        if (!set || set->deleted || set->scope != protocol::orgScope(trainee->orgId)) {
            *error = Error(ErrorCode::NotFound,
                           u"task set '%1' is not in the trainee's organisation"_s.arg(taskSetId));
            return false;
        }
        assignmentId = m_store->assignmentId(traineeId, taskSetId);
        if (assignmentId)
            return true;
        const QDateTime now = m_clock->now();
        Assignment a;
        a.id = crypto::newUuid();
        a.traineeId = traineeId;
        a.taskSetId = taskSetId;
        a.assignedBy = assignedBy;
        a.assignedAt = now;
        const QString scope = protocol::traineeScope(traineeId);
        if (!m_store->insertRecord(
                RecordRow{k(kind::kAssignment), a.id, scope, a.toJson(), false, now, now}))
            return false;
        assignmentId = a.id;
        // The set and its tasks are copied into the trainee's scope as change rows.
        bool written = m_store->recordChange(scope, k(kind::kTaskSet), taskSetId).has_value();
        for (const RecordRow &task : m_store->tasksOfSet(taskSetId))
            written = written && m_store->recordChange(scope, task.kind, task.id).has_value();
        // The assignment comes last, so a client that sees it already holds the set and tasks.
        return written && m_store->recordChange(scope, k(kind::kAssignment), a.id).has_value();
    });
    if (!ok) {
        if (!*error)
            *error = Error(ErrorCode::Internal, m_store->errorString());
        return std::nullopt;
    }
    return assignmentId;
}

Error SyncService::writeTraineeProfile(qint64 traineeId)
{
    const std::optional<UserRow> user = m_store->user(traineeId);
    if (!user || user->role != Role::Trainee)
        return Error(ErrorCode::NotFound, u"no trainee with id %1"_s.arg(traineeId));
    const bool ok
        = m_store->transaction([&] { return storeTraineeProfile(traineeId, QDateTime()); });
    return ok ? Error() : Error(ErrorCode::Internal, m_store->errorString());
}

void SyncService::noteTraineeSync(const UserRow &user)
{
    const QDateTime now = m_clock->now();
    const bool ok = m_store->bestEffort([&] {
        const std::optional<RecordRow> existing
            = m_store->record(k(kind::kTraineeProfile), traineeProfileIdFor(user.id));
        if (existing) {
            const QDateTime last = fromIsoUtc(existing->data.value(u"lastSyncAt"_s).toString());
            // Within the resolution: nothing new to tell coaches. (A time further in the future,
            // from a clock set back, is replaced.)
            if (last.isValid()
                && qAbs(last.secsTo(now)) < protocol::limits::kLastSyncResolutionSeconds)
                return true;
        }
        return storeTraineeProfile(user.id, now);
    });
    if (!ok)
        qCWarning(lcSync) << "could not record the last sync of" << user.username << ":"
                          << m_store->errorString();
}

// Writes the profile when it is missing or differs from what is stored; syncedAt, when valid,
// replaces lastSyncAt, else the stored value is kept. Inside a transaction.
bool SyncService::storeTraineeProfile(qint64 traineeId, const QDateTime &syncedAt)
{
    const std::optional<UserRow> user = m_store->user(traineeId);
    if (!user || user->role != Role::Trainee)
        return false;
    const QString kindName = k(kind::kTraineeProfile);
    const QString id = traineeProfileIdFor(traineeId);
    const QString scope = protocol::traineeScope(traineeId);
    const std::optional<RecordRow> existing = m_store->record(kindName, id);
    TraineeProfile profile;
    profile.userId = user->id;
    profile.username = user->username;
    profile.displayName = user->displayName;
    profile.orgId = user->orgId;
    if (const std::optional<OrgRow> org = m_store->org(user->orgId))
        profile.orgName = org->name;
    for (const GroupRow &group : m_store->groups()) {
        for (const GroupMemberRow &member : m_store->groupMembers(group.id)) {
            if (member.userId == traineeId && member.role == u"trainee"_s)
                profile.groups.append(group.name);
        }
    }
    profile.groups.sort();
    profile.lastSyncAt = syncedAt.isValid()
        ? syncedAt
        : (existing ? fromIsoUtc(existing->data.value(u"lastSyncAt"_s).toString()) : QDateTime());
    const QJsonObject data = profile.toJson();
    const QDateTime now = m_clock->now();
    if (existing) {
        if (existing->data == data)
            return true; // unchanged: no new sequence number, nothing to pull
        if (!m_store->updateRecord(kindName, id, data, false, now))
            return false;
    } else if (!m_store->insertRecord(RecordRow{kindName, id, scope, data, false, now, now})) {
        return false;
    }
    return m_store->recordChange(scope, kindName, id).has_value();
}

Error SyncService::writeAllTraineeProfiles()
{
    for (const UserRow &user : m_store->users()) {
        if (user.role != Role::Trainee)
            continue;
        if (const Error e = writeTraineeProfile(user.id))
            return e;
    }
    return {};
}

int SyncService::pruneAppliedOps(int days)
{
    const QDateTime before = m_clock->now().addDays(-days);
    const int removed = m_store->pruneAppliedOps(before, kAppliedOpsKeptPerDevice);
    if (removed < 0)
        qCWarning(lcSync) << "cannot prune applied operations:" << m_store->errorString();
    else if (removed > 0)
        qCInfo(lcSync) << "pruned" << removed << "applied operation(s) older than" << days
                       << "days";
    return removed;
}
