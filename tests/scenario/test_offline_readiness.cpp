#include <catch2/catch.hpp>

#include "client/core/CoachWorkspace.h"
#include "client/core/DownloadQueue.h"
#include "client/core/FileStore.h"
#include "client/core/OfflineReadiness.h"
#include "tests/client/WaitUntil.h"
#include "tests/scenario/ScenarioHarness.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

// Before driving off, the coach sees whether every file of the review queue is on the laptop.

TEST_CASE("the coach's laptop counts the queue's files as they arrive until everything is there",
          "[scenario][download][offline]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    const qint64 firstSize = 300 * 1000 + 11;
    const qint64 secondSize = 200 * 1000 + 7;
    REQUIRE_FALSE(aino->program()
                      ->attach(w.tasks[0], writeRandomPdf(aino->profileRoot(), u"raportti.pdf"_s,
                                                          firstSize, 7))
                      .isError());
    REQUIRE_FALSE(aino->program()
                      ->attach(w.tasks[0], writeRandomPdf(aino->profileRoot(), u"liite.pdf"_s,
                                                          secondSize, 8))
                      .isError());
    REQUIRE_FALSE(aino->program()->submit(w.tasks[0], u"Raportti ja liite mukana."_s).isError());
    const QList<Attachment> attached = aino->program()->attachments(w.tasks[0]);
    REQUIRE(attached.size() == 2);
    REQUIRE(aino->sync());
    REQUIRE(waitUntil(
        [&] {
            for (const Attachment &a : attached) {
                const auto f = aino->session()->files()->file(a.sha256);
                if (!f || f->state != StoredFile::State::Done)
                    return false;
            }
            return true;
        },
        60000));
    // Eero sends his work without files.
    auto eero = w.laptop(u"eero"_s);
    REQUIRE(eero->login());
    REQUIRE(eero->sync());
    REQUIRE_FALSE(eero->program()->submit(w.tasks[1], u"Tehty."_s).isError());
    REQUIRE(eero->sync());

    // The coach's link is slow (about two seconds for both files), so the counting shows.
    FaultProxy proxy(server.port());
    REQUIRE(proxy.start());
    auto kaisa = w.laptop(u"kaisa"_s, proxy.url());
    REQUIRE(kaisa->login());
    DownloadQueue *downloads = kaisa->session()->downloads();
    REQUIRE(downloads);
    OfflineReadiness readiness(kaisa->store(), kaisa->session()->coach(), downloads);
    CHECK(readiness.queue().submissions == 0);
    CHECK(readiness.queue().ready()); // nothing to review, nothing missing
    QSignalSpy changed(&readiness, &OfflineReadiness::changed);
    proxy.setBandwidth(FaultProxy::Direction::Downstream, 250 * 1000);
    REQUIRE(kaisa->sync()); // a successful sync starts the prefetch

    const QList<QueueEntry> queue = kaisa->session()->coach()->reviewQueue();
    REQUIRE(queue.size() == 2);
    QString ainoSubmission;
    QString eeroSubmission;
    for (const QueueEntry &e : queue)
        (e.submission.traineeId == w.aino ? ainoSubmission : eeroSubmission) = e.submission.id;
    REQUIRE_FALSE(ainoSubmission.isEmpty());
    REQUIRE_FALSE(eeroSubmission.isEmpty());

    QueueReadiness before = readiness.queue();
    CHECK(before.submissions == 2);
    CHECK(before.files == 2);
    CHECK(before.onLaptop == 0);
    CHECK(before.missingFiles() == 2);
    CHECK_FALSE(before.ready());
    CHECK(before.bytesMissing <= firstSize + secondSize);
    CHECK(before.bytesMissing > (firstSize + secondSize) / 2); // little has arrived yet
    CHECK(readiness.of(ainoSubmission).files == 2);
    CHECK(readiness.of(ainoSubmission).onLaptop == 0);
    CHECK_FALSE(readiness.of(ainoSubmission).complete());
    CHECK(readiness.of(eeroSubmission).files == 0);
    CHECK(readiness.of(eeroSubmission).complete());

    // While the files arrive the bytes still to fetch only go down, and it ends at zero.
    QList<qint64> remaining{before.bytesMissing};
    QObject::connect(&readiness, &OfflineReadiness::changed, &readiness,
                     [&] { remaining.append(readiness.queue().bytesMissing); });
    REQUIRE(waitUntil([&] { return readiness.queue().ready(); }, 60000));
    const QueueReadiness after = readiness.queue();
    CHECK(after.files == 2);
    CHECK(after.onLaptop == 2);
    CHECK(after.bytesMissing == 0);
    CHECK(readiness.of(ainoSubmission).onLaptop == 2);
    CHECK(readiness.of(ainoSubmission).bytesMissing == 0);
    CHECK(readiness.of(ainoSubmission).complete());
    for (const Attachment &a : attached)
        CHECK(downloads->isStored(a.sha256));
    INFO("readiness reports: " << remaining.size());
    CHECK(remaining.size() >= 3); // along the way, not only at the end
    CHECK(std::is_sorted(remaining.crbegin(), remaining.crend()));
    CHECK(remaining.last() == 0);
    CHECK(changed.count() >= 2);

    // Offline afterwards, the figures stay: they come from the files on the laptop.
    server.stop();
    CHECK(readiness.queue().ready());
    readiness.reload();
    CHECK(readiness.queue().onLaptop == 2);
}
