#include "tests/server/ApiTestClient.h"

#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"
#include "common/util/Compression.h"
#include "common/util/Crypto.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ApiTestClient::ApiTestClient(const QUrl &base)
    : m_base(base), m_protocol(QByteArray::number(protocol::kVersion))
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

HttpResult ApiTestClient::get(const QString &path, const RawHeaders &extra)
{
    return send("GET", path, {}, extra);
}

HttpResult ApiTestClient::post(const QString &path, const QJsonObject &body,
                               const RawHeaders &extra)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), extra);
}

HttpResult ApiTestClient::send(const QByteArray &method, const QString &path,
                               const QByteArray &body, const RawHeaders &extra)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    if (!m_protocol.isEmpty())
        request.setRawHeader(protocol::header::kProtocol, m_protocol);
    if (!m_token.isEmpty())
        request.setRawHeader(protocol::header::kAuthorization, "Bearer " + m_token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    for (const auto &h : extra)
        request.setRawHeader(h.first, h.second);
    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.header(protocol::header::kContentEncoding) == protocol::kZstd) {
        result.body = compression::zstdDecompress(result.body, 256 * 1024 * 1024)
                          .value_or(QByteArray("<broken zstd>"));
    }
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

HttpResult ApiTestClient::login(const QString &username, const QString &password)
{
    m_token.clear();
    HttpResult r = post(QString::fromUtf16(protocol::path::kLogin),
                        {{u"username"_s, username}, {u"password"_s, password}});
    if (r.status == 200)
        m_token = r.json.value(u"token"_s).toString();
    return r;
}

HttpResult ApiTestClient::sync(const SyncRequest &request, std::optional<SyncResponse> *response,
                               bool zstd)
{
    QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    RawHeaders headers{{"Accept-Encoding", "zstd"}};
    if (zstd) {
        body = compression::zstdCompress(body);
        headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("zstd")));
    }
    HttpResult r = send("POST", QString::fromUtf16(protocol::path::kSync), body, headers);
    if (response) {
        Error error;
        *response = r.status == 200 ? SyncResponse::fromJson(r.json, &error) : std::nullopt;
    }
    return r;
}

RawResult rawExchange(quint16 port, const QByteArray &request, int timeoutMs, int closeWaitMs)
{
    RawResult result;
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(timeoutMs))
        return result;
    QElapsedTimer timer;
    timer.start();
    socket.write(request);
    QSignalSpy readyRead(&socket, &QIODevice::readyRead);
    QSignalSpy disconnected(&socket, &QAbstractSocket::disconnected);
    qint64 expected = -1;
    while (timer.elapsed() < timeoutMs) {
        result.response += socket.readAll();
        // Skip interim answers (100 Continue) when looking for the final one.
        qsizetype start = 0;
        while (result.response.mid(start).startsWith("HTTP/1.1 1")) {
            const qsizetype end = result.response.indexOf("\r\n\r\n", start);
            if (end < 0)
                break;
            start = end + 4;
        }
        const qsizetype headerEnd = result.response.indexOf("\r\n\r\n", start);
        if (headerEnd >= 0) {
            const QByteArray head = result.response.mid(start, headerEnd - start).toLower();
            result.status = head.mid(9, 3).toInt();
            const qsizetype cl = head.indexOf("content-length:");
            const qsizetype clEnd = head.indexOf("\r\n", cl);
            expected = cl < 0 ? 0 : head.mid(cl + 15, clEnd - cl - 15).trimmed().toLongLong();
            if (result.response.size() >= headerEnd + 4 + expected)
                break;
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        readyRead.wait(50);
    }
    result.elapsedMs = timer.elapsed();
    QElapsedTimer closing;
    closing.start();
    while (socket.state() == QAbstractSocket::ConnectedState && closing.elapsed() < closeWaitMs) {
        disconnected.wait(50);
        result.response += socket.readAll();
    }
    result.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    return result;
}

SyncRequest syncRequest(const QString &deviceId, const QList<Operation> &ops,
                        const QMap<QString, qint64> &cursors)
{
    SyncRequest r;
    r.protocol = protocol::kVersion;
    r.deviceId = deviceId;
    r.deviceEpoch = 1;
    r.cursors = cursors;
    r.ops = ops;
    return r;
}

Operation operation(qint64 counter, const QString &kind, const QString &taskId,
                    const QJsonObject &fields)
{
    Operation op;
    op.counter = counter;
    op.kind = kind;
    op.id = crypto::newUuid();
    op.clientTime = QDateTime::currentDateTimeUtc();
    QJsonObject data = fields;
    data.insert(u"taskId"_s, taskId);
    data.insert(u"at"_s, toIsoUtc(op.clientTime));
    if (kind == u"progress"_s && !data.contains(u"event"_s))
        data.insert(u"event"_s, u"started"_s);
    op.data = data;
    return op;
}
