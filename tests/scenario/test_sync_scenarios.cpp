#include <catch2/catch.hpp>

#include "client/core/FileStore.h"
#include "common/protocol/Protocol.h"
#include "common/util/Crypto.h"
#include "server/core/Admin.h"
#include "server/core/ServerStore.h"
#include "tests/client/WaitUntil.h"
#include "tests/scenario/ScenarioHarness.h"

#include <QFile>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {
const QString kSync = QString::fromUtf16(protocol::path::kSync);
}

TEST_CASE("two trainees work offline, then sync, and hold what the server holds", "[scenario]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    auto eero = w.laptop(u"eero"_s);
    REQUIRE(aino->login());
    REQUIRE(eero->login());
    REQUIRE(aino->sync());
    REQUIRE(eero->sync());
    REQUIRE(aino->program()->taskSets().size() == 1);

    server.stop(); // the workshop's connection is down for the day
    REQUIRE_FALSE(aino->program()->markStarted(w.tasks[0]).isError());
    REQUIRE_FALSE(aino->program()->saveAnswer(w.tasks[0], u"Pesin lattian."_s).isError());
    REQUIRE_FALSE(aino->program()->submit(w.tasks[0], u"Pesin lattian ja kuivasin."_s).isError());
    REQUIRE_FALSE(eero->program()->submit(w.tasks[1], u"Ikkunat pesty."_s).isError());
    CHECK_FALSE(aino->sync()); // no network: nothing is lost, the work waits
    CHECK(aino->engine()->lastError().code == ErrorCode::NetworkError);
    CHECK(aino->store()->pendingCount() == 4);

    REQUIRE(server.start());
    REQUIRE(aino->sync());
    REQUIRE(eero->sync());
    CHECK(compare(*aino, server).isEmpty());
    CHECK(compare(*eero, server).isEmpty());
    CHECK(server.recordCount(u"submission"_s) == 2);
    CHECK(aino->task(w.tasks[0]).status == TaskStatus::Submitted);
    CHECK(aino->task(w.tasks[0]).submissions.first().version == 1);
    CHECK(eero->task(w.tasks[1]).answer == u"Ikkunat pesty."_s);
    CHECK(eero->task(w.tasks[0]).status == TaskStatus::NotStarted); // aino's work stays hers
}

TEST_CASE("a coach sees both trainees' submissions after syncing", "[scenario]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    auto eero = w.laptop(u"eero"_s);
    auto kaisa = w.laptop(u"kaisa"_s);
    for (auto *laptop : {aino.get(), eero.get(), kaisa.get()}) {
        REQUIRE(laptop->login());
        REQUIRE(laptop->sync());
    }
    REQUIRE_FALSE(aino->program()->submit(w.tasks[2], u"Lajittelin."_s).isError());
    REQUIRE_FALSE(eero->program()->submit(w.tasks[2], u"Vein roskat."_s).isError());
    REQUIRE(aino->sync());
    REQUIRE(eero->sync());

    REQUIRE(kaisa->sync());
    const QList<StoredRecord> submissions = kaisa->store()->records(u"submission"_s);
    REQUIRE(submissions.size() == 2);
    QSet<qint64> trainees;
    for (const StoredRecord &s : submissions)
        trainees.insert(s.data.value(u"traineeId"_s).toInteger());
    CHECK(trainees == QSet<qint64> {w.aino, w.eero});
    CHECK(kaisa->store()->cursors().keys()
          == QStringList {u"org:%1"_s.arg(w.orgId), u"trainee:%1"_s.arg(w.aino),
                          u"trainee:%1"_s.arg(w.eero)});
    CHECK(compare(*kaisa, server).isEmpty());
}

