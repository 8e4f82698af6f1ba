// pajapolku-test-client-tool <profile.sqlite> <taskId> <answer>
// Opens an existing profile, submits the answer to the task exactly as the app does (saved
// locally with its outbox operations), prints "written" and then waits until it is killed. The
// scenario tests kill it between the local write and any sync.
//
// pajapolku-test-client-tool upload <profile.sqlite> <taskId> <file> <serverUrl>
// Attaches the file to the task (unless the profile already holds a file: then it goes on with
// that one, as the app does after a restart), prints "attached <sha256> <size> <uploaded>",
// uploads it through the server URL (e.g. a slow proxy) printing "progress <bytes>" each time
// the durable offset moves, then "done <largest chunk> <requests>" and exits. The scenario
// tests kill it mid-upload and start it again.
#include "client/core/ApiClient.h"
#include "client/core/FileStore.h"
#include "client/core/LocalStore.h"
#include "client/core/TraineeProgram.h"
#include "client/core/UploadQueue.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
int runUpload(QCoreApplication &app, const QStringList &args, QTextStream &out, QTextStream &err)
{
    LocalStore store(SystemClock::instance());
    if (!store.open(args.at(2))) {
        err << "cannot open the profile: " << store.errorString() << Qt::endl;
        return 1;
    }
    const auto user = store.userInfo();
    if (!user) {
        err << "the profile has no user" << Qt::endl;
        return 1;
    }
    FileStore files(args.at(2));
    if (!files.open()) {
        err << "cannot open the file store: " << files.errorString() << Qt::endl;
        return 1;
    }
    TraineeProgram program(&store, user->id, SystemClock::instance());
    program.setFileStore(&files);
    if (files.files().isEmpty()) {
        const Error error = program.attach(args.at(3), args.at(4));
        if (error.isError()) {
            err << "cannot attach: " << errorCodeName(error.code) << ' ' << error.message << Qt::endl;
            return 1;
        }
    }
    const StoredFile file = files.files().constLast();
    out << "attached " << file.sha256 << ' ' << file.size << ' ' << file.uploaded << Qt::endl;

    ApiClient api{QUrl(args.at(5))};
    api.setToken(store.token());
    UploadQueue queue(&files, &api);
    queue.setRetryDelays(50, 500);
    qint64 printed = file.uploaded;
    QObject::connect(&files, &FileStore::fileChanged, &app, [&](const QString &sha) {
        const auto f = files.file(sha);
        if (f && f->uploaded != printed) {
            printed = f->uploaded;
            out << "progress " << printed << Qt::endl;
        }
    });
    QObject::connect(&queue, &UploadQueue::fileFinished, &app, [&](const QString &) {
        out << "done " << queue.largestChunkSent() << ' ' << api.counters().requests << Qt::endl;
        app.exit(0);
    });
    QObject::connect(&queue, &UploadQueue::fileFailed, &app, [&](const QString &, const Error &e) {
        err << "upload failed: " << errorCodeName(e.code) << ' ' << e.message << Qt::endl;
        app.exit(1);
    });
    queue.start();
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() == 6 && args.at(1) == u"upload"_s) {
        if (!crypto::initialize()) {
            err << "libsodium failed to initialise\n";
            return 1;
        }
        return runUpload(app, args, out, err);
    }
    if (args.size() != 4) {
        err << "usage: pajapolku-test-client-tool <profile.sqlite> <taskId> <answer>\n"
               "       pajapolku-test-client-tool upload <profile.sqlite> <taskId> <file> <url>\n";
        return 2;
    }
    if (!crypto::initialize()) {
        err << "libsodium failed to initialise\n";
        return 1;
    }
    LocalStore store(SystemClock::instance());
    if (!store.open(args.at(1))) {
        err << "cannot open the profile: " << store.errorString() << '\n';
        return 1;
    }
    const auto user = store.userInfo();
    if (!user) {
        err << "the profile has no user\n";
        return 1;
    }
    TraineeProgram program(&store, user->id, SystemClock::instance());
    const Error error = program.submit(args.at(2), args.at(3));
    if (error.isError()) {
        err << "cannot submit: " << errorCodeName(error.code) << ' ' << error.message << '\n';
        return 1;
    }
    out << "written" << Qt::endl;
    return app.exec();
}
