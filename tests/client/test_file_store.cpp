#include <catch2/catch.hpp>

#include "client/core/ApiClient.h"
#include "client/core/FileStore.h"
#include "client/core/LocalStore.h"
#include "client/core/Thumbnailer.h"
#include "client/core/TraineeProgram.h"
#include "client/core/UploadQueue.h"
#include "client/core/UploadSettings.h"
#include "common/util/Clock.h"
#include "tests/client/StoreFixtures.h"
#include "tests/client/WaitUntil.h"
#include "tests/support/TempDir.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A landscape JPEG (red left half, blue right half) carrying EXIF orientation 6: "rotate 90°
// clockwise to show", as phones write when held upright.
QByteArray exifRotatedJpeg(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int x = 0; x < width; ++x)
        for (int y = 0; y < height; ++y)
            image.setPixel(x, y, x < width / 2 ? qRgb(255, 0, 0) : qRgb(0, 0, 255));
    const QByteArray jpeg = encode(image, "JPEG");
    QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08", 8); // big-endian TIFF, first IFD at 8
    tiff += QByteArray("\x00\x01", 2); // one entry
    tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00", 12); // Orientation=6
    tiff += QByteArray("\x00\x00\x00\x00", 4); // no next IFD
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray app1("\xff\xe1", 2);
    app1.append(char((length >> 8) & 0xff));
    app1.append(char(length & 0xff));
    app1 += payload;
    return jpeg.left(2) + app1 + jpeg.mid(2); // right after SOI
}

struct FilesFixture
{
    TempDir dir;
    ManualClock clock;
    LocalStore store{&clock};
    FileStore files{dir.filePath(u"profile/p.sqlite"_s)};

    FilesFixture()
    {
        REQUIRE(QDir().mkpath(dir.filePath(u"profile"_s)));
        REQUIRE(store.open(dir.filePath(u"profile/p.sqlite"_s)));
        REQUIRE(files.open());
    }
};
} // namespace

TEST_CASE("an attached file is copied into the store under its SHA-256", "[files]")
{
    FilesFixture f;
    const QByteArray pdf = "%PDF-1.4\n" + QByteArray(100000, 'x') + "\n%%EOF\n";
    const QString original = f.dir.filePath(u"raportti.pdf"_s);
    REQUIRE(writeFile(original, pdf));
    Error error;
    const std::optional<StoredFile> stored = f.files.add(original, {}, &error);
    REQUIRE(stored);
    CHECK(stored->sha256.toLatin1() == sha256Hex(pdf));
    CHECK(stored->size == pdf.size());
    CHECK(stored->mediaType == u"application/pdf"_s);
    CHECK(stored->fileName == u"raportti.pdf"_s);
    CHECK(stored->state == StoredFile::State::Waiting);
    CHECK(QFileInfo(f.files.pathOf(stored->sha256)).dir().dirName() == u"files"_s);
    CHECK(readAll(f.files.pathOf(stored->sha256)) == pdf);

    // Editing the original afterwards cannot touch the stored copy.
    REQUIRE(writeFile(original, "%PDF-1.4 changed"_ba));
    CHECK(readAll(f.files.pathOf(stored->sha256)) == pdf);

    // The same content again is the same entry, queued once.
    const QString copy = f.dir.filePath(u"kopio.pdf"_s);
    REQUIRE(writeFile(copy, pdf));
    const std::optional<StoredFile> again = f.files.add(copy, {}, &error);
    REQUIRE(again);
    CHECK(again->sha256 == stored->sha256);
    CHECK(f.files.files().size() == 1);
}

TEST_CASE("a file's type comes from its bytes, and unknown bytes are refused", "[files]")
{
    FilesFixture f;
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::green);
    const QString disguised = f.dir.filePath(u"kuva.txt"_s);
    REQUIRE(writeFile(disguised, encode(image, "PNG")));
    Error error;
    const auto png = f.files.add(disguised, {}, &error);
    REQUIRE(png);
    CHECK(png->mediaType == u"image/png"_s);
    CHECK_FALSE(png->thumbnailSha256.isEmpty());

    const QString binary = f.dir.filePath(u"ohjelma.exe"_s);
    REQUIRE(writeFile(binary, QByteArray("MZ\x90\x00\x03\x00\x00\x00\xff\xfe", 10).repeated(100)));
    CHECK_FALSE(f.files.add(binary, {}, &error));
    CHECK(error.code == ErrorCode::UnsupportedMediaType);
    CHECK(f.files.files().size() == 2); // the PNG and its thumbnail
}

