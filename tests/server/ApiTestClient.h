#pragma once
// HTTP helpers for the server tests: a synchronous client over QNetworkAccessManager (waits with
// QSignalSpy) that speaks the Pajapolku API, and a raw socket exchange for requests that no
// well-behaved client would send.

#include "common/protocol/SyncMessages.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <optional>

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    int status = 0; // 0: no answer (network error or timeout)
    QByteArray body; // decompressed when the answer was zstd
    QJsonObject json;
    RawHeaders headers;

    QByteArray header(const QByteArray &name) const;
    QString code() const { return json.value(QStringLiteral("code")).toString(); }
};

class ApiTestClient
{
public:
    explicit ApiTestClient(const QUrl &base);

    void setToken(const QString &token) { m_token = token; }
    const QString &token() const { return m_token; }
    // Sent on every request unless empty (default: the current protocol version).
    void setProtocolHeader(const QByteArray &value) { m_protocol = value; }

    HttpResult get(const QString &path, const RawHeaders &extra = {});
    HttpResult post(const QString &path, const QJsonObject &body, const RawHeaders &extra = {});
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body,
                    const RawHeaders &extra = {});

    // Logs in and keeps the token; returns the result of the login request.
    HttpResult login(const QString &username, const QString &password);
    // One sync round; the parsed answer when the status is 200.
    HttpResult sync(const SyncRequest &request, std::optional<SyncResponse> *response = nullptr,
                    bool zstd = false);

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    QByteArray m_protocol;
};

struct RawResult
{
    QByteArray response; // everything the server sent
    int status = 0;
    bool closedByServer = false;
    qint64 elapsedMs = 0; // until the whole answer (status line to end of body) had arrived
};

// Sends bytes on a fresh connection and reads one answer (by Content-Length), then waits up to
// closeWaitMs for the server to close the connection.
RawResult rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 5000,
                      int closeWaitMs = 0);

// A sync request of a device with the given operations.
SyncRequest syncRequest(const QString &deviceId, const QList<Operation> &ops = {},
                        const QMap<QString, qint64> &cursors = {});
Operation operation(qint64 counter, const QString &kind, const QString &taskId,
                    const QJsonObject &fields = {});
