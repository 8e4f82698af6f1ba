#include "tests/scenario/FaultProxy.h"

#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    const QList<Link *> links = m_links;
    for (Link *link : links)
        close(link);
}

bool FaultProxy::start()
{
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_listener.serverPort()));
}

void FaultProxy::dropNextResponse(const QString &pathPrefix, int times)
{
    m_armed = Fault::Drop;
    m_armedPrefix = pathPrefix;
    m_armedTimes = times;
}

void FaultProxy::truncateNextResponse(const QString &pathPrefix, qint64 bytes, int times)
{
    m_armed = Fault::Truncate;
    m_armedPrefix = pathPrefix;
    m_armedCut = bytes;
    m_armedTimes = times;
}

void FaultProxy::holdNextResponse(const QString &pathPrefix)
{
    m_armed = Fault::Hold;
    m_armedPrefix = pathPrefix;
    m_armedTimes = 1;
}

void FaultProxy::cutNextRequest(const QString &pathPrefix, qint64 bytes)
{
    m_armed = Fault::Cut;
    m_armedPrefix = pathPrefix;
    m_armedCut = bytes;
    m_armedTimes = 1;
}

int FaultProxy::requestCount(const QString &pathPrefix) const
{
    int n = 0;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    }
    return n;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        auto *link = new Link;
        link->client = client;
        link->server = new QTcpSocket(this);
        m_links.append(link);
        connect(client, &QTcpSocket::readyRead, this, [this, link] { onClientData(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(link->server, &QTcpSocket::connected, this, [link] {
            link->server->write(link->toServer);
            link->toServer.clear();
        });
        connect(link->server, &QTcpSocket::readyRead, this, [this, link] { onServerData(link); });
        connect(link->server, &QTcpSocket::disconnected, this, [this, link] {
            if (link->fault == Fault::None) {
                link->client->write(link->server->readAll());
                link->client->disconnectFromHost(); // after what is buffered was written
            } else {
                close(link);
            }
        });
        connect(link->server, &QTcpSocket::errorOccurred, this,
                [this, link](QAbstractSocket::SocketError e) {
                    if (e != QAbstractSocket::RemoteHostClosedError)
                        close(link); // e.g. the server is down: the client sees a closed socket
                });
        link->server->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void FaultProxy::onClientData(Link *link)
{
    const QByteArray bytes = link->client->readAll();
    parseRequests(link, bytes);
    if (link->fault != Fault::Cut) {
        forward(link, bytes);
        return;
    }
    if (link->cutDone)
        return; // the rest of the request never reaches the server
    const qint64 n = std::min<qint64>(bytes.size(), link->cutLeft);
    forward(link, bytes.left(n));
    link->cutLeft -= n;
    if (link->cutLeft == 0) {
        link->cutDone = true;
        emit requestCut();
    }
}

void FaultProxy::forward(Link *link, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (link->server->state() == QAbstractSocket::ConnectedState)
        link->server->write(bytes);
    else
        link->toServer.append(bytes);
}

void FaultProxy::parseRequests(Link *link, const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (link->bodyLeft > 0) {
            const qsizetype take = std::min<qsizetype>(link->bodyLeft, bytes.size() - i);
            link->bodyLeft -= take;
            i += take;
            continue;
        }
        const qsizetype before = link->header.size();
        link->header.append(bytes.mid(i));
        const qsizetype end = link->header.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = link->header.left(end + 4);
        i += end + 4 - before;
        link->header.clear();

        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QString path = QString::fromLatin1(requestLine.value(1));
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                link->bodyLeft = line.mid(colon + 1).trimmed().toLongLong();
        }
        ++m_requests[path];
        if (m_armed != Fault::None && path.startsWith(m_armedPrefix)) {
            link->fault = m_armed;
            link->cutLeft = m_armedCut;
            if (--m_armedTimes <= 0)
                m_armed = Fault::None;
            ++m_faultsInjected;
        }
    }
}

void FaultProxy::onServerData(Link *link)
{
    const QByteArray bytes = link->server->readAll();
    switch (link->fault) {
    case Fault::None:
        link->client->write(bytes);
        return;
    case Fault::Drop:
        // The server has committed and answered; the client never hears of it.
        if (link->server->state() != QAbstractSocket::ConnectedState)
            return;
        close(link);
        emit responseDropped();
        return;
    case Fault::Truncate: {
        const qint64 n = std::min<qint64>(bytes.size(), link->cutLeft);
        link->cutLeft -= n;
        link->client->write(bytes.left(n));
        if (link->cutLeft > 0)
            return;
        // Server side gone at once; the client's side closes after the bytes were written.
        link->server->disconnect(this);
        link->server->abort();
        link->fault = Fault::Drop;
        link->client->disconnectFromHost();
        emit responseDropped();
        return;
    }
    case Fault::Hold:
        if (!link->faultSeen) {
            link->faultSeen = true;
            emit responseHeld();
        }
        return;
    case Fault::Cut:
        return; // whatever the server says to half a request stays here
    }
}

void FaultProxy::close(Link *link)
{
    if (!m_links.removeOne(link))
        return;
    link->client->disconnect(this);
    link->server->disconnect(this);
    link->client->abort();
    link->server->abort();
    link->client->deleteLater();
    link->server->deleteLater();
    delete link;
}
