#include <catch2/catch.hpp>

#include "common/protocol/Protocol.h"
#include "server/core/Admin.h"
#include "tests/client/WaitUntil.h"
#include "tests/support/FaultProxy.h"
#include "tests/scenario/ScenarioHarness.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QString kSync = QString::fromUtf16(protocol::path::kSync);
}

TEST_CASE_METHOD(ProxiedWorkshop,
                 "a batch re-sent after a lost response is applied once",
                 "[scenario][fault]")
{
    REQUIRE_FALSE(aino->program()->markStarted(w.tasks[0]).isError());
    REQUIRE_FALSE(aino->program()->submit(w.tasks[0], u"Lattia pesty."_s).isError());

    QSignalSpy dropped(&proxy, &FaultProxy::responseDropped);
    const int before = proxy.requestCount(kSync);
    SECTION("the answer never arrives (Qt or the sync engine sends the batch again)")
    {
        proxy.dropNextResponse(kSync);
        aino->sync();
    }
    SECTION("the answer breaks off after its first bytes (the next sync sends it again)")
    {
        proxy.truncateNextResponse(kSync, 20, 5);
        CHECK_FALSE(aino->sync());
        proxy.disarm();
        CHECK(aino->engine()->lastError().code == ErrorCode::NetworkError);
        CHECK(aino->store()->pendingCount() == 3);
    }
    REQUIRE(dropped.count() >= 1);
    CHECK(server.recordCount(u"submission"_s) == 1); // the server did apply the batch
    REQUIRE(aino->sync());
    CHECK(proxy.requestCount(kSync) - before >= 2); // the batch went twice
    CHECK(server.recordCount(u"submission"_s) == 1);
    CHECK(server.recordCount(u"progress"_s) == 1);
    CHECK(aino->task(w.tasks[0]).submissions.size() == 1);
    CHECK(aino->task(w.tasks[0]).submissions.first().version == 1);
    CHECK(compare(*aino, server).isEmpty());
}

TEST_CASE_METHOD(ProxiedWorkshop,
                 "a server restarted while a sync is in flight loses and doubles nothing",
                 "[scenario][fault]")
{
    int restarts = 0;

    SECTION("after the server applied the batch, before the answer reached the laptop")
    {
        REQUIRE_FALSE(aino->program()->submit(w.tasks[1], u"Ikkunat."_s).isError());
        QObject::connect(&proxy, &FaultProxy::responseHeld, &proxy, [&] {
            QTimer::singleShot(0, &proxy, [&] {
                REQUIRE(server.restart());
                ++restarts;
            });
        });
        proxy.holdNextResponse(kSync);
        aino->sync();
        REQUIRE(proxy.faultsInjected() == 1);
    }
    SECTION("while the request was still arriving")
    {
        REQUIRE_FALSE(aino->program()->submit(w.tasks[1], QString(5000, u'i')).isError());
        QObject::connect(&proxy, &FaultProxy::requestCut, &proxy, [&] {
            QTimer::singleShot(0, &proxy, [&] {
                REQUIRE(server.restart());
                ++restarts;
            });
        });
        proxy.cutNextRequest(kSync, 300);
        aino->sync();
        REQUIRE(proxy.faultsInjected() == 1);
    }
    REQUIRE(waitUntil([&] { return restarts == 1 && server.isRunning(); }));
    REQUIRE(aino->sync());
    CHECK(server.recordCount(u"submission"_s) == 1);
    CHECK(server.recordCount(u"answer"_s) == 1);
    CHECK(aino->task(w.tasks[1]).submissions.size() == 1);
    CHECK(compare(*aino, server).isEmpty());
}