TEST_CASE("a task the coach edits reaches the trainee with the next sync", "[scenario]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    Task task
        = *Task::fromJson(w.tasks[1], server.store()->record(u"task"_s, w.tasks[1])->data, nullptr);
    task.title = u"Ikkunat ja peilit"_s;
    REQUIRE_FALSE(server.admin()->updateTask(w.orgId, task).isError());
    REQUIRE(aino->sync());
    CHECK(aino->task(w.tasks[1]).task.title == u"Ikkunat ja peilit"_s);
    CHECK(compare(*aino, server).isEmpty());
}

TEST_CASE("1,000 changes made offline reach the server in at most two requests", "[scenario][bulk]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    for (int i = 1; i <= 1000; ++i) {
        REQUIRE_FALSE(aino->program()
                          ->saveAnswer(w.tasks[i % 3], u"Versio %1 vastauksesta"_s.arg(i))
                          .isError());
    }
    REQUIRE(aino->store()->pendingCount() == 1000);
    aino->api()->resetCounters();
    REQUIRE(aino->sync());
    const ApiClient::Counters &c = aino->api()->counters();
    CHECK(aino->api()->requestCount(kSync) <= 2);
    CHECK(server.recordCount(u"answer"_s) == 1000);
    CHECK(compare(*aino, server).isEmpty());
    qInfo("1,000 answers: %lld sync requests, %lld bytes sent (%lld before zstd), %lld bytes "
          "received (%lld after zstd)",
          c.requestsByPath.value(kSync), c.bytesSent, c.plainBytesSent, c.bytesReceived,
          c.plainBytesReceived);

    aino->api()->resetCounters();
    REQUIRE(aino->sync());
    CHECK(aino->api()->requestCount(kSync) == 1); // nothing new costs one small request
    CHECK(aino->api()->counters().bytesSent + aino->api()->counters().bytesReceived < 1536);
}

TEST_CASE("a client clock a year wrong in either direction still syncs correctly",
          "[scenario][clock]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    auto eero = w.laptop(u"eero"_s);
    aino->clock().setOffset(365LL * 24 * 3600 * 1000);
    eero->clock().setOffset(-365LL * 24 * 3600 * 1000);
    for (auto *laptop : {aino.get(), eero.get()}) {
        REQUIRE(laptop->login());
        REQUIRE(laptop->sync());
        REQUIRE_FALSE(laptop->program()->submit(w.tasks[0], u"Valmis."_s).isError());
        REQUIRE(laptop->sync());
        CHECK(compare(*laptop, server).isEmpty());
        const Submission s = laptop->task(w.tasks[0]).submissions.first();
        CHECK(s.version == 1);
        // The server's time, not the laptop's, says when the work arrived.
        CHECK(qAbs(s.receivedAt.secsTo(server.clock()->now())) < 600);
        CHECK(qAbs(s.at.secsTo(laptop->clock().now())) < 600);
    }
    CHECK(server.recordCount(u"submission"_s) == 2);
}

TEST_CASE("a refused change stays visible as refused and is not sent again", "[scenario]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    // The laptop's copy of the program was out of date: this set is not assigned to aino.
    Submission s;
    s.taskId = w.otherTasks[0];
    s.answer = u"Maalasin seinän."_s;
    s.at = aino->clock().now();
    REQUIRE_FALSE(aino->store()
                      ->saveLocal({{u"submission"_s, u"sub-not-assigned"_s, s.toJson(), {}}})
                      .isError());
    REQUIRE_FALSE(aino->program()->submit(w.tasks[0], u"Lattia pesty."_s).isError());
    REQUIRE(aino->sync());
    CHECK(aino->engine()->rejectedCount() == 1);
    CHECK(aino->engine()->pendingCount() == 0);
    const QList<RejectedChange> rejected = aino->program()->rejectedChanges();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().error.code == ErrorCode::Forbidden);
    CHECK(server.recordCount(u"submission"_s) == 1);

    aino->api()->resetCounters();
    REQUIRE(aino->sync());
    REQUIRE(aino->sync());
    CHECK(aino->api()->counters().plainBytesSent < 2 * 400); // no operation in either request
    CHECK(aino->program()->rejectedChanges().size() == 1);
    CHECK(aino->store()->record(u"submission"_s, u"sub-not-assigned"_s).has_value());
}

