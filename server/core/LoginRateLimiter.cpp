#include "server/core/LoginRateLimiter.h"

#include "common/util/Clock.h"

#include <algorithm>

namespace {
// Above this many tracked keys, expired entries are swept so memory stays bounded.
constexpr qsizetype kSweepThreshold = 10000;
} // namespace

LoginRateLimiter::LoginRateLimiter(Clock *clock) : m_clock(clock) {}

qint64 LoginRateLimiter::waitMs(Failures &failures, const QString &key, int max, qint64 now)
{
    auto it = failures.find(key);
    if (it == failures.end())
        return 0;
    QList<qint64> &times = *it;
    times.removeIf([&](qint64 t) { return t <= now - kWindowMs; });
    if (times.isEmpty()) {
        failures.erase(it);
        return 0;
    }
    if (times.size() < max)
        return 0;
    // Blocked until enough of the oldest failures have left the window.
    const qint64 freeAt = times.at(times.size() - max) + kWindowMs;
    return std::max<qint64>(freeAt - now, 1);
}

qint64 LoginRateLimiter::retryAfterSeconds(const QString &account, const QString &address)
{
    const qint64 now = m_clock->nowMs();
    const qint64 wait = std::max(waitMs(m_accounts, account, kMaxAccountFailures, now),
                                 waitMs(m_addresses, address, kMaxAddressFailures, now));
    return (wait + 999) / 1000;
}

void LoginRateLimiter::recordFailure(const QString &account, const QString &address)
{
    const qint64 now = m_clock->nowMs();
    if (m_accounts.size() > kSweepThreshold)
        prune(m_accounts, now);
    if (m_addresses.size() > kSweepThreshold)
        prune(m_addresses, now);
    QList<qint64> &a = m_accounts[account];
    a.append(now);
    if (a.size() > kMaxAccountFailures)
        a.removeFirst();
    QList<qint64> &b = m_addresses[address];
    b.append(now);
    if (b.size() > kMaxAddressFailures)
        b.removeFirst();
}

void LoginRateLimiter::recordSuccess(const QString &account)
{
    m_accounts.remove(account);
}

void LoginRateLimiter::prune(Failures &failures, qint64 now)
{
    for (auto it = failures.begin(); it != failures.end();) {
        if (it->isEmpty() || it->last() <= now - kWindowMs)
            it = failures.erase(it);
        else
            ++it;
    }
}
