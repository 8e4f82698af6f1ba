#pragma once
// The coaching sub-commands of pajapolku-server for administrators: shared coaching groups
// (group create / add-trainee / add-coach / list) and the audit trail (audit list). AdminCommands
// hands these words over; each command prints a clear result or error and returns the exit code.

#include <QStringList>

class Admin;
class QCommandLineParser;
class QTextStream;

class CoachingCommands
{
public:
    CoachingCommands(Admin *admin, QTextStream &out, QTextStream &err);

    // True for the words this class runs ("group ..." and "audit ...").
    static bool handles(const QStringList &words);
    int run(const QStringList &words, const QCommandLineParser &parser);
    static QStringList allowedOptions(const QStringList &words);
    static QString usage();

private:
    int groupCreate(const QCommandLineParser &parser, const QString &name);
    int groupAdd(const QString &action, const QString &group, const QString &username);
    int groupList(const QCommandLineParser &parser);
    int auditList(const QCommandLineParser &parser);
    int fail(const QString &message, int code);

    Admin *m_admin;
    QTextStream &m_out;
    QTextStream &m_err;
};
