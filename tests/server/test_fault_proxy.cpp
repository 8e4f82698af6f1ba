#include "common/protocol/Protocol.h"
#include "tests/server/ServerFixture.h"
#include "tests/server/UploadTestClient.h"
#include "tests/support/FaultProxy.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The proxy is test equipment: these cases check it does what the other tests rely on.

namespace {
constexpr qint64 KiB = 1024;
const QString kHealth = QString::fromUtf16(protocol::path::kHealth);
} // namespace

TEST_CASE("the fault proxy adds the round trip it is given", "[proxy]")
{
    TestServer server;
    REQUIRE(server.start());
    FaultProxy proxy(server.port());
    REQUIRE(proxy.start());
    ApiTestClient client(proxy.url());
    REQUIRE(client.get(kHealth).status == 200); // connection made
    proxy.setRoundTrip(300);
    QElapsedTimer timer;
    timer.start();
    CHECK(client.get(kHealth).status == 200);
    CHECK(timer.elapsed() >= 290);
    CHECK(timer.elapsed() < 2000);
}

TEST_CASE("the fault proxy caps the bandwidth in each direction", "[proxy]")
{
    ServerFixture f;
    FaultProxy proxy(f.server.port());
    REQUIRE(proxy.start());
    UploadTestClient aino(proxy.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    const QByteArray file = jpegFile(400 * KiB, 80);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), u"image/jpeg"_s).status == 200);
    proxy.setBandwidth(FaultProxy::Direction::Upstream, 800 * KiB);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(aino.put(sha, 0, file).status == 200);
    const qint64 upMs = timer.elapsed();
    INFO("400 KiB up at 800 KiB/s took " << upMs << " ms");
    CHECK(upMs >= 400);
    CHECK(upMs < 1500);

    // Downstream: the same file back, once attached by the trainee.
    auto syncClient = f.client(u"aino"_s, u"Aino-pass1"_s);
    std::optional<SyncResponse> r;
    syncClient->sync(syncRequest(u"dev"_s, {operation(1, u"attachment"_s, f.tasksA[0],
                                                      {{u"sha256"_s, sha},
                                                       {u"size"_s, file.size()},
                                                       {u"mediaType"_s, u"image/jpeg"_s}})}),
                     &r);
    REQUIRE(r);
    REQUIRE(r->acks[0].status == AckStatus::Applied);
    proxy.setBandwidth(FaultProxy::Direction::Upstream, 0);
    proxy.setBandwidth(FaultProxy::Direction::Downstream, 800 * KiB);
    timer.restart();
    const HttpResult down = aino.download(sha);
    const qint64 downMs = timer.elapsed();
    CHECK(down.body == file);
    INFO("400 KiB down at 800 KiB/s took " << downMs << " ms");
    CHECK(downMs >= 400);
    CHECK(downMs < 1500);
}

TEST_CASE("the fault proxy cuts every connection after a number of bytes", "[proxy]")
{
    ServerFixture f;
    FaultProxy proxy(f.server.port());
    REQUIRE(proxy.start());
    UploadTestClient aino(proxy.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    const QByteArray file = jpegFile(300 * KiB, 81);
    REQUIRE(aino.begin(sha256Hex(file), file.size(), u"image/jpeg"_s).status == 200);
    proxy.resetCounters();
    QSignalSpy cut(&proxy, &FaultProxy::connectionsCut);
    proxy.cutAfter(FaultProxy::Direction::Upstream, 100 * KiB);
    const HttpResult r = aino.put(sha256Hex(file), 0, file);
    CHECK(cut.size() >= 1);
    CHECK(proxy.cutCount() >= 1);
    // Qt may send the request once more by itself after the cut; only the first was cut.
    CHECK((r.status == 0 || r.status == 200));
    CHECK(proxy.bytesFromClients() >= 100 * KiB);
}

TEST_CASE("a stalled fault proxy holds traffic until it resumes", "[proxy]")
{
    TestServer server;
    REQUIRE(server.start());
    FaultProxy proxy(server.port());
    REQUIRE(proxy.start());
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(proxy.url().toString() + kHealth));
    proxy.stall();
    QNetworkReply *reply = nam.get(request);
    QTest::qWait(300);
    CHECK_FALSE(reply->isFinished());
    CHECK(proxy.connectionCount() == 1); // stalled, not closed
    proxy.resume();
    if (!reply->isFinished())
        QSignalSpy(reply, &QNetworkReply::finished).wait(5000);
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    reply->deleteLater();
}

TEST_CASE("the fault proxy drops, truncates and holds responses as the scenario proxy did",
          "[proxy]")
{
    TestServer server;
    REQUIRE(server.start());
    FaultProxy proxy(server.port());
    REQUIRE(proxy.start());
    ApiTestClient client(proxy.url());
    proxy.dropNextResponse(kHealth, 3);
    CHECK(client.get(kHealth).status == 0);
    proxy.disarm();
    proxy.truncateNextResponse(kHealth, 10, 3);
    CHECK(client.get(kHealth).status != 200);
    proxy.disarm();
    CHECK(client.get(kHealth).status == 200);
    CHECK(proxy.requestCount(kHealth) >= 3);
    CHECK(proxy.faultsInjected() >= 2);
}
