#include "common/protocol/Protocol.h"
#include "common/util/Crypto.h"
#include "server/core/ServerStore.h"
#include "server/core/UploadService.h"
#include "tests/server/ServerFixture.h"
#include "tests/server/UploadTestClient.h"
#include "tests/support/FaultProxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <iostream>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MiB = 1024 * 1024;
const QString kJpeg = u"image/jpeg"_s;
// Headers of one request or response through the proxy, generously.
constexpr qint64 kHeaderAllowance = 1024;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 offsetOf(const HttpResult &r)
{
    return r.json.value(u"offset"_s).toInteger(-1);
}

// The raw request of one chunk, for a client that must not re-send it by itself.
QByteArray chunkRequest(const QString &token, const QString &sha, qint64 offset,
                        const QByteArray &chunk)
{
    return "PUT " + protocol::uploadPath(sha).toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           + "X-Pajapolku-Protocol: 1\r\nAuthorization: Bearer " + token.toLatin1()
           + "\r\nX-Upload-Offset: " + QByteArray::number(offset)
           + "\r\nX-Chunk-Sha256: " + crypto::sha256(chunk).toHex()
           + "\r\nContent-Length: " + QByteArray::number(chunk.size()) + "\r\n\r\n" + chunk;
}
} // namespace

TEST_CASE("an upload cut three times completes with at most three chunks sent again",
          "[files][faults]")
{
    ServerFixture f;
    FaultProxy proxy(f.server.port());
    REQUIRE(proxy.start());
    const qint64 chunk = MiB;
    const QByteArray file = jpegFile(10 * MiB + 123, 40);
    const QString sha = sha256Hex(file);
    // Each cut comes two and a half chunks after the previous one, in the middle of a chunk.
    const qint64 gap = 2 * chunk + chunk / 2;
    proxy.cutAfter(FaultProxy::Direction::Upstream, gap);
    QObject::connect(&proxy, &FaultProxy::connectionsCut, &proxy, [&] {
        if (proxy.cutCount() < 3)
            proxy.cutAfter(FaultProxy::Direction::Upstream, gap);
    });
    UploadTestClient aino(proxy.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    const UploadTestClient::Outcome o = aino.upload(file, kJpeg, chunk);
    REQUIRE(o.complete);
    CHECK(proxy.cutCount() == 3);
    CHECK(sha256Hex(readFile(f.server.uploads()->blobs()->blobPath(f.org1, sha))) == sha);
    const qint64 sent = proxy.bytesFromClients();
    const qint64 allowance
        = file.size() + 3 * chunk + proxy.requestCount(u"/"_s) * kHeaderAllowance;
    INFO("sent " << sent << " bytes for " << file.size() << " in " << o.requests << " requests");
    CHECK(sent <= allowance);
    CHECK(sent - file.size() > chunk); // the cuts did cost something (the test can fail)
}

TEST_CASE("a restarted server resumes an upload at its durable offset", "[files][faults]")
{
    ServerFixture f;
    const QString token = f.server.login(u"aino"_s, u"Aino-pass1"_s);
    UploadTestClient aino(f.server.url(), token);
    const QByteArray file = jpegFile(6 * MiB, 41);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    REQUIRE(offsetOf(aino.put(sha, 0, file.left(2 * MiB))) == 2 * MiB);

    // The next chunk crawls through a slow link; the server goes down in the middle of it.
    FaultProxy proxy(f.server.port());
    REQUIRE(proxy.start());
    proxy.setBandwidth(FaultProxy::Direction::Upstream, 2 * MiB);
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, proxy.port());
    REQUIRE(socket.waitForConnected(5000));
    socket.write(chunkRequest(token, sha, 2 * MiB, file.mid(2 * MiB, 2 * MiB)));
    QElapsedTimer waited;
    waited.start();
    while (proxy.bytesFromClients() < MiB / 2 && waited.elapsed() < 10000)
        QTest::qWait(10);
    REQUIRE(proxy.bytesFromClients() >= MiB / 2);
    REQUIRE(f.server.restart());
    waited.restart();
    while (socket.state() == QAbstractSocket::ConnectedState && waited.elapsed() < 5000)
        QTest::qWait(10);
    CHECK(socket.state() != QAbstractSocket::ConnectedState);
    CHECK_FALSE(socket.readAll().contains("200 OK"));

    HttpResult r = aino.status(sha);
    CHECK(r.json.value(u"state"_s).toString() == u"partial"_s);
    CHECK(offsetOf(r) == 2 * MiB);
    const UploadTestClient::Outcome o = aino.upload(file, kJpeg, 2 * MiB);
    REQUIRE(o.complete);
    CHECK(o.requests == 3); // begin, then the two chunks still missing
    CHECK(sha256Hex(readFile(f.server.uploads()->blobs()->blobPath(f.org1, sha))) == sha);
}

