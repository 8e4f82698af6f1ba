#include "common/protocol/Protocol.h"
#include "common/util/Crypto.h"
#include "server/core/ServerStore.h"
#include "server/core/UploadService.h"
#include "tests/server/ServerFixture.h"
#include "tests/server/UploadTestClient.h"
#include "tests/support/FaultProxy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MiB = 1024 * 1024;
const QString kJpeg = u"image/jpeg"_s;

UploadTestClient uploader(ServerFixture &f, const QString &username, const QString &password)
{
    return UploadTestClient(f.server.url(), f.server.login(username, password));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString state(const HttpResult &r)
{
    return r.json.value(u"state"_s).toString();
}

qint64 offset(const HttpResult &r)
{
    return r.json.value(u"offset"_s).toInteger(-1);
}
} // namespace

TEST_CASE("a file sent in chunks is stored under its hash with the original bytes", "[files]")
{
    ServerFixture f;
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray file = jpegFile(3 * MiB + 12345, 7);
    const QString sha = sha256Hex(file);

    HttpResult r = aino.status(sha);
    REQUIRE(r.status == 200);
    CHECK(state(r) == u"none"_s);
    r = aino.begin(sha, file.size(), kJpeg);
    REQUIRE(r.status == 200);
    CHECK(state(r) == u"partial"_s);
    CHECK(offset(r) == 0);
    CHECK(r.json.value(u"maxChunkBytes"_s).toInteger() == protocol::limits::kMaxChunkBytes);
    for (qint64 at = 0; at < file.size(); at += MiB) {
        r = aino.put(sha, at, file.mid(at, MiB));
        REQUIRE(r.status == 200);
        CHECK(offset(r) == std::min<qint64>(at + MiB, file.size()));
    }
    CHECK(state(r) == u"complete"_s);
    CHECK(r.json.value(u"size"_s).toInteger() == file.size());

    BlobStore *blobs = f.server.uploads()->blobs();
    const QString stored = blobs->blobPath(f.org1, sha);
    CHECK(stored == f.server.dataDir() + u"/blobs/%1/%2/%3"_s.arg(f.org1).arg(sha.left(2), sha));
    CHECK(sha256Hex(readFile(stored)) == sha);
    CHECK_FALSE(QFileInfo::exists(blobs->partPath(f.org1, sha)));
    CHECK(state(aino.status(sha)) == u"complete"_s);
    CHECK(f.server.uploads()->used(f.org1) == file.size());
}

TEST_CASE("declaring a file the server holds costs one small request and no file bytes",
          "[files]")
{
    ServerFixture f;
    const QByteArray file = jpegFile(2 * MiB, 8);
    const QString sha = sha256Hex(file);
    REQUIRE(uploader(f, u"aino"_s, u"Aino-pass1"_s).upload(file, kJpeg, MiB).complete);

    FaultProxy proxy(f.server.port());
    REQUIRE(proxy.start());
    UploadTestClient again(proxy.url(), f.server.login(u"mikko"_s, u"Mikko-pass1"_s));
    const HttpResult r = again.begin(sha, file.size(), kJpeg);
    REQUIRE(r.status == 200);
    CHECK(state(r) == u"complete"_s);
    CHECK(offset(r) == file.size());
    CHECK(proxy.requestCount(u"/api/v1/"_s) == 1);
    const qint64 wire = proxy.bytesFromClients() + proxy.bytesFromServer();
    INFO("request and response bytes: " << wire);
    CHECK(wire <= 1024);
}

