#include "common/model/Records.h"
#include "common/protocol/UploadMessages.h"
#include "tests/server/ServerFixture.h"
#include "tests/server/UploadTestClient.h"

#include <QJsonDocument>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QByteArray padded(const QByteArray &head, qint64 size = 8192)
{
    return testFile(head, size, 3);
}

// The first bytes of real files of each family (a little beyond the magic number).
QByteArray mp4Head(const QByteArray &brand)
{
    return QByteArray("\x00\x00\x00\x18" "ftyp", 8) + brand + QByteArray("\x00\x00\x02\x00", 4)
           + brand + "isom";
}
} // namespace

TEST_CASE("files are recognised by their first bytes, family by family", "[files][media]")
{
    struct Sample
    {
        QString type;
        QByteArray bytes;
    };
    const QList<Sample> samples{
        {u"image/jpeg"_s, padded("\xFF\xD8\xFF\xE1\x00\x18" "Exif"_ba)},
        {u"image/png"_s, padded("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR"_ba)},
        {u"image/gif"_s, padded("GIF89a\x10\x00"_ba)},
        {u"image/webp"_s, padded("RIFF\x24\x00\x00\x00WEBPVP8 "_ba)},
        {u"image/heic"_s, padded(mp4Head("heic"))},
        {u"image/heif"_s, padded(mp4Head("mif1"))},
        {u"video/mp4"_s, padded(mp4Head("isom"))},
        {u"audio/mp4"_s, padded(mp4Head("M4A "))},
        {u"video/quicktime"_s, padded(QByteArray("\x00\x00\x00\x14" "ftypqt  ", 12))},
        {u"video/webm"_s, padded("\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01webm"_ba)},
        {u"audio/mpeg"_s, padded("ID3\x04\x00\x00"_ba)},
        {u"audio/mpeg"_s, padded("\xFF\xFB\x90\x64"_ba)},
        {u"audio/aac"_s, padded("\xFF\xF1\x50\x80"_ba)},
        {u"audio/ogg"_s, padded(QByteArray("OggS\x00\x02", 6))},
        {u"audio/wav"_s, padded("RIFF\x24\x08\x00\x00WAVEfmt "_ba)},
        {u"audio/flac"_s, padded("fLaC\x00\x00\x00\x22"_ba)},
        {u"application/pdf"_s, padded("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"_ba)},
        {u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s,
         padded("PK\x03\x04\x14\x00\x06\x00"_ba)},
        {u"application/vnd.oasis.opendocument.text"_s, padded("PK\x03\x04\x0A\x00\x00\x00"_ba)},
        {u"application/msword"_s, padded("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"_ba)},
        {u"text/plain"_s, "Lumityöt tehty.\r\nPortaat hiekoitettu.\t✓\n"_ba},
        {u"text/csv"_s, "päivä;tunnit\n2026-12-04;3\n"_ba},
    };
    for (const Sample &s : samples) {
        INFO(s.type.toStdString());
        CHECK(upload::isAcceptedMediaType(s.type));
        CHECK(upload::contentMatches(s.type, s.bytes, s.bytes.size()));
        CHECK_FALSE(upload::contentMatches(s.type, padded("MZ\x90\x00\x03\x00"_ba), 8192));
    }
    CHECK(upload::sniffMediaType(samples[0].bytes, 8192) == u"image/jpeg"_s);
    CHECK(upload::sniffMediaType(samples[4].bytes, 8192) == u"image/heic"_s);
    CHECK(upload::sniffMediaType(samples[8].bytes, 8192) == u"video/quicktime"_s);
    CHECK(upload::sniffMediaType(samples[16].bytes, 8192) == u"application/pdf"_s);
    CHECK(upload::sniffMediaType(samples[20].bytes, 100) == u"text/plain"_s);
    CHECK(upload::sniffMediaType(padded("MZ\x90\x00"_ba), 8192).isEmpty());
}

TEST_CASE("a file's declared type must fit its bytes", "[files][media]")
{
    const QByteArray zip = padded("PK\x03\x04\x14\x00\x00\x00"_ba);
    CHECK_FALSE(upload::contentMatches(u"image/jpeg"_s, zip, zip.size())); // a .jpg that is a ZIP
    CHECK_FALSE(upload::contentMatches(u"image/png"_s, padded("\xFF\xD8\xFF\xE0"_ba), 8192));
    CHECK_FALSE(upload::contentMatches(u"text/plain"_s, "abc\0def"_ba, 7)); // binary
    CHECK_FALSE(upload::contentMatches(u"text/plain"_s, "caf\xC3"_ba, 4)); // UTF-8 cut at the end
    CHECK(upload::contentMatches(u"text/plain"_s, "caf\xC3"_ba, 4000)); // ... unless more follows
    CHECK_FALSE(upload::contentMatches(u"text/plain"_s, "\xC0\xAF"_ba, 2)); // overlong
    CHECK_FALSE(upload::contentMatches(u"image/heic"_s, padded(mp4Head("isom")), 8192));
    CHECK_FALSE(upload::contentMatches(u"image/jpeg"_s, "\xFF\xD8"_ba, 2)); // too short
    // Types are compared in their normal form; unknown types are refused.
    CHECK(upload::normalizeMediaType(u" Image/JPEG; q=1"_s) == u"image/jpeg"_s);
    CHECK(upload::contentMatches(u"IMAGE/JPEG"_s, padded("\xFF\xD8\xFF\xDB"_ba), 8192));
    for (const QString &type : {u"application/zip"_s, u"application/x-msdownload"_s,
                                u"text/html"_s, u"image/svg+xml"_s, u""_s})
        CHECK_FALSE(upload::isAcceptedMediaType(type));
}