TEST_CASE("a client killed between the local write and the sync loses nothing",
          "[scenario][fault][process]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    const QString database = aino->databasePath();
    REQUIRE_FALSE(database.isEmpty());
    aino->quit(); // the app is closed; another process writes and dies

    QProcess tool;
    tool.setProgram(QStringLiteral(PAJAPOLKU_CLIENT_TOOL));
    tool.setArguments({database, w.tasks[2], u"Roskat lajiteltu."_s});
    tool.start();
    REQUIRE(tool.waitForStarted(10000));
    REQUIRE(waitUntil([&] { return tool.readAllStandardOutput().contains("written"); }, 20000));
    tool.kill(); // SIGKILL: no shutdown code runs
    REQUIRE(tool.waitForFinished(10000));
    CHECK(tool.exitStatus() == QProcess::CrashExit);

    REQUIRE(aino->login()); // offline check, same profile
    CHECK(aino->store()->pendingCount() == 2); // answer + submission survived the kill
    REQUIRE(aino->sync());
    REQUIRE(aino->sync());
    CHECK(server.recordCount(u"submission"_s) == 1);
    CHECK(aino->task(w.tasks[2]).status == TaskStatus::Submitted);
    CHECK(aino->task(w.tasks[2]).submissions.first().answer == u"Roskat lajiteltu."_s);
    CHECK(compare(*aino, server).isEmpty());
}

TEST_CASE("a laptop whose server database was replaced pulls everything again", "[scenario][epoch]")
{
    TestServer first;
    Workshop w1(first);
    FaultProxy proxy(first.port());
    REQUIRE(proxy.start());
    auto aino = w1.laptop(u"aino"_s, proxy.url());
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    const QString oldEpoch = aino->store()->serverEpoch();
    REQUIRE_FALSE(aino->program()->saveAnswer(w1.tasks[0], u"Kesken."_s).isError());

    // Another server database answers at the same address (same people, new content).
    TestServer second;
    Workshop w2(second);
    first.stop();
    proxy.setTargetPort(second.port());
    REQUIRE(aino->sync());
    CHECK(aino->store()->serverEpoch() != oldEpoch);
    CHECK(aino->program()->task(w2.tasks[0]).has_value());
    // The answer was to a task the new database does not know: refused, and kept.
    CHECK(aino->program()->rejectedChanges().size() == 1);
    CHECK(aino->program()->task(w1.tasks[0])->answer == u"Kesken."_s);
    CHECK(compare(*aino, second).isEmpty());
}

TEST_CASE_METHOD(ProxiedWorkshop,
                 "a server that stops answering times out and the work is sent again later",
                 "[scenario][fault]")
{
    REQUIRE_FALSE(aino->program()->submit(w.tasks[0], u"Valmis."_s).isError());
    aino->api()->setTransferTimeout(300);
    proxy.holdNextResponse(kSync);
    CHECK_FALSE(aino->sync());
    CHECK(aino->engine()->lastError().code == ErrorCode::Timeout);
    CHECK(aino->store()->pendingCount() == 2);
    REQUIRE(aino->sync());
    CHECK(server.recordCount(u"submission"_s) == 1);
    CHECK(compare(*aino, server).isEmpty());
}

TEST_CASE("a server restored from an older backup gets back what laptops had sent since",
          "[scenario][epoch]")
{
    TempDir data;
    TestServer server(data.path());
    REQUIRE(server.start());
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    const QString dbFile = data.filePath(u"pajapolku.sqlite"_s);
    const QString backup = data.filePath(u"backup.sqlite"_s);
    server.stop(); // closing checkpoints the WAL into the file
    REQUIRE(QFile::copy(dbFile, backup));
    REQUIRE(server.start());

    // After the backup: an answer and a submission reach the server.
    REQUIRE_FALSE(aino->program()->submit(w.tasks[0], u"Lumityöt tehty aamulla."_s).isError());
    REQUIRE(aino->sync());
    REQUIRE(server.recordCount(u"submission"_s) == 1);

    // The disk fails; IT staff restore last night's backup and renew the epoch as documented.
    server.stop();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(dbFile + suffix);
    REQUIRE(QFile::copy(backup, dbFile));
    REQUIRE(server.start());
    REQUIRE(server.recordCount(u"submission"_s) == 0);
    Error error;
    REQUIRE_FALSE(server.admin()->renewServerEpoch(&error).isEmpty());

    // The laptop notices the new epoch, pulls everything again and offers what it wrote.
    REQUIRE(aino->sync());
    REQUIRE(aino->sync());
    CHECK(server.recordCount(u"submission"_s) == 1);
    CHECK(aino->store()->pendingCount() == 0);
    CHECK(aino->store()->rejectedCount() == 0);
    CHECK(aino->task(w.tasks[0]).submissions.size() == 1);
    CHECK(aino->task(w.tasks[0]).submissions.first().answer == u"Lumityöt tehty aamulla."_s);
    CHECK(compare(*aino, server).isEmpty());
}
