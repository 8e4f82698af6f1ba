#include "server/http/GuardedTcpServer.h"

#include "server/http/HttpLogging.h"
#include "server/http/RequestGuard.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(int idleTimeoutMs, QObject *parent)
    : QTcpServer(parent), m_idleTimeoutMs(idleTimeoutMs)
{
}

void GuardedTcpServer::setIdleTimeout(int ms)
{
    m_idleTimeoutMs = ms;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (connectionCount() > kMaxConnections) {
        qCWarning(lcHttp) << "too many connections; refusing" << socket->peerAddress().toString();
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                      "Content-Length: 63\r\nConnection: close\r\n\r\n"
                      "{\"code\":\"service_unavailable\",\"message\":\"too many connections\"}");
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }
    // The guard connects to readyRead first, so it always runs before Qt HttpServer.
    m_fresh.append(new RequestGuard(socket, m_idleTimeoutMs));
    addPendingConnection(socket);
}

void GuardedTcpServer::attachTails()
{
    for (const QPointer<RequestGuard> &guard : std::as_const(m_fresh)) {
        if (guard)
            guard->attachTail();
    }
    m_fresh.clear();
}

void GuardedTcpServer::closeConnections()
{
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

int GuardedTcpServer::connectionCount() const
{
    int n = 0;
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (const QTcpSocket *socket : sockets)
        n += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return n;
}
