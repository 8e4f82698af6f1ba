#pragma once
// Waits for a condition while the event loop runs, in small steps (no blind sleeps). Returns
// false on timeout, so that tests can REQUIRE it (QTRY_VERIFY does not fail a Catch test).

#include <QDeadlineTimer>
#include <QTest>

#include <functional>

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}
