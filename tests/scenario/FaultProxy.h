#pragma once
// A loopback TCP proxy between a client and the test server that injects one fault at a chosen
// request: the server's response is dropped (the server committed, the client never hears of
// it), held until the server goes away, or the request is cut after some bytes. It reads just
// enough HTTP/1.1 (request line, Content-Length) to count requests per path.

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool start(); // listens on 127.0.0.1, random port
    QUrl url() const;
    // New connections go to this port from now on (another server behind the same address).
    void setTargetPort(quint16 port) { m_targetPort = port; }

    // The response to the next request whose path starts with pathPrefix is swallowed as soon as
    // the server starts sending it, and the client's connection is closed.
    // With times > 1 the next that many matching requests meet the fault (Qt itself re-sends a
    // request once or twice when a connection breaks; this outlasts it).
    void dropNextResponse(const QString &pathPrefix, int times = 1);
    // Only the first `bytes` of the response to the next matching request reach the client, then
    // the connection closes: the client sees a broken answer (and Qt does not re-send by itself).
    void truncateNextResponse(const QString &pathPrefix, qint64 bytes, int times = 1);
    void disarm() { m_armed = Fault::None; }
    // The response to the next matching request is withheld (responseHeld() is emitted); the
    // client's connection closes when the server's side does (e.g. on a server restart).
    void holdNextResponse(const QString &pathPrefix);
    // Only the first `bytes` of the next matching request reach the server (requestCut()).
    void cutNextRequest(const QString &pathPrefix, qint64 bytes);

    int requestCount(const QString &pathPrefix) const;
    int faultsInjected() const { return m_faultsInjected; }

signals:
    void responseDropped(); // also after a truncated response
    void responseHeld();
    void requestCut();

private:
    enum class Fault { None, Drop, Truncate, Hold, Cut };
    struct Link
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        QByteArray toServer; // waiting for the server connection
        QByteArray header; // the request head being read
        qint64 bodyLeft = 0; // bytes of the current request body still to pass
        Fault fault = Fault::None;
        qint64 cutLeft = 0; // Cut: request bytes still to pass; Truncate: response bytes
        bool cutDone = false;
        bool faultSeen = false;
    };

    void onNewConnection();
    void onClientData(Link *link);
    void onServerData(Link *link);
    void forward(Link *link, const QByteArray &bytes);
    void parseRequests(Link *link, const QByteArray &bytes);
    void close(Link *link);

    QTcpServer m_listener;
    quint16 m_targetPort;
    QList<Link *> m_links;
    QHash<QString, int> m_requests; // path -> count
    Fault m_armed = Fault::None;
    QString m_armedPrefix;
    qint64 m_armedCut = 0;
    int m_armedTimes = 0;
    int m_faultsInjected = 0;
};