TEST_CASE("a chunk at a wrong offset gets 409 with the offset the server holds", "[files]")
{
    ServerFixture f;
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray file = jpegFile(40 * MiB, 9);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    REQUIRE(offset(aino.put(sha, 0, file.left(2 * MiB))) == 2 * MiB);

    // A client that lost count sends the bytes after 2 MiB labelled as offset 1 MiB.
    HttpResult r = aino.put(sha, MiB, file.mid(2 * MiB, MiB));
    CHECK(r.status == 409);
    CHECK(r.code() == u"conflict"_s);
    CHECK(offset(r) == 2 * MiB);
    CHECK_FALSE(r.json.value(u"message"_s).toString().isEmpty());
    // Too far ahead of what the server holds (beyond the window for chunks in flight).
    const qint64 far = 2 * MiB + protocol::limits::kUploadWindowBytes;
    r = aino.put(sha, far, file.mid(far, MiB));
    CHECK(r.status == 409);
    CHECK(offset(r) == 2 * MiB);
    // Beyond the declared size.
    r = aino.put(sha, file.size() - 10, file.right(10) + "xx");
    CHECK(r.status == 400);
    CHECK(r.code() == u"invalid_field"_s);
    CHECK(offset(aino.status(sha)) == 2 * MiB);
}

TEST_CASE("a corrupted chunk is rejected and the offset stays", "[files]")
{
    ServerFixture f;
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray file = jpegFile(3 * MiB, 10);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    REQUIRE(offset(aino.put(sha, 0, file.left(MiB))) == MiB);

    QByteArray damaged = file.mid(MiB, MiB);
    damaged[4242] = static_cast<char>(damaged[4242] ^ 0x20);
    HttpResult r = aino.put(sha, MiB, damaged, crypto::sha256(file.mid(MiB, MiB)).toHex());
    CHECK(r.status == 422);
    CHECK(r.code() == u"checksum_mismatch"_s);
    CHECK(offset(r) == MiB);
    CHECK(offset(aino.status(sha)) == MiB);
    CHECK(f.server.uploads()->blobs()->partSize(f.org1, sha) == MiB); // nothing was written
    // A malformed checksum is a bad request, not a mismatch.
    CHECK(aino.put(sha, MiB, file.mid(MiB, MiB), "XYZ").status == 400);

    r = aino.put(sha, MiB, file.mid(MiB, MiB));
    CHECK(offset(r) == 2 * MiB);
    r = aino.put(sha, 2 * MiB, file.mid(2 * MiB));
    CHECK(state(r) == u"complete"_s);
    CHECK(sha256Hex(readFile(f.server.uploads()->blobs()->blobPath(f.org1, sha))) == sha);
}

TEST_CASE("a chunk the server already holds is acknowledged again", "[files]")
{
    ServerFixture f;
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray file = jpegFile(3 * MiB, 11);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    REQUIRE(offset(aino.put(sha, 0, file.left(MiB))) == MiB);
    // The answer was lost; the client sends the same chunk again.
    HttpResult r = aino.put(sha, 0, file.left(MiB));
    CHECK(r.status == 200);
    CHECK(offset(r) == MiB);
    // A chunk overlapping held bytes goes on from where they end.
    r = aino.put(sha, MiB / 2, file.mid(MiB / 2, MiB));
    CHECK(r.status == 200);
    CHECK(offset(r) == MiB + MiB / 2);
    r = aino.put(sha, MiB + MiB / 2, file.mid(MiB + MiB / 2));
    CHECK(state(r) == u"complete"_s);
    CHECK(sha256Hex(readFile(f.server.uploads()->blobs()->blobPath(f.org1, sha))) == sha);
}

TEST_CASE("chunks arriving out of order within the window are kept", "[files]")
{
    ServerFixture f;
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray file = jpegFile(4 * MiB + 100, 12);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    HttpResult r = aino.put(sha, 2 * MiB, file.mid(2 * MiB, MiB));
    REQUIRE(r.status == 200);
    CHECK(offset(r) == 0);
    r = aino.put(sha, MiB, file.mid(MiB, MiB));
    CHECK(offset(r) == 0);
    CHECK(r.json.value(u"ranges"_s).toArray() == QJsonArray{QJsonArray{MiB, 3 * MiB}});
    // A restarted client learns which ranges it need not send again.
    r = aino.status(sha);
    CHECK(r.json.value(u"ranges"_s).toArray() == QJsonArray{QJsonArray{MiB, 3 * MiB}});
    r = aino.put(sha, 0, file.left(MiB));
    CHECK(offset(r) == 3 * MiB);
    CHECK_FALSE(r.json.contains(u"ranges"_s));
    r = aino.put(sha, 3 * MiB, file.mid(3 * MiB));
    CHECK(state(r) == u"complete"_s);
    CHECK(sha256Hex(readFile(f.server.uploads()->blobs()->blobPath(f.org1, sha))) == sha);
}

