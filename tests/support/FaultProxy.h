#pragma once
// A loopback TCP proxy between clients and a test server that behaves like a poor mobile link:
// a bandwidth cap in each direction (shared by all connections, with real back-pressure: the
// proxy reads no faster than the cap, so the sender's buffers fill), added one-way delay, a cut
// of every connection after N more bytes, and stalls (nothing moves, nothing closes). It also
// injects HTTP faults at a chosen request: the response dropped (the server committed, the
// client never hears of it), truncated or held, or the request cut after some bytes; for that it
// reads just enough HTTP/1.1 (request line, Content-Length) to count requests per path. One
// byte of a request body can be corrupted in passing (end-to-end checksum tests).
// Generalises tests/scenario/FaultProxy (same names for the same faults).

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <deque>

class QTcpSocket;

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Direction { Upstream, Downstream }; // client -> server, server -> client

    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool start(); // listens on 127.0.0.1, random port
    QUrl url() const;
    quint16 port() const;
    // New connections go to this port from now on (another server behind the same address).
    void setTargetPort(quint16 port) { m_targetPort = port; }

    // --- The link ---------------------------------------------------------------------------
    // Bytes per second, shared by all connections; 0: unlimited.
    void setBandwidth(Direction direction, qint64 bytesPerSecond);
    // Added one-way delay; setRoundTrip(ms) puts half in each direction.
    void setDelay(Direction direction, int ms);
    void setRoundTrip(int ms);
    // After `bytes` more bytes have passed in the direction, every connection is aborted (as
    // when coverage drops); the bytes still on their way are lost. Emits connectionsCut().
    void cutAfter(Direction direction, qint64 bytes);
    // Nothing moves in either direction until resume(); connections stay open.
    void stall();
    void resume();
    bool isStalled() const { return m_stalled; }
    // Aborts every connection now.
    void cutAll();

    // Bytes read from clients / from the server since the start or resetCounters().
    qint64 bytesFromClients() const { return m_read[0]; }
    qint64 bytesFromServer() const { return m_read[1]; }
    void resetCounters();
    int connectionCount() const { return static_cast<int>(m_links.size()); }
    int cutCount() const { return m_cuts; }

    // --- HTTP faults (one armed at a time) ---------------------------------------------------
    // The response to the next request whose path starts with pathPrefix is swallowed as soon as
    // the server starts sending it, and the client's connection is closed. With times > 1 the
    // next that many matching requests meet the fault (Qt itself re-sends a request once or
    // twice when a connection breaks; this outlasts it).
    void dropNextResponse(const QString &pathPrefix, int times = 1);
    // Only the first `bytes` of the response to the next matching request reach the client,
    // then the connection closes: the client sees a broken answer.
    void truncateNextResponse(const QString &pathPrefix, qint64 bytes, int times = 1);
    void disarm() { m_armed = Fault::None; }
    // The response to the next matching request is withheld (responseHeld() is emitted); the
    // client's connection closes when the server's side does (e.g. on a server restart).
    void holdNextResponse(const QString &pathPrefix);
    // Only the first `bytes` of the next matching request reach the server (requestCut()).
    void cutNextRequest(const QString &pathPrefix, qint64 bytes);
    // One byte of the next matching request's body, `bodyOffset` bytes into it, is flipped on
    // its way to the server (once; requestCorrupted()); the connection and everything else
    // pass unchanged. Ignored for a request whose body is not that long.
    void corruptNextRequest(const QString &pathPrefix, qint64 bodyOffset);

    int requestCount(const QString &pathPrefix) const;
    int faultsInjected() const { return m_faultsInjected; }

signals:
    void responseDropped(); // also after a truncated response
    void responseHeld();
    void requestCut();
    void requestCorrupted(const QString &path, qint64 bodyBytes);
    void connectionsCut(); // cutAfter() fired

private:
    enum class Fault { None, Drop, Truncate, Hold, Cut, Corrupt };
    struct Packet
    {
        qint64 dueMs;
        QByteArray bytes;
    };
    struct Link
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        std::deque<Packet> wire[2]; // per direction: bytes on their way
        qint64 onWire[2] = {0, 0};
        QByteArray header; // the request head being read
        qint64 bodyLeft = 0; // bytes of the current request body still to pass
        Fault fault = Fault::None;
        qint64 cutLeft = 0; // Cut: request bytes still to pass; Truncate: response bytes
        bool cutDone = false;
        bool faultSeen = false;
        bool serverGone = false; // close the client once the downstream wire is empty
        qint64 upstreamRead = 0; // request bytes read from the client so far
        qint64 corruptAt = -1; // Corrupt: the position (in upstreamRead terms) of the byte
    };

    void onNewConnection();
    void pump();
    void readFrom(Link *link, int dir, qint64 nowMs);
    void deliver(Link *link, int dir, qint64 nowMs);
    QByteArray upstreamFaults(Link *link, const QByteArray &bytes);
    QByteArray downstreamFaults(Link *link, const QByteArray &bytes, bool *closed);
    void parseRequests(Link *link, const QByteArray &bytes, qint64 base);
    void close(Link *link);
    bool shaping() const;
    void schedule();

    QTcpServer m_listener;
    quint16 m_targetPort;
    QList<Link *> m_links;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
    qint64 m_rate[2] = {0, 0};
    int m_delayMs[2] = {0, 0};
    double m_tokens[2] = {0, 0};
    qint64 m_cutLeft[2] = {-1, -1};
    qint64 m_read[2] = {0, 0};
    bool m_stalled = false;
    bool m_pumping = false;
    int m_cuts = 0;

    QHash<QString, int> m_requests; // path -> count
    Fault m_armed = Fault::None;
    QString m_armedPrefix;
    qint64 m_armedCut = 0;
    int m_armedTimes = 0;
    int m_faultsInjected = 0;
};
