#include "server/http/RequestGuard.h"

#include "common/protocol/Protocol.h"
#include "server/http/HttpLogging.h"

#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// After a rejection the connection drains input until the peer is quiet this long (so that the
// peer reads the answer instead of a reset), but never for longer than kLingerMaxMs.
constexpr int kLingerQuietMs = 300;
constexpr qint64 kLingerMaxMs = 5000;
// A connection being closed gracefully gets this long to flush before it is aborted.
constexpr int kCloseGraceMs = 5000;

bool isDigits(const QByteArray &s)
{
    return !s.isEmpty()
           && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// RFC 9110 token characters: what a header name may consist of.
bool isToken(const QByteArray &s)
{
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || extra.contains(c);
    });
}

// No control characters except tab (nor DEL); the request target must not contain spaces either.
bool isPrintable(const QByteArray &s, bool allowBlank)
{
    return std::all_of(s.begin(), s.end(), [allowBlank](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u >= 0x21 && u != 0x7f) || (allowBlank && (c == ' ' || c == '\t'));
    });
}

// The methods Qt HttpServer's parser knows; anything else would make it drop the connection
// without an answer.
bool isKnownMethod(const QByteArray &m)
{
    static const QList<QByteArray> known{"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS",
                                         "PATCH", "TRACE", "CONNECT"};
    return known.contains(m);
}
} // namespace

qint64 RequestGuard::bodyLimit(const QByteArray &method, const QByteArray &target)
{
    // Upload chunks: PUT /api/v1/uploads/<sha256>[?...]
    static const QByteArray uploads = QString::fromUtf16(protocol::path::kUploads).toLatin1() + '/';
    if (method == "PUT" && target.startsWith(uploads) && target.size() > uploads.size())
        return protocol::limits::kMaxChunkBytes;
    return protocol::limits::kMaxRequestBody;
}

RequestGuard::RequestGuard(QTcpSocket *socket, int idleTimeoutMs)
    : QObject(socket), m_socket(socket), m_idleTimeoutMs(idleTimeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestGuard::onTimeout);
    connect(socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (m_state != State::Rejected && !m_closing)
            m_timer.start(m_idleTimeoutMs);
    });
    m_timer.start(m_idleTimeoutMs);
}

void RequestGuard::attachTail()
{
    m_hasTail = true;
    connect(m_socket, &QIODevice::readyRead, this,
            [this] { m_unreadSeen = m_state == State::Rejected ? 0 : m_socket->bytesAvailable(); });
}

void RequestGuard::onReadyRead()
{
    if (m_state == State::Rejected) {
        discardInput();
        if (m_rejectedFor.elapsed() < kLingerMaxMs)
            m_timer.start(kLingerQuietMs);
        return;
    }
    if (!m_closing)
        m_timer.start(m_idleTimeoutMs);
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - std::min(m_unreadSeen, available);
    if (m_state == State::Body && fresh < m_bodyLeft) {
        // The middle of a body: nothing to look at, only bytes to count.
        m_bodyLeft -= fresh;
        m_unreadSeen = m_hasTail ? available : 0;
        return;
    }
    const QByteArray data = m_socket->peek(available);
    qsizetype pos = std::min<qsizetype>(m_unreadSeen, data.size());
    const qint64 maxHeader = protocol::limits::kMaxHeaderBytes;
    while (pos < data.size()) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyLeft, data.size() - pos);
            pos += take;
            m_bodyLeft -= take;
            if (m_bodyLeft == 0)
                m_state = State::Header;
            continue;
        }
        if (m_header.isEmpty()) {
            // Empty lines before a request line are allowed (RFC 9112, 2.2).
            while (pos < data.size() && (data.at(pos) == '\r' || data.at(pos) == '\n'))
                ++pos;
            if (pos == data.size())
                break;
        }
        const qsizetype before = m_header.size();
        const qsizetype room = maxHeader - before;
        m_header.append(data.constData() + pos, std::min<qsizetype>(room, data.size() - pos));
        const qsizetype end = m_header.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_header.size() >= maxHeader) {
                reject(431, "Request Header Fields Too Large", ErrorCode::PayloadTooLarge,
                       u"the header block is larger than %1 bytes"_s.arg(maxHeader));
                return;
            }
            pos = data.size();
            break;
        }
        const qsizetype blockSize = end + 4;
        pos += blockSize - before;
        m_header.truncate(blockSize);
        const bool accepted = inspect(m_header);
        m_header.clear();
        if (!accepted)
            return;
        m_state = m_bodyLeft > 0 ? State::Body : State::Header;
    }
    // Qt HttpServer reads everything it is offered; the tail slot corrects this when it did not.
    m_unreadSeen = m_hasTail ? data.size() : 0;
}

