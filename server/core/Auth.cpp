#include "server/core/Auth.h"

#include "common/util/Clock.h"
#include "common/util/Crypto.h"
#include "server/core/ServerLogging.h"

using namespace Qt::StringLiterals;

namespace {
QString tokenHash(const QString &token)
{
    return crypto::sha256Hex(token.toUtf8());
}
} // namespace

Auth::Auth(ServerStore *store, Clock *clock) : m_store(store), m_clock(clock), m_limiter(clock) {}

QString Auth::normalizeUsername(const QString &username)
{
    return username.trimmed().toLower();
}

bool Auth::isValidUsername(const QString &username)
{
    if (username.isEmpty() || username.size() > 64)
        return false;
    for (QChar c : username) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-' && c != u'@')
            return false;
    }
    return true;
}

const QString &Auth::dummyHash()
{
    // Made once with the current cost so that checking it takes as long as checking a real hash.
    if (m_dummyHash.isEmpty())
        m_dummyHash = crypto::hashPassword(crypto::newToken());
    return m_dummyHash;
}

std::optional<LoginResponse> Auth::login(const LoginRequest &request, const QString &clientAddress,
                                         Error *errorOut, qint64 *retryAfterSeconds)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    const QString account = normalizeUsername(request.username);
    if (const qint64 wait = m_limiter.retryAfterSeconds(account, clientAddress); wait > 0) {
        qCInfo(lcAuth) << "login refused by the rate limit for" << account << "from"
                       << clientAddress;
        if (retryAfterSeconds)
            *retryAfterSeconds = wait;
        *error = Error(ErrorCode::RateLimited,
                       u"too many failed logins; try again in %1 seconds"_s.arg(wait));
        return std::nullopt;
    }
    const QString &dummy = dummyHash(); // made before the lookup: no first-time difference
    std::optional<UserRow> user;
    if (!m_store->transaction([&] {
            user = m_store->userByUsername(account);
            return true;
        })) {
        *error = Error(ErrorCode::Internal, u"cannot read the user"_s);
        return std::nullopt;
    }
    const bool passwordOk
        = crypto::verifyPassword(user ? user->passwordHash : dummy, request.password);
    if (!user || !passwordOk) {
        m_limiter.recordFailure(account, clientAddress);
        qCInfo(lcAuth) << "failed login for" << account << "from" << clientAddress;
        *error = Error(ErrorCode::WrongCredentials, u"wrong username or password"_s);
        return std::nullopt;
    }
    m_limiter.recordSuccess(account);
    if (user->disabled) {
        *error = Error(ErrorCode::AccountDisabled, u"the account is disabled"_s);
        return std::nullopt;
    }
    const QDateTime now = m_clock->now();
    const QString token = crypto::newToken();
    LoginResponse response;
    response.token = token;
    response.expiresAt = now.addDays(m_tokenLifetimeDays);
    bool ok = m_store->transaction([&] {
        // Expired tokens are useless; keep a grace period so "expired" can still be told apart.
        m_store->deleteTokensExpiredBefore(now.addDays(-90));
        return m_store->insertToken(user->id, tokenHash(token), request.deviceName, now,
                                    response.expiresAt)
            .has_value();
    });
    if (!ok) {
        *error = Error(ErrorCode::Internal, u"cannot store the token"_s);
        return std::nullopt;
    }
    response.user = userInfo(*user);
    qCInfo(lcAuth) << "login of" << account << "from" << clientAddress;
    return response;
}

