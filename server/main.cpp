// pajapolku-server: serves the API (the default command) and runs the administration commands.
#include "common/util/Clock.h"
#include "common/protocol/Protocol.h"
#include "common/util/Crypto.h"
#include "server/AdminCommands.h"
#include "server/core/Admin.h"
#include "server/core/Auth.h"
#include "server/core/DemoData.h"
#include "server/core/ServerStore.h"
#include "server/core/SyncService.h"
#include "server/core/UploadService.h"
#include "server/http/HttpServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void onStopSignal(int)
{
    g_stopRequested = 1;
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/pajapolku-server"_s;
}

QString helpText()
{
    return u"Usage: pajapolku-server [--data-dir DIR] [COMMAND]\n\n"
           "Serving (the default command):\n"
           "  serve [--listen HOST:PORT] [--demo] [--max-file-size SIZE]\n"
           "        [--min-client-protocol N]\n"
           "                                        serve the API (default 127.0.0.1:8080; port 0\n"
           "                                        picks a free port); --demo adds the demo\n"
           "                                        organisation and prints its accounts;\n"
           "                                        --max-file-size limits uploads (default\n"
           "                                        500M); --min-client-protocol N refuses\n"
           "                                        apps speaking a protocol older than N and\n"
           "                                        asks them to update (N from %1, the\n"
           "                                        default, to %2)\n\n"_s
               .arg(protocol::kMinSupportedVersion)
               .arg(protocol::kVersion)
           + AdminCommands::usage()
           + u"\nOptions:\n"
             "  --data-dir DIR   where the database lives (default %1)\n"
             "  --version        print the version\n"
             "  --help           print this help\n\n"
             "Exit codes: 0 success, 1 failure, 2 wrong usage.\n"_s.arg(defaultDataDir());
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *host)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    *host = text.left(colon);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    *port = static_cast<quint16>(p);
    QString bare = *host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (bare == u"localhost"_s) {
        *address = QHostAddress(QHostAddress::LocalHost);
        *host = u"127.0.0.1"_s;
        return true;
    }
    return address->setAddress(bare);
}

