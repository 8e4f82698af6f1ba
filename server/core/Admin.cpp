#include "server/core/Admin.h"

#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"
#include "server/core/Auth.h"
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

Admin::Admin(ServerStore *store, SyncService *sync, Clock *clock)
    : m_store(store), m_sync(sync), m_clock(clock)
{
}

QString Admin::generatePassword()
{
    static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr int n = sizeof(kAlphabet) - 1;
    QString out;
    while (out.size() < 14) {
        // Rejection sampling keeps every character equally likely.
        for (char b : crypto::randomBytes(32)) {
            const int v = static_cast<unsigned char>(b);
            if (v >= 256 - 256 % n || out.size() >= 14)
                continue;
            if (out.size() == 4 || out.size() == 9)
                out.append(u'-');
            out.append(QLatin1Char(kAlphabet[v % n]));
        }
    }
    return out;
}

std::optional<qint64> Admin::createOrg(const QString &name, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return failWith<qint64>(error, ErrorCode::InvalidField,
                                u"the organisation name must be 1-200 characters"_s);
    if (m_store->orgByName(trimmed))
        return failWith<qint64>(error, ErrorCode::Conflict,
                                u"an organisation named '%1' already exists"_s.arg(trimmed));
    std::optional<qint64> id;
    const bool ok = m_store->transaction(
        [&] { return (id = m_store->insertOrg(trimmed, m_clock->now())).has_value(); });
    if (!ok)
        return failWith<qint64>(error, ErrorCode::Internal, m_store->errorString());
    qCInfo(lcStore) << "created organisation" << *id << trimmed;
    return id;
}

QList<OrgRow> Admin::orgs()
{
    return m_store->orgs();
}

std::optional<qint64> Admin::createUser(const NewUser &user, QString *oneTimePassword,
                                        Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    const QString username = Auth::normalizeUsername(user.username);
    if (!Auth::isValidUsername(username))
        return failWith<qint64>(error, ErrorCode::InvalidField,
                                u"a username is 1-64 letters, digits or . _ - @"_s);
    if (!m_store->org(user.orgId))
        return failWith<qint64>(error, ErrorCode::NotFound,
                                u"no organisation with id %1"_s.arg(user.orgId));
    if (m_store->userByUsername(username))
        return failWith<qint64>(error, ErrorCode::Conflict,
                                u"the username '%1' is taken"_s.arg(username));
    if (user.displayName.size() > 200)
        return failWith<qint64>(error, ErrorCode::InvalidField,
                                u"the name is longer than 200 characters"_s);
    const bool generated = user.password.isEmpty();
    const QString password = generated ? generatePassword() : user.password;
    if (!isAcceptablePassword(password))
        return failWith<qint64>(error, ErrorCode::InvalidField,
                                u"a password is %1 to %2 characters long"_s.arg(kMinPasswordLength)
                                    .arg(kMaxPasswordLength));
    UserRow row;
    row.orgId = user.orgId;
    row.username = username;
    row.displayName = user.displayName.trimmed();
    row.role = user.role;
    row.passwordHash = crypto::hashPassword(password);
    row.mustChangePassword = generated;
    row.createdAt = m_clock->now();
    if (row.passwordHash.isEmpty())
        return failWith<qint64>(error, ErrorCode::Internal, u"cannot hash the password"_s);
    std::optional<qint64> id;
    if (!m_store->transaction([&] { return (id = m_store->insertUser(row)).has_value(); }))
        return failWith<qint64>(error, ErrorCode::Internal, m_store->errorString());
    if (generated && oneTimePassword)
        *oneTimePassword = password;
    qCInfo(lcStore) << "created user" << *id << username << roleName(user.role);
    if (user.role == Role::Trainee) {
        if (const Error e = m_sync->writeTraineeProfile(*id))
            qCWarning(lcStore) << "cannot write the trainee's profile record:" << e.message;
    }
    return id;
}

QString Admin::renewServerEpoch(Error *errorOut)
{
    const QString epoch = m_store->renewServerEpoch();
    if (epoch.isEmpty() && errorOut)
        *errorOut = Error(ErrorCode::Internal, m_store->errorString());
    if (!epoch.isEmpty())
        qCInfo(lcStore) << "new server epoch" << epoch;
    return epoch;
}

QList<UserRow> Admin::users(qint64 orgId)
{
    return m_store->users(orgId);
}

