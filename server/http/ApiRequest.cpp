#include "server/http/ApiRequest.h"

#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"
#include "common/util/Compression.h"

#include <QHostAddress>
#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

ApiRequest::ApiRequest(const QHttpServerRequest &request) : m_request(request) {}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    const auto headers = m_request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

Error ApiRequest::checkProtocolVersion(qint64 version, const ProtocolRange &accepted)
{
    if (accepted.contains(version))
        return {};
    if (version < accepted.min)
        return Error(ErrorCode::ProtocolUnsupported,
                     u"protocol version %1 is no longer accepted; this server requires at least "
                     "version %2, please update the app"_s.arg(version).arg(accepted.min));
    return Error(ErrorCode::ProtocolUnsupported,
                 u"protocol version %1 is not supported; this server speaks %2 to %3"_s.arg(version)
                     .arg(accepted.min)
                     .arg(accepted.max));
}

Error ApiRequest::checkProtocolHeader(const ProtocolRange &accepted) const
{
    const QByteArray value = header(protocol::header::kProtocol);
    if (value.isEmpty())
        return Error(ErrorCode::ProtocolUnsupported,
                     u"the X-Pajapolku-Protocol header is required"_s);
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    if (!ok)
        return Error(ErrorCode::ProtocolUnsupported,
                     u"the X-Pajapolku-Protocol header must be a version number"_s);
    return checkProtocolVersion(version, accepted);
}

std::optional<QByteArray> ApiRequest::body(Error *error) const
{
    const QByteArray encoding = header(protocol::header::kContentEncoding).toLower();
    if (encoding.isEmpty() || encoding == "identity")
        return m_request.body();
    if (encoding != protocol::kZstd) {
        *error = Error(ErrorCode::UnsupportedMediaType,
                       u"Content-Encoding must be zstd or absent"_s);
        return std::nullopt;
    }
    bool tooLarge = false;
    std::optional<QByteArray> plain = compression::zstdDecompress(
        m_request.body(), protocol::limits::kMaxDecompressedBody, &tooLarge);
    if (!plain) {
        *error = tooLarge ? Error(ErrorCode::PayloadTooLarge,
                                  u"the body expands beyond %1 bytes"_s.arg(
                                      protocol::limits::kMaxDecompressedBody))
                          : Error(ErrorCode::BadRequest, u"the body is not a valid zstd stream"_s);
        return std::nullopt;
    }
    return plain;
}

std::optional<QJsonObject> ApiRequest::jsonBody(Error *error) const
{
    const std::optional<QByteArray> data = body(error);
    if (!data)
        return std::nullopt;
    return parseJsonObject(*data, error);
}

QString ApiRequest::bearerToken() const
{
    const QByteArray value = header(protocol::header::kAuthorization);
    if (!value.left(7).toLower().startsWith("bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

bool ApiRequest::acceptsZstd() const
{
    const QList<QByteArray> codings = header(protocol::header::kAcceptEncoding).split(',');
    for (const QByteArray &coding : codings) {
        const QByteArray name = coding.split(';').first().trimmed().toLower();
        if (name == protocol::kZstd)
            return !coding.contains("q=0") || coding.contains("q=0.");
    }
    return false;
}

QString ApiRequest::clientAddress() const
{
    QHostAddress address = m_request.remoteAddress();
    // A reverse proxy on the same host (the usual TLS setup) is trusted to name the client: the
    // last X-Forwarded-For entry is the one it added. Remote peers cannot claim other addresses.
    if (address.isLoopback()) {
        const QByteArray forwarded = header("X-Forwarded-For");
        const QHostAddress client(QString::fromLatin1(forwarded.split(',').last().trimmed()));
        if (!forwarded.isEmpty() && !client.isNull())
            address = client;
    }
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}