TEST_CASE("the ranges held ahead of the offset are bounded", "[files]")
{
    ServerFixture f;
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray file = jpegFile(MiB, 23);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    // Single bytes with gaps between them: each would be a range of its own.
    for (qint64 at = 10; at < 10 + 2 * 64; at += 2)
        REQUIRE(aino.put(sha, at, file.mid(at, 1)).status == 200);
    const HttpResult r = aino.put(sha, 1000, file.mid(1000, 1));
    CHECK(r.status == 409);
    CHECK(offset(r) == 0);
    CHECK(aino.status(sha).json.value(u"ranges"_s).toArray().size() == 64);
    // Filling the gaps still works, and so does the rest of the upload.
    CHECK(aino.upload(file, kJpeg, 256 * 1024).complete);
    CHECK(sha256Hex(readFile(f.server.uploads()->blobs()->blobPath(f.org1, sha))) == sha);
}

TEST_CASE("finishing is idempotent", "[files]")
{
    ServerFixture f;
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray file = jpegFile(MiB + 1, 13);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    REQUIRE(offset(aino.put(sha, 0, file.left(MiB))) == MiB);
    HttpResult r = aino.put(sha, MiB, file.mid(MiB));
    REQUIRE(state(r) == u"complete"_s);
    const QString stored = f.server.uploads()->blobs()->blobPath(f.org1, sha);
    const QDateTime written = QFileInfo(stored).lastModified();

    // The answer to the last chunk was lost: the same chunk and the same declaration again.
    r = aino.put(sha, MiB, file.mid(MiB));
    CHECK(r.status == 200);
    CHECK(state(r) == u"complete"_s);
    r = aino.begin(sha, file.size(), kJpeg);
    CHECK(state(r) == u"complete"_s);
    CHECK(offset(r) == file.size());
    CHECK(QFileInfo(stored).lastModified() == written);
    CHECK(f.server.uploads()->used(f.org1) == file.size());
}

TEST_CASE("a file whose bytes do not match its hash is discarded at the end", "[files]")
{
    ServerFixture f;
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray claimed = jpegFile(2 * MiB, 14);
    const QByteArray sent = jpegFile(2 * MiB, 15); // every chunk intact, but another file
    const QString sha = sha256Hex(claimed);
    REQUIRE(aino.begin(sha, claimed.size(), kJpeg).status == 200);
    REQUIRE(aino.put(sha, 0, sent.left(MiB)).status == 200);
    const HttpResult r = aino.put(sha, MiB, sent.mid(MiB));
    CHECK(r.status == 422);
    CHECK(r.code() == u"hash_mismatch"_s);
    CHECK(offset(r) == 0);
    CHECK(state(aino.status(sha)) == u"none"_s);
    CHECK_FALSE(QFileInfo::exists(f.server.uploads()->blobs()->blobPath(f.org1, sha)));
    CHECK_FALSE(QFileInfo::exists(f.server.uploads()->blobs()->partPath(f.org1, sha)));
    CHECK(f.server.uploads()->used(f.org1) == 0);
}