TEST_CASE("a photo's thumbnail is the right way up (EXIF orientation)", "[files][thumbnail]")
{
    TempDir dir;
    const QString path = dir.filePath(u"pysty.jpg"_s);
    REQUIRE(writeFile(path, exifRotatedJpeg(400, 200)));
    const QImage upright = Thumbnailer::readOriented(path);
    REQUIRE_FALSE(upright.isNull());
    CHECK(upright.width() == 200);
    CHECK(upright.height() == 400);
    // Rotated clockwise, the red left half is now on top.
    CHECK(qRed(upright.pixel(100, 20)) > 200);
    CHECK(qBlue(upright.pixel(100, 380)) > 200);

    QImage thumb;
    REQUIRE(thumb.loadFromData(Thumbnailer::thumbnailJpeg(path, 100)));
    CHECK(thumb.height() == 100);
    CHECK(thumb.width() == 50);
    CHECK(qRed(thumb.pixel(25, 5)) > 200);
}

TEST_CASE("a very large photo is scaled down before upload, a small one is kept", "[files]")
{
    FilesFixture f;
    QImage big(Thumbnailer::kLargePhotoSide + 904, 300, QImage::Format_RGB32);
    big.fill(Qt::darkCyan);
    const QString bigPath = f.dir.filePath(u"panoraama.png"_s);
    REQUIRE(writeFile(bigPath, encode(big, "PNG")));
    Error error;
    const auto scaled = f.files.add(bigPath, {}, &error);
    REQUIRE(scaled);
    CHECK(scaled->mediaType == u"image/jpeg"_s);
    CHECK(scaled->fileName == u"panoraama.jpg"_s);
    QImage stored;
    REQUIRE(stored.load(f.files.pathOf(scaled->sha256)));
    CHECK(stored.width() == Thumbnailer::kDownscaledSide);

    AttachOptions keep;
    keep.downscaleLargePhotos = false;
    const auto original = f.files.add(bigPath, keep, &error);
    REQUIRE(original);
    CHECK(original->mediaType == u"image/png"_s);
    CHECK(readAll(f.files.pathOf(original->sha256)) == readAll(bigPath));
}

TEST_CASE("attaching evidence offline stores the file and queues its record", "[files][program]")
{
    FilesFixture f;
    TraineeProgram program(&f.store, 7, &f.clock);
    program.setFileStore(&f.files);
    REQUIRE(f.store.applySyncResponse(fixtures::response(
                                          fixtures::program(7, u"s1"_s, {u"Mop"_s}),
                                          {{u"trainee:7"_s, 10}}))
                .ok);
    const QString photo = f.dir.filePath(u"porras.jpg"_s);
    REQUIRE(writeFile(photo, exifRotatedJpeg(120, 80)));
    REQUIRE_FALSE(program.attach(u"s1-t1"_s, photo).isError());
    const QList<Attachment> attached = program.attachments(u"s1-t1"_s);
    REQUIRE(attached.size() == 1);
    CHECK(attached.first().sha256.toLatin1() == sha256Hex(readAll(photo)));
    CHECK(attached.first().mediaType == u"image/jpeg"_s);
    CHECK_FALSE(attached.first().thumbnailSha256.isEmpty());
    CHECK(f.store.pendingCount() == 1);
    CHECK(f.files.file(attached.first().sha256)->state == StoredFile::State::Waiting);
    CHECK(program.attach(u"no-such-task"_s, photo).code == ErrorCode::NotFound);
}

TEST_CASE("the trainee's photo setting decides whether a very large photo is scaled down",
          "[files][program][settings]")
{
    FilesFixture f;
    TraineeProgram program(&f.store, 7, &f.clock);
    program.setFileStore(&f.files);
    REQUIRE(f.store.applySyncResponse(fixtures::response(
                                          fixtures::program(7, u"s1"_s, {u"Mop"_s, u"Sweep"_s}),
                                          {{u"trainee:7"_s, 10}}))
                .ok);
    QImage big(Thumbnailer::kLargePhotoSide + 104, 200, QImage::Format_RGB32);
    big.fill(Qt::darkGreen);
    const QString photo = f.dir.filePath(u"lumityo.jpg"_s);
    REQUIRE(writeFile(photo, encode(big, "JPEG")));

    UploadSettings settings(&f.files);
    CHECK(settings.downscaleLargePhotos()); // on by default
    settings.setDownscaleLargePhotos(false);
    CHECK_FALSE(UploadSettings(f.dir.filePath(u"profile"_s)).downscaleLargePhotos()); // stored
    REQUIRE_FALSE(program.attach(u"s1-t1"_s, photo).isError());
    const QList<Attachment> kept = program.attachments(u"s1-t1"_s);
    REQUIRE(kept.size() == 1);
    CHECK(kept.first().sha256.toLatin1() == sha256Hex(readAll(photo)));
    CHECK(kept.first().size == QFileInfo(photo).size());

    settings.setDownscaleLargePhotos(true);
    QSignalSpy finished(&program, &TraineeProgram::attachFinished);
    program.attachInBackground(u"s1-t2"_s, photo); // the background path follows it too
    REQUIRE(finished.wait(10000));
    const QList<Attachment> scaled = program.attachments(u"s1-t2"_s);
    REQUIRE(scaled.size() == 1);
    CHECK(scaled.first().sha256.toLatin1() != sha256Hex(readAll(photo)));
    QImage stored;
    REQUIRE(stored.load(f.files.pathOf(scaled.first().sha256)));
    CHECK(stored.width() == Thumbnailer::kDownscaledSide);
}

