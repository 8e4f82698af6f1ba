#pragma once
// Watches one connection ahead of Qt HttpServer, which in 6.4 buffers whole requests with no
// limit at all. Connected to readyRead before Qt HttpServer, the guard follows the HTTP/1.1
// framing by peeking, and answers on its own (JSON {code, message}, then close) when a header
// block is too large (431) or malformed (400), a body is longer than the limit for its path
// (413) or has no length (411, chunked): from then on it consumes every byte itself so that Qt
// HttpServer never sees them. It also closes idle connections.

#include "common/protocol/Error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

class RequestGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIdleTimeoutMs = 60 * 1000;

    // Becomes a child of the socket. Must be created before Qt HttpServer connects to it.
    RequestGuard(QTcpSocket *socket, int idleTimeoutMs);

    // The largest body accepted for a request line: protocol::limits::kMaxChunkBytes for upload
    // chunks (PUT /api/v1/uploads/<sha256>), protocol::limits::kMaxRequestBody for the rest.
    static qint64 bodyLimit(const QByteArray &method, const QByteArray &target);

    // Connects a slot that runs after Qt HttpServer's on every readyRead, to learn how much of
    // what the guard peeked is still unread (normally nothing: Qt HttpServer reads everything).
    void attachTail();

private:
    enum class State { Header, Body, Rejected };

    void onReadyRead();
    void onTimeout();
    // Checks one complete header block; false when the request was rejected.
    bool inspect(const QByteArray &block);
    void reject(int status, const QByteArray &reason, ErrorCode code, const QString &message);
    void discardInput();

    QTcpSocket *m_socket;
    QTimer m_timer;
    QElapsedTimer m_rejectedFor;
    State m_state = State::Header;
    QByteArray m_header; // the part of the current header block seen so far
    qint64 m_bodyLeft = 0;
    qint64 m_unreadSeen = 0; // bytes peeked by the guard that nobody has read yet
    int m_idleTimeoutMs;
    bool m_closing = false;
    bool m_hasTail = false;
};
