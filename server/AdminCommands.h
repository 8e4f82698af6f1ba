#pragma once
// The administration sub-commands of pajapolku-server for IT staff (org, user, program,
// maintenance). Each prints a clear result or error and returns the process exit code.

#include <QStringList>

#include <optional>

class Admin;
class SyncService;
class UploadService;
class QCommandLineParser;
class QTextStream;

class AdminCommands
{
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

    AdminCommands(Admin *admin, UploadService *uploads, SyncService *sync, QTextStream &out,
                  QTextStream &err);

    // words: the positional arguments, e.g. {"user", "create"}; options come from the parser.
    int run(const QStringList &words, const QCommandLineParser &parser);

    // The options each command accepts (besides --data-dir), for validating the command line.
    static QStringList allowedOptions(const QStringList &words);
    static QString usage();
    // "1048576", "500M", "500MiB", "10G", "2T" (binary multiples, any case); nullopt if invalid.
    static std::optional<qint64> parseSize(const QString &text);
    static QString formatSize(qint64 bytes);

private:
    int orgCreate(const QString &name);
    int orgList();
    int orgSetQuota(const QString &id, const QString &size);
    int cleanUploads();
    int pruneOps(const QCommandLineParser &parser);
    int newEpoch();
    int userCreate(const QCommandLineParser &parser);
    int userList(const QCommandLineParser &parser);
    int userAction(const QString &action, const QString &username);
    int programList(const QCommandLineParser &parser);
    int programAssign(const QCommandLineParser &parser);
    bool readOrg(const QCommandLineParser &parser, bool required, qint64 *orgId);
    int fail(const QString &message, int code = Failed);

    Admin *m_admin;
    UploadService *m_uploads;
    SyncService *m_sync;
    QTextStream &m_out;
    QTextStream &m_err;
};