bool RequestGuard::inspect(const QByteArray &block)
{
    QList<QByteArray> lines = block.left(block.size() - 4).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()
        || !isPrintable(requestLine.at(1), false) || !requestLine.at(2).startsWith("HTTP/1.")) {
        reject(400, "Bad Request", ErrorCode::BadRequest, u"malformed request line"_s);
        return false;
    }
    if (!isKnownMethod(requestLine.at(0))) {
        reject(405, "Method Not Allowed", ErrorCode::MethodNotAllowed, u"unknown method"_s);
        return false;
    }
    qint64 length = -1;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')) {
            reject(400, "Bad Request", ErrorCode::BadRequest, u"malformed header line"_s);
            return false;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || !isPrintable(value, true)) {
            reject(400, "Bad Request", ErrorCode::BadRequest, u"malformed header line"_s);
            return false;
        }
        if (name == "content-length") {
            if (!isDigits(value)) {
                reject(400, "Bad Request", ErrorCode::BadRequest, u"invalid Content-Length"_s);
                return false;
            }
            const qint64 v = value.size() > 18 ? std::numeric_limits<qint64>::max()
                                                : value.toLongLong();
            if (length >= 0 && v != length) {
                reject(400, "Bad Request", ErrorCode::BadRequest,
                       u"conflicting Content-Length headers"_s);
                return false;
            }
            length = v;
        } else if (name == "transfer-encoding") {
            // A chunked body cannot be bounded before Qt HttpServer has buffered it.
            reject(411, "Length Required", ErrorCode::BadRequest,
                   u"send the body with Content-Length; Transfer-Encoding is not accepted"_s);
            return false;
        } else if (name == "expect") {
            expectContinue = value.toLower() == "100-continue";
        }
    }
    const qint64 limit = bodyLimit(requestLine.at(0), requestLine.at(1));
    if (length > limit) {
        reject(413, "Payload Too Large", ErrorCode::PayloadTooLarge,
               u"the body is larger than %1 bytes"_s.arg(limit));
        return false;
    }
    m_bodyLeft = std::max<qint64>(length, 0);
    if (expectContinue && m_bodyLeft > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void RequestGuard::reject(int status, const QByteArray &reason, ErrorCode code,
                          const QString &message)
{
    m_state = State::Rejected;
    m_rejectedFor.start();
    // Qt HttpServer must not see another byte of this connection: only the guard stays connected.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
    discardInput();
    const QByteArray body
        = QJsonDocument(Error(code, message).toJson()).toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    qCDebug(lcHttp).noquote() << "guard" << status << m_socket->peerAddress().toString()
                              << message;
    m_timer.start(kLingerQuietMs);
}

void RequestGuard::discardInput()
{
    // Qt HttpServer keeps everything read inside its open read transaction; drop that too.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

void RequestGuard::onTimeout()
{
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_socket->abort();
        // Normally Qt HttpServer deletes its sockets when they disconnect, but it drops all its
        // connections to a socket whose request it could not parse: then nobody else would.
        m_socket->deleteLater();
        return;
    }
    m_closing = true;
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_timer.start(kCloseGraceMs);
}
