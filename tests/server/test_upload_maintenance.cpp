#include "common/protocol/Protocol.h"
#include "server/core/UploadService.h"
#include "tests/server/ServerCli.h"
#include "tests/server/ServerFixture.h"
#include "tests/server/UploadTestClient.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

} // namespace

TEST_CASE("partial uploads older than 14 days are cleaned and newer ones kept",
          "[files][maintenance]")
{
    ServerFixture f;
    UploadTestClient aino(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    const QByteArray oldFile = jpegFile(2 * MiB, 60);
    const QByteArray newFile = jpegFile(2 * MiB, 61);
    const QByteArray stored = jpegFile(MiB, 62);
    REQUIRE(aino.upload(stored, u"image/jpeg"_s, MiB).complete);
    REQUIRE(aino.begin(sha256Hex(oldFile), oldFile.size(), u"image/jpeg"_s).status == 200);
    REQUIRE(aino.put(sha256Hex(oldFile), 0, oldFile.left(MiB)).status == 200);
    f.server.clock()->advance(10 * kDayMs);
    REQUIRE(aino.begin(sha256Hex(newFile), newFile.size(), u"image/jpeg"_s).status == 200);
    REQUIRE(aino.put(sha256Hex(newFile), 0, newFile.left(MiB)).status == 200);
    f.server.clock()->advance(4 * kDayMs - 60 * 1000); // the old one's last chunk: 14 days less a minute

    UploadService *uploads = f.server.uploads();
    CHECK(uploads->cleanExpiredUploads().removed == 0);
    f.server.clock()->advance(2 * 60 * 1000);
    const UploadService::CleanResult cleaned = uploads->cleanExpiredUploads();
    CHECK(cleaned.removed == 1);
    CHECK(cleaned.bytes == MiB);
    BlobStore *blobs = uploads->blobs();
    CHECK_FALSE(QFileInfo::exists(blobs->partPath(f.org1, sha256Hex(oldFile))));
    CHECK(QFileInfo::exists(blobs->partPath(f.org1, sha256Hex(newFile))));
    CHECK(QFileInfo::exists(blobs->blobPath(f.org1, sha256Hex(stored))));
    CHECK(aino.status(sha256Hex(oldFile)).json.value(u"state"_s).toString() == u"none"_s);
    CHECK(aino.status(sha256Hex(newFile)).json.value(u"offset"_s).toInteger() == MiB);
    CHECK(uploads->used(f.org1) == stored.size() + newFile.size());
    // A chunk keeps an upload alive: the new one, touched now, outlives another 13 days.
    REQUIRE(aino.put(sha256Hex(newFile), MiB, newFile.mid(MiB, MiB / 2)).status == 200);
    f.server.clock()->advance(13 * kDayMs);
    CHECK(uploads->cleanExpiredUploads().removed == 0);
    CHECK(aino.upload(newFile, u"image/jpeg"_s, MiB).complete);
}

TEST_CASE("part files no upload refers to are swept when they are old", "[files][maintenance]")
{
    ServerFixture f;
    const QString sha = sha256Hex("orphan"_ba);
    const QString part = f.server.uploads()->blobs()->partPath(f.org1, sha);
    REQUIRE(QDir().mkpath(QFileInfo(part).path()));
    {
        QFile file(part);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("half a file");
    }
    const QString stray = QFileInfo(part).path() + u"/notes.txt"_s; // not ours: never touched
    {
        QFile file(stray);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    CHECK(f.server.uploads()->cleanExpiredUploads().removed == 0);
    f.server.clock()->advance(15 * kDayMs);
    CHECK(f.server.uploads()->cleanExpiredUploads().removed == 1);
    CHECK_FALSE(QFileInfo::exists(part));
    CHECK(QFileInfo::exists(stray));
}

TEST_CASE("the command line sets quotas and cleans partial uploads", "[files][cli]")
{
    TempDir dir;
    ServerRun r = runServer(dir.path(), {u"org"_s, u"create"_s, u"Paja"_s});
    REQUIRE(r.exitCode == 0);
    r = runServer(dir.path(), {u"org"_s, u"set-quota"_s, u"1"_s, u"20G"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"Quota of organisation 1: 20.0 GiB; in use 0 B"_s));
    r = runServer(dir.path(), {u"org"_s, u"set-quota"_s, u"1"_s, u"default"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"10.0 GiB (the default)"_s));
    CHECK(runServer(dir.path(), {u"org"_s, u"set-quota"_s, u"1"_s, u"lots"_s}).exitCode == 2);
    CHECK(runServer(dir.path(), {u"org"_s, u"set-quota"_s, u"7"_s, u"1G"_s}).exitCode == 1);
    r = runServer(dir.path(), {u"maintenance"_s, u"clean-uploads"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"Removed 0 partial upload(s)"_s));
    r = runServer(dir.path(), {u"--max-file-size"_s, u"huge"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--max-file-size"_s));
    r = runServer(dir.path(), {u"--help"_s});
    CHECK(r.out.contains(u"maintenance clean-uploads"_s));
    CHECK(r.out.contains(u"org set-quota"_s));
}

TEST_CASE("sizes on the command line take binary units", "[files][cli]")
{
    // Through the binary's own parser: a quota given as 1536K is 1.5 MiB.
    TempDir dir;
    REQUIRE(runServer(dir.path(), {u"org"_s, u"create"_s, u"Paja"_s}).exitCode == 0);
    for (const auto &[text, shown] : QList<QPair<QString, QString>>{{u"1536K"_s, u"1.5 MiB"_s},
                                                                    {u"2gib"_s, u"2.0 GiB"_s},
                                                                    {u"512"_s, u"512 B"_s},
                                                                    {u"1T"_s, u"1.0 TiB"_s}}) {
        const ServerRun r = runServer(dir.path(), {u"org"_s, u"set-quota"_s, u"1"_s, text});
        INFO(text.toStdString());
        CHECK(r.out.contains(u"Quota of organisation 1: "_s + shown));
    }
}
