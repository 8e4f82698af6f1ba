#pragma once
// The QTcpServer given to Qt HttpServer's bind(): every accepted socket gets a RequestGuard
// before Qt HttpServer sees it, and the number of open connections is capped.

#include <QPointer>
#include <QTcpServer>

class RequestGuard;
class QTcpSocket;

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr int kMaxConnections = 512;

    explicit GuardedTcpServer(int idleTimeoutMs, QObject *parent = nullptr);

    // Connect to newConnection *after* Qt HttpServer's bind(), so that each guard can attach its
    // tail slot behind Qt HttpServer's readyRead handler.
    void attachTails();
    // Aborts every open connection (the listener stays as it is).
    void closeConnections();
    int connectionCount() const;
    void setIdleTimeout(int ms);

protected:
    void incomingConnection(qintptr handle) override;

private:
    int m_idleTimeoutMs;
    QList<QPointer<RequestGuard>> m_fresh;
};