std::optional<UserRow> Admin::user(const QString &username, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    std::optional<UserRow> u = m_store->userByUsername(Auth::normalizeUsername(username));
    if (!u)
        return failWith<UserRow>(error, ErrorCode::NotFound,
                                 u"no user named '%1'"_s.arg(username));
    return u;
}

Error Admin::setDisabled(const QString &username, bool disabled)
{
    Error error;
    const std::optional<UserRow> u = user(username, &error);
    if (!u)
        return error;
    const bool ok = m_store->transaction([&] {
        return m_store->setUserDisabled(u->id, disabled)
               && (!disabled || m_store->revokeUserTokens(u->id, m_clock->now()) >= 0);
    });
    return ok ? Error() : Error(ErrorCode::Internal, m_store->errorString());
}

std::optional<QString> Admin::resetPassword(const QString &username, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    const std::optional<UserRow> u = user(username, error);
    if (!u)
        return std::nullopt;
    const QString password = generatePassword();
    const QString hash = crypto::hashPassword(password);
    const bool ok = !hash.isEmpty() && m_store->transaction([&] {
        return m_store->setUserPassword(u->id, hash, true)
               && m_store->revokeUserTokens(u->id, m_clock->now()) >= 0;
    });
    if (!ok)
        return failWith<QString>(error, ErrorCode::Internal, m_store->errorString());
    qCInfo(lcStore) << "password reset for" << u->username;
    return password;
}

std::optional<int> Admin::revokeTokens(const QString &username, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    const std::optional<UserRow> u = user(username, error);
    if (!u)
        return std::nullopt;
    int count = -1;
    const bool ok = m_store->transaction(
        [&] { return (count = m_store->revokeUserTokens(u->id, m_clock->now())) >= 0; });
    if (!ok)
        return failWith<int>(error, ErrorCode::Internal, m_store->errorString());
    return count;
}

std::optional<QString> Admin::createTaskSet(qint64 orgId, TaskSet taskSet, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    if (!m_store->org(orgId))
        return failWith<QString>(error, ErrorCode::NotFound,
                                 u"no organisation with id %1"_s.arg(orgId));
    if (taskSet.id.isEmpty())
        taskSet.id = crypto::newUuid();
    if ((*error = m_sync->writeTaskSet(orgId, taskSet)))
        return std::nullopt;
    return taskSet.id;
}

std::optional<QString> Admin::createTask(qint64 orgId, Task task, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    if (task.id.isEmpty())
        task.id = crypto::newUuid();
    if ((*error = m_sync->writeTask(orgId, task)))
        return std::nullopt;
    return task.id;
}

Error Admin::updateTask(qint64 orgId, const Task &task)
{
    if (!m_store->record(QString::fromUtf16(kind::kTask), task.id))
        return Error(ErrorCode::NotFound, u"no task with id '%1'"_s.arg(task.id));
    return m_sync->writeTask(orgId, task);
}

QList<TaskSetSummary> Admin::taskSets(qint64 orgId)
{
    QList<TaskSetSummary> out;
    const QList<OrgRow> orgList
        = orgId == 0 ? m_store->orgs() : QList<OrgRow>{OrgRow{orgId, {}, {}}};
    for (const OrgRow &org : orgList) {
        const QList<RecordRow> sets = m_store->recordsOfScope(protocol::orgScope(org.id),
                                                              QString::fromUtf16(kind::kTaskSet));
        for (const RecordRow &set : sets) {
            if (set.deleted)
                continue;
            TaskSetSummary s;
            s.id = set.id;
            s.orgId = org.id;
            s.title = set.data.value(u"title"_s).toString();
            for (const RecordRow &task : m_store->tasksOfSet(set.id))
                s.taskCount += task.deleted ? 0 : 1;
            s.traineeIds = m_store->traineesAssigned(set.id);
            out.append(s);
        }
    }
    return out;
}

std::optional<QString> Admin::assign(const QString &username, const QString &taskSetId,
                                     Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    const std::optional<UserRow> u = user(username, error);
    if (!u)
        return std::nullopt;
    if (u->role != Role::Trainee)
        return failWith<QString>(error, ErrorCode::InvalidField,
                                 u"'%1' is not a trainee"_s.arg(u->username));
    return assign(u->id, taskSetId, error);
}

std::optional<QString> Admin::assign(qint64 traineeId, const QString &taskSetId, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    return m_sync->assign(traineeId, taskSetId, 0, error);
}
