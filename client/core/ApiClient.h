#pragma once
// Talks HTTP to one Pajapolku server. Every request carries the protocol version, the bearer
// token and Accept-Encoding: zstd; sync bodies travel zstd-compressed both ways. Each request is
// an ApiReply job that ends with exactly one finished() and then deletes itself. The client counts
// requests and bytes so that benchmarks and tests can see what went over the wire.

#include "common/protocol/AuthMessages.h"
#include "common/protocol/Error.h"
#include "common/protocol/SyncMessages.h"
#include "common/protocol/UploadMessages.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

class ApiReply : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;

    QString path() const { return m_path; }
    bool isFinished() const { return m_finished; }
    // Empty on a 2xx answer. Network failures are NetworkError / Timeout; HTTP errors carry the
    // server's {code, message}; 426 is always ProtocolUnsupported.
    const Error &error() const { return m_error; }
    int httpStatus() const { return m_status; } // 0 when no HTTP answer arrived
    bool reachedServer() const { return m_status != 0; }
    int retryAfterSeconds() const { return m_retryAfter; } // from 429/503; 0 when absent
    // The (decompressed) JSON body, of error answers too (409/422 of an upload carry "offset").
    const QJsonObject &json() const { return m_json; }
    // The "offset" an upload error answer names (where to go on from); -1 when absent.
    qint64 errorOffset() const;

    // Wire bytes of this request: request line, headers and body as sent (approximate for the
    // headers Qt adds itself), and status line, headers and body as received.
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    // Body sizes on the wire (compressed when zstd was used), without headers.
    qint64 bodyBytesSent() const { return m_bodySent; }
    qint64 bodyBytesReceived() const { return m_bodyReceived; }
    // Body sizes before compression / after decompression.
    qint64 plainBytesSent() const { return m_plainSent; }
    qint64 plainBytesReceived() const { return m_plainReceived; }

    // Cancels the request; finished() follows with a NetworkError.
    void abort();

signals:
    void finished();
    // Request body bytes handed to the network so far (for upload progress).
    void uploadProgress(qint64 sent, qint64 total);

private:
    friend class ApiClient;
    explicit ApiReply(const QString &path, QObject *parent);
    void attach(QNetworkReply *reply);
    void onFinished();
    bool writeToSink(QNetworkReply *reply); // downloads: streams a 200/206 body into m_sink
    void finish();

    QPointer<QNetworkReply> m_reply;
    QPointer<QIODevice> m_sink; // downloads only: where the body goes
    qint64 m_sinkFrom = 0; // the byte the requested range starts at
    bool m_sinkStarted = false;
    QString m_path;
    Error m_error;
    QJsonObject m_json;
    int m_status = 0;
    int m_retryAfter = 0;
    bool m_finished = false;
    bool m_aborted = false;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    qint64 m_bodySent = 0;
    qint64 m_bodyReceived = 0;
    qint64 m_plainSent = 0;
    qint64 m_plainReceived = 0;
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // No byte for this long aborts a request with Timeout (default 60 s).
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }

    ApiReply *health();
    ApiReply *login(const LoginRequest &request);
    ApiReply *logout();
    ApiReply *me();
    ApiReply *changePassword(const PasswordChangeRequest &request);
    ApiReply *sync(const SyncRequest &request); // body compressed with zstd
    // Files: begin/resume an upload, ask its status, send one chunk (raw body, with its offset
    // and SHA-256 in headers). Each answers with UploadStatus JSON (409/422 carry "offset").
    ApiReply *beginUpload(const UploadBeginRequest &request);
    ApiReply *uploadStatus(const QString &sha256);
    ApiReply *putChunk(const QString &sha256, qint64 offset, const QByteArray &chunk);
    // Downloads a file (GET /api/v1/files/<sha256>), streaming its body into `sink` as it
    // arrives (never held in memory). from > 0 asks for the rest with Range: bytes=<from>-; a
    // server answering the whole file (200) has the sink truncated and written from its start.
    // The sink must stay open until finished(); error bodies are never written into it.
    ApiReply *downloadFile(const QString &sha256, qint64 from, QIODevice *sink);

    // Totals over every finished request since construction or resetCounters().
    struct Counters
    {
        qint64 requests = 0;
        qint64 bytesSent = 0;
        qint64 bytesReceived = 0;
        qint64 bodyBytesSent = 0;
        qint64 bodyBytesReceived = 0;
        qint64 plainBytesSent = 0;
        qint64 plainBytesReceived = 0;
        QHash<QString, qint64> requestsByPath; // e.g. "/api/v1/sync" -> 3
    };
    const Counters &counters() const { return m_counters; }
    qint64 requestCount(const QString &path) const { return m_counters.requestsByPath.value(path); }
    void resetCounters() { m_counters = Counters(); }

signals:
    // After every request, before the reply's own finished().
    void requestFinished(ApiReply *reply);

private:
    ApiReply *send(const QString &path, const QByteArray &method, const QJsonObject *body,
                   bool compressBody, const QByteArray *rawBody = nullptr,
                   const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {},
                   QIODevice *sink = nullptr);
    void count(const ApiReply *reply);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    int m_transferTimeoutMs = 60000;
    Counters m_counters;
};