TEST_CASE("automatic mode syncs shortly after a local change", "[scenario][auto]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login(true));
    REQUIRE(waitUntil([&] { return aino->engine()->lastSuccessAt().isValid(); }, 15000));
    REQUIRE(waitUntil([&] { return !aino->program()->taskSets().isEmpty(); }, 15000));
    REQUIRE_FALSE(aino->program()->submit(w.tasks[0], u"Valmis."_s).isError());
    CHECK(aino->engine()->pendingCount() == 2);
    REQUIRE(waitUntil([&] { return server.recordCount(u"submission"_s) == 1; }, 15000));
    REQUIRE(waitUntil([&] { return aino->engine()->pendingCount() == 0; }, 15000));
    CHECK(aino->engine()->isOnline());
    CHECK_FALSE(aino->engine()->lastError().isError());
}

TEST_CASE("an expired or revoked token is renewed silently during sync", "[scenario][auth]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    const QString firstToken = aino->store()->token();

    REQUIRE(server.admin()->revokeTokens(u"aino"_s, nullptr).value_or(0) >= 1);
    REQUIRE_FALSE(aino->program()->markStarted(w.tasks[0]).isError());
    REQUIRE(aino->sync());
    CHECK(aino->store()->token() != firstToken);
    CHECK(compare(*aino, server).isEmpty());

    // A later laptop start logs in offline and syncs with the renewed token.
    aino->quit();
    server.stop();
    REQUIRE(aino->login());
    REQUIRE(server.start());
    REQUIRE(aino->sync());
    CHECK(compare(*aino, server).isEmpty());
}

TEST_CASE("a password changed elsewhere stops syncing without locking the account",
          "[scenario][auth]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    REQUIRE(server.admin()->resetPassword(u"aino"_s, nullptr).has_value());
    QSignalSpy lost(aino->session(), &Session::authenticationLost);
    REQUIRE_FALSE(aino->program()->saveAnswer(w.tasks[0], u"Kesken."_s).isError());
    CHECK_FALSE(aino->sync());
    CHECK(lost.count() == 1);
    CHECK_FALSE(aino->sync()); // no second login attempt with the old password
    CHECK(lost.count() == 1);
    CHECK(aino->store()->pendingCount() == 1); // the work waits on the laptop
}

TEST_CASE("a password set elsewhere is learnt at the next login, and a change here works offline",
          "[scenario][auth]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    aino->quit();

    // IT staff reset the password; the laptop only knows the old one.
    const std::optional<QString> oneTime = server.admin()->resetPassword(u"aino"_s, nullptr);
    REQUIRE(oneTime.has_value());
    ClientCore reset(server.url(), u"aino"_s, *oneTime, aino->profileRoot());
    REQUIRE(reset.login());
    CHECK(reset.session()->user().mustChangePassword);
    CHECK(reset.databasePath() == aino->databasePath()); // the same profile, data kept

    const QString chosen = u"uusi-salasana-9"_s;
    QSignalSpy changed(reset.session(), &Session::passwordChangeFinished);
    reset.session()->changePassword(*oneTime, chosen);
    REQUIRE(changed.wait(10000));
    CHECK_FALSE(changed.first().first().value<Error>().isError());
    CHECK_FALSE(reset.session()->user().mustChangePassword);
    REQUIRE(reset.sync());
    reset.quit();

    server.stop(); // offline from here on
    ClientCore offline(server.url(), u"aino"_s, chosen, aino->profileRoot());
    CHECK(offline.login());
    ClientCore stale(server.url(), u"aino"_s, QString::fromUtf16(Workshop::kPassword),
                     aino->profileRoot());
    CHECK_FALSE(stale.login());
    CHECK(stale.loginError().code == ErrorCode::WrongCredentials);
}

