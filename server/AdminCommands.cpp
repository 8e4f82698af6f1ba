#include "server/AdminCommands.h"

#include "server/CoachingCommands.h"
#include "server/core/Admin.h"
#include "server/core/SyncService.h"
#include "server/core/UploadService.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString pad(const QString &s, int width)
{
    return s.leftJustified(width, u' ');
}
} // namespace

AdminCommands::AdminCommands(Admin *admin, UploadService *uploads, SyncService *sync,
                             QTextStream &out, QTextStream &err)
    : m_admin(admin), m_uploads(uploads), m_sync(sync), m_out(out), m_err(err)
{
}

QString AdminCommands::usage()
{
    return u"Administration:\n"
           "  org create NAME                       create an organisation\n"
           "  org list                              list organisations\n"
           "  org set-quota ID SIZE|default         set the organisation's storage quota for\n"
           "                                        files (e.g. 20G; default: 10G)\n"
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
           "                                        assign a task set to a trainee\n"
           "  maintenance clean-uploads             remove partial uploads whose last chunk is\n"
           "                                        older than 14 days (the server also does\n"
           "                                        this every hour while it serves)\n"
           "  maintenance prune-ops [--days N]      forget which operations laptops sent more\n"
           "                                        than N days ago (default 90), keeping the\n"
           "                                        newest 1000 of every device (the server\n"
           "                                        also does this every hour while it serves)\n"
           "  maintenance new-epoch                 run after restoring a backup: laptops pull\n"
           "                                        everything again and re-send their work\n"_s
           + CoachingCommands::usage();
}

QStringList AdminCommands::allowedOptions(const QStringList &words)
{
    if (CoachingCommands::handles(words))
        return CoachingCommands::allowedOptions(words);
    const QString command = words.mid(0, 2).join(u' ');
    if (command == u"user create"_s)
        return {u"org"_s, u"username"_s, u"role"_s, u"name"_s, u"password"_s};
    if (command == u"user list"_s || command == u"program list"_s)
        return {u"org"_s};
    if (command == u"program assign"_s)
        return {u"username"_s, u"task-set"_s};
    if (command == u"maintenance prune-ops"_s)
        return {u"days"_s};
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
    if (CoachingCommands::handles(words))
        return CoachingCommands(m_admin, m_out, m_err).run(words, parser);
    if (group == u"org"_s && action == u"create"_s && argc == 3)
        return orgCreate(words.at(2));
    if (group == u"org"_s && action == u"list"_s && argc == 2)
        return orgList();
    if (group == u"org"_s && action == u"set-quota"_s && argc == 4)
        return orgSetQuota(words.at(2), words.at(3));
    if (group == u"maintenance"_s && action == u"clean-uploads"_s && argc == 2)
        return cleanUploads();
    if (group == u"maintenance"_s && action == u"prune-ops"_s && argc == 2)
        return pruneOps(parser);
    if (group == u"maintenance"_s && action == u"new-epoch"_s && argc == 2)
        return newEpoch();
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

std::optional<qint64> AdminCommands::parseSize(const QString &text)
{
    static const QRegularExpression re(u"^\\s*([0-9]{1,15})\\s*(?:([kmgt])(?:i?b)?|b)?\\s*$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 value = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toLower();
    const int shift = unit == u"k"_s   ? 10
                      : unit == u"m"_s ? 20
                      : unit == u"g"_s ? 30
                      : unit == u"t"_s ? 40
                                       : 0;
    if (shift > 0 && value > (qint64(1) << (62 - shift)))
        return std::nullopt;
    return value << shift;
}

QString AdminCommands::formatSize(qint64 bytes)
{
    static const char16_t *units[] = {u"KiB", u"MiB", u"GiB", u"TiB"};
    if (bytes < 1024)
        return u"%1 B"_s.arg(bytes);
    double v = static_cast<double>(bytes);
    int i = -1;
    while (v >= 1024 && i < 3) {
        v /= 1024;
        ++i;
    }
    return u"%1 %2"_s.arg(v, 0, 'f', 1).arg(QString::fromUtf16(units[i]));
}

int AdminCommands::orgSetQuota(const QString &id, const QString &size)
{
    bool ok = false;
    const qint64 orgId = id.toLongLong(&ok);
    if (!ok || orgId <= 0)
        return fail(u"the organisation id must be a number (see 'org list')"_s, Usage);
    std::optional<qint64> bytes;
    if (size != u"default"_s) {
        bytes = parseSize(size);
        if (!bytes)
            return fail(u"SIZE must be bytes or a number with K, M, G or T, e.g. 20G"_s, Usage);
    }
    if (const Error error = m_uploads->setQuota(orgId, bytes))
        return fail(error.message);
    m_out << "Quota of organisation " << orgId << ": " << formatSize(m_uploads->quota(orgId))
          << (bytes ? "" : " (the default)") << "; in use " << formatSize(m_uploads->used(orgId))
          << Qt::endl;
    return Ok;
}

int AdminCommands::cleanUploads()
{
    const UploadService::CleanResult r = m_uploads->cleanExpiredUploads();
    m_out << "Removed " << r.removed << " partial upload(s) older than 14 days, freeing "
          << formatSize(r.bytes) << Qt::endl;
    return Ok;
}

int AdminCommands::pruneOps(const QCommandLineParser &parser)
{
    int days = SyncService::kAppliedOpsRetentionDays;
    if (parser.isSet(u"days"_s)) {
        bool ok = false;
        days = parser.value(u"days"_s).toInt(&ok);
        if (!ok || days < 1)
            return fail(u"--days must be a whole number of days, at least 1"_s, Usage);
    }
    const int removed = m_sync->pruneAppliedOps(days);
    if (removed < 0)
        return fail(u"cannot prune the applied operations (see the log)"_s, Failed);
    m_out << "Removed " << removed << " applied operation(s) older than " << days
          << " days; the newest " << SyncService::kAppliedOpsKeptPerDevice
          << " of every device are kept" << Qt::endl;
    return Ok;
}

int AdminCommands::newEpoch()
{
    Error error;
    const QString epoch = m_admin->renewServerEpoch(&error);
    if (epoch.isEmpty())
        return fail(u"cannot renew the server epoch: %1"_s.arg(error.message), Failed);
    m_out << "New server epoch " << epoch
          << ": every laptop pulls everything again at its next sync and re-sends what it wrote."
          << Qt::endl;
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
