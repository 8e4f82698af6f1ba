#include "server/AdminCommands.h"

#include "server/core/Admin.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString pad(const QString &s, int width)
{
    return s.leftJustified(width, u' ');
}
} // namespace

AdminCommands::AdminCommands(Admin *admin, QTextStream &out, QTextStream &err)
    : m_admin(admin), m_out(out), m_err(err)
{
}

QString AdminCommands::usage()
{
    return u"Administration:\n"
           "  org create NAME                       create an organisation\n"
           "  org list                              list organisations\n"
           "  user create --org ID --username U --role trainee|coach|admin\n"
           "              [--name \"Full Name\"] [--password P]\n"
           "                                        create a user; without --password a one-time\n"
           "                                        password is printed and must be changed at\n"
           "                                        the first login\n"
           "  user list [--org ID]                  list users\n"
           "  user disable U | user enable U        lock or unlock an account (disabling also\n"
           "                                        logs the user out everywhere)\n"
           "  user reset-password U                 print a new one-time password\n"
           "  user revoke-tokens U                  log the user out on every device\n"
           "  program list [--org ID]               list task sets and who has them\n"
           "  program assign --username U --task-set ID\n"
           "                                        assign a task set to a trainee\n"_s;
}

QStringList AdminCommands::allowedOptions(const QStringList &words)
{
    const QString command = words.mid(0, 2).join(u' ');
    if (command == u"user create"_s)
        return {u"org"_s, u"username"_s, u"role"_s, u"name"_s, u"password"_s};
    if (command == u"user list"_s || command == u"program list"_s)
        return {u"org"_s};
    if (command == u"program assign"_s)
        return {u"username"_s, u"task-set"_s};
    return {};
}

int AdminCommands::fail(const QString &message, int code)
{
    m_err << "Error: " << message << Qt::endl;
    return code;
}

int AdminCommands::run(const QStringList &words, const QCommandLineParser &parser)
{
    const QString group = words.value(0);
    const QString action = words.value(1);
    const qsizetype argc = words.size();
    if (group == u"org"_s && action == u"create"_s && argc == 3)
        return orgCreate(words.at(2));
    if (group == u"org"_s && action == u"list"_s && argc == 2)
        return orgList();
    if (group == u"user"_s && action == u"create"_s && argc == 2)
        return userCreate(parser);
    if (group == u"user"_s && action == u"list"_s && argc == 2)
        return userList(parser);
    if (group == u"user"_s && argc == 3
        && QStringList{u"disable"_s, u"enable"_s, u"reset-password"_s, u"revoke-tokens"_s}
               .contains(action))
        return userAction(action, words.at(2));
    if (group == u"program"_s && action == u"list"_s && argc == 2)
        return programList(parser);
    if (group == u"program"_s && action == u"assign"_s && argc == 2)
        return programAssign(parser);
    return fail(u"unknown command '%1'\n\n%2"_s.arg(words.join(u' '), usage()), Usage);
}

bool AdminCommands::readOrg(const QCommandLineParser &parser, bool required, qint64 *orgId)
{
    *orgId = 0;
    if (!parser.isSet(u"org"_s)) {
        if (required)
            fail(u"--org ID is required (see 'org list')"_s, Usage);
        return !required;
    }
    bool ok = false;
    *orgId = parser.value(u"org"_s).toLongLong(&ok);
    if (!ok || *orgId <= 0) {
        fail(u"--org must be an organisation id (a number, see 'org list')"_s, Usage);
        return false;
    }
    return true;
}

int AdminCommands::orgCreate(const QString &name)
{
    Error error;
    const std::optional<qint64> id = m_admin->createOrg(name, &error);
    if (!id)
        return fail(error.message);
    m_out << "Created organisation " << *id << ": " << name.trimmed() << Qt::endl;
    return Ok;
}

int AdminCommands::orgList()
{
    const QList<OrgRow> orgs = m_admin->orgs();
    m_out << pad(u"ID"_s, 6) << "NAME" << Qt::endl;
    for (const OrgRow &o : orgs)
        m_out << pad(QString::number(o.id), 6) << o.name << Qt::endl;
    return Ok;
}

