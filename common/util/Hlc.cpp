#include "common/util/Hlc.h"

#include "common/util/Clock.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kWallDigits = 15;
constexpr int kCounterDigits = 6;
// "<wall>-<counter>-<device>"
constexpr int kDevicePos = kWallDigits + 1 + kCounterDigits + 1;

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
}
} // namespace

Hlc::Hlc(qint64 wallMs, int counter, QString device)
    : m_wallMs(std::clamp<qint64>(wallMs, 0, kMaxWallMs)),
      m_counter(std::clamp(counter, 0, kMaxCounter)),
      m_device(std::move(device))
{
}

bool Hlc::isValidDevice(const QString &device)
{
    if (device.isEmpty() || device.size() > kMaxDeviceLength)
        return false;
    return std::all_of(device.begin(), device.end(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' || c == u':';
    });
}

QString Hlc::toString() const
{
    if (isNull())
        return {};
    return u"%1-%2-%3"_s.arg(m_wallMs, kWallDigits, 10, QLatin1Char('0'))
        .arg(m_counter, kCounterDigits, 10, QLatin1Char('0'))
        .arg(m_device);
}

std::optional<Hlc> Hlc::fromString(const QString &text)
{
    if (text.isEmpty())
        return Hlc();
    if (text.size() <= kDevicePos || text.at(kWallDigits) != u'-'
        || text.at(kDevicePos - 1) != u'-')
        return std::nullopt;
    const QStringView view(text);
    const QStringView wall = view.left(kWallDigits);
    const QStringView counter = view.mid(kWallDigits + 1, kCounterDigits);
    const QString device = text.mid(kDevicePos);
    if (!allDigits(wall) || !allDigits(counter) || !isValidDevice(device))
        return std::nullopt;
    return Hlc(wall.toLongLong(), counter.toInt(), device);
}

Hlc Hlc::successor(const QString &device) const
{
    if (m_counter < kMaxCounter)
        return Hlc(m_wallMs, m_counter + 1, device);
    if (m_wallMs < kMaxWallMs)
        return Hlc(m_wallMs + 1, 0, device);
    // The end of time (year 33658): stay there rather than wrap around.
    return Hlc(m_wallMs, m_counter, device);
}

int Hlc::compare(const Hlc &other) const
{
    if (isNull() || other.isNull())
        return isNull() == other.isNull() ? 0 : (isNull() ? -1 : 1);
    if (m_wallMs != other.m_wallMs)
        return m_wallMs < other.m_wallMs ? -1 : 1;
    if (m_counter != other.m_counter)
        return m_counter < other.m_counter ? -1 : 1;
    const int c = m_device.compare(other.m_device);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

HlcClock::HlcClock(QString device, const Clock *clock) : m_device(std::move(device)), m_clock(clock)
{
}

qint64 HlcClock::physicalMs() const
{
    return std::clamp<qint64>(m_clock->nowMs(), 0, Hlc::kMaxWallMs);
}

Hlc HlcClock::now()
{
    const qint64 pt = physicalMs();
    if (m_last.isNull() || pt > m_last.wallMs())
        m_last = Hlc(pt, 0, m_device);
    else
        m_last = m_last.successor(m_device);
    return m_last;
}

Hlc HlcClock::receive(const Hlc &remote)
{
    if (remote.isNull())
        return now();
    const qint64 pt = physicalMs();
    const qint64 local = m_last.isNull() ? 0 : m_last.wallMs();
    const qint64 wall = std::max({local, remote.wallMs(), pt});
    if (wall == pt && wall > local && wall > remote.wallMs()) {
        m_last = Hlc(pt, 0, m_device);
        return m_last;
    }
    // The highest of the timestamps at this wall time, moved one step on.
    Hlc top(wall, 0, m_device);
    int counter = -1;
    if (!m_last.isNull() && local == wall)
        counter = std::max(counter, m_last.counter());
    if (remote.wallMs() == wall)
        counter = std::max(counter, remote.counter());
    m_last = counter < 0 ? top : Hlc(wall, counter, m_device).successor(m_device);
    return m_last;
}

void HlcClock::restore(const Hlc &saved)
{
    if (saved.isNull())
        return;
    const Hlc mine(saved.wallMs(), saved.counter(), m_device);
    if (m_last.isNull() || mine > m_last)
        m_last = mine;
}
