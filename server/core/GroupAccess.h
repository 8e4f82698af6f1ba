#pragma once
// Which trainees a coach or admin coaches: every trainee of their own organisation plus the
// trainees of every shared group an administrator added them to as a coach (mixed groups of
// several foundations). The sync reads their scopes with it, and every coaching operation asks it
// whether the sender may write about a trainee.

#include "server/core/ServerStore.h"

#include <QList>

class GroupAccess
{
public:
    explicit GroupAccess(ServerStore *store);

    // Sorted and unique; empty for a trainee.
    QList<qint64> coachedTrainees(const UserRow &user);
    bool mayCoach(const UserRow &user, qint64 traineeId);

private:
    ServerStore *m_store;
};
