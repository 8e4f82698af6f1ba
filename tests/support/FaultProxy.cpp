#include "tests/support/FaultProxy.h"

#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kUp = 0;
constexpr int kDown = 1;
// Each socket buffers at most this much inside the proxy, so that a capped link pushes back on
// the sender through TCP instead of the proxy swallowing everything at loopback speed.
constexpr qint64 kReadBufferBytes = 64 * 1024;
// Bytes in flight per connection and direction when the delay is set but the rate is not.
constexpr qint64 kMaxOnWire = 8 * 1024 * 1024;
constexpr int kTickMs = 4;

int index(FaultProxy::Direction d)
{
    return d == FaultProxy::Direction::Upstream ? kUp : kDown;
}
} // namespace

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &FaultProxy::pump);
    m_clock.start();
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

quint16 FaultProxy::port() const
{
    return m_listener.serverPort();
}

void FaultProxy::setBandwidth(Direction direction, qint64 bytesPerSecond)
{
    m_rate[index(direction)] = std::max<qint64>(bytesPerSecond, 0);
    m_tokens[index(direction)] = 0;
    schedule();
}

void FaultProxy::setDelay(Direction direction, int ms)
{
    m_delayMs[index(direction)] = std::max(ms, 0);
    schedule();
}

void FaultProxy::setRoundTrip(int ms)
{
    setDelay(Direction::Upstream, ms / 2);
    setDelay(Direction::Downstream, ms - ms / 2);
}

void FaultProxy::cutAfter(Direction direction, qint64 bytes)
{
    if (bytes <= 0) {
        cutAll();
        return;
    }
    m_cutLeft[index(direction)] = bytes;
}

void FaultProxy::stall()
{
    m_stalled = true;
}

void FaultProxy::resume()
{
    m_stalled = false;
    m_lastRefillMs = m_clock.elapsed();
    pump();
}

void FaultProxy::cutAll()
{
    ++m_cuts;
    const QList<Link *> links = m_links;
    for (Link *link : links)
        close(link);
    emit connectionsCut();
}

