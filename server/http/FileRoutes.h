#pragma once
// The file endpoints (protocol v1: files), HTTP <-> UploadService:
//   POST /api/v1/uploads            begin or resume an upload (JSON UploadBeginRequest)
//   GET  /api/v1/uploads/<sha256>   what the server holds for the hash
//   PUT  /api/v1/uploads/<sha256>   one chunk: X-Upload-Offset, X-Chunk-Sha256, raw body
//   GET  /api/v1/files/<sha256>     download, with Range: bytes=a-b | a- | -n (206, 416)
// Errors with a position (409 conflict, 422 checksum/hash mismatch) carry "offset".

#include "server/http/ApiRouter.h"

#include <optional>

class Auth;
class UploadService;
struct ProtocolRange;

class FileRoutes
{
public:
    // protocols: the accepted versions, read on every request (owned by HttpServer).
    FileRoutes(Auth *auth, UploadService *uploads, const ProtocolRange *protocols);
    void registerOn(ApiRouter &router);

    // A single byte range of a file of `size` bytes from a Range header: nullopt when the
    // header is absent, malformed, of another unit or lists several ranges (the whole file is
    // sent); {-1, -1} when it is unsatisfiable; else [first, last] inclusive.
    static std::optional<QPair<qint64, qint64>> parseRange(const QByteArray &header, qint64 size);

private:
    ApiRouter::Reply download(const QHttpServerRequest &request, const QString &sha256);

    Auth *m_auth;
    UploadService *m_uploads;
    const ProtocolRange *m_protocols;
};
