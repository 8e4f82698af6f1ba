#pragma once
// Logins, bearer tokens and password changes. Passwords are argon2id hashes; tokens are 256
// random bits of which only the SHA-256 is stored. Failed password checks are rate limited per
// account and per client address; unknown usernames cost the same time as known ones.
// Error out-parameters may be null.

#include "common/protocol/AuthMessages.h"
#include "common/protocol/Error.h"
#include "server/core/LoginRateLimiter.h"
#include "server/core/ServerStore.h"

#include <optional>

class Clock;

// The caller behind a valid token.
struct AuthSession
{
    qint64 tokenId = 0;
    UserRow user;
};

class Auth
{
public:
    static constexpr qint64 kDefaultTokenLifetimeDays = 30;

    Auth(ServerStore *store, Clock *clock);

    void setTokenLifetimeDays(qint64 days) { m_tokenLifetimeDays = days; }

    // On failure returns nullopt with the error; retryAfterSeconds is set for RateLimited.
    std::optional<LoginResponse> login(const LoginRequest &request, const QString &clientAddress,
                                       Error *error, qint64 *retryAfterSeconds = nullptr);

    // What a token may do: everything, or (when the user must change the password first) only
    // the account endpoints (password, me, logout).
    enum class Access { Full, AccountOnly };
    std::optional<AuthSession> authenticate(const QString &token, Access access, Error *error);

    Error logout(const AuthSession &session);
    // Verifies the current password, stores the new one, clears mustChangePassword and revokes
    // the user's other tokens. Failed checks count towards the rate limit.
    Error changePassword(const AuthSession &session, const PasswordChangeRequest &request,
                         const QString &clientAddress, qint64 *retryAfterSeconds = nullptr);

    UserInfo userInfo(const UserRow &user);

    static QString normalizeUsername(const QString &username);
    static bool isValidUsername(const QString &username);

private:
    const QString &dummyHash();

    ServerStore *m_store;
    Clock *m_clock;
    LoginRateLimiter m_limiter;
    qint64 m_tokenLifetimeDays = kDefaultTokenLifetimeDays;
    QString m_dummyHash;
};
