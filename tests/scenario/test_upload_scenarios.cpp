#include <catch2/catch.hpp>

#include "client/core/FileStore.h"
#include "client/core/UploadQueue.h"
#include "common/protocol/Protocol.h"
#include "server/core/BlobStore.h"
#include "tests/client/WaitUntil.h"
#include "tests/scenario/ScenarioHarness.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {
// Writes `content` as `name` into the laptop's profile folder, attaches it to the task and returns
// its SHA-256.
QString attachFile(ClientCore &laptop, const QString &taskId, const QString &name,
                   const QByteArray &content)
{
    const QString path = writeTestFile(laptop.profileRoot(), name, content);
    REQUIRE_FALSE(laptop.program()->attach(taskId, path).isError());
    return sha256Hex(content);
}

QByteArray storedOnServer(TestServer &server, qint64 orgId, const QString &sha)
{
    QFile f(BlobStore(server.dataDir()).blobPath(orgId, sha));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

bool fileDone(ClientCore &c, const QString &sha)
{
    const auto f = c.session()->files()->file(sha);
    return f && f->state == StoredFile::State::Done;
}
} // namespace

TEST_CASE_METHOD(ProxiedWorkshop,
                 "evidence attached offline arrives intact after three cuts, re-sending little",
                 "[scenario][upload]")
{
    // Offline: the link is down while the photo of the job is attached.
    proxy.stall();
    const qint64 size = 3 * 1024 * 1024 + 12345;
    const QByteArray content = randomPdf(size, 7);
    const QString sha = attachFile(*aino, w.tasks[0], u"raportti.pdf"_s, content);
    REQUIRE(aino->program()->attachments(w.tasks[0]).size() == 1);
    CHECK(aino->store()->pendingCount() == 1);
    proxy.resume();

    // Online: the record goes at once (a successful sync starts the upload queue), the file
    // follows through a link of 1 MB/s.
    proxy.setBandwidth(FaultProxy::Direction::Upstream, 1000 * 1000);
    proxy.setRoundTrip(40);
    proxy.resetCounters();
    UploadQueue *queue = aino->session()->uploads();
    queue->setRetryDelays(50, 400);
    QSignalSpy cuts(&proxy, &FaultProxy::connectionsCut);
    REQUIRE(aino->sync());
    CHECK(server.recordCount(u"attachment"_s) == 1);
    CHECK_FALSE(fileDone(*aino, sha)); // the record did not wait for the file
    queue->start();
    for (int i = 1; i <= 3; ++i) {
        proxy.cutAfter(FaultProxy::Direction::Upstream, 600 * 1000);
        REQUIRE(waitUntil([&] { return cuts.count() >= i || fileDone(*aino, sha); }, 30000));
    }
    REQUIRE(cuts.count() == 3);
    REQUIRE(waitUntil([&] { return fileDone(*aino, sha); }, 60000));

    CHECK(storedOnServer(server, w.orgId, sha) == sha.toLatin1());
    const qint64 sent = proxy.bytesFromClients();
    const qint64 chunk = queue->largestChunkSent();
    const qint64 requests = aino->api()->counters().requests;
    WARN("upload through 3 cuts: " << sent << " bytes from the client for a file of " << size
                                   << " (" << (sent - size) << " extra), largest chunk " << chunk
                                   << ", " << requests << " requests in all");
    CHECK(sent <= size + 3 * chunk + 600 * requests);
}

TEST_CASE_METHOD(ProxiedWorkshop,
                 "a client restarted mid-upload resumes where the server stands",
                 "[scenario][upload]")
{
    const qint64 size = 4 * 1024 * 1024;
    const QByteArray content = randomPdf(size, 11);
    const QString sha = attachFile(*aino, w.tasks[1], u"video.pdf"_s, content);
    proxy.setBandwidth(FaultProxy::Direction::Upstream, 150 * 1000);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(aino->sync()); // starts the upload
    const auto uploaded = [&] {
        const auto f = aino->session()->files()->file(sha);
        return f ? f->uploaded : qint64(-1);
    };
    REQUIRE(waitUntil([&] { return uploaded() > 0; }, 30000));
    const qint64 before = uploaded();
    INFO("first progress after " << timer.elapsed() << " ms");
    REQUIRE(before < size);

    // The app is closed mid-upload (chunks in flight are lost) and started again.
    aino->quit();
    proxy.setBandwidth(FaultProxy::Direction::Upstream, 2000 * 1000);
    proxy.resetCounters();
    REQUIRE(aino->login());
    REQUIRE(aino->sync()); // starts the upload again
    REQUIRE(waitUntil([&] { return fileDone(*aino, sha); }, 60000));
    CHECK(storedOnServer(server, w.orgId, sha) == sha.toLatin1());
    const qint64 sent = proxy.bytesFromClients();
    const qint64 chunk = aino->session()->uploads()->largestChunkSent();
    WARN("after the restart: " << sent << " bytes sent, " << (size - before)
                               << " were missing by the client's count, largest chunk " << chunk);
    CHECK(sent <= size - before + 2 * chunk + 600 * aino->api()->counters().requests);
}