TEST_CASE("the same file from two trainees of one organisation at once is stored once",
          "[files]")
{
    ServerFixture f;
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    UploadTestClient mikko = uploader(f, u"mikko"_s, u"Mikko-pass1"_s);
    const QByteArray file = jpegFile(5 * MiB + 3, 16);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.begin(sha, file.size(), kJpeg).status == 200);
    REQUIRE(mikko.begin(sha, file.size(), kJpeg).status == 200);

    // Both send every chunk, their requests interleaved on two connections.
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (qint64 at = 0; at < file.size(); at += MiB) {
        for (UploadTestClient *client : {&aino, &mikko}) {
            QNetworkRequest request(QUrl(f.server.url().toString() + protocol::uploadPath(sha)));
            request.setRawHeader(protocol::header::kProtocol, "1");
            request.setRawHeader(protocol::header::kAuthorization,
                                 "Bearer " + client->api().token().toUtf8());
            request.setRawHeader(protocol::header::kUploadOffset, QByteArray::number(at));
            request.setRawHeader(protocol::header::kChunkSha256,
                                 crypto::sha256(file.mid(at, MiB)).toHex());
            request.setRawHeader("Content-Type", "application/octet-stream");
            replies.append(nam.put(request, file.mid(at, MiB)));
        }
    }
    int ok = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(20000);
        ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 1 : 0;
        reply->deleteLater();
    }
    CHECK(ok == replies.size());
    CHECK(state(aino.status(sha)) == u"complete"_s);
    CHECK(state(mikko.begin(sha, file.size(), kJpeg)) == u"complete"_s);
    const QDir orgDir(f.server.dataDir() + u"/blobs/%1"_s.arg(f.org1));
    CHECK(orgDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot) == QStringList{sha.left(2)});
    CHECK(QDir(orgDir.filePath(sha.left(2))).entryList(QDir::Files) == QStringList{sha});
    CHECK(f.server.uploads()->used(f.org1) == file.size());
}

TEST_CASE("the same file in two organisations is stored separately", "[files]")
{
    ServerFixture f;
    f.server.createUser(f.org2, u"oona"_s, u"Oona-pass1"_s, Role::Trainee);
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    UploadTestClient oona = uploader(f, u"oona"_s, u"Oona-pass1"_s);
    const QByteArray file = jpegFile(MiB + 77, 17);
    const QString sha = sha256Hex(file);
    REQUIRE(aino.upload(file, kJpeg, MiB).complete);
    // The other organisation learns nothing from the first one's copy.
    HttpResult r = oona.begin(sha, file.size(), kJpeg);
    CHECK(state(r) == u"partial"_s);
    CHECK(offset(r) == 0);
    REQUIRE(oona.upload(file, kJpeg, MiB).complete);
    BlobStore *blobs = f.server.uploads()->blobs();
    CHECK(blobs->blobPath(f.org1, sha) != blobs->blobPath(f.org2, sha));
    CHECK(sha256Hex(readFile(blobs->blobPath(f.org1, sha))) == sha);
    CHECK(sha256Hex(readFile(blobs->blobPath(f.org2, sha))) == sha);
    CHECK(f.server.uploads()->used(f.org1) == file.size());
    CHECK(f.server.uploads()->used(f.org2) == file.size());
}

TEST_CASE("a file over the size limit is refused with 413", "[files]")
{
    ServerFixture f;
    f.server.setUploadLimits(2 * MiB, 0);
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray file = jpegFile(2 * MiB + 1, 18);
    HttpResult r = aino.begin(sha256Hex(file), file.size(), kJpeg);
    CHECK(r.status == 413);
    CHECK(r.code() == u"payload_too_large"_s);
    CHECK_FALSE(QFileInfo::exists(f.server.dataDir() + u"/uploads/%1"_s.arg(f.org1)));
    CHECK(aino.upload(file.left(2 * MiB), kJpeg, MiB).complete);
    // The limit stays through a restart of the server.
    REQUIRE(f.server.restart());
    CHECK(aino.begin(sha256Hex(file), file.size(), kJpeg).status == 413);
}

