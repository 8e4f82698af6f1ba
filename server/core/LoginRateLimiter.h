#pragma once
// Counts failed password checks in memory, per account and per client address, over a sliding
// window, and says how long a new attempt must wait. Attempts refused by the limiter are not
// checked at all, so guessing stays slow. Time comes from the injectable Clock.

#include <QHash>
#include <QList>
#include <QString>

class Clock;

class LoginRateLimiter
{
public:
    static constexpr int kMaxAccountFailures = 5;
    static constexpr int kMaxAddressFailures = 20;
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;

    explicit LoginRateLimiter(Clock *clock);

    // Whole seconds until an attempt is allowed for this account from this address; 0: now.
    qint64 retryAfterSeconds(const QString &account, const QString &address);
    void recordFailure(const QString &account, const QString &address);
    // A correct password clears the account's failures (not the address's).
    void recordSuccess(const QString &account);

private:
    using Failures = QHash<QString, QList<qint64>>;
    qint64 waitMs(Failures &failures, const QString &key, int max, qint64 now);
    void prune(Failures &failures, qint64 now);

    Clock *m_clock;
    Failures m_accounts;
    Failures m_addresses;
};
