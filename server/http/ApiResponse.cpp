#include "server/http/ApiResponse.h"

#include "common/protocol/Protocol.h"
#include "common/util/Compression.h"

#include <QJsonDocument>

namespace api {

namespace {
QHttpServerResponse::StatusCode statusCode(int status)
{
    return static_cast<QHttpServerResponse::StatusCode>(status);
}
} // namespace

QHttpServerResponse json(const QJsonObject &body, int status, bool zstd)
{
    QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (zstd)
        data = compression::zstdCompress(data);
    QHttpServerResponse response(QByteArray(protocol::kJsonContentType), std::move(data),
                                 statusCode(status));
    if (zstd)
        response.addHeader(protocol::header::kContentEncoding, QByteArray(protocol::kZstd));
    response.addHeader("Vary", "Accept-Encoding");
    response.addHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse error(const Error &e, qint64 retryAfterSeconds)
{
    QHttpServerResponse response = error(httpStatusFor(e.code), e);
    if (retryAfterSeconds > 0)
        response.addHeader(protocol::header::kRetryAfter, QByteArray::number(retryAfterSeconds));
    return response;
}

QHttpServerResponse error(int status, const Error &e)
{
    QHttpServerResponse response(QByteArray(protocol::kJsonContentType),
                                 QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact),
                                 statusCode(status));
    response.addHeader("Cache-Control", "no-store");
    return response;
}

} // namespace api