TEST_CASE("the large-files-on-unmetered-networks setting reaches the upload queue",
          "[files][queue][settings]")
{
    FilesFixture f;
    ApiClient api(QUrl(u"http://127.0.0.1:9"_s));
    {
        UploadQueue queue(&f.files, &api);
        CHECK(queue.unmeteredOnlyAbove() == UploadSettings::kLargeFileBytes); // on by default
    }
    UploadSettings(&f.files).setLargeFilesOnlyUnmetered(false);
    UploadQueue queue(&f.files, &api); // the next start of the app
    CHECK(queue.unmeteredOnlyAbove() == 0);
    UploadSettings settings(&f.files);
    settings.setLargeFilesOnlyUnmetered(true);
    settings.applyTo(&queue);
    CHECK(queue.unmeteredOnlyAbove() == UploadSettings::kLargeFileBytes);
}

TEST_CASE("the upload queue waits out an unreachable server and can be paused", "[files][queue]")
{
    FilesFixture f;
    QTcpServer closed; // a port nobody answers on
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ApiClient api(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    UploadQueue queue(&f.files, &api);
    queue.setRetryDelays(50, 200);
    const QString doc = f.dir.filePath(u"muistio.txt"_s);
    REQUIRE(writeFile(doc, "Portaat pesty ja lakaistu.\n"_ba));
    Error error;
    const auto stored = f.files.add(doc, {}, &error);
    REQUIRE(stored);

    queue.start();
    REQUIRE(waitUntil([&] { return queue.state() == UploadQueue::State::Backoff; }));
    CHECK(queue.lastError().code == ErrorCode::NetworkError);
    CHECK(f.files.file(stored->sha256)->state == StoredFile::State::Waiting);
    CHECK(queue.totals().files == 1);
    CHECK(queue.totals().total == stored->size);

    queue.setPaused(true);
    CHECK(queue.state() == UploadQueue::State::Paused);
    QTest::qWait(300); // longer than the retry delay: nothing may restart while paused
    CHECK(queue.state() == UploadQueue::State::Paused);

    queue.pauseFile(stored->sha256);
    CHECK(f.files.file(stored->sha256)->state == StoredFile::State::Paused);
    queue.setPaused(false);
    CHECK(queue.state() == UploadQueue::State::Idle); // the only file is paused
    queue.resumeFile(stored->sha256);
    REQUIRE(waitUntil([&] { return queue.state() == UploadQueue::State::Backoff; }));
}

TEST_CASE("upload progress is on the disk at once, for the next start of the app", "[files]")
{
    FilesFixture f;
    const QString doc = f.dir.filePath(u"muistio.txt"_s);
    REQUIRE(writeFile(doc, "Portaat pesty.\n"_ba));
    Error error;
    const auto stored = f.files.add(doc, {}, &error);
    REQUIRE(stored);
    REQUIRE(f.files.setProgress(stored->sha256, 7));
    f.files.files();
    REQUIRE(f.files.setState(stored->sha256, StoredFile::State::Done));
    FileStore probe(f.dir.filePath(u"profile/p.sqlite"_s));
    REQUIRE(probe.open());
    CHECK(probe.file(stored->sha256)->uploaded == 7);
    CHECK(probe.file(stored->sha256)->state == StoredFile::State::Done);
}

TEST_CASE("a large file is hashed and copied off the UI thread, its record saved when done",
          "[files][program]")
{
    FilesFixture f;
    TraineeProgram program(&f.store, 7, &f.clock);
    program.setFileStore(&f.files);
    REQUIRE(f.store.applySyncResponse(fixtures::response(
                                          fixtures::program(7, u"s1"_s, {u"Mop"_s}),
                                          {{u"trainee:7"_s, 10}}))
                .ok);
    QByteArray video = "%PDF-1.4\n"_ba;
    video.resize(96 * 1024 * 1024);
    for (qsizetype i = 9; i < video.size(); i += 4096)
        video[i] = char(i / 4096);
    const QString path = f.dir.filePath(u"kierros.pdf"_s);
    REQUIRE(writeFile(path, video));

    bool finished = false;
    Error result(ErrorCode::Internal, u"not finished"_s);
    QObject::connect(&program, &TraineeProgram::attachFinished,
                     [&](const QString &taskId, const QString &filePath, const Error &error) {
                         CHECK(taskId == u"s1-t1"_s);
                         CHECK(filePath == path);
                         result = error;
                         finished = true;
                     });
    QElapsedTimer clock;
    clock.start();
    program.attachInBackground(u"s1-t1"_s, path);
    CHECK(clock.elapsed() < 200); // returned at once
    CHECK(program.attachesRunning() == 1);
    CHECK(program.attachments(u"s1-t1"_s).isEmpty()); // the record waits for the copy
    CHECK(f.files.files().isEmpty());

    // The event loop keeps turning while the copy runs.
    qint64 last = clock.elapsed();
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
        ++ticks;
    });
    timer.start(5);
    REQUIRE(waitUntil([&] { return finished; }, 60000));
    const qint64 took = clock.elapsed();
    WARN("96 MiB attached in " << took << " ms, longest pause of the event loop " << longestGap
                               << " ms, " << ticks << " timer ticks");
    REQUIRE_FALSE(result.isError());
    CHECK(ticks >= 3);
    CHECK(longestGap * 2 < took);
    CHECK(program.attachesRunning() == 0);
    const QList<Attachment> attached = program.attachments(u"s1-t1"_s);
    REQUIRE(attached.size() == 1);
    CHECK(attached.first().sha256.toLatin1() == sha256Hex(video));
    CHECK(attached.first().size == video.size());
    CHECK(readAll(f.files.pathOf(attached.first().sha256)) == video);
    CHECK(f.store.pendingCount() == 1);
    CHECK(f.files.file(attached.first().sha256)->state == StoredFile::State::Waiting);
}