TEST_CASE("bytes past the durable offset in a part file are never trusted", "[files][faults]")
{
    ServerFixture f;
    UploadTestClient aino(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    const QByteArray file = jpegFile(3 * MiB, 42);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    REQUIRE(offsetOf(aino.put(sha, 0, file.left(MiB))) == MiB);
    // As if the server died after writing a chunk but before committing its offset.
    const QString part = f.server.uploads()->blobs()->partPath(f.org1, sha);
    f.server.stop();
    {
        QFile p(part);
        REQUIRE(p.open(QIODevice::Append));
        p.write(QByteArray(MiB, 'Z'));
    }
    REQUIRE(f.server.start());
    CHECK(offsetOf(aino.status(sha)) == MiB);
    REQUIRE(aino.upload(file, kJpeg, MiB).complete);
    CHECK(sha256Hex(readFile(f.server.uploads()->blobs()->blobPath(f.org1, sha))) == sha);
}

TEST_CASE("an upload whose part file was lost starts over", "[files][faults]")
{
    ServerFixture f;
    UploadTestClient aino(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    const QByteArray file = jpegFile(2 * MiB, 43);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    REQUIRE(offsetOf(aino.put(sha, 0, file.left(MiB))) == MiB);
    REQUIRE(QFile::remove(f.server.uploads()->blobs()->partPath(f.org1, sha)));
    const HttpResult r = aino.put(sha, MiB, file.mid(MiB));
    CHECK(r.status == 409);
    CHECK(offsetOf(r) == 0);
    REQUIRE(offsetOf(aino.put(sha, 0, file.left(MiB))) == MiB);
    // Lost again: a client asking where it stands hears "from the start".
    REQUIRE(QFile::remove(f.server.uploads()->blobs()->partPath(f.org1, sha)));
    const HttpResult asked = aino.begin(sha, file.size(), kJpeg);
    CHECK(asked.status == 200);
    CHECK(asked.json.value(u"state"_s).toString() == u"partial"_s);
    CHECK(offsetOf(asked) == 0);
    REQUIRE(aino.upload(file, kJpeg, MiB).complete);
    CHECK(sha256Hex(readFile(f.server.uploads()->blobs()->blobPath(f.org1, sha))) == sha);
}

TEST_CASE("a finished file renamed into place before the server stopped is recognised",
          "[files][faults]")
{
    ServerFixture f;
    UploadTestClient aino(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    const QByteArray file = jpegFile(MiB, 44);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    BlobStore *blobs = f.server.uploads()->blobs();
    // Write and rename as the finish does, but leave the database as a crash would.
    QString error;
    REQUIRE(blobs->writePart(f.org1, sha, 0, file, &error));
    REQUIRE(blobs->promote(f.org1, sha, &error));
    REQUIRE(f.server.restart());
    const HttpResult r = aino.begin(sha, file.size(), kJpeg);
    CHECK(r.json.value(u"state"_s).toString() == u"complete"_s);
    CHECK(f.server.uploads()->used(f.org1) == file.size());
}

TEST_CASE("several chunks in flight keep a slow link busy", "[files][faults]")
{
    ServerFixture f;
    FaultProxy proxy(f.server.port());
    REQUIRE(proxy.start());
    const qint64 rate = 4 * MiB;
    proxy.setBandwidth(FaultProxy::Direction::Upstream, rate);
    proxy.setRoundTrip(200);
    const QByteArray file = jpegFile(6 * MiB, 45);
    const QString sha = sha256Hex(file);
    UploadTestClient aino(proxy.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    QElapsedTimer timer;
    timer.start();
    const UploadTestClient::Outcome o = aino.uploadInFlight(file, kJpeg, 512 * 1024, 3);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000;
    REQUIRE(o.complete);
    CHECK(o.failures == 0);
    CHECK(sha256Hex(readFile(f.server.uploads()->blobs()->blobPath(f.org1, sha))) == sha);
    // The least it can take: the airtime plus the round trips of the declaration and of the
    // last chunk's answer. One chunk at a time would idle a round trip after every 125 ms chunk
    // (about 4 s in all here).
    const double minimum = static_cast<double>(file.size()) / static_cast<double>(rate) + 2 * 0.2;
    INFO("took " << seconds << " s; the physical minimum is " << minimum << " s");
    CHECK(seconds < minimum * 1.25);
}

// Figures for the report, not pass/fail: run with `test_server "[measure]"`.
TEST_CASE("measure: finishing time and goodput", "[.][measure]")
{
    ServerFixture f;
    const std::optional<UserRow> user = f.server.store()->user(f.aino);
    REQUIRE(user);
    UploadService *uploads = f.server.uploads();
    UploadTestClient aino(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    for (const qint64 size : {MiB, 200 * MiB}) {
        const QByteArray file = jpegFile(size, 50 + static_cast<quint32>(size / MiB));
        const QString sha = sha256Hex(file);
        REQUIRE(aino.begin(sha, size, kJpeg).status == 200);
        const qint64 last = size - 64 * 1024;
        QElapsedTimer chunkTimer;
        qint64 slowestChunkMs = 0;
        for (qint64 at = 0; at < last; at += 16 * MiB) {
            const QByteArray chunk = file.mid(at, std::min(16 * MiB, last - at));
            chunkTimer.start();
            const UploadResult r = uploads->putChunk(*user, sha, at, chunk,
                                                     crypto::sha256Hex(chunk));
            slowestChunkMs = std::max(slowestChunkMs, chunkTimer.elapsed());
            REQUIRE(r.status);
        }
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = aino.put(sha, last, file.mid(last));
        const qint64 us = timer.nsecsElapsed() / 1000;
        REQUIRE(r.json.value(u"state"_s).toString() == u"complete"_s);
        std::cout << "finish of a " << size / MiB << " MiB file: last 64 KiB chunk answered in "
                  << us / 1000.0 << " ms over HTTP; slowest 16 MiB chunk handled in "
                  << slowestChunkMs << " ms" << std::endl;
        timer.start();
        REQUIRE(aino.begin(sha, size, kJpeg).json.value(u"state"_s).toString() == u"complete"_s);
        std::cout << "  declaring it again: " << timer.nsecsElapsed() / 1000 / 1000.0 << " ms"
                  << std::endl;
    }
    struct Link
    {
        const char *name;
        qint64 rate;
        int rttMs;
        qint64 fileBytes;
    };
    for (const Link &link : {Link{"5 Mbit/s, 60 ms", 625000, 60, 12 * MiB},
                             Link{"0.5 Mbit/s, 300 ms", 62500, 300, MiB + MiB / 2}}) {
        for (const int inFlight : {1, 2}) {
            FaultProxy proxy(f.server.port());
            REQUIRE(proxy.start());
            proxy.setBandwidth(FaultProxy::Direction::Upstream, link.rate);
            proxy.setBandwidth(FaultProxy::Direction::Downstream, link.rate * 4);
            proxy.setRoundTrip(link.rttMs);
            const qint64 chunk = link.rate * 4; // about 4 s of airtime
            const quint32 seed = 70 + static_cast<quint32>(inFlight + link.rttMs);
            const QByteArray file = jpegFile(link.fileBytes, seed);
            UploadTestClient client(proxy.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
            QElapsedTimer timer;
            timer.start();
            const UploadTestClient::Outcome o
                = client.uploadInFlight(file, kJpeg, chunk, inFlight);
            const double seconds = static_cast<double>(timer.elapsed()) / 1000;
            REQUIRE(o.complete);
            std::cout << link.name << ", " << inFlight << " chunk(s) of " << chunk / 1000
                      << " kB in flight: goodput "
                      << static_cast<double>(file.size()) / seconds / static_cast<double>(link.rate)
                      << " of the link (" << seconds << " s, "
                      << proxy.bytesFromClients() - file.size() << " bytes of overhead)"
                      << std::endl;
        }
    }
}
