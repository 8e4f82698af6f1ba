#include "common/protocol/UploadMessages.h"

#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {
// Families of media types: each is recognised by its own magic numbers.
enum class Family {
    Jpeg, Png, Gif, WebP, Heif, IsoMedia, QuickTime, Matroska, Mpeg, Aac, Ogg, Wav, Flac, Pdf,
    Zip, Ole, Text
};

struct MediaType
{
    const char16_t *name;
    Family family;
};

constexpr std::array kMediaTypes{
    MediaType{u"image/jpeg", Family::Jpeg},
    MediaType{u"image/png", Family::Png},
    MediaType{u"image/gif", Family::Gif},
    MediaType{u"image/webp", Family::WebP},
    MediaType{u"image/heic", Family::Heif},
    MediaType{u"image/heif", Family::Heif},
    MediaType{u"video/mp4", Family::IsoMedia},
    MediaType{u"video/3gpp", Family::IsoMedia},
    MediaType{u"audio/mp4", Family::IsoMedia},
    MediaType{u"audio/x-m4a", Family::IsoMedia},
    MediaType{u"video/quicktime", Family::QuickTime},
    MediaType{u"video/webm", Family::Matroska},
    MediaType{u"audio/webm", Family::Matroska},
    MediaType{u"video/x-matroska", Family::Matroska},
    MediaType{u"audio/x-matroska", Family::Matroska},
    MediaType{u"audio/mpeg", Family::Mpeg},
    MediaType{u"audio/aac", Family::Aac},
    MediaType{u"audio/ogg", Family::Ogg},
    MediaType{u"video/ogg", Family::Ogg},
    MediaType{u"application/ogg", Family::Ogg},
    MediaType{u"audio/wav", Family::Wav},
    MediaType{u"audio/x-wav", Family::Wav},
    MediaType{u"audio/wave", Family::Wav},
    MediaType{u"audio/vnd.wave", Family::Wav},
    MediaType{u"audio/flac", Family::Flac},
    MediaType{u"audio/x-flac", Family::Flac},
    MediaType{u"application/pdf", Family::Pdf},
    MediaType{u"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              Family::Zip},
    MediaType{u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Family::Zip},
    MediaType{u"application/vnd.openxmlformats-officedocument.presentationml.presentation",
              Family::Zip},
    MediaType{u"application/vnd.oasis.opendocument.text", Family::Zip},
    MediaType{u"application/vnd.oasis.opendocument.spreadsheet", Family::Zip},
    MediaType{u"application/vnd.oasis.opendocument.presentation", Family::Zip},
    MediaType{u"application/msword", Family::Ole},
    MediaType{u"application/vnd.ms-excel", Family::Ole},
    MediaType{u"application/vnd.ms-powerpoint", Family::Ole},
    MediaType{u"text/plain", Family::Text},
    MediaType{u"text/csv", Family::Text},
};

std::optional<Family> familyOf(const QString &normalized)
{
    for (const MediaType &t : kMediaTypes) {
        if (normalized == QStringView(t.name))
            return t.family;
    }
    return std::nullopt;
}

bool at(const QByteArray &head, qsizetype pos, QByteArrayView magic)
{
    return head.size() >= pos + magic.size()
           && QByteArrayView(head).sliced(pos, magic.size()) == magic;
}

quint8 byte(const QByteArray &head, qsizetype pos)
{
    return pos < head.size() ? static_cast<quint8>(head.at(pos)) : 0;
}

// The brands of an ISO base media file's leading ftyp box (major brand first).
QList<QByteArray> ftypBrands(const QByteArray &head)
{
    QList<QByteArray> brands;
    if (!at(head, 4, "ftyp"))
        return brands;
    const qint64 boxSize = (qint64(byte(head, 0)) << 24) | (qint64(byte(head, 1)) << 16)
                           | (qint64(byte(head, 2)) << 8) | qint64(byte(head, 3));
    const qsizetype end = static_cast<qsizetype>(std::min<qint64>(boxSize, head.size()));
    if (head.size() >= 12)
        brands.append(head.mid(8, 4));
    for (qsizetype pos = 16; pos + 4 <= end; pos += 4)
        brands.append(head.mid(pos, 4));
    return brands;
}

bool isHeif(const QByteArray &head)
{
    static const QList<QByteArray> heif{"heic", "heix", "hevc", "hevx", "heim", "heis",
                                        "hevm", "hevs", "mif1", "msf1"};
    const QList<QByteArray> brands = ftypBrands(head);
    return std::any_of(brands.begin(), brands.end(),
                       [](const QByteArray &b) { return heif.contains(b); });
}

bool isMpegAudio(const QByteArray &head)
{
    if (at(head, 0, "ID3"))
        return true;
    const quint8 b1 = byte(head, 1);
    return byte(head, 0) == 0xFF && (b1 & 0xE0) == 0xE0 && (b1 & 0x18) != 0x08
           && (b1 & 0x06) != 0;
}

bool isAdts(const QByteArray &head)
{
    return at(head, 0, "ID3") || (byte(head, 0) == 0xFF && (byte(head, 1) & 0xF6) == 0xF0);
}

// UTF-8 without NUL or control characters other than tab, line feed, vertical tab, form feed
// and carriage return. A sequence cut off at the end of a head shorter than the file is fine.
bool isText(const QByteArray &head, qint64 fileSize)
{
    const bool truncated = head.size() < fileSize;
    qsizetype i = 0;
    while (i < head.size()) {
        const quint8 c = byte(head, i);
        if (c < 0x80) {
            if (c == 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f'
                              && c != '\r'))
                return false;
            ++i;
            continue;
        }
        int extra = 0;
        quint32 cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= head.size()) {
            // The sequence runs past the end of what we have: fine only when the file goes on.
            if (!truncated)
                return false;
            for (qsizetype j = i + 1; j < head.size(); ++j) {
                if ((byte(head, j) & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int j = 1; j <= extra; ++j) {
            const quint8 cc = byte(head, i + j);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        static constexpr std::array<quint32, 4> kMin{0, 0x80, 0x800, 0x10000};
        if (cp < kMin[static_cast<size_t>(extra)] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

bool matches(Family family, const QByteArray &head, qint64 fileSize)
{
    switch (family) {
    case Family::Jpeg:
        return at(head, 0, "\xFF\xD8\xFF");
    case Family::Png:
        return at(head, 0, "\x89PNG\r\n\x1A\n");
    case Family::Gif:
        return at(head, 0, "GIF87a") || at(head, 0, "GIF89a");
    case Family::WebP:
        return at(head, 0, "RIFF") && at(head, 8, "WEBP");
    case Family::Heif:
        return isHeif(head);
    case Family::IsoMedia:
        return at(head, 4, "ftyp");
    case Family::QuickTime: {
        static const QList<QByteArrayView> atoms{"ftyp", "moov", "mdat", "wide", "free", "skip",
                                                 "pnot"};
        return std::any_of(atoms.begin(), atoms.end(),
                           [&](QByteArrayView a) { return at(head, 4, a); });
    }
    case Family::Matroska:
        return at(head, 0, "\x1A\x45\xDF\xA3");
    case Family::Mpeg:
        return isMpegAudio(head);
    case Family::Aac:
        return isAdts(head);
    case Family::Ogg:
        return at(head, 0, "OggS");
    case Family::Wav:
        return (at(head, 0, "RIFF") || at(head, 0, "RF64")) && at(head, 8, "WAVE");
    case Family::Flac:
        return at(head, 0, "fLaC");
    case Family::Pdf: {
        // Readers accept the header within the first 1024 bytes.
        const qsizetype pos = head.left(1024).indexOf("%PDF-");
        return pos >= 0;
    }
    case Family::Zip:
        return at(head, 0, "PK\x03\x04");
    case Family::Ole:
        return at(head, 0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    case Family::Text:
        return !head.isEmpty() && isText(head, fileSize);
    }
    return false;
}
} // namespace

QString uploadStateName(UploadState state)
{
    switch (state) {
    case UploadState::None:
        return u"none"_s;
    case UploadState::Partial:
        return u"partial"_s;
    case UploadState::Complete:
        return u"complete"_s;
    }
    return u"none"_s;
}

std::optional<UploadState> uploadStateFromName(const QString &name)
{
    for (UploadState s : {UploadState::None, UploadState::Partial, UploadState::Complete}) {
        if (uploadStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject UploadBeginRequest::toJson() const
{
    return {{u"sha256"_s, sha256}, {u"size"_s, size}, {u"mediaType"_s, mediaType}};
}

std::optional<UploadBeginRequest> UploadBeginRequest::fromJson(const QJsonObject &o, Error *error)
{
    JsonReader r(o, u"upload"_s);
    UploadBeginRequest b;
    b.sha256 = r.string(u"sha256"_s, JsonReader::Required, 64);
    b.size = r.integer(u"size"_s, JsonReader::Required, 1);
    b.mediaType = r.string(u"mediaType"_s, JsonReader::Required, 255);
    if (r.ok() && !upload::isValidSha256(b.sha256))
        r.fail(u"sha256"_s, u"must be 64 lowercase hexadecimal digits"_s);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    b.mediaType = upload::normalizeMediaType(b.mediaType);
    return b;
}

QJsonObject UploadStatus::toJson() const
{
    QJsonObject o{{u"sha256"_s, sha256},
                  {u"state"_s, uploadStateName(state)},
                  {u"offset"_s, offset},
                  {u"size"_s, size},
                  {u"maxChunkBytes"_s, maxChunkBytes}};
    if (!mediaType.isEmpty())
        o.insert(u"mediaType"_s, mediaType);
    if (!ranges.isEmpty()) {
        QJsonArray list;
        for (const HeldRange &r : ranges)
            list.append(QJsonArray{r.start, r.end});
        o.insert(u"ranges"_s, list);
    }
    return o;
}

std::optional<UploadStatus> UploadStatus::fromJson(const QJsonObject &o, Error *error)
{
    JsonReader r(o, u"upload status"_s);
    UploadStatus s;
    s.sha256 = r.string(u"sha256"_s, JsonReader::Required, 64);
    const QString state = r.oneOf(u"state"_s, {u"none"_s, u"partial"_s, u"complete"_s});
    s.offset = r.integer(u"offset"_s, JsonReader::Required);
    s.size = r.integer(u"size"_s, JsonReader::Required);
    s.maxChunkBytes = r.integer(u"maxChunkBytes"_s, JsonReader::Optional);
    s.mediaType = r.string(u"mediaType"_s, JsonReader::Optional, 255);
    const QJsonArray ranges = r.array(u"ranges"_s, JsonReader::Optional, 100000);
    for (const QJsonValue &v : ranges) {
        const QJsonArray pair = v.toArray();
        const qint64 start = pair.at(0).toInteger(-1);
        const qint64 end = pair.at(1).toInteger(-1);
        if (pair.size() != 2 || start < 0 || end <= start) {
            r.fail(u"ranges"_s, u"must be pairs [start, end] with start < end"_s);
            break;
        }
        s.ranges.append({start, end});
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    s.state = uploadStateFromName(state).value_or(UploadState::None);
    return s;
}

namespace upload {

bool isValidSha256(QStringView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QString normalizeMediaType(const QString &mediaType)
{
    return mediaType.section(u';', 0, 0).trimmed().toLower();
}

QStringList acceptedMediaTypes()
{
    QStringList out;
    for (const MediaType &t : kMediaTypes)
        out.append(QString::fromUtf16(t.name));
    out.sort();
    return out;
}

bool isAcceptedMediaType(const QString &mediaType)
{
    return familyOf(normalizeMediaType(mediaType)).has_value();
}

bool contentMatches(const QString &mediaType, const QByteArray &head, qint64 fileSize)
{
    const std::optional<Family> family = familyOf(normalizeMediaType(mediaType));
    return family && matches(*family, head, fileSize);
}

QString sniffMediaType(const QByteArray &head, qint64 fileSize)
{
    if (at(head, 4, "ftyp")) {
        const QByteArray major = head.mid(8, 4);
        if (isHeif(head))
            return major == "mif1" || major == "msf1" ? u"image/heif"_s : u"image/heic"_s;
        if (major == "qt  ")
            return u"video/quicktime"_s;
        if (major == "M4A " || major == "M4B ")
            return u"audio/mp4"_s;
        return u"video/mp4"_s;
    }
    if (at(head, 0, "\x1A\x45\xDF\xA3"))
        return head.left(64).contains("webm") ? u"video/webm"_s : u"video/x-matroska"_s;
    if (at(head, 0, "PK\x03\x04")) {
        if (at(head, 30, "mimetype")) {
            const QString type = QString::fromLatin1(head.mid(38, 64)).section(u'P', 0, 0);
            for (const MediaType &t : kMediaTypes) {
                if (t.family == Family::Zip && type.startsWith(QStringView(t.name)))
                    return QString::fromUtf16(t.name);
            }
        }
        const QString ooxml = u"application/vnd.openxmlformats-officedocument."_s;
        if (head.contains("word/"))
            return ooxml + u"wordprocessingml.document"_s;
        if (head.contains("xl/"))
            return ooxml + u"spreadsheetml.sheet"_s;
        if (head.contains("ppt/"))
            return ooxml + u"presentationml.presentation"_s;
        return {};
    }
    // In order of the table; the first family that matches names the type. OLE files do not
    // tell which office program made them, and ISO media was handled above.
    for (const MediaType &t : kMediaTypes) {
        if (t.family != Family::Ole && t.family != Family::Zip && t.family != Family::IsoMedia
            && t.family != Family::QuickTime && t.family != Family::Heif
            && matches(t.family, head, fileSize))
            return QString::fromUtf16(t.name);
    }
    return {};
}

QJsonObject conflictJson(const Error &error, qint64 offset)
{
    QJsonObject o = error.toJson();
    o.insert(u"offset"_s, offset);
    return o;
}

} // namespace upload
