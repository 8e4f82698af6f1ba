#include "common/protocol/AuthMessages.h"

#include "common/protocol/JsonReader.h"

using namespace Qt::StringLiterals;

QString roleName(Role role)
{
    switch (role) {
    case Role::Trainee:
        return u"trainee"_s;
    case Role::Coach:
        return u"coach"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == u"trainee"_s)
        return Role::Trainee;
    if (name == u"coach"_s)
        return Role::Coach;
    if (name == u"admin"_s)
        return Role::Admin;
    return std::nullopt;
}

namespace {
template<typename T>
std::optional<T> finish(const JsonReader &r, T value, Error *error)
{
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return value;
}
} // namespace

QJsonObject HealthInfo::toJson() const
{
    return {{u"status"_s, status},
            {u"version"_s, version},
            {u"protocol"_s, protocol},
            {u"minProtocol"_s, minProtocol}};
}

std::optional<HealthInfo> HealthInfo::fromJson(const QJsonObject &obj, Error *error)
{
    JsonReader r(obj);
    HealthInfo h;
    h.status = r.string(u"status"_s);
    h.version = r.string(u"version"_s);
    h.protocol = static_cast<int>(r.integer(u"protocol"_s, JsonReader::Required, 1, 1000000));
    h.minProtocol = static_cast<int>(r.integer(u"minProtocol"_s, JsonReader::Required, 1, 1000000));
    return finish(r, h, error);
}

QJsonObject UserInfo::toJson() const
{
    return {{u"id"_s, id},
            {u"username"_s, username},
            {u"displayName"_s, displayName},
            {u"role"_s, roleName(role)},
            {u"orgId"_s, orgId},
            {u"orgName"_s, orgName},
            {u"mustChangePassword"_s, mustChangePassword}};
}

std::optional<UserInfo> UserInfo::fromJson(const QJsonObject &obj, Error *error)
{
    JsonReader r(obj, u"user"_s);
    UserInfo u;
    u.id = r.integer(u"id"_s, JsonReader::Required, 1);
    u.username = r.string(u"username"_s, JsonReader::Required, 128);
    u.displayName = r.string(u"displayName"_s, JsonReader::Optional, 256);
    const QString role = r.oneOf(u"role"_s, {u"trainee"_s, u"coach"_s, u"admin"_s});
    u.role = roleFromName(role).value_or(Role::Trainee);
    u.orgId = r.integer(u"orgId"_s, JsonReader::Required, 1);
    u.orgName = r.string(u"orgName"_s, JsonReader::Optional, 256);
    u.mustChangePassword = r.boolean(u"mustChangePassword"_s, JsonReader::Optional, false);
    return finish(r, u, error);
}

QJsonObject LoginRequest::toJson() const
{
    QJsonObject o{{u"username"_s, username}, {u"password"_s, password}};
    if (!deviceName.isEmpty())
        o.insert(u"deviceName"_s, deviceName);
    return o;
}

std::optional<LoginRequest> LoginRequest::fromJson(const QJsonObject &obj, Error *error)
{
    JsonReader r(obj);
    LoginRequest l;
    l.username = r.string(u"username"_s, JsonReader::Required, 128);
    l.password = r.string(u"password"_s, JsonReader::Required, kMaxPasswordLength);
    l.deviceName = r.string(u"deviceName"_s, JsonReader::Optional, 128);
    return finish(r, l, error);
}

QJsonObject LoginResponse::toJson() const
{
    return {{u"token"_s, token}, {u"expiresAt"_s, toIsoUtc(expiresAt)}, {u"user"_s, user.toJson()}};
}

std::optional<LoginResponse> LoginResponse::fromJson(const QJsonObject &obj, Error *error)
{
    JsonReader r(obj);
    LoginResponse l;
    l.token = r.string(u"token"_s, JsonReader::Required, 256);
    l.expiresAt = r.timestamp(u"expiresAt"_s);
    const QJsonObject user = r.object(u"user"_s);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    auto info = UserInfo::fromJson(user, error);
    if (!info)
        return std::nullopt;
    l.user = *info;
    return l;
}

QJsonObject PasswordChangeRequest::toJson() const
{
    return {{u"currentPassword"_s, currentPassword}, {u"newPassword"_s, newPassword}};
}

std::optional<PasswordChangeRequest> PasswordChangeRequest::fromJson(const QJsonObject &obj,
                                                                     Error *error)
{
    JsonReader r(obj);
    PasswordChangeRequest p;
    p.currentPassword = r.string(u"currentPassword"_s, JsonReader::Required, kMaxPasswordLength);
    p.newPassword = r.string(u"newPassword"_s, JsonReader::Required, kMaxPasswordLength);
    if (r.ok() && !isAcceptablePassword(p.newPassword))
        r.fail(u"newPassword"_s,
               u"must be %1 to %2 characters long"_s.arg(kMinPasswordLength).arg(kMaxPasswordLength));
    return finish(r, p, error);
}

bool isAcceptablePassword(const QString &password)
{
    return password.size() >= kMinPasswordLength && password.size() <= kMaxPasswordLength;
}
