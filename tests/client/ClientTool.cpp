// pajapolku-test-client-tool <profile.sqlite> <taskId> <answer>
// Opens an existing profile, submits the answer to the task exactly as the app does (saved
// locally with its outbox operations), prints "written" and then waits until it is killed. The
// scenario tests kill it between the local write and any sync.
#include "client/core/LocalStore.h"
#include "client/core/TraineeProgram.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        err << "usage: pajapolku-test-client-tool <profile.sqlite> <taskId> <answer>\n";
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
