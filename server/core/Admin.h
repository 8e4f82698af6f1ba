#pragma once
// Administration used by the command line and by tests: organisations, users, passwords, tokens,
// task sets and assignments. Every method validates its input and reports a clear Error
// (Error out-parameters may be null).

#include "common/model/Records.h"
#include "common/protocol/Error.h"
#include "server/core/ServerStore.h"

#include <optional>

class Clock;
class SyncService;

struct NewUser
{
    qint64 orgId = 0;
    QString username;
    Role role = Role::Trainee;
    QString displayName;
    QString password; // empty: a one-time password is generated and must be changed at first login
};

struct TaskSetSummary
{
    QString id;
    qint64 orgId = 0;
    QString title;
    int taskCount = 0;
    QList<qint64> traineeIds; // trainees who have the set assigned
};

// A shared coaching group with its members (coaches and admins coach, trainees are coached).
struct GroupSummary
{
    GroupRow group;
    QList<UserRow> coaches;
    QList<UserRow> trainees;
};

enum class GroupRole { Trainee, Coach };

class Admin
{
public:
    Admin(ServerStore *store, SyncService *sync, Clock *clock);

    std::optional<qint64> createOrg(const QString &name, Error *error);
    QList<OrgRow> orgs();

    // oneTimePassword receives the generated password when user.password is empty.
    // After restoring a backup: a new server epoch makes every laptop pull everything again
    // and offer what it wrote. Returns the new epoch, or empty with the error.
    QString renewServerEpoch(Error *error);

    std::optional<qint64> createUser(const NewUser &user, QString *oneTimePassword, Error *error);
    QList<UserRow> users(qint64 orgId = 0);
    std::optional<UserRow> user(const QString &username, Error *error);
    // Disabling also revokes every token of the user.
    Error setDisabled(const QString &username, bool disabled);
    // Sets a generated one-time password (returned), forces a change and revokes all tokens.
    std::optional<QString> resetPassword(const QString &username, Error *error);
    // Returns how many live tokens were revoked.
    std::optional<int> revokeTokens(const QString &username, Error *error);

    // Ids are generated when empty. Returns the id.
    std::optional<QString> createTaskSet(qint64 orgId, TaskSet taskSet, Error *error);
    std::optional<QString> createTask(qint64 orgId, Task task, Error *error);
    Error updateTask(qint64 orgId, const Task &task);
    QList<TaskSetSummary> taskSets(qint64 orgId = 0); // 0: every organisation
    QList<Task> tasksOfSet(const QString &taskSetId); // by position
    std::optional<QString> assign(const QString &username, const QString &taskSetId,
                                  Error *error);
    std::optional<QString> assign(qint64 traineeId, const QString &taskSetId, Error *error);

    // Shared coaching groups and the audit trail (AdminCoaching.cpp). A group belongs to the
    // organisation that made it; its coaches (of any organisation) read and coach its trainees
    // (of any organisation). `group` is the group's id, or its name when that is unique.
    std::optional<qint64> createGroup(qint64 orgId, const QString &name, Error *error);
    Error addGroupMember(const QString &group, const QString &username, GroupRole role);
    QList<GroupSummary> groups(qint64 orgId = 0); // 0: every organisation
    // Every review decision, requirement mark and feedback message about the trainee.
    std::optional<QList<AuditRow>> audit(const QString &traineeUsername, Error *error);
    // Applies operations as if the user's device had sent them in a sync round (demo data,
    // imports): the same authorisation, merging and idempotency. Returns the acks.
    std::optional<QList<Ack>> applyAs(const QString &username, const QString &deviceId,
                                      const QList<Operation> &ops, Error *error);

    // 12 random letters and digits without look-alikes, grouped for reading aloud: abcd-efgh-jkmn
    static QString generatePassword();

private:
    ServerStore *m_store;
    SyncService *m_sync;
    Clock *m_clock;
};