int AdminCommands::userCreate(const QCommandLineParser &parser)
{
    qint64 orgId = 0;
    if (!readOrg(parser, true, &orgId))
        return Usage;
    if (!parser.isSet(u"username"_s) || !parser.isSet(u"role"_s))
        return fail(u"--username and --role are required"_s, Usage);
    const std::optional<Role> role = roleFromName(parser.value(u"role"_s));
    if (!role)
        return fail(u"--role must be trainee, coach or admin"_s, Usage);
    NewUser user{orgId, parser.value(u"username"_s), *role, parser.value(u"name"_s),
                 parser.value(u"password"_s)};
    if (parser.isSet(u"password"_s) && user.password.isEmpty())
        return fail(u"--password must not be empty; leave it out to get a one-time password"_s,
                    Usage);
    QString oneTime;
    Error error;
    const std::optional<qint64> id = m_admin->createUser(user, &oneTime, &error);
    if (!id)
        return fail(error.message);
    m_out << "Created " << roleName(*role) << ' ' << user.username.trimmed().toLower() << " (id "
          << *id << ")" << Qt::endl;
    if (!oneTime.isEmpty())
        m_out << "One-time password: " << oneTime << Qt::endl
              << "The user must change it at the first login." << Qt::endl;
    return Ok;
}

int AdminCommands::userList(const QCommandLineParser &parser)
{
    qint64 orgId = 0;
    if (!readOrg(parser, false, &orgId))
        return Usage;
    m_out << pad(u"ID"_s, 6) << pad(u"ORG"_s, 5) << pad(u"USERNAME"_s, 20) << pad(u"ROLE"_s, 9)
          << pad(u"NAME"_s, 26) << "STATE" << Qt::endl;
    for (const UserRow &u : m_admin->users(orgId)) {
        QStringList state;
        if (u.disabled)
            state << u"disabled"_s;
        if (u.mustChangePassword)
            state << u"must change password"_s;
        m_out << pad(QString::number(u.id), 6) << pad(QString::number(u.orgId), 5)
              << pad(u.username, 20) << pad(roleName(u.role), 9) << pad(u.displayName, 26)
              << (state.isEmpty() ? u"active"_s : state.join(u", "_s)) << Qt::endl;
    }
    return Ok;
}

int AdminCommands::userAction(const QString &action, const QString &username)
{
    Error error;
    if (action == u"disable"_s || action == u"enable"_s) {
        const bool disable = action == u"disable"_s;
        if ((error = m_admin->setDisabled(username, disable)))
            return fail(error.message);
        m_out << (disable ? "Disabled " : "Enabled ") << username << Qt::endl;
        return Ok;
    }
    if (action == u"reset-password"_s) {
        const std::optional<QString> password = m_admin->resetPassword(username, &error);
        if (!password)
            return fail(error.message);
        m_out << "One-time password for " << username << ": " << *password << Qt::endl
              << "The user must change it at the next login; other sessions were logged out."
              << Qt::endl;
        return Ok;
    }
    const std::optional<int> count = m_admin->revokeTokens(username, &error);
    if (!count)
        return fail(error.message);
    m_out << "Revoked " << *count << " token(s) of " << username << Qt::endl;
    return Ok;
}

int AdminCommands::programList(const QCommandLineParser &parser)
{
    qint64 orgId = 0;
    if (!readOrg(parser, false, &orgId))
        return Usage;
    QHash<qint64, QString> names;
    for (const UserRow &u : m_admin->users(orgId))
        names.insert(u.id, u.username);
    m_out << pad(u"TASK SET ID"_s, 38) << pad(u"ORG"_s, 5) << pad(u"TASKS"_s, 7) << "TITLE"
          << Qt::endl;
    for (const TaskSetSummary &s : m_admin->taskSets(orgId)) {
        QStringList trainees;
        for (qint64 id : s.traineeIds)
            trainees << names.value(id, QString::number(id));
        m_out << pad(s.id, 38) << pad(QString::number(s.orgId), 5)
              << pad(QString::number(s.taskCount), 7) << s.title << Qt::endl;
        if (!trainees.isEmpty())
            m_out << pad(QString(), 50) << "assigned to: " << trainees.join(u", "_s) << Qt::endl;
    }
    return Ok;
}

int AdminCommands::programAssign(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"username"_s) || !parser.isSet(u"task-set"_s))
        return fail(u"--username and --task-set are required (see 'program list')"_s, Usage);
    Error error;
    const std::optional<QString> id
        = m_admin->assign(parser.value(u"username"_s), parser.value(u"task-set"_s), &error);
    if (!id)
        return fail(error.message);
    m_out << "Assigned task set " << parser.value(u"task-set"_s) << " to "
          << parser.value(u"username"_s) << " (assignment " << *id << ")" << Qt::endl;
    return Ok;
}
