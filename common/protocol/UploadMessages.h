#pragma once
// The messages of resumable, content-addressed file uploads (protocol v1: files) and the rules
// both sides share: what a SHA-256 name looks like, which media types are accepted, and how a
// file's first bytes must look for its declared type. docs/PROTOCOL.md ("Files") has the prose.

#include "common/protocol/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class UploadState {
    None, // the server holds nothing for this hash
    Partial, // an upload is in progress: `offset` bytes are held contiguously from the start
    Complete, // the whole file is stored: nothing needs to be sent
};

QString uploadStateName(UploadState state);
std::optional<UploadState> uploadStateFromName(const QString &name);

// A byte range [start, end) held by the server beyond the contiguous offset (a chunk that
// arrived ahead of an earlier one). Clients need not send it again.
struct HeldRange
{
    qint64 start = 0;
    qint64 end = 0;
    bool operator==(const HeldRange &) const = default;
};

// POST /api/v1/uploads: declares a file by its hash, begins its upload or finds where it stands.
struct UploadBeginRequest
{
    QString sha256; // 64 lowercase hex digits
    qint64 size = 0; // bytes, at least 1
    QString mediaType; // e.g. "image/jpeg"; checked against the file's first bytes

    QJsonObject toJson() const;
    static std::optional<UploadBeginRequest> fromJson(const QJsonObject &o, Error *error);
};

// The answer to begin, to GET /api/v1/uploads/<sha256> and to every accepted chunk.
struct UploadStatus
{
    QString sha256;
    UploadState state = UploadState::None;
    qint64 offset = 0; // contiguous bytes held from the start (== size when complete)
    qint64 size = 0; // 0 when the state is None
    QString mediaType;
    QList<HeldRange> ranges; // held beyond offset; only while Partial
    qint64 maxChunkBytes = 0; // the largest chunk body the server accepts

    QJsonObject toJson() const;
    static std::optional<UploadStatus> fromJson(const QJsonObject &o, Error *error);
};

namespace upload {

// True for exactly 64 lowercase hexadecimal digits: the only form a hash takes in the API.
bool isValidSha256(QStringView text);
// Lower case, parameters (";charset=...") and blanks removed: "Image/JPEG; x=1" -> "image/jpeg".
QString normalizeMediaType(const QString &mediaType);
// The media types the server stores (normalised forms), sorted.
QStringList acceptedMediaTypes();
bool isAcceptedMediaType(const QString &mediaType);
// True when `head` (the first min(fileSize, protocol::limits::kSniffBytes) bytes or more)
// looks like a file of the declared type's family: JPEG, PNG, GIF, WebP, HEIC/HEIF, MP4/MOV/M4A
// (ftyp), WebM/Matroska, MP3/AAC, Ogg, WAV, FLAC, PDF, ZIP-based office (OOXML/ODF), legacy
// OLE office files, plain UTF-8 text.
bool contentMatches(const QString &mediaType, const QByteArray &head, qint64 fileSize);
// A media type that fits the bytes (for a client choosing what to declare), or empty.
QString sniffMediaType(const QByteArray &head, qint64 fileSize);

// The JSON of a 409 conflict: {code, message, offset} with the offset the server holds.
QJsonObject conflictJson(const Error &error, qint64 offset);

} // namespace upload
