#include "server/core/GroupAccess.h"

#include <algorithm>

GroupAccess::GroupAccess(ServerStore *store) : m_store(store) {}

QList<qint64> GroupAccess::coachedTrainees(const UserRow &user)
{
    if (user.role == Role::Trainee)
        return {};
    QList<qint64> ids = m_store->traineeIds(user.orgId);
    ids.append(m_store->groupTraineesOf(user.id));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool GroupAccess::mayCoach(const UserRow &user, qint64 traineeId)
{
    if (user.role == Role::Trainee || traineeId <= 0)
        return false;
    const std::optional<UserRow> trainee = m_store->user(traineeId);
    if (!trainee || trainee->role != Role::Trainee)
        return false;
    return trainee->orgId == user.orgId || m_store->groupTraineesOf(user.id).contains(traineeId);
}
