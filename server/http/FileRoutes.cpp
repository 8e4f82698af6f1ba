#include "server/http/FileRoutes.h"

#include "common/protocol/Protocol.h"
#include "common/protocol/UploadMessages.h"
#include "server/core/Auth.h"
#include "server/core/UploadService.h"
#include "server/http/ApiRequest.h"
#include "server/http/ApiResponse.h"

#include <QHttpServerRequest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QHttpServerResponse reply(const UploadResult &r)
{
    if (r.status)
        return api::json(r.status->toJson());
    if (r.offset >= 0)
        return api::json(upload::conflictJson(r.error, r.offset), httpStatusFor(r.error.code));
    return api::error(r.error);
}

Error invalidHash()
{
    return Error(ErrorCode::InvalidField,
                 u"the path must end in a SHA-256: 64 lowercase hexadecimal digits"_s);
}

// Protocol header and token, in that order; strangers learn nothing about hashes.
std::optional<AuthSession> authenticate(Auth *auth, const ProtocolRange &protocols,
                                        const ApiRequest &r, Error *error)
{
    if ((*error = r.checkProtocolHeader(protocols)))
        return std::nullopt;
    return auth->authenticate(r.bearerToken(), Auth::Access::Full, error);
}

bool isDigits(const QByteArray &s)
{
    return !s.isEmpty() && s.size() <= 18
           && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

FileRoutes::FileRoutes(Auth *auth, UploadService *uploads, const ProtocolRange *protocols)
    : m_auth(auth), m_uploads(uploads), m_protocols(protocols)
{
}

void FileRoutes::registerOn(ApiRouter &router)
{
    Auth *auth = m_auth;
    UploadService *uploads = m_uploads;
    const ProtocolRange *protocols = m_protocols;
    const QString uploadsPath = QString::fromUtf16(protocol::path::kUploads);
    router.add(ApiRouter::Method::Post, uploadsPath,
               [auth, uploads, protocols](const QHttpServerRequest &request) {
                   const ApiRequest r(request);
                   Error error;
                   const std::optional<AuthSession> session
                       = authenticate(auth, *protocols, r, &error);
                   if (!session)
                       return api::error(error);
                   const std::optional<QJsonObject> json = r.jsonBody(&error);
                   if (!json)
                       return api::error(error);
                   const std::optional<UploadBeginRequest> begin
                       = UploadBeginRequest::fromJson(*json, &error);
                   if (!begin)
                       return api::error(error);
                   return reply(uploads->begin(session->user, *begin));
               });
    router.addPrefix(ApiRouter::Method::Get, uploadsPath + u'/',
                     [auth, uploads, protocols](const QHttpServerRequest &request,
                                                const QString &sha256) -> ApiRouter::Reply {
                         const ApiRequest r(request);
                         Error error;
                         const std::optional<AuthSession> session
                             = authenticate(auth, *protocols, r, &error);
                         if (!session)
                             return api::error(error);
                         if (!upload::isValidSha256(sha256))
                             return api::error(invalidHash());
                         return reply(uploads->status(session->user, sha256));
                     });
    router.addPrefix(
        ApiRouter::Method::Put, uploadsPath + u'/',
        [auth, uploads, protocols](const QHttpServerRequest &request,
                                   const QString &sha256) -> ApiRouter::Reply {
            const ApiRequest r(request);
            Error error;
            const std::optional<AuthSession> session
                = authenticate(auth, *protocols, r, &error);
            if (!session)
                return api::error(error);
            if (!upload::isValidSha256(sha256))
                return api::error(invalidHash());
            const QByteArray offsetText = r.header(protocol::header::kUploadOffset);
            if (!isDigits(offsetText))
                return api::error(Error(ErrorCode::InvalidField,
                                        u"X-Upload-Offset must be a byte offset"_s));
            const QByteArray encoding = r.header(protocol::header::kContentEncoding).toLower();
            if (!encoding.isEmpty() && encoding != "identity")
                return api::error(Error(ErrorCode::UnsupportedMediaType,
                                        u"chunks are sent without Content-Encoding"_s));
            const QString chunkSha = QString::fromLatin1(r.header(protocol::header::kChunkSha256));
            return reply(uploads->putChunk(session->user, sha256, offsetText.toLongLong(),
                                           request.body(), chunkSha));
        });
    router.addPrefix(ApiRouter::Method::Get, QString::fromUtf16(protocol::path::kFiles) + u'/',
                     [this](const QHttpServerRequest &request, const QString &sha256) {
                         return download(request, sha256);
                     });
}

ApiRouter::Reply FileRoutes::download(const QHttpServerRequest &request, const QString &sha256)
{
    const ApiRequest r(request);
    Error error;
    const std::optional<AuthSession> session = authenticate(m_auth, *m_protocols, r, &error);
    if (!session)
        return api::error(error);
    if (!upload::isValidSha256(sha256))
        return api::error(invalidHash());
    const std::optional<BlobRow> blob = m_uploads->readableBlob(session->user, sha256);
    // Unknown, unfinished and unreadable files all look the same.
    if (!blob)
        return api::error(Error(ErrorCode::NotFound, u"no such file"_s));
    std::unique_ptr<QFile> file = m_uploads->openBlob(*blob);
    if (!file || file->size() != blob->size)
        return api::error(Error(ErrorCode::Internal, u"the file cannot be read"_s));

    const QByteArray contentRange = "bytes */" + QByteArray::number(blob->size);
    const std::optional<QPair<qint64, qint64>> range
        = parseRange(r.header(protocol::header::kRange), blob->size);
    if (range && range->first < 0) {
        QHttpServerResponse response = api::error(Error(
            ErrorCode::RangeNotSatisfiable,
            u"the range starts beyond the file's %1 bytes"_s.arg(blob->size)));
        response.addHeader(protocol::header::kContentRange, contentRange);
        return response;
    }
    FileReply out;
    out.file = std::move(file);
    out.offset = range ? range->first : 0;
    out.length = range ? range->second - range->first + 1 : blob->size;
    out.status = range ? 206 : 200;
    out.headers = {{"Content-Type", blob->mediaType.toLatin1()},
                   {"Accept-Ranges", "bytes"},
                   {"ETag", '"' + sha256.toLatin1() + '"'},
                   {"Cache-Control", "no-store"},
                   {"X-Content-Type-Options", "nosniff"},
                   {"Content-Disposition", "attachment"}};
    if (range)
        out.headers.append({protocol::header::kContentRange,
                            "bytes " + QByteArray::number(range->first) + '-'
                                + QByteArray::number(range->second) + '/'
                                + QByteArray::number(blob->size)});
    return out;
}

std::optional<QPair<qint64, qint64>> FileRoutes::parseRange(const QByteArray &header, qint64 size)
{
    const QByteArray value = header.trimmed();
    if (!value.toLower().startsWith("bytes=") || value.contains(','))
        return std::nullopt;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const QByteArray first = spec.left(dash).trimmed();
    const QByteArray last = spec.mid(dash + 1).trimmed();
    const QPair<qint64, qint64> unsatisfiable{-1, -1};
    if (first.isEmpty()) { // bytes=-n: the last n bytes
        if (!isDigits(last))
            return std::nullopt;
        const qint64 n = last.toLongLong();
        if (n == 0)
            return unsatisfiable;
        return QPair<qint64, qint64>{std::max<qint64>(0, size - n), size - 1};
    }
    if (!isDigits(first) || (!last.isEmpty() && !isDigits(last)))
        return std::nullopt;
    const qint64 a = first.toLongLong();
    if (!last.isEmpty() && last.toLongLong() < a)
        return std::nullopt; // invalid: ignored, the whole file is sent
    if (a >= size)
        return unsatisfiable;
    const qint64 b = last.isEmpty() ? size - 1 : std::min(last.toLongLong(), size - 1);
    return QPair<qint64, qint64>{a, b};
}
