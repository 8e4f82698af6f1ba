#include <catch2/catch.hpp>

#include "client/core/CoachWorkspace.h"
#include "client/core/DownloadQueue.h"
#include "client/core/FileStore.h"
#include "common/protocol/Protocol.h"
#include "tests/client/WaitUntil.h"
#include "tests/scenario/ScenarioHarness.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {
// The trainee's answer sent with the file.
const QString kAnswer = u"Lumityöt tehty, kuva liitteenä."_s;

// A photo of noise (incompressible): `width` x `height` pixels, saved as PNG.
QString writeNoisePng(const QString &dir, int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    const QString path = dir + u"/lumityo.png"_s;
    REQUIRE(image.save(path, "PNG"));
    return path;
}

} // namespace

TEST_CASE("a coach's laptop fetches the thumbnail, then the photo, and shows it offline",
          "[scenario][download]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.syncedLaptop(u"aino"_s);
    const QString photo = writeNoisePng(aino->profileRoot(), 800, 600, 5);
    const Attachment a = attachSubmitAndUpload(w, *aino, photo, kAnswer, 30000);
    REQUIRE_FALSE(a.thumbnailSha256.isEmpty());

    auto kaisa = w.laptop(u"kaisa"_s);
    REQUIRE(kaisa->login());
    DownloadQueue *downloads = kaisa->session()->downloads();
    REQUIRE(downloads);
    QSignalSpy stored(downloads, &DownloadQueue::fileStored);
    REQUIRE(kaisa->sync()); // a successful sync starts the prefetch
    REQUIRE(kaisa->session()->coach()->reviewQueue().size() == 1);
    REQUIRE(waitUntil([&] { return stored.count() >= 2; }, 30000));
    CHECK(stored.at(0).at(0).toString() == a.thumbnailSha256);
    CHECK(stored.at(1).at(0).toString() == a.sha256);

    // Offline: the server is gone; the evidence is on the coach's laptop, intact.
    server.stop();
    FileStore *files = kaisa->session()->files();
    CHECK(downloads->isStored(a.sha256));
    CHECK(sha256OfFile(downloads->localPath(a.sha256)) == a.sha256);
    CHECK(sha256OfFile(downloads->localPath(a.thumbnailSha256)) == a.thumbnailSha256);
    CHECK_FALSE(QFile::exists(files->pathOf(a.sha256) + u".part"_s));
    const QueueEntry entry = kaisa->session()->coach()->reviewQueue().first();
    const QList<Attachment> shown
        = DownloadQueue::attachmentsOf(kaisa->store(), entry.submission);
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().sha256 == a.sha256);

    // What is stored is not fetched again.
    const qint64 before = downloads->bytesReceived();
    downloads->prefetch();
    CHECK_FALSE(downloads->isBusy());
    CHECK(downloads->bytesReceived() == before);
}

TEST_CASE("a download cut in the middle resumes with a byte range and re-fetches little",
          "[scenario][download]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.syncedLaptop(u"aino"_s);
    const qint64 size = 2 * 1024 * 1024 + 4321;
    const QString pdf = writeRandomPdf(aino->profileRoot(), u"raportti.pdf"_s, size, 21);
    const Attachment a = attachSubmitAndUpload(w, *aino, pdf, kAnswer, 30000);
    REQUIRE(a.size == size);

    FaultProxy proxy(server.port());
    REQUIRE(proxy.start());
    auto kaisa = w.laptop(u"kaisa"_s, proxy.url());
    REQUIRE(kaisa->login());
    DownloadQueue *downloads = kaisa->session()->downloads();
    downloads->setRetryDelays(50, 400);
    QSignalSpy stored(downloads, &DownloadQueue::fileStored);
    QSignalSpy cuts(&proxy, &FaultProxy::connectionsCut);
    proxy.setBandwidth(FaultProxy::Direction::Downstream, 1000 * 1000);
    REQUIRE(kaisa->sync());
    proxy.cutAfter(FaultProxy::Direction::Downstream, 900 * 1000);
    REQUIRE(waitUntil([&] { return cuts.count() >= 1; }, 30000));
    const QString part = kaisa->session()->files()->pathOf(a.sha256) + u".part"_s;
    REQUIRE(waitUntil([&] { return stored.count() >= 1; }, 30000));
    CHECK(stored.at(0).at(0).toString() == a.sha256);

    CHECK(sha256OfFile(downloads->localPath(a.sha256)) == a.sha256);
    CHECK_FALSE(QFile::exists(part));
    const QString path = QString::fromUtf16(protocol::path::kFiles) + u'/' + a.sha256;
    const qint64 requests = kaisa->api()->requestCount(path);
    const qint64 received = downloads->bytesReceived();
    WARN("download through a cut: " << received << " body bytes for a file of " << size << " ("
                                    << (received - size) << " re-fetched), " << requests
                                    << " requests");
    CHECK(requests >= 2);
    CHECK(received >= size);
    CHECK(received - size <= protocol::limits::kMinChunkBytes);
}

TEST_CASE("a coach of another organisation gets nothing for a hash and stores nothing",
          "[scenario][download]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.syncedLaptop(u"aino"_s);
    const QString pdf = writeRandomPdf(aino->profileRoot(), u"raportti.pdf"_s, 300 * 1000, 3);
    const Attachment a = attachSubmitAndUpload(w, *aino, pdf, kAnswer, 30000);

    const qint64 otherOrg = server.createOrg(u"Toinen paja"_s);
    server.createUser(otherOrg, u"olli"_s, QString::fromUtf16(Workshop::kPassword), Role::Coach);
    auto olli = w.laptop(u"olli"_s);
    REQUIRE(olli->login());
    REQUIRE(olli->sync());
    CHECK(olli->session()->coach()->reviewQueue().isEmpty());
    DownloadQueue *downloads = olli->session()->downloads();
    REQUIRE(downloads);
    QSignalSpy failed(downloads, &DownloadQueue::fileFailed);
    downloads->fetch(a.sha256, a.size); // the hash leaked somehow: still nothing
    REQUIRE(waitUntil([&] { return failed.count() >= 1; }, 10000));
    CHECK(failed.at(0).at(0).toString() == a.sha256);
    CHECK(downloads->lastError().code == ErrorCode::NotFound);
    CHECK_FALSE(downloads->isStored(a.sha256));
    const QStringList left = QDir(olli->session()->files()->directory())
                                 .entryList(QDir::Files | QDir::NoDotAndDotDot);
    CHECK(left.isEmpty());
}
