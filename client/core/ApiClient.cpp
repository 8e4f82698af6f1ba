#include "client/core/ApiClient.h"

#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"
#include "common/util/Compression.h"
#include "common/util/Crypto.h"

#include <QFileDevice>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClientApi, "client.api", QtInfoMsg)

namespace {
ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 400:
        return ErrorCode::BadRequest;
    case 401:
        return ErrorCode::Unauthorized;
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 405:
        return ErrorCode::MethodNotAllowed;
    case 409:
        return ErrorCode::Conflict;
    case 413:
        return ErrorCode::PayloadTooLarge;
    case 415:
        return ErrorCode::UnsupportedMediaType;
    case 426:
        return ErrorCode::ProtocolUnsupported;
    case 429:
        return ErrorCode::RateLimited;
    case 503:
        return ErrorCode::ServiceUnavailable;
    default:
        return status >= 500 ? ErrorCode::Internal : ErrorCode::InvalidResponse;
    }
}

qint64 headerBytes(const QList<QNetworkReply::RawHeaderPair> &pairs)
{
    qint64 n = 0;
    for (const auto &p : pairs)
        n += p.first.size() + p.second.size() + 4; // "name: value\r\n"
    return n;
}
} // namespace

ApiReply::ApiReply(const QString &path, QObject *parent) : QObject(parent), m_path(path) { }

ApiReply::~ApiReply()
{
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiReply::attach(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, &ApiReply::uploadProgress);
    if (m_sink) {
        connect(reply, &QNetworkReply::readyRead, this, [this] {
            if (QNetworkReply *running = m_reply.data(); running && !writeToSink(running))
                running->abort();
        });
    }
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        // A body this large is no answer of ours: stop before it fills the memory.
        QNetworkReply *running = m_reply.data();
        if (received > protocol::limits::kMaxDecompressedBody && running && !m_sinkStarted) {
            m_error = Error(ErrorCode::PayloadTooLarge, u"the server's answer is too large"_s);
            running->abort();
        }
    });
}

bool ApiReply::writeToSink(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return true; // an error answer: read as JSON at the end
    QIODevice *sink = m_sink.data();
    if (!sink) {
        m_error = Error(ErrorCode::Internal, u"the download has nowhere to go"_s);
        return false;
    }
    if (!m_sinkStarted) {
        m_sinkStarted = true;
        const QByteArray range = reply->rawHeader("Content-Range"_ba);
        const QByteArray expected = "bytes "_ba + QByteArray::number(m_sinkFrom) + '-';
        if (status == 206 && !range.startsWith(expected)) {
            m_error = Error(ErrorCode::InvalidResponse, u"the server sent another range"_s);
            return false;
        }
        if (status == 200 && m_sinkFrom > 0) {
            // The whole file came: start the sink over.
            auto *file = qobject_cast<QFileDevice *>(sink);
            if (!file || !file->resize(0) || !file->seek(0)) {
                m_error = Error(ErrorCode::Internal, u"the partial file cannot be restarted"_s);
                return false;
            }
        }
    }
    while (reply->bytesAvailable() > 0) {
        const QByteArray block = reply->read(256 * 1024);
        if (sink->write(block) != block.size()) {
            m_error = Error(ErrorCode::Internal, u"the disk is full or not writable"_s);
            return false;
        }
        m_bodyReceived += block.size();
        m_plainReceived += block.size();
    }
    return true;
}

void ApiReply::abort()
{
    QNetworkReply *reply = m_reply.data();
    if (m_finished || !reply)
        return;
    m_aborted = true;
    reply->abort();
}