TEST_CASE("a file the server already holds is not sent again", "[scenario][upload]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    auto eero = w.laptop(u"eero"_s);
    REQUIRE(aino->login());
    REQUIRE(eero->login());
    REQUIRE(aino->sync());
    REQUIRE(eero->sync());
    const QByteArray content = randomPdf(600 * 1024, 3);
    const QString a = writeTestFile(aino->profileRoot(), u"ohje.pdf"_s, content);
    const QString e = writeTestFile(eero->profileRoot(), u"ohje.pdf"_s, content);
    const QString sha = sha256Hex(content);
    REQUIRE_FALSE(aino->program()->attach(w.tasks[0], a).isError());
    REQUIRE(aino->sync());
    REQUIRE(waitUntil([&] { return fileDone(*aino, sha); }, 30000));

    REQUIRE_FALSE(eero->program()->attach(w.tasks[0], e).isError());
    eero->api()->resetCounters();
    REQUIRE(eero->sync());
    REQUIRE(waitUntil([&] { return fileDone(*eero, sha); }, 30000));
    CHECK(eero->api()->requestCount(QString::fromUtf16(protocol::path::kUploads)) == 1);
    CHECK(eero->api()->requestCount(protocol::uploadPath(sha)) == 0); // no chunk

}

TEST_CASE_METHOD(ProxiedWorkshop,
                 "an upload on a clean 5 Mbit/s link with 60 ms round trips keeps the link busy",
                 "[scenario][upload][goodput]")
{
    // PAJAPOLKU_GOODPUT_KBIT / _RTT_MS / _KIB measure other links (e.g. 500, 300, 1024).
    const qint64 kbit = qEnvironmentVariableIntValue("PAJAPOLKU_GOODPUT_KBIT") > 0
        ? qEnvironmentVariableIntValue("PAJAPOLKU_GOODPUT_KBIT") : 5000;
    const int rttMs = qEnvironmentVariableIsSet("PAJAPOLKU_GOODPUT_RTT_MS")
        ? qEnvironmentVariableIntValue("PAJAPOLKU_GOODPUT_RTT_MS") : 60;
    const qint64 size = qEnvironmentVariableIntValue("PAJAPOLKU_GOODPUT_KIB") > 0
        ? qint64(qEnvironmentVariableIntValue("PAJAPOLKU_GOODPUT_KIB")) * 1024 : 3 * 1024 * 1024;
    const QByteArray content = randomPdf(size, 5);
    const QString sha = attachFile(*aino, w.tasks[2], u"kierros.pdf"_s, content);
    const qint64 rate = kbit * 1000 / 8;
    proxy.setBandwidth(FaultProxy::Direction::Upstream, rate);
    proxy.setRoundTrip(rttMs);
    proxy.resetCounters();
    QElapsedTimer timer;
    timer.start();
    REQUIRE(aino->sync()); // the record first; a successful sync starts the upload
    REQUIRE(waitUntil([&] { return fileDone(*aino, sha); }, 600000));
    const double seconds = double(timer.elapsed()) / 1000.0;
    const double goodput = double(size) / seconds / double(rate);
    WARN("clean " << kbit << " kbit/s, " << rttMs << " ms: " << size << " bytes in " << seconds << " s, goodput "
                                   << goodput << " of the link, " << proxy.bytesFromClients()
                                   << " bytes on the wire, largest chunk "
                                   << aino->session()->uploads()->largestChunkSent());
    CHECK(storedOnServer(server, w.orgId, sha) == sha.toLatin1());
    CHECK(goodput >= 0.75);
}