std::optional<AuthSession> Auth::authenticate(const QString &token, Access access, Error *errorOut)
{
    Error ignored;
    Error *error = errorOut ? errorOut : &ignored;
    if (token.isEmpty() || token.size() > 256) {
        *error = Error(ErrorCode::Unauthorized, u"a bearer token is required"_s);
        return std::nullopt;
    }
    std::optional<TokenRow> row;
    std::optional<UserRow> user;
    // Read in a transaction so that a database failure is a 500, not a logout.
    if (!m_store->transaction([&] {
            row = m_store->tokenByHash(tokenHash(token));
            if (row)
                user = m_store->user(row->userId);
            return true;
        })) {
        *error = Error(ErrorCode::Internal, u"cannot read the token"_s);
        return std::nullopt;
    }
    if (!row || row->revoked) {
        *error = Error(ErrorCode::Unauthorized, u"unknown or revoked token"_s);
        return std::nullopt;
    }
    if (m_clock->now() >= row->expiresAt) {
        *error = Error(ErrorCode::TokenExpired, u"the token has expired; log in again"_s);
        return std::nullopt;
    }
    if (!user) {
        *error = Error(ErrorCode::Unauthorized, u"unknown user"_s);
        return std::nullopt;
    }
    if (user->disabled) {
        *error = Error(ErrorCode::AccountDisabled, u"the account is disabled"_s);
        return std::nullopt;
    }
    if (user->mustChangePassword && access == Access::Full) {
        *error = Error(ErrorCode::PasswordChangeRequired,
                       u"the password must be changed before anything else"_s);
        return std::nullopt;
    }
    return AuthSession{row->id, *user};
}

Error Auth::logout(const AuthSession &session)
{
    const bool ok = m_store->transaction(
        [&] { return m_store->revokeToken(session.tokenId, m_clock->now()); });
    if (!ok)
        return Error(ErrorCode::Internal, u"cannot revoke the token"_s);
    qCInfo(lcAuth) << "logout of" << session.user.username;
    return {};
}

Error Auth::changePassword(const AuthSession &session, const PasswordChangeRequest &request,
                           const QString &clientAddress, qint64 *retryAfterSeconds)
{
    const QString account = session.user.username;
    if (const qint64 wait = m_limiter.retryAfterSeconds(account, clientAddress); wait > 0) {
        if (retryAfterSeconds)
            *retryAfterSeconds = wait;
        return Error(ErrorCode::RateLimited,
                     u"too many failed attempts; try again in %1 seconds"_s.arg(wait));
    }
    if (!crypto::verifyPassword(session.user.passwordHash, request.currentPassword)) {
        m_limiter.recordFailure(account, clientAddress);
        return Error(ErrorCode::WrongCredentials, u"the current password is wrong"_s);
    }
    m_limiter.recordSuccess(account);
    if (!isAcceptablePassword(request.newPassword))
        return Error(ErrorCode::InvalidField, u"newPassword: must be %1 to %2 characters long"_s
                                                  .arg(kMinPasswordLength)
                                                  .arg(kMaxPasswordLength));
    if (request.newPassword == request.currentPassword)
        return Error(ErrorCode::InvalidField,
                     u"newPassword: must differ from the current password"_s);
    const QString hash = crypto::hashPassword(request.newPassword);
    if (hash.isEmpty())
        return Error(ErrorCode::Internal, u"cannot hash the password"_s);
    int revoked = 0;
    const bool ok = m_store->transaction([&] {
        if (!m_store->setUserPassword(session.user.id, hash, false))
            return false;
        revoked = m_store->revokeUserTokens(session.user.id, m_clock->now(), session.tokenId);
        return revoked >= 0;
    });
    if (!ok)
        return Error(ErrorCode::Internal, u"cannot store the password"_s);
    qCInfo(lcAuth) << "password changed for" << account << "; other tokens revoked:" << revoked;
    return {};
}

UserInfo Auth::userInfo(const UserRow &user)
{
    UserInfo info;
    info.id = user.id;
    info.username = user.username;
    info.displayName = user.displayName;
    info.role = user.role;
    info.orgId = user.orgId;
    if (const std::optional<OrgRow> org = m_store->org(user.orgId))
        info.orgName = org->name;
    info.mustChangePassword = user.mustChangePassword;
    return info;
}
