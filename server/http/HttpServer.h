#pragma once
// The HTTP front of the server: Qt HttpServer 6.4 behind a GuardedTcpServer (limits on headers,
// bodies, idle time and connections), with the health, auth, sync and (when an UploadService is
// given) file routes. Single-threaded:
// every handler is synchronous and short. The only class the rest of the program talks to, so
// that the Qt HttpServer API (which changes in 6.5 and 6.8) stays behind this adapter.

#include "server/http/ApiRequest.h"
#include "server/http/ApiRouter.h"
#include "server/http/AuthRoutes.h"
#include "server/http/FileRoutes.h"
#include "server/http/SyncRoutes.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>

class Auth;
class GuardedTcpServer;
class QHttpServer;
class SyncService;
class UploadService;

class HttpServer : public QObject
{
    Q_OBJECT
public:
    // uploads may be null: then the file endpoints answer 404.
    HttpServer(Auth *auth, SyncService *sync, UploadService *uploads = nullptr,
               QObject *parent = nullptr);
    ~HttpServer() override;

    // Returns the port listened on (port 0 picks a free one), or 0 with errorString().
    quint16 listen(const QHostAddress &address, quint16 port);
    // Stops listening and closes every open connection.
    void close();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const { return m_error; }

    // Connections quiet for this long are closed (applies to connections accepted later).
    void setIdleTimeout(int ms);
    int connectionCount() const;

    // The oldest client protocol version accepted from now on (default and floor:
    // protocol::kMinSupportedVersion); older clients get 426 and health reports it as
    // minProtocol. main.cpp lets the operator choose up to protocol::kVersion; above that every
    // client is refused, which tests use to stand for a server of a later generation.
    void setMinimumClientProtocol(int version);
    ProtocolRange acceptedProtocols() const { return m_protocols; }

private:
    ProtocolRange m_protocols; // read by the routes on every request
    ApiRouter m_router; // outlives m_http, whose routes call into it
    AuthRoutes m_authRoutes;
    SyncRoutes m_syncRoutes;
    std::unique_ptr<FileRoutes> m_fileRoutes;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<GuardedTcpServer> m_tcp;
    int m_idleTimeoutMs;
    QString m_error;
};