TEST_CASE("a wrong password on a new laptop is refused by the server and leaves no profile",
          "[scenario][auth]")
{
    TestServer server;
    Workshop w(server);
    ClientCore laptop(server.url(), u"aino"_s, u"vaara-salasana"_s);
    CHECK_FALSE(laptop.login());
    CHECK(laptop.loginError().code == ErrorCode::WrongCredentials);
    CHECK(ProfileManager(laptop.profileRoot()).profiles().isEmpty());

    ClientCore unknown(server.url(), u"nobody"_s, QString::fromUtf16(Workshop::kPassword));
    CHECK_FALSE(unknown.login());
    CHECK(unknown.loginError().code == ErrorCode::WrongCredentials);
}

TEST_CASE("logging out forgets the token but keeps the profile and its unsent work",
          "[scenario][auth]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    const QString token = aino->store()->token();
    REQUIRE_FALSE(aino->program()->saveAnswer(w.tasks[0], u"Kesken."_s).isError());
    QSignalSpy out(aino->session(), &Session::loggedOut);
    aino->session()->logout();
    REQUIRE(out.wait(10000));
    CHECK(aino->store()->token().isEmpty());
    CHECK(server.store()->tokenByHash(crypto::sha256Hex(token.toUtf8()))->revoked);

    REQUIRE(aino->login()); // offline check; the next sync logs in to the server again
    CHECK(aino->store()->pendingCount() == 1);
    REQUIRE(aino->sync());
    CHECK_FALSE(aino->store()->token().isEmpty());
    CHECK(compare(*aino, server).isEmpty());
}

TEST_CASE("a laptop learns the server's largest file at every sync and keeps it offline",
          "[scenario][limits]")
{
    constexpr qint64 kMiB = 1024 * 1024;
    TestServer server;
    server.setUploadLimits(1 * kMiB, 0); // serve --max-file-size 1MiB
    Workshop w(server);
    TempDir dir;
    auto writePdf = [&](const QString &name, qint64 size) {
        QByteArray bytes = "%PDF-1.4\n"_ba;
        bytes.resize(size);
        for (qsizetype i = 9; i < bytes.size(); i += 997)
            bytes[i] = static_cast<char>(i / 997);
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == size);
        return file.fileName();
    };
    const QString small = writePdf(u"small.pdf"_s, kMiB / 2);
    const QString big = writePdf(u"big.pdf"_s, 2 * kMiB);
    const AttachOptions options;

    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    // Before the first sync the laptop knows only the protocol's default.
    CHECK(aino->session()->files()->maxFileSize() == protocol::limits::kDefaultMaxFileSize);
    REQUIRE(aino->sync());
    CHECK(aino->store()->announcedMaxFileSize() == 1 * kMiB);
    CHECK(aino->session()->files()->maxFileSize() == 1 * kMiB);
    Error error;
    CHECK_FALSE(aino->session()->files()->add(big, options, &error));
    CHECK(error.code == ErrorCode::PayloadTooLarge);
    CHECK(aino->session()->files()->add(small, options, &error));

    // Reopened without the server: the limit holds offline.
    server.stop();
    aino->quit();
    REQUIRE(aino->login());
    CHECK(aino->session()->files()->maxFileSize() == 1 * kMiB);
    error = Error();
    CHECK_FALSE(aino->session()->files()->add(big, options, &error));
    CHECK(error.code == ErrorCode::PayloadTooLarge);

    // The server's limit is raised: the next sync lets the file in.
    server.setUploadLimits(4 * kMiB, 0);
    REQUIRE(server.start());
    REQUIRE(aino->sync());
    CHECK(aino->session()->files()->maxFileSize() == 4 * kMiB);
    CHECK(aino->session()->files()->add(big, options, &error));
}