void ApiReply::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_finished)
        return;
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool streamed = m_sink && (m_status == 200 || m_status == 206);
    if (streamed && !m_error.isError() && reply->isOpen() && !writeToSink(reply))
        reply->abort();
    const QByteArray raw = (reply->isOpen() && !streamed) ? reply->readAll() : QByteArray();
    if (!streamed)
        m_bodyReceived = raw.size();
    m_bytesReceived = streamed ? m_bodyReceived : raw.size();
    if (m_status != 0)
        m_bytesReceived += 17 + headerBytes(reply->rawHeaderPairs()) + 2; // status line, blank line
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netErrorText = reply->errorString();
    const QByteArray encoding = reply->rawHeader(protocol::header::kContentEncoding).toLower();
    m_retryAfter = reply->rawHeader(protocol::header::kRetryAfter).trimmed().toInt();
    reply->deleteLater();
    m_reply = nullptr;

    if (m_error.isError()) {
        // set while running (oversized answer)
    } else if (m_status == 0) {
        if (m_aborted)
            m_error = Error(ErrorCode::NetworkError, u"the request was cancelled"_s);
        else if (netError == QNetworkReply::TimeoutError
                 || netError == QNetworkReply::OperationCanceledError)
            m_error = Error(ErrorCode::Timeout, netErrorText);
        else
            m_error = Error(ErrorCode::NetworkError, netErrorText);
    } else if (streamed) {
        if (netError != QNetworkReply::NoError) // cut in the middle: what arrived stays
            m_error = Error(netError == QNetworkReply::TimeoutError ? ErrorCode::Timeout
                                                                    : ErrorCode::NetworkError,
                            netErrorText);
    } else {
        QByteArray body = raw;
        if (encoding.contains(protocol::kZstd)) {
            auto plain = compression::zstdDecompress(raw, protocol::limits::kMaxDecompressedBody);
            if (!plain)
                m_error = Error(ErrorCode::InvalidResponse, u"the answer is not valid zstd"_s);
            else
                body = *plain;
        }
        m_plainReceived = body.size();
        QJsonObject obj;
        if (!m_error.isError() && !body.trimmed().isEmpty()) {
            Error parseError;
            if (auto parsed = parseJsonObject(body, &parseError))
                obj = *parsed;
            else if (m_status >= 200 && m_status < 300)
                m_error = Error(ErrorCode::InvalidResponse, parseError.message);
        }
        if (!m_error.isError())
            m_json = obj; // kept for error answers too: they may say where to go on
        if (m_error.isError()) {
            // already decided
        } else if (m_status >= 200 && m_status < 300) {
            // success
        } else if (m_status == 426) {
            m_error = Error(ErrorCode::ProtocolUnsupported, obj.value(u"message"_s).toString());
        } else if (obj.contains(u"code"_s)) {
            m_error = Error::fromJson(obj);
        } else {
            m_error = Error(codeForStatus(m_status), u"HTTP status %1"_s.arg(m_status));
        }
    }
    finish();
}

qint64 ApiReply::errorOffset() const
{
    if (!m_error.isError() || !m_json.value(u"offset"_s).isDouble())
        return -1;
    const qint64 offset = m_json.value(u"offset"_s).toInteger(-1);
    return offset >= 0 ? offset : -1;
}

void ApiReply::finish()
{
    m_finished = true;
    if (m_error.isError())
        qCDebug(lcClientApi) << m_path << "failed:" << m_status << errorCodeName(m_error.code)
                             << m_error.message;
    emit finished();
    deleteLater();
}

ApiClient::ApiClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_baseUrl(baseUrl)
{ }

ApiClient::~ApiClient() = default;

ApiReply *ApiClient::health()
{
    return send(QString::fromUtf16(protocol::path::kHealth), "GET"_ba, nullptr, false);
}

ApiReply *ApiClient::login(const LoginRequest &request)
{
    const QJsonObject body = request.toJson();
    return send(QString::fromUtf16(protocol::path::kLogin), "POST"_ba, &body, false);
}

ApiReply *ApiClient::logout()
{
    const QJsonObject body;
    return send(QString::fromUtf16(protocol::path::kLogout), "POST"_ba, &body, false);
}

ApiReply *ApiClient::me()
{
    return send(QString::fromUtf16(protocol::path::kMe), "GET"_ba, nullptr, false);
}

