#include "server/http/HttpServer.h"

#include "server/http/GuardedTcpServer.h"
#include "server/http/HealthRoutes.h"
#include "server/http/HttpLogging.h"
#include "server/http/RequestGuard.h"

#include <QHttpServer>

HttpServer::HttpServer(Auth *auth, SyncService *sync, UploadService *uploads, QObject *parent)
    : QObject(parent),
      m_authRoutes(auth, &m_protocols),
      m_syncRoutes(auth, sync, &m_protocols),
      m_fileRoutes(uploads ? std::make_unique<FileRoutes>(auth, uploads, &m_protocols) : nullptr),
      m_http(std::make_unique<QHttpServer>()),
      m_idleTimeoutMs(RequestGuard::kDefaultIdleTimeoutMs)
{
    HealthRoutes::registerOn(m_router, &m_protocols);
    m_authRoutes.registerOn(m_router);
    m_syncRoutes.registerOn(m_router);
    if (m_fileRoutes)
        m_fileRoutes->registerOn(m_router);
    m_router.install(m_http.get());
}

HttpServer::~HttpServer()
{
    close();
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    auto *tcp = new GuardedTcpServer(m_idleTimeoutMs);
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        qCWarning(lcHttp) << "cannot listen on" << address.toString() << port << m_error;
        delete tcp;
        return 0;
    }
    m_tcp = tcp;
    m_http->bind(tcp); // Qt HttpServer takes ownership
    // After bind(), so that this runs after Qt HttpServer has taken the new sockets.
    connect(tcp, &QTcpServer::newConnection, tcp, &GuardedTcpServer::attachTails);
    m_error.clear();
    return tcp->serverPort();
}

void HttpServer::close()
{
    if (!m_tcp)
        return;
    m_tcp->close();
    m_tcp->closeConnections();
    delete m_tcp.data();
}

bool HttpServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 HttpServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void HttpServer::setIdleTimeout(int ms)
{
    m_idleTimeoutMs = ms;
    if (m_tcp)
        m_tcp->setIdleTimeout(ms);
}

void HttpServer::setMinimumClientProtocol(int version)
{
    m_protocols.min = qMax(version, protocol::kMinSupportedVersion);
}

int HttpServer::connectionCount() const
{
    return m_tcp ? m_tcp->connectionCount() : 0;
}
