#pragma once
// Injectable time source. Production code asks a Clock for the time so that tests can run
// with a manual clock or a clock that is deliberately wrong (sync must never depend on it).

#include <QDateTime>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static SystemClock *instance()
    {
        static SystemClock clock;
        return &clock;
    }
};

// A clock that is the system time shifted by a fixed offset, or frozen at a given time.
class ManualClock final : public Clock
{
public:
    QDateTime now() const override
    {
        if (m_frozen.isValid())
            return m_frozen;
        return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
    }
    void setOffset(qint64 ms) { m_offsetMs = ms; }
    void freezeAt(const QDateTime &t) { m_frozen = t.toUTC(); }
    void advance(qint64 ms)
    {
        if (m_frozen.isValid())
            m_frozen = m_frozen.addMSecs(ms);
        else
            m_offsetMs += ms;
    }

private:
    qint64 m_offsetMs = 0;
    QDateTime m_frozen;
};