TEST_CASE("an upload error answer keeps its JSON body with the offset to go on from",
          "[scenario][upload]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    const QByteArray content = randomPdf(2 * 1024 * 1024, 21);
    const QString sha = sha256Hex(content);
    // Reads an ApiReply inside its finished() (it deletes itself afterwards).
    const auto run = [](ApiReply *reply, Error *error, QJsonObject *json, qint64 *offset) {
        bool done = false;
        QObject::connect(reply, &ApiReply::finished, [&, reply] {
            *error = reply->error();
            *json = reply->json();
            *offset = reply->errorOffset();
            done = true;
        });
        return waitUntil([&] { return done; }, 10000);
    };
    Error error;
    QJsonObject json;
    qint64 offset = -2;
    REQUIRE(run(aino->api()->beginUpload(UploadBeginRequest{sha, content.size(), u"application/pdf"_s}),
                &error, &json, &offset));
    REQUIRE_FALSE(error.isError());
    CHECK(offset == -1); // no error, no error offset
    REQUIRE(run(aino->api()->putChunk(sha, 0, content.left(128 * 1024)), &error, &json, &offset));
    REQUIRE_FALSE(error.isError());

    // Wrong bytes ahead of the offset are held (the server cannot tell yet)...
    QByteArray wrong = content.mid(1024 * 1024, 64 * 1024);
    wrong.replace(0, 4, "XXXX"_ba);
    REQUIRE(run(aino->api()->putChunk(sha, 1024 * 1024, wrong), &error, &json, &offset));
    REQUIRE_FALSE(error.isError());
    // ...so the right bytes there differ from what is held: 409 with the offset it holds.
    REQUIRE(run(aino->api()->putChunk(sha, 1024 * 1024, content.mid(1024 * 1024, 64 * 1024)),
                &error, &json, &offset));
    CHECK(error.code == ErrorCode::Conflict);
    CHECK(json.value(u"code"_s).toString() == u"conflict"_s);
    CHECK(offset == 128 * 1024);
}

TEST_CASE_METHOD(ProxiedWorkshop,
                 "a part file lost on the server: the upload goes on at the 409's offset "
                 "without asking",
                 "[scenario][upload]")
{
    const qint64 size = 2 * 1024 * 1024 + 999;
    const QByteArray content = randomPdf(size, 23);
    const QString sha = attachFile(*aino, w.tasks[0], u"kuva.pdf"_s, content);
    proxy.setBandwidth(FaultProxy::Direction::Upstream, 400 * 1000);
    REQUIRE(aino->sync()); // starts the upload
    const auto uploaded = [&] {
        const auto f = aino->session()->files()->file(sha);
        return f ? f->uploaded : qint64(-1);
    };
    REQUIRE(waitUntil([&] { return uploaded() > 0; }, 30000));
    REQUIRE(uploaded() < size);
    const int asked = aino->api()->requestCount(QString::fromUtf16(protocol::path::kUploads));
    proxy.resetCounters();
    // The server loses its part file (e.g. a disk restored from a backup).
    REQUIRE(QFile::remove(BlobStore(server.dataDir()).partPath(w.orgId, sha)));
    REQUIRE(waitUntil([&] { return fileDone(*aino, sha); }, 60000));
    CHECK(storedOnServer(server, w.orgId, sha) == sha.toLatin1());
    // The 409 said "0": the client started over at once, without a status round trip.
    CHECK(aino->api()->requestCount(QString::fromUtf16(protocol::path::kUploads)) == asked);
    CHECK(proxy.bytesFromClients() >= size); // the whole file was sent again
}

TEST_CASE_METHOD(ProxiedWorkshop,
                 "a chunk damaged on the way is refused alone and only it is sent again",
                 "[scenario][upload][checksum]")
{
    const qint64 size = 2 * 1024 * 1024 + 4321;
    const QByteArray content = randomPdf(size, 29);
    const QString sha = attachFile(*aino, w.tasks[0], u"lumityo.pdf"_s, content);

    // One byte of the first chunk's body is changed between the laptop and the server, while
    // the next chunk is on its way behind it.
    proxy.setBandwidth(FaultProxy::Direction::Upstream, 1000 * 1000);
    proxy.setRoundTrip(40);
    QSignalSpy corrupted(&proxy, &FaultProxy::requestCorrupted);
    proxy.corruptNextRequest(protocol::uploadPath(sha), 10 * 1000);
    aino->api()->resetCounters();
    proxy.resetCounters();
    REQUIRE(aino->sync()); // the record first, then the file
    REQUIRE(waitUntil([&] { return fileDone(*aino, sha); }, 60000));

    REQUIRE(corrupted.count() == 1);
    const qint64 damagedChunk = corrupted.first().at(1).toLongLong();
    CHECK(storedOnServer(server, w.orgId, sha) == sha.toLatin1());
    const qint64 sent = proxy.bytesFromClients();
    const int requests = aino->api()->counters().requests;
    WARN("a damaged chunk of " << damagedChunk << " bytes: " << sent << " bytes sent for a file of "
                               << size << " (" << (sent - size) << " extra) in " << requests
                               << " requests");
    // The file once, the damaged chunk once more, and the requests' heads (and the small sync
    // request); nothing else again.
    CHECK(sent >= size + damagedChunk);
    CHECK(sent <= size + damagedChunk + 800 * requests);
    CHECK(aino->api()->requestCount(protocol::uploadPath(sha)) >= 3);
}