void FaultProxy::resetCounters()
{
    m_read[kUp] = m_read[kDown] = 0;
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

void FaultProxy::corruptNextRequest(const QString &pathPrefix, qint64 bodyOffset)
{
    m_armed = Fault::Corrupt;
    m_armedPrefix = pathPrefix;
    m_armedCut = std::max<qint64>(bodyOffset, 0);
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

bool FaultProxy::shaping() const
{
    return m_rate[kUp] > 0 || m_rate[kDown] > 0 || m_delayMs[kUp] > 0 || m_delayMs[kDown] > 0
           || m_stalled;
}

void FaultProxy::schedule()
{
    bool waiting = false;
    for (const Link *link : std::as_const(m_links))
        waiting = waiting || !link->wire[kUp].empty() || !link->wire[kDown].empty();
    if (!m_links.isEmpty() && (shaping() || waiting)) {
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
    }
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        auto *link = new Link;
        link->client = client;
        link->server = new QTcpSocket(this);
        client->setReadBufferSize(kReadBufferBytes);
        link->server->setReadBufferSize(kReadBufferBytes);
        m_links.append(link);
        connect(client, &QTcpSocket::readyRead, this, &FaultProxy::pump);
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(link->server, &QTcpSocket::connected, this, &FaultProxy::pump);
        connect(link->server, &QTcpSocket::readyRead, this, &FaultProxy::pump);
        connect(link->server, &QTcpSocket::disconnected, this, [this, link] {
            if (link->fault != Fault::None) {
                close(link);
                return;
            }
            link->serverGone = true; // what it sent still reaches the client, then it closes
            pump();
        });
        connect(link->server, &QTcpSocket::errorOccurred, this,
                [this, link](QAbstractSocket::SocketError e) {
                    if (e != QAbstractSocket::RemoteHostClosedError)
                        close(link); // e.g. the server is down: the client sees a closed socket
                });
        link->server->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
    schedule();
}

void FaultProxy::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    const qint64 now = m_clock.elapsed();
    const qint64 elapsed = now - m_lastRefillMs;
    m_lastRefillMs = now;
    for (int d : {kUp, kDown}) {
        if (m_rate[d] == 0)
            continue;
        const double burst = std::max(static_cast<double>(m_rate[d]) * 0.05, 4096.0);
        const double refill = static_cast<double>(m_rate[d] * elapsed) / 1000;
        m_tokens[d] = std::min(burst, m_tokens[d] + refill);
    }
    if (!m_stalled) {
        const QList<Link *> links = m_links;
        for (Link *link : links) {
            for (int d : {kUp, kDown}) {
                if (m_links.contains(link))
                    readFrom(link, d, now);
            }
        }
        for (Link *link : links) {
            for (int d : {kUp, kDown}) {
                if (m_links.contains(link))
                    deliver(link, d, now);
            }
        }
    }
    m_pumping = false;
    schedule();
}

void FaultProxy::readFrom(Link *link, int dir, qint64 nowMs)
{
    QTcpSocket *source = dir == kUp ? link->client : link->server;
    if (!source->isOpen())
        return;
    qint64 n = source->bytesAvailable();
    if (m_rate[dir] > 0)
        n = std::min(n, static_cast<qint64>(m_tokens[dir]));
    else if (m_delayMs[dir] > 0)
        n = std::min(n, kMaxOnWire - link->onWire[dir]);
    if (m_cutLeft[dir] > 0)
        n = std::min(n, m_cutLeft[dir]);
    if (n <= 0)
        return;
    const QByteArray bytes = source->read(n);
    m_read[dir] += bytes.size();
    if (m_rate[dir] > 0)
        m_tokens[dir] -= static_cast<double>(bytes.size());
    bool closed = false;
    const QByteArray pass = dir == kUp ? upstreamFaults(link, bytes)
                                       : downstreamFaults(link, bytes, &closed);
    if (!closed && !pass.isEmpty()) {
        link->wire[dir].push_back(Packet{nowMs + m_delayMs[dir], pass});
        link->onWire[dir] += pass.size();
    }
    if (m_cutLeft[dir] > 0) {
        m_cutLeft[dir] -= bytes.size();
        if (m_cutLeft[dir] == 0) {
            m_cutLeft[dir] = -1;
            cutAll();
        }
    }
}

void FaultProxy::deliver(Link *link, int dir, qint64 nowMs)
{
    QTcpSocket *target = dir == kUp ? link->server : link->client;
    if (target->state() != QAbstractSocket::ConnectedState)
        return; // the server connection is still being made
    std::deque<Packet> &wire = link->wire[dir];
    while (!wire.empty() && wire.front().dueMs <= nowMs) {
        target->write(wire.front().bytes);
        link->onWire[dir] -= wire.front().bytes.size();
        wire.pop_front();
    }
    if (dir == kDown && link->serverGone && wire.empty() && link->server->bytesAvailable() == 0)
        link->client->disconnectFromHost(); // after what is buffered was written
}

QByteArray FaultProxy::upstreamFaults(Link *link, const QByteArray &bytes)
{
    const qint64 base = link->upstreamRead;
    link->upstreamRead += bytes.size();
    parseRequests(link, bytes, base);
    if (link->corruptAt >= base && link->corruptAt < link->upstreamRead) {
        QByteArray changed = bytes;
        const qsizetype at = static_cast<qsizetype>(link->corruptAt - base);
        changed[at] = static_cast<char>(changed.at(at) ^ 0x5a);
        link->corruptAt = -1;
        return changed;
    }
    if (link->fault != Fault::Cut)
        return bytes;
    if (link->cutDone)
        return {}; // the rest of the request never reaches the server
    const qint64 n = std::min<qint64>(bytes.size(), link->cutLeft);
    link->cutLeft -= n;
    if (link->cutLeft == 0) {
        link->cutDone = true;
        emit requestCut();
    }
    return bytes.left(n);
}

QByteArray FaultProxy::downstreamFaults(Link *link, const QByteArray &bytes, bool *closed)
{
    switch (link->fault) {
    case Fault::None:
        return bytes;
    case Fault::Drop:
        // The server has committed and answered; the client never hears of it.
        if (link->server->state() == QAbstractSocket::ConnectedState) {
            close(link);
            *closed = true;
            emit responseDropped();
        }
        return {};
    case Fault::Truncate: {
        const qint64 n = std::min<qint64>(bytes.size(), link->cutLeft);
        link->cutLeft -= n;
        if (link->cutLeft > 0)
            return bytes.left(n);
        // Server side gone at once; the client's side closes after the bytes were delivered.
        link->server->disconnect(this);
        link->server->abort();
        link->fault = Fault::Drop;
        link->serverGone = true;
        emit responseDropped();
        return bytes.left(n);
    }
    case Fault::Hold:
        if (!link->faultSeen) {
            link->faultSeen = true;
            emit responseHeld();
        }
        return {};
    case Fault::Cut:
        return {}; // whatever the server says to half a request stays here
    case Fault::Corrupt:
        return bytes; // only the request is touched
    }
    return {};
}

void FaultProxy::parseRequests(Link *link, const QByteArray &bytes, qint64 base)
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
        if (m_armed == Fault::Corrupt && path.startsWith(m_armedPrefix)) {
            if (m_armedCut < link->bodyLeft) { // i is where the body starts
                link->corruptAt = base + i + m_armedCut;
                m_armed = Fault::None;
                ++m_faultsInjected;
                emit requestCorrupted(path, link->bodyLeft);
            }
        } else if (m_armed != Fault::None && path.startsWith(m_armedPrefix)) {
            link->fault = m_armed;
            link->cutLeft = m_armedCut;
            if (--m_armedTimes <= 0)
                m_armed = Fault::None;
            ++m_faultsInjected;
        }
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
    schedule();
}
