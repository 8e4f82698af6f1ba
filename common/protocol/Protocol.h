#pragma once
// The one definition of the Pajapolku HTTP API: version numbers, paths, headers and limits.
// docs/PROTOCOL.md describes the same in prose with examples; change both together.

#include <QString>
#include <QtGlobal>

namespace protocol {

// Version 1: health, auth (login, logout, password, me) and the sync round.
inline constexpr int kVersion = 1;
inline constexpr int kMinSupportedVersion = 1;

namespace path {
inline constexpr char16_t kHealth[] = u"/api/v1/health";
inline constexpr char16_t kLogin[] = u"/api/v1/auth/login";
inline constexpr char16_t kLogout[] = u"/api/v1/auth/logout";
inline constexpr char16_t kPassword[] = u"/api/v1/auth/password";
inline constexpr char16_t kMe[] = u"/api/v1/auth/me";
inline constexpr char16_t kSync[] = u"/api/v1/sync";
// Files (v1: files). POST kUploads begins or resumes an upload; GET/PUT kUploads/<sha256> asks
// for its state / sends one chunk; GET kFiles/<sha256> downloads a file (byte ranges allowed).
inline constexpr char16_t kUploads[] = u"/api/v1/uploads";
inline constexpr char16_t kFiles[] = u"/api/v1/files";
} // namespace path

namespace header {
// Sent by the client on every request; the server answers 426 protocol_unsupported when it
// cannot speak that version.
inline constexpr char kProtocol[] = "X-Pajapolku-Protocol";
inline constexpr char kAuthorization[] = "Authorization";
inline constexpr char kContentEncoding[] = "Content-Encoding";
inline constexpr char kAcceptEncoding[] = "Accept-Encoding";
inline constexpr char kRetryAfter[] = "Retry-After";
// On PUT kUploads/<sha256>: where the chunk starts in the file, and the SHA-256 of the chunk
// body (64 lowercase hex digits).
inline constexpr char kUploadOffset[] = "X-Upload-Offset";
inline constexpr char kChunkSha256[] = "X-Chunk-Sha256";
inline constexpr char kRange[] = "Range";
inline constexpr char kContentRange[] = "Content-Range";
} // namespace header

inline constexpr char kZstd[] = "zstd";
inline constexpr char kJsonContentType[] = "application/json";

namespace limits {
// Largest request body the HTTP layer accepts at all (compressed bytes on the wire).
inline constexpr qint64 kMaxRequestBody = 8 * 1024 * 1024;
// Largest decompressed sync body; a bigger expansion is rejected as payload_too_large.
inline constexpr qint64 kMaxDecompressedBody = 32 * 1024 * 1024;
// Largest header block.
inline constexpr qint64 kMaxHeaderBytes = 32 * 1024;
// Operations in one sync request.
inline constexpr int kMaxOpsPerRequest = 2000;
// The server fills a pull page up to about this many bytes of uncompressed JSON.
inline constexpr int kPullPageBytes = 1024 * 1024;
// Largest text answer a trainee can send (characters).
inline constexpr int kMaxAnswerLength = 200000;
// Largest chunk body of an upload (the HTTP layer allows upload chunks this much instead of
// kMaxRequestBody). Clients size chunks to a few seconds of airtime, from kMinChunkBytes up
// (64 KiB is about 1 s at 0.5 Mbit/s, so that a cut there costs little).
inline constexpr qint64 kMaxChunkBytes = 16 * 1024 * 1024;
inline constexpr qint64 kMinChunkBytes = 64 * 1024;
// A chunk may end at most this far beyond the contiguous offset the server holds, so that more
// than one chunk can be in flight (and arrive out of order); further ahead gets 409.
inline constexpr qint64 kUploadWindowBytes = 32 * 1024 * 1024;
// The chunk at offset 0 must hold at least min(file size, this) bytes: the content check reads them.
inline constexpr qint64 kSniffBytes = 4096;
// Server defaults, configurable: largest file (serve --max-file-size) and per-organisation
// storage quota (org set-quota).
inline constexpr qint64 kDefaultMaxFileSize = qint64(500) * 1024 * 1024;
inline constexpr qint64 kDefaultOrgQuota = qint64(10) * 1024 * 1024 * 1024;
// Partial uploads are kept at least this long after their last chunk.
inline constexpr int kPartialUploadRetentionDays = 14;
// A trainee's sync rewrites `lastSyncAt` of their trainee_profile record only when the stored
// time is older than this, so that frequent syncs do not make a change to pull every time.
inline constexpr int kLastSyncResolutionSeconds = 15 * 60;
} // namespace limits

// Scopes name the unit of authorisation and of cursors.
// "org:<orgId>"      an organisation's content (task sets, tasks): coaches and admins read it
// "trainee:<userId>" one trainee's program and work: the trainee, and coaches of the organisation
QString orgScope(qint64 orgId);
QString traineeScope(qint64 userId);
// Splits a scope into its kind ("org" / "trainee") and id; false when malformed.
bool parseScope(const QString &scope, QString *kind, qint64 *id);

// "/api/v1/uploads/<sha256>" and "/api/v1/files/<sha256>".
inline QString uploadPath(const QString &sha256)
{
    return QString::fromUtf16(path::kUploads) + QLatin1Char('/') + sha256;
}
inline QString filePath(const QString &sha256)
{
    return QString::fromUtf16(path::kFiles) + QLatin1Char('/') + sha256;
}

} // namespace protocol
