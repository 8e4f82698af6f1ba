// Admin, the coaching part: shared coaching groups, the audit trail and applying operations on
// a user's behalf.
#include "server/core/Admin.h"

#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "server/core/ServerLogging.h"
#include "server/core/SyncService.h"

using namespace Qt::StringLiterals;

namespace {
template<typename T>
std::optional<T> failWith(Error *error, ErrorCode code, const QString &message)
{
    *error = Error(code, message);
    return std::nullopt;
}
} // namespace

std::optional<qint64> Admin::createGroup(qint64 orgId, const QString &name, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return failWith<qint64>(error, ErrorCode::InvalidField,
                                u"a group name must be 1-200 characters"_s);
    if (!m_store->org(orgId))
        return failWith<qint64>(error, ErrorCode::NotFound,
                                u"no organisation with id %1"_s.arg(orgId));
    for (const GroupRow &g : m_store->groups(orgId)) {
        if (g.name == trimmed)
            return failWith<qint64>(error, ErrorCode::Conflict,
                                    u"organisation %1 already has a group named '%2'"_s.arg(orgId)
                                        .arg(trimmed));
    }
    std::optional<qint64> id;
    if (!m_store->transaction(
            [&] { return (id = m_store->insertGroup(orgId, trimmed, m_clock->now())).has_value(); }))
        return failWith<qint64>(error, ErrorCode::Internal, m_store->errorString());
    qCInfo(lcStore) << "created group" << *id << trimmed << "of organisation" << orgId;
    return id;
}

Error Admin::addGroupMember(const QString &group, const QString &username, GroupRole role)
{
    bool numeric = false;
    const qint64 groupId = group.toLongLong(&numeric);
    std::optional<GroupRow> row;
    if (numeric) {
        row = m_store->group(groupId);
    } else {
        const QList<GroupRow> named = m_store->groupsNamed(group.trimmed());
        if (named.size() > 1)
            return Error(ErrorCode::InvalidField,
                         u"several groups are named '%1'; give the group's id (see 'group list')"_s
                             .arg(group));
        if (!named.isEmpty())
            row = named.first();
    }
    if (!row)
        return Error(ErrorCode::NotFound, u"no group '%1' (see 'group list')"_s.arg(group));
    Error error;
    const std::optional<UserRow> u = user(username, &error);
    if (!u)
        return error;
    if (role == GroupRole::Trainee && u->role != Role::Trainee)
        return Error(ErrorCode::InvalidField, u"'%1' is not a trainee"_s.arg(u->username));
    if (role == GroupRole::Coach && u->role == Role::Trainee)
        return Error(ErrorCode::InvalidField,
                     u"'%1' is a trainee; only coaches and admins coach a group"_s.arg(u->username));
    const QString roleText = role == GroupRole::Trainee ? u"trainee"_s : u"coach"_s;
    // A coach newly granted a group starts reading its trainees' scopes from sequence 0 at the
    // next sync (new scopes for them), so they receive everything those trainees hold.
    if (!m_store->transaction(
            [&] { return m_store->addGroupMember(row->id, u->id, roleText, m_clock->now()); }))
        return Error(ErrorCode::Internal, m_store->errorString());
    qCInfo(lcStore) << "group" << row->id << "now has" << roleText << u->username;
    if (role == GroupRole::Trainee)
        return m_sync->writeTraineeProfile(u->id); // the group's name reaches the rosters
    return {};
}

QList<GroupSummary> Admin::groups(qint64 orgId)
{
    QList<GroupSummary> out;
    for (const GroupRow &g : m_store->groups(orgId)) {
        GroupSummary s;
        s.group = g;
        for (const GroupMemberRow &m : m_store->groupMembers(g.id)) {
            const std::optional<UserRow> u = m_store->user(m.userId);
            if (!u)
                continue;
            (m.role == u"trainee"_s ? s.trainees : s.coaches).append(*u);
        }
        out.append(s);
    }
    return out;
}

std::optional<QList<AuditRow>> Admin::audit(const QString &traineeUsername, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    const std::optional<UserRow> u = user(traineeUsername, error);
    if (!u)
        return std::nullopt;
    if (u->role != Role::Trainee)
        return failWith<QList<AuditRow>>(error, ErrorCode::InvalidField,
                                         u"'%1' is not a trainee"_s.arg(u->username));
    return m_store->auditOfTrainee(u->id);
}

QList<Task> Admin::tasksOfSet(const QString &taskSetId)
{
    QList<Task> out;
    for (const RecordRow &row : m_store->tasksOfSet(taskSetId)) {
        Error error;
        if (std::optional<Task> task = Task::fromJson(row.id, row.data, &error); task && !row.deleted)
            out.append(*task);
    }
    return out;
}

std::optional<QList<Ack>> Admin::applyAs(const QString &username, const QString &deviceId,
                                         const QList<Operation> &ops, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    const std::optional<UserRow> u = user(username, error);
    if (!u)
        return std::nullopt;
    SyncRequest request;
    request.protocol = protocol::kVersion;
    request.deviceId = deviceId;
    request.deviceEpoch = 1;
    request.ops = ops;
    const std::optional<SyncResponse> response = m_sync->sync(*u, request, error);
    if (!response)
        return std::nullopt;
    return response->acks;
}