TEST_CASE("a file above the size limit is refused with a clear error before any copy",
          "[files][program]")
{
    FilesFixture f;
    TraineeProgram program(&f.store, 7, &f.clock);
    program.setFileStore(&f.files);
    REQUIRE(f.store.applySyncResponse(fixtures::response(
                                          fixtures::program(7, u"s1"_s, {u"Mop"_s}),
                                          {{u"trainee:7"_s, 10}}))
                .ok);
    CHECK(f.files.maxFileSize() == qint64(500) * 1024 * 1024); // the documented default
    f.files.setMaxFileSize(1024 * 1024);
    QByteArray big = "%PDF-1.4\n"_ba;
    big.resize(1024 * 1024 + 1);
    const QString path = f.dir.filePath(u"iso.pdf"_s);
    REQUIRE(writeFile(path, big));

    Error error;
    CHECK_FALSE(f.files.add(path, {}, &error));
    CHECK(error.code == ErrorCode::PayloadTooLarge);
    CHECK(error.message.contains(u"1 MiB"_s));
    CHECK(program.attach(u"s1-t1"_s, path).code == ErrorCode::PayloadTooLarge);

    bool finished = false;
    QObject::connect(&program, &TraineeProgram::attachFinished,
                     [&](const QString &, const QString &, const Error &e) {
                         error = e;
                         finished = true;
                     });
    error = Error();
    program.attachInBackground(u"s1-t1"_s, path);
    REQUIRE(waitUntil([&] { return finished; }, 5000));
    CHECK(error.code == ErrorCode::PayloadTooLarge);
    CHECK(QDir(f.files.directory()).entryList(QDir::Files).isEmpty()); // nothing was copied
    CHECK(f.files.files().isEmpty());
    CHECK(program.attachments(u"s1-t1"_s).isEmpty());

    // Exactly at the limit is fine.
    big.resize(1024 * 1024);
    REQUIRE(writeFile(path, big));
    finished = false;
    program.attachInBackground(u"s1-t1"_s, path);
    REQUIRE(waitUntil([&] { return finished; }, 10000));
    CHECK_FALSE(error.isError());
    CHECK(program.attachments(u"s1-t1"_s).size() == 1);
}