TEST_CASE("an organisation's storage quota is enforced with quota_exceeded", "[files]")
{
    ServerFixture f;
    REQUIRE_FALSE(f.server.uploads()->setQuota(f.org1, 3 * MiB));
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray first = jpegFile(2 * MiB, 19);
    const QByteArray second = jpegFile(2 * MiB, 20);
    // An upload in progress reserves its declared size.
    REQUIRE(aino.begin(sha256Hex(first), first.size(), kJpeg).status == 200);
    HttpResult r = aino.begin(sha256Hex(second), second.size(), kJpeg);
    CHECK(r.status == 507);
    CHECK(r.code() == u"quota_exceeded"_s);
    REQUIRE(aino.upload(first, kJpeg, MiB).complete);
    CHECK(aino.begin(sha256Hex(second), second.size(), kJpeg).status == 507);
    // Files already stored cost nothing more.
    CHECK(state(aino.begin(sha256Hex(first), first.size(), kJpeg)) == u"complete"_s);
    // Another organisation has its own quota.
    f.server.createUser(f.org2, u"oona"_s, u"Oona-pass1"_s, Role::Trainee);
    CHECK(uploader(f, u"oona"_s, u"Oona-pass1"_s).begin(sha256Hex(second), second.size(), kJpeg)
              .status
          == 200);
    REQUIRE_FALSE(f.server.uploads()->setQuota(f.org1, std::nullopt)); // back to the default
    CHECK(aino.begin(sha256Hex(second), second.size(), kJpeg).status == 200);
}

TEST_CASE("a chunk body over 16 MiB is refused before it is read", "[files]")
{
    ServerFixture f;
    const QString token = f.server.login(u"aino"_s, u"Aino-pass1"_s);
    const QByteArray head = "PUT " + protocol::uploadPath(QString(64, u'a')).toLatin1()
                            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pajapolku-Protocol: 1\r\n"
                              "Authorization: Bearer "
                            + token.toLatin1() + "\r\nContent-Length: ";
    RawResult r = rawExchange(f.server.port(),
                              head + QByteArray::number(protocol::limits::kMaxChunkBytes + 1)
                                  + "\r\n\r\n");
    CHECK(r.status == 413);
    CHECK(r.elapsedMs < 2000);
    // The sync endpoint keeps its own, smaller limit.
    r = rawExchange(f.server.port(), "POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                     "Content-Length: "
                                         + QByteArray::number(protocol::limits::kMaxRequestBody + 1)
                                         + "\r\n\r\n");
    CHECK(r.status == 413);
}

TEST_CASE("a chunk for an upload that was never begun is not found", "[files]")
{
    ServerFixture f;
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    const QByteArray file = jpegFile(MiB, 21);
    const HttpResult r = aino.put(sha256Hex(file), 0, file);
    CHECK(r.status == 404);
    CHECK(r.code() == u"not_found"_s);
}

TEST_CASE("the file endpoints need a token and the protocol header", "[files]")
{
    ServerFixture f;
    const QByteArray file = jpegFile(MiB, 22);
    const QString sha = sha256Hex(file);
    UploadTestClient stranger(f.server.url(), QString());
    CHECK(stranger.begin(sha, file.size(), kJpeg).status == 401);
    CHECK(stranger.status(sha).status == 401);
    CHECK(stranger.put(sha, 0, file).status == 401);
    CHECK(stranger.download(sha).status == 401);
    UploadTestClient old = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    old.api().setProtocolHeader("0");
    CHECK(old.begin(sha, file.size(), kJpeg).status == 426);
    CHECK(old.put(sha, 0, file).status == 426);
    UploadTestClient aino = uploader(f, u"aino"_s, u"Aino-pass1"_s);
    CHECK(aino.api().send("DELETE", protocol::uploadPath(sha), {}).status == 405);
    CHECK(aino.api().send("PUT", protocol::filePath(sha), "x").status == 405);
}

TEST_CASE("a running SHA-256 resumes from its saved state", "[files][crypto]")
{
    const QByteArray data = jpegFile(300000, 24);
    crypto::Sha256Stream first;
    first.add(data.left(123457));
    const QByteArray saved = first.state();
    CHECK(first.resultHex() == crypto::sha256Hex(data.left(123457))); // result() leaves it usable
    std::optional<crypto::Sha256Stream> resumed = crypto::Sha256Stream::fromState(saved);
    REQUIRE(resumed);
    resumed->add(data.mid(123457));
    CHECK(resumed->resultHex() == crypto::sha256Hex(data));
    first.add(data.mid(123457));
    CHECK(first.result() == resumed->result());
    CHECK_FALSE(crypto::Sha256Stream::fromState(saved.left(10)));
}