TEST_CASE("content is checked by its bytes, not by the declared type", "[files][media]")
{
    ServerFixture f;
    UploadTestClient aino(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    const QByteArray zip = testFile("PK\x03\x04\x14\x00\x00\x00", 100000, 4);
    HttpResult r = aino.begin(sha256Hex(zip), zip.size(), u"image/jpeg"_s);
    REQUIRE(r.status == 200);
    r = aino.put(sha256Hex(zip), 0, zip);
    CHECK(r.status == 415);
    CHECK(r.code() == u"unsupported_media_type"_s);
    CHECK(r.json.value(u"state"_s).isUndefined());
    CHECK(aino.status(sha256Hex(zip)).json.value(u"offset"_s).toInteger() == 0);

    const QByteArray exe = testFile("MZ\x90\x00\x03\x00\x00\x00", 70000, 5);
    REQUIRE(aino.begin(sha256Hex(exe), exe.size(), u"image/jpeg"_s).status == 200);
    CHECK(aino.put(sha256Hex(exe), 0, exe).status == 415);
    // A type the server does not store is refused when declared.
    r = aino.begin(sha256Hex(exe), exe.size(), u"application/x-msdownload"_s);
    CHECK(r.status == 415);
    // The first chunk must hold enough bytes to be checked.
    const QByteArray png = testFile("\x89PNG\r\n\x1A\n", 100000, 6);
    REQUIRE(aino.begin(sha256Hex(png), png.size(), u"image/png"_s).status == 200);
    CHECK(aino.put(sha256Hex(png), 0, png.left(100)).status == 400);
    CHECK(aino.upload(png, u"image/png"_s, 64 * 1024).complete);
    // A mistaken declaration can be corrected while nothing has been accepted.
    REQUIRE(aino.begin(sha256Hex(zip), zip.size(),
                       u"application/vnd.oasis.opendocument.text"_s)
                .status
            == 200);
    CHECK(aino.put(sha256Hex(zip), 0, zip).json.value(u"state"_s).toString() == u"complete"_s);
}

TEST_CASE("an attachment record names its file by hash and keeps only a display name",
          "[files][records]")
{
    const QString sha = QString(64, u'c');
    QJsonObject data{{u"taskId"_s, u"t1"_s},      {u"sha256"_s, sha},
                     {u"size"_s, 1234},           {u"mediaType"_s, u"Image/JPEG"_s},
                     {u"fileName"_s, u"C:\\Users\\aino\\..\\portaat\u202E.jpg\n"_s},
                     {u"thumbnailSha256"_s, QString(64, u'd')}};
    Error error;
    const std::optional<Attachment> a = Attachment::fromJson(u"a1"_s, data, &error);
    REQUIRE(a);
    CHECK(a->fileName == u"portaat.jpg"_s);
    CHECK(a->mediaType == u"image/jpeg"_s);
    CHECK(traineeWritableKinds().contains(u"attachment"_s));
    CHECK(knownKinds().contains(u"attachment"_s));
    CHECK_FALSE(validateTraineeOperation(u"attachment"_s, u"a1"_s, data));
    CHECK(Attachment::sanitizeFileName(u"../../etc/passwd"_s) == u"passwd"_s);
    CHECK(Attachment::sanitizeFileName(u".."_s).isEmpty());
    CHECK(Attachment::sanitizeFileName(QString(300, u'x')).size() == 255);

    const QList<QPair<QString, QJsonValue>> broken{
        {u"sha256"_s, QJsonValue(sha.toUpper())},
        {u"sha256"_s, QJsonValue(u"../"_s + sha.left(61))},
        {u"sha256"_s, QJsonValue(sha + u"0"_s)},
        {u"thumbnailSha256"_s, QJsonValue(u"nope"_s)},
        {u"size"_s, QJsonValue(0)},
        {u"mediaType"_s, QJsonValue(u"application/x-sh"_s)},
        {u"taskId"_s, QJsonValue()}};
    for (const auto &entry : broken) {
        QJsonObject bad = data;
        bad.insert(entry.first, entry.second);
        if (entry.second.isNull())
            bad.remove(entry.first);
        INFO(entry.first.toStdString()
             << " = " << entry.second.toVariant().toString().toStdString());
        const Error e = validateTraineeOperation(u"attachment"_s, u"a1"_s, bad);
        CHECK(e.code == ErrorCode::InvalidField);
    }
}