ApiReply *ApiClient::changePassword(const PasswordChangeRequest &request)
{
    const QJsonObject body = request.toJson();
    return send(QString::fromUtf16(protocol::path::kPassword), "POST"_ba, &body, false);
}

ApiReply *ApiClient::sync(const SyncRequest &request)
{
    const QJsonObject body = request.toJson();
    return send(QString::fromUtf16(protocol::path::kSync), "POST"_ba, &body, true);
}

ApiReply *ApiClient::beginUpload(const UploadBeginRequest &request)
{
    const QJsonObject body = request.toJson();
    return send(QString::fromUtf16(protocol::path::kUploads), "POST"_ba, &body, false);
}

ApiReply *ApiClient::uploadStatus(const QString &sha256)
{
    return send(protocol::uploadPath(sha256), "GET"_ba, nullptr, false);
}

ApiReply *ApiClient::putChunk(const QString &sha256, qint64 offset, const QByteArray &chunk)
{
    const QList<QPair<QByteArray, QByteArray>> headers{
        {protocol::header::kUploadOffset, QByteArray::number(offset)},
        {protocol::header::kChunkSha256, crypto::sha256Hex(chunk).toLatin1()},
        {"Content-Type"_ba, "application/octet-stream"_ba}};
    return send(protocol::uploadPath(sha256), "PUT"_ba, nullptr, false, &chunk, headers);
}

ApiReply *ApiClient::downloadFile(const QString &sha256, qint64 from, QIODevice *sink)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (from > 0)
        headers.append({"Range"_ba, QByteArray("bytes="_ba + QByteArray::number(from) + '-')});
    ApiReply *job = send(QString::fromUtf16(protocol::path::kFiles) + u'/' + sha256, "GET"_ba,
                         nullptr, false, nullptr, headers, sink);
    job->m_sinkFrom = from;
    return job;
}

ApiReply *ApiClient::send(const QString &path, const QByteArray &method, const QJsonObject *body,
                          bool compressBody, const QByteArray *rawBody,
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                          QIODevice *sink)
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setRawHeader(protocol::header::kProtocol, QByteArray::number(protocol::kVersion));
    request.setRawHeader(protocol::header::kAcceptEncoding, protocol::kZstd);
    if (!m_token.isEmpty())
        request.setRawHeader(protocol::header::kAuthorization, "Bearer "_ba + m_token.toUtf8());

    auto *job = new ApiReply(path, this);
    job->m_sink = sink;
    QByteArray data;
    if (body) {
        data = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        job->m_plainSent = data.size();
        if (compressBody) {
            data = compression::zstdCompress(data);
            request.setRawHeader(protocol::header::kContentEncoding, protocol::kZstd);
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray(protocol::kJsonContentType));
    } else if (rawBody) {
        data = *rawBody;
        job->m_plainSent = data.size();
    }
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    qint64 sent = method.size() + path.size() + 12 + url.host().size() + 8 + 2; // lines, Host
    for (const QByteArray &name : request.rawHeaderList())
        sent += name.size() + request.rawHeader(name).size() + 4;
    if (body || rawBody)
        sent += 32 + data.size(); // Content-Type/Length and the body
    job->m_bodySent = data.size();
    job->m_bytesSent = sent;

    connect(job, &ApiReply::finished, this, [this, job] {
        count(job);
        emit requestFinished(job);
    });
    QNetworkReply *reply = (body || rawBody) ? m_nam->sendCustomRequest(request, method, data)
                                : m_nam->sendCustomRequest(request, method);
    job->attach(reply);
    return job;
}

void ApiClient::count(const ApiReply *reply)
{
    ++m_counters.requests;
    m_counters.bytesSent += reply->bytesSent();
    m_counters.bytesReceived += reply->bytesReceived();
    m_counters.bodyBytesSent += reply->bodyBytesSent();
    m_counters.bodyBytesReceived += reply->bodyBytesReceived();
    m_counters.plainBytesSent += reply->plainBytesSent();
    m_counters.plainBytesReceived += reply->plainBytesReceived();
    ++m_counters.requestsByPath[reply->path()];
}