int serve(const QString &dataDir, const QString &listen, bool demo, qint64 maxFileSize,
          int minClientProtocol, QTextStream &out, QTextStream &err)
{
    QHostAddress address;
    quint16 port = 0;
    QString host;
    if (!parseListen(listen, &address, &port, &host)) {
        err << "Error: --listen must be HOST:PORT, e.g. 127.0.0.1:8080" << Qt::endl;
        return AdminCommands::Usage;
    }
    ServerStore store;
    if (!store.open(dataDir)) {
        err << "Error: cannot open the database in " << dataDir << ": " << store.errorString()
            << Qt::endl;
        return AdminCommands::Failed;
    }
    Clock *clock = SystemClock::instance();
    Auth auth(&store, clock);
    SyncService sync(&store, clock);
    // Databases made before trainee_profile records existed get them now (a no-op otherwise).
    if (const Error e = sync.writeAllTraineeProfiles())
        err << "Warning: cannot write trainee profiles: " << e.message << Qt::endl;
    if (demo) {
        Admin admin(&store, &sync, clock);
        Error error;
        const qint64 orgId = DemoData::ensure(&admin, &error);
        if (orgId == 0) {
            err << "Error: cannot create the demo data: " << error.message << Qt::endl;
            return AdminCommands::Failed;
        }
        out << "Demo organisation " << orgId << ": " << DemoData::organisationName() << Qt::endl;
        for (const DemoAccount &a : DemoData::accounts())
            out << "  " << roleName(a.role).leftJustified(8) << a.username.leftJustified(12)
                << " password " << a.password << Qt::endl;
    }
    UploadService uploads(&store, &sync, clock, dataDir);
    uploads.setMaxFileSize(maxFileSize);
    // Every sync response announces the largest file, so clients refuse bigger ones offline.
    sync.setLimitsSource([&uploads] { return ServerLimits{uploads.maxFileSize()}; });
    uploads.cleanExpiredUploads();
    sync.pruneAppliedOps();
    QTimer cleaning; // partial uploads older than 14 days, applied operations older than 90 days
    QObject::connect(&cleaning, &QTimer::timeout, &cleaning, [&uploads, &sync] {
        uploads.cleanExpiredUploads();
        sync.pruneAppliedOps();
    });
    cleaning.start(60 * 60 * 1000);
    HttpServer http(&auth, &sync, &uploads);
    http.setMinimumClientProtocol(minClientProtocol);
    const quint16 actual = http.listen(address, port);
    if (actual == 0) {
        err << "Error: cannot listen on " << listen << ": " << http.errorString() << Qt::endl;
        return AdminCommands::Failed;
    }
    const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol
                              ? u"["_s + address.toString() + u"]"_s
                              : host;
    out << "Data directory " << dataDir << Qt::endl;
    out << "Accepting client protocol versions " << http.acceptedProtocols().min << " to "
        << http.acceptedProtocols().max << Qt::endl;
    // Last: scripts and tests take this line as "ready", so everything above is already printed.
    out << "Listening on http://" << shown << ':' << actual << Qt::endl;

    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, qApp, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(100);
    QCoreApplication::exec();

    http.close();
    store.close();
    out << "Stopped" << Qt::endl;
    return AdminCommands::Ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"pajapolku-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAJAPOLKU_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options{
        {u"data-dir"_s, u"data directory"_s, u"DIR"_s},
        {u"listen"_s, u"address to listen on"_s, u"HOST:PORT"_s},
        {u"demo"_s, u"create the demo organisation"_s},
        {u"org"_s, u"organisation id"_s, u"ID"_s},
        {u"username"_s, u"username"_s, u"U"_s},
        {u"role"_s, u"trainee, coach or admin"_s, u"ROLE"_s},
        {u"name"_s, u"full name"_s, u"NAME"_s},
        {u"password"_s, u"password"_s, u"P"_s},
        {u"task-set"_s, u"task set id"_s, u"ID"_s},
        {u"trainee"_s, u"a trainee's username"_s, u"U"_s},
        {u"max-file-size"_s, u"largest upload"_s, u"SIZE"_s},
        {u"min-client-protocol"_s, u"oldest client protocol version accepted"_s, u"N"_s},
        {u"days"_s, u"age in days"_s, u"N"_s},
        {u"version"_s, u"print the version"_s},
        {u"help"_s, u"print the help"_s},
    };
    parser.addOptions(options);
    parser.addPositionalArgument(u"command"_s, u"serve (default) or an admin command"_s);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "Error: " << parser.errorText() << "\n\n" << helpText();
        err.flush();
        return AdminCommands::Usage;
    }
    if (parser.isSet(u"help"_s)) {
        out << helpText();
        return AdminCommands::Ok;
    }
    if (parser.isSet(u"version"_s)) {
        out << "pajapolku-server " << PAJAPOLKU_VERSION << Qt::endl;
        return AdminCommands::Ok;
    }
    if (!crypto::initialize()) {
        err << "Error: libsodium could not be initialised" << Qt::endl;
        return AdminCommands::Failed;
    }

    const QStringList words = parser.positionalArguments();
    const QString dataDir = parser.isSet(u"data-dir"_s) ? parser.value(u"data-dir"_s)
                                                         : defaultDataDir();
    const bool serving = words.isEmpty() || (words.size() == 1 && words.first() == u"serve"_s);
    QStringList allowed = serving ? QStringList{u"listen"_s, u"demo"_s, u"max-file-size"_s,
                                                u"min-client-protocol"_s}
                                  : AdminCommands::allowedOptions(words);
    allowed << u"data-dir"_s;
    for (const QString &name : parser.optionNames()) {
        if (!allowed.contains(name)) {
            err << "Error: --" << name << " does not belong to this command\n\n" << helpText();
            err.flush();
            return AdminCommands::Usage;
        }
    }
    if (serving) {
        qint64 maxFileSize = protocol::limits::kDefaultMaxFileSize;
        if (parser.isSet(u"max-file-size"_s)) {
            const std::optional<qint64> size
                = AdminCommands::parseSize(parser.value(u"max-file-size"_s));
            if (!size || *size <= 0) {
                err << "Error: --max-file-size must be bytes or a number with K, M, G or T,"
                       " e.g. 500M\n\n"
                    << helpText();
                err.flush();
                return AdminCommands::Usage;
            }
            maxFileSize = *size;
        }
        // IT staff refuse old app versions after a rollout; newer ones this server cannot speak.
        int minClientProtocol = protocol::kMinSupportedVersion;
        if (parser.isSet(u"min-client-protocol"_s)) {
            bool ok = false;
            minClientProtocol = parser.value(u"min-client-protocol"_s).toInt(&ok);
            if (!ok || minClientProtocol < protocol::kMinSupportedVersion
                || minClientProtocol > protocol::kVersion) {
                err << "Error: --min-client-protocol must be a protocol version this server "
                       "speaks, from "
                    << protocol::kMinSupportedVersion << " to " << protocol::kVersion << "\n\n"
                    << helpText();
                err.flush();
                return AdminCommands::Usage;
            }
        }
        return serve(dataDir, parser.value(u"listen"_s).isEmpty() ? u"127.0.0.1:8080"_s
                                                                 : parser.value(u"listen"_s),
                     parser.isSet(u"demo"_s), maxFileSize, minClientProtocol, out, err);
    }

    // The commands print their own results; only warnings go to the log.
    QLoggingCategory::setFilterRules(u"server.*.info=false"_s);
    ServerStore store;
    if (!store.open(dataDir)) {
        err << "Error: cannot open the database in " << dataDir << ": " << store.errorString()
            << Qt::endl;
        return AdminCommands::Failed;
    }
    SyncService sync(&store, SystemClock::instance());
    Admin admin(&store, &sync, SystemClock::instance());
    UploadService uploads(&store, &sync, SystemClock::instance(), dataDir);
    AdminCommands commands(&admin, &uploads, &sync, out, err);
    const int code = commands.run(words, parser);
    out.flush();
    store.close();
    return code;
}
