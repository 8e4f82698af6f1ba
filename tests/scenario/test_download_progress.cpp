#include <catch2/catch.hpp>

#include "client/core/DownloadQueue.h"
#include "client/core/FileStore.h"
#include "tests/client/WaitUntil.h"
#include "tests/scenario/ScenarioHarness.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/TestFiles.h"

#include <QSignalSpy>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

// A coach's download as the review page shows it: progress while the file arrives, and the
// SHA-256 check of the finished file on a worker thread.

TEST_CASE("a download reports its progress up to the whole file and is checked off the UI thread",
          "[scenario][download][progress]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.syncedLaptop(u"aino"_s);
    const qint64 size = 16 * 1024 * 1024 + 77;
    const QString pdf = writeRandomPdf(aino->profileRoot(), u"raportti.pdf"_s, size, 41);
    const Attachment a
        = attachSubmitAndUpload(w, *aino, pdf, u"Lumityöt tehty, raportti liitteenä."_s, 60000);

    FaultProxy proxy(server.port());
    REQUIRE(proxy.start());
    proxy.setBandwidth(FaultProxy::Direction::Downstream, 8 * 1000 * 1000); // about 2 s
    auto kaisa = w.laptop(u"kaisa"_s, proxy.url());
    REQUIRE(kaisa->login());
    DownloadQueue *downloads = kaisa->session()->downloads();
    QSignalSpy progress(downloads, &DownloadQueue::progressChanged);
    QSignalSpy stored(downloads, &DownloadQueue::fileStored);
    // The event loop must keep turning while the finished file's SHA-256 is computed: a timer
    // that fires on every turn counts the turns seen while the check runs.
    int turnsWhileChecking = 0;
    QTimer turn;
    turn.setInterval(0);
    QObject::connect(&turn, &QTimer::timeout, [&] {
        if (downloads->isVerifying() && downloads->currentSha256() == a.sha256)
            ++turnsWhileChecking;
    });
    turn.start();
    REQUIRE(kaisa->sync()); // prefetches the thumbnail-less PDF of the waiting submission
    REQUIRE(waitUntil(
        [&] {
            return std::any_of(stored.cbegin(), stored.cend(), [&](const QList<QVariant> &args) {
                return args.at(0).toString() == a.sha256;
            });
        },
        60000));
    turn.stop();

    QList<qint64> seen;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        if (args.at(0).toString() != a.sha256)
            continue;
        CHECK(args.at(2).toLongLong() == size);
        seen.append(args.at(1).toLongLong());
    }
    INFO("progress reports: " << seen.size());
    REQUIRE(seen.size() >= 3); // on the way, not only at the end
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
    CHECK(seen.first() < size);
    CHECK(seen.last() == size);
    CHECK(turnsWhileChecking >= 1);
    CHECK_FALSE(downloads->isVerifying());
    CHECK(sha256OfFile(downloads->localPath(a.sha256)) == a.sha256);
}
