#pragma once
// Hybrid logical clock timestamps (Kulkarni et al., 2014): wall milliseconds, a counter and the
// writing device's id, totally ordered in that order. Editable fields merge by them (the higher
// timestamp wins). HlcClock never refuses a remote timestamp, however far off its sender's
// clock: a device whose clock runs a year ahead simply wins concurrent writes, and a device whose
// clock runs behind still writes above everything it has seen, so a deliberate overwrite always
// wins over the value it replaced.

#include <QString>

#include <optional>

class Clock;

class Hlc
{
public:
    // The string form has fixed-width numbers, so comparing strings of two timestamps gives the
    // same order as comparing the timestamps: "001764842364120-000003-laptop-3".
    static constexpr qint64 kMaxWallMs = 999'999'999'999'999; // 15 digits (year 33658)
    static constexpr int kMaxCounter = 999'999; // 6 digits; beyond it the wall time moves on
    static constexpr int kMaxDeviceLength = 64;

    Hlc() = default; // the null timestamp: below every other one
    Hlc(qint64 wallMs, int counter, QString device);

    qint64 wallMs() const { return m_wallMs; }
    int counter() const { return m_counter; }
    const QString &device() const { return m_device; }
    bool isNull() const { return m_device.isEmpty(); }

    // Empty for the null timestamp.
    QString toString() const;
    // Parses the string form; an empty string is the null timestamp. nullopt when malformed.
    static std::optional<Hlc> fromString(const QString &text);
    // A device id as the protocol allows it: 1-64 characters of [A-Za-z0-9_:-].
    static bool isValidDevice(const QString &device);

    // The smallest timestamp of `device` above this one.
    Hlc successor(const QString &device) const;

    // Total order: wall time, then counter, then device id.
    int compare(const Hlc &other) const;
    friend bool operator==(const Hlc &a, const Hlc &b) { return a.compare(b) == 0; }
    friend bool operator!=(const Hlc &a, const Hlc &b) { return a.compare(b) != 0; }
    friend bool operator<(const Hlc &a, const Hlc &b) { return a.compare(b) < 0; }
    friend bool operator>(const Hlc &a, const Hlc &b) { return a.compare(b) > 0; }
    friend bool operator<=(const Hlc &a, const Hlc &b) { return a.compare(b) <= 0; }
    friend bool operator>=(const Hlc &a, const Hlc &b) { return a.compare(b) >= 0; }

private:
    qint64 m_wallMs = 0;
    int m_counter = 0;
    QString m_device;
};

// One device's hybrid logical clock. Call now() for every local write and receive() for every
// timestamp seen from elsewhere (every `hlc` in pulled records); persist last() and restore() it
// after a restart so that the clock never runs backwards. Deterministic for a given wall clock.
class HlcClock
{
public:
    HlcClock(QString device, const Clock *clock);

    // A timestamp for a local write: above every timestamp this clock issued or received.
    Hlc now();
    // Takes in a timestamp seen from elsewhere; returns the clock's new value (above both).
    Hlc receive(const Hlc &remote);
    Hlc last() const { return m_last; }
    // Continues from a persisted value (ignored when it is below the current value).
    void restore(const Hlc &saved);
    const QString &device() const { return m_device; }

private:
    qint64 physicalMs() const;

    QString m_device;
    const Clock *m_clock;
    Hlc m_last;
};
