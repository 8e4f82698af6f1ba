#pragma once
// Messages of the health and auth endpoints (see docs/PROTOCOL.md).

#include "common/protocol/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

enum class Role { Trainee, Coach, Admin };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

struct HealthInfo
{
    QString status; // "ok"
    QString version; // server program version
    int protocol = 0; // newest protocol version the server speaks
    int minProtocol = 0; // oldest protocol version the server still accepts

    QJsonObject toJson() const;
    static std::optional<HealthInfo> fromJson(const QJsonObject &obj, Error *error);
};

struct UserInfo
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Trainee;
    qint64 orgId = 0;
    QString orgName;
    bool mustChangePassword = false;

    QJsonObject toJson() const;
    static std::optional<UserInfo> fromJson(const QJsonObject &obj, Error *error);
};

struct LoginRequest
{
    QString username;
    QString password;
    QString deviceName; // shown to IT staff when listing tokens; optional

    QJsonObject toJson() const;
    static std::optional<LoginRequest> fromJson(const QJsonObject &obj, Error *error);
};

struct LoginResponse
{
    QString token;
    QDateTime expiresAt;
    UserInfo user;

    QJsonObject toJson() const;
    static std::optional<LoginResponse> fromJson(const QJsonObject &obj, Error *error);
};

struct PasswordChangeRequest
{
    QString currentPassword;
    QString newPassword;

    QJsonObject toJson() const;
    static std::optional<PasswordChangeRequest> fromJson(const QJsonObject &obj, Error *error);
};

// Password policy shared by server and client so the client can explain it before sending.
inline constexpr int kMinPasswordLength = 8;
inline constexpr int kMaxPasswordLength = 256;
bool isAcceptablePassword(const QString &password);
