#include "server/CoachingCommands.h"

#include "server/AdminCommands.h"
#include "server/core/Admin.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString pad(const QString &s, int width)
{
    return s.leftJustified(width, u' ');
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s;
}

// A value as one short line: strings as they are, other JSON compactly.
QString valueText(const QJsonValue &v)
{
    QString text = v.isString()
                       ? v.toString()
                       : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1);
    text.replace(u'\n', u' ');
    return text.size() > 60 ? text.left(57) + u"..."_s : text;
}

QString usernames(const QList<UserRow> &users)
{
    QStringList names;
    for (const UserRow &u : users)
        names.append(u.username);
    return names.isEmpty() ? u"-"_s : names.join(u", "_s);
}
} // namespace

CoachingCommands::CoachingCommands(Admin *admin, QTextStream &out, QTextStream &err)
    : m_admin(admin), m_out(out), m_err(err)
{
}

bool CoachingCommands::handles(const QStringList &words)
{
    return words.value(0) == u"group"_s || words.value(0) == u"audit"_s;
}

QString CoachingCommands::usage()
{
    return u"  group create --org ID NAME            create a coaching group of the organisation\n"
           "  group add-trainee GROUP U             add a trainee (of any organisation)\n"
           "  group add-coach GROUP U               let a coach or admin (of any organisation)\n"
           "                                        read and coach the group's trainees\n"
           "  group list [--org ID]                 list groups and their members\n"
           "                                        (GROUP: the group's id, or its name)\n"
           "  audit list --trainee U                every review decision, requirement mark and\n"
           "                                        feedback message about the trainee: who,\n"
           "                                        when (server and client time), which device\n"_s;
}

QStringList CoachingCommands::allowedOptions(const QStringList &words)
{
    const QString command = words.mid(0, 2).join(u' ');
    if (command == u"group create"_s || command == u"group list"_s)
        return {u"org"_s};
    if (command == u"audit list"_s)
        return {u"trainee"_s};
    return {};
}

int CoachingCommands::fail(const QString &message, int code)
{
    m_err << "Error: " << message << Qt::endl;
    return code;
}

int CoachingCommands::run(const QStringList &words, const QCommandLineParser &parser)
{
    const QString group = words.value(0);
    const QString action = words.value(1);
    const qsizetype argc = words.size();
    if (group == u"group"_s && action == u"create"_s && argc == 3)
        return groupCreate(parser, words.at(2));
    if (group == u"group"_s && (action == u"add-trainee"_s || action == u"add-coach"_s)
        && argc == 4)
        return groupAdd(action, words.at(2), words.at(3));
    if (group == u"group"_s && action == u"list"_s && argc == 2)
        return groupList(parser);
    if (group == u"audit"_s && action == u"list"_s && argc == 2)
        return auditList(parser);
    return fail(u"unknown command '%1'\n\n%2"_s.arg(words.join(u' '), AdminCommands::usage()),
                AdminCommands::Usage);
}

int CoachingCommands::groupCreate(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const qint64 orgId = parser.value(u"org"_s).toLongLong(&ok);
    if (!parser.isSet(u"org"_s) || !ok || orgId <= 0)
        return fail(u"--org ID is required (an organisation id, see 'org list')"_s,
                    AdminCommands::Usage);
    Error error;
    const std::optional<qint64> id = m_admin->createGroup(orgId, name, &error);
    if (!id)
        return fail(error.message, AdminCommands::Failed);
    m_out << "Created group " << *id << ": " << name.trimmed() << " (organisation " << orgId
          << ")" << Qt::endl;
    return AdminCommands::Ok;
}

int CoachingCommands::groupAdd(const QString &action, const QString &group,
                               const QString &username)
{
    const bool trainee = action == u"add-trainee"_s;
    if (const Error error = m_admin->addGroupMember(
            group, username, trainee ? GroupRole::Trainee : GroupRole::Coach))
        return fail(error.message, AdminCommands::Failed);
    if (trainee)
        m_out << "Added trainee " << username << " to group " << group << Qt::endl;
    else
        m_out << "Added coach " << username << " to group " << group
              << "; they receive its trainees' work at their next sync" << Qt::endl;
    return AdminCommands::Ok;
}

int CoachingCommands::groupList(const QCommandLineParser &parser)
{
    qint64 orgId = 0;
    if (parser.isSet(u"org"_s)) {
        bool ok = false;
        orgId = parser.value(u"org"_s).toLongLong(&ok);
        if (!ok || orgId <= 0)
            return fail(u"--org must be an organisation id (a number, see 'org list')"_s,
                        AdminCommands::Usage);
    }
    m_out << pad(u"ID"_s, 6) << pad(u"ORG"_s, 5) << "NAME" << Qt::endl;
    for (const GroupSummary &g : m_admin->groups(orgId)) {
        m_out << pad(QString::number(g.group.id), 6) << pad(QString::number(g.group.orgId), 5)
              << g.group.name << Qt::endl;
        m_out << pad(QString(), 11) << "coaches: " << usernames(g.coaches) << Qt::endl;
        m_out << pad(QString(), 11) << "trainees: " << usernames(g.trainees) << Qt::endl;
    }
    return AdminCommands::Ok;
}

int CoachingCommands::auditList(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"trainee"_s))
        return fail(u"--trainee U is required"_s, AdminCommands::Usage);
    Error error;
    const std::optional<QList<AuditRow>> rows = m_admin->audit(parser.value(u"trainee"_s), &error);
    if (!rows)
        return fail(error.message, AdminCommands::Failed);
    m_out << pad(u"SERVER TIME (UTC)"_s, 21) << pad(u"CLIENT TIME (UTC)"_s, 21)
          << pad(u"BY"_s, 14) << pad(u"DEVICE"_s, 22) << pad(u"WHAT"_s, 31)
          << pad(u"OUTCOME"_s, 19) << "VALUE   (ABOUT)" << Qt::endl;
    for (const AuditRow &a : *rows) {
        const QString outcome = a.outcome + (a.conflict ? u" (conflict)"_s : QString());
        m_out << pad(timeText(a.at), 21) << pad(timeText(a.clientTime), 21)
              << pad(a.actorUsername, 14) << pad(a.deviceId, 22)
              << pad(a.kind + u'.' + a.field, 31) << pad(outcome, 19) << valueText(a.value)
              << "   (" << a.subject << ")" << Qt::endl;
    }
    if (rows->isEmpty())
        m_out << "(nothing recorded yet)" << Qt::endl;
    return AdminCommands::Ok;
}
