#include "common/protocol/AuthMessages.h"
#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"
#include "server/core/Admin.h"
#include "tests/server/ServerFixture.h"

using namespace Qt::StringLiterals;

namespace {
const QString kLogin = QString::fromUtf16(protocol::path::kLogin);
const QString kLogout = QString::fromUtf16(protocol::path::kLogout);
const QString kPassword = QString::fromUtf16(protocol::path::kPassword);
const QString kMe = QString::fromUtf16(protocol::path::kMe);
const QString kHealth = QString::fromUtf16(protocol::path::kHealth);
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

int syncStatus(ApiTestClient &client, QString *code = nullptr)
{
    const HttpResult r = client.sync(syncRequest(u"dev-"_s + client.token().left(8)));
    if (code)
        *code = r.code();
    return r.status;
}
} // namespace

TEST_CASE("health answers without a token and names the protocol versions", "[auth]")
{
    TestServer server;
    REQUIRE(server.start());
    ApiTestClient client(server.url());
    client.setProtocolHeader({});
    const HttpResult r = client.get(kHealth);
    REQUIRE(r.status == 200);
    Error error;
    const auto info = HealthInfo::fromJson(r.json, &error);
    REQUIRE(info);
    CHECK(info->status == u"ok"_s);
    CHECK(info->protocol == protocol::kVersion);
    CHECK(info->minProtocol == protocol::kMinSupportedVersion);
    CHECK(info->version == QStringLiteral(PAJAPOLKU_VERSION));
}

TEST_CASE("a trainee logs in and gets a token valid for 30 days", "[auth]")
{
    ServerFixture f;
    ApiTestClient client(f.server.url());
    const HttpResult r = client.login(u"Aino"_s, u"Aino-pass1"_s);
    REQUIRE(r.status == 200);
    Error error;
    const auto login = LoginResponse::fromJson(r.json, &error);
    REQUIRE(login);
    CHECK(login->token.size() == 43);
    CHECK(login->user.id == f.aino);
    CHECK(login->user.username == u"aino"_s);
    CHECK(login->user.role == Role::Trainee);
    CHECK(login->user.orgName == u"Työpaja Yksi"_s);
    CHECK_FALSE(login->user.mustChangePassword);
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(login->expiresAt);
    CHECK((days == 29 || days == 30));
    const HttpResult me = client.get(kMe);
    REQUIRE(me.status == 200);
    CHECK(me.json.value(u"displayName"_s).toString() == u"Aino"_s);
    CHECK(syncStatus(client) == 200);
}

TEST_CASE("a wrong password and an unknown username get the same answer", "[auth]")
{
    ServerFixture f;
    ApiTestClient client(f.server.url());
    const HttpResult wrong = client.login(u"aino"_s, u"Wrong-pass1"_s);
    const HttpResult unknown = client.login(u"nobody"_s, u"Aino-pass1"_s);
    CHECK(wrong.status == 401);
    CHECK(wrong.code() == u"wrong_credentials"_s);
    CHECK(unknown.status == 401);
    CHECK(unknown.json == wrong.json);
    CHECK(client.token().isEmpty());
}

TEST_CASE("five failed logins lock the account for a while, even for the right password",
          "[auth][ratelimit]")
{
    ServerFixture f;
    ApiTestClient client(f.server.url());
    for (int i = 0; i < 5; ++i)
        REQUIRE(client.login(u"aino"_s, u"Wrong-pass1"_s).status == 401);
    const HttpResult limited = client.login(u"aino"_s, u"Aino-pass1"_s);
    CHECK(limited.status == 429);
    CHECK(limited.code() == u"rate_limited"_s);
    const int retryAfter = limited.header("Retry-After").toInt();
    CHECK(retryAfter > 0);
    CHECK(retryAfter <= 15 * 60);
    // Another account from the same address is not affected yet.
    CHECK(client.login(u"mikko"_s, u"Mikko-pass1"_s).status == 200);
    f.server.clock()->advance(15 * 60 * 1000 + 1000);
    CHECK(client.login(u"aino"_s, u"Aino-pass1"_s).status == 200);
}

TEST_CASE("twenty failures from one address block logins from it", "[auth][ratelimit]")
{
    ServerFixture f;
    ApiTestClient client(f.server.url());
    for (int i = 0; i < 20; ++i)
        REQUIRE(client.login(u"guess%1"_s.arg(i), u"Guess-pass1"_s).status == 401);
    const HttpResult limited = client.login(u"aino"_s, u"Aino-pass1"_s);
    CHECK(limited.status == 429);
    CHECK_FALSE(limited.header("Retry-After").isEmpty());
}

TEST_CASE("behind a local reverse proxy the forwarded address is rate limited, not the proxy",
          "[auth][ratelimit]")
{
    ServerFixture f;
    ApiTestClient client(f.server.url());
    const QString login = QString::fromUtf16(protocol::path::kLogin);
    const auto attempt = [&](const QString &user, const QString &password, const QByteArray &from) {
        return client.post(login, {{u"username"_s, user}, {u"password"_s, password}},
                           {{"X-Forwarded-For", from}});
    };
    for (int i = 0; i < 20; ++i)
        REQUIRE(attempt(u"guess%1"_s.arg(i), u"Guess-pass1"_s, "10.0.0.7").status == 401);
    CHECK(attempt(u"aino"_s, u"Aino-pass1"_s, "10.0.0.7").status == 429);
    CHECK(attempt(u"aino"_s, u"Aino-pass1"_s, "192.0.2.1, 10.0.0.8").status == 200);
}

TEST_CASE("a disabled account cannot log in and its tokens stop working", "[auth]")
{
    ServerFixture f;
    auto client = f.client(u"aino"_s, u"Aino-pass1"_s);
    REQUIRE(f.server.admin()->setDisabled(u"aino"_s, true).code == ErrorCode::None);
    CHECK(client->get(kMe).status == 401);
    ApiTestClient again(f.server.url());
    const HttpResult r = again.login(u"aino"_s, u"Aino-pass1"_s);
    CHECK(r.status == 403);
    CHECK(r.code() == u"account_disabled"_s);
    // The wrong password still gets wrong_credentials: disabled accounts are not revealed.
    CHECK(again.login(u"aino"_s, u"Wrong-pass1"_s).code() == u"wrong_credentials"_s);
    REQUIRE(f.server.admin()->setDisabled(u"aino"_s, false).code == ErrorCode::None);
    CHECK(again.login(u"aino"_s, u"Aino-pass1"_s).status == 200);
}

TEST_CASE("a token expires after 30 days", "[auth]")
{
    ServerFixture f;
    auto client = f.client(u"aino"_s, u"Aino-pass1"_s);
    f.server.clock()->advance(29 * kDayMs);
    CHECK(client->get(kMe).status == 200);
    f.server.clock()->advance(2 * kDayMs);
    const HttpResult r = client->get(kMe);
    CHECK(r.status == 401);
    CHECK(r.code() == u"token_expired"_s);
    QString code;
    CHECK(syncStatus(*client, &code) == 401);
    CHECK(code == u"token_expired"_s);
}

TEST_CASE("a token revoked by logout or by an administrator no longer works", "[auth]")
{
    ServerFixture f;
    auto first = f.client(u"aino"_s, u"Aino-pass1"_s);
    auto second = f.client(u"aino"_s, u"Aino-pass1"_s);
    REQUIRE(first->post(kLogout, {}).status == 200);
    const HttpResult r = first->get(kMe);
    CHECK(r.status == 401);
    CHECK(r.code() == u"unauthorized"_s);
    CHECK(second->get(kMe).status == 200);
    Error error;
    REQUIRE(f.server.admin()->revokeTokens(u"aino"_s, &error) == 1);
    CHECK(second->get(kMe).status == 401);
    ApiTestClient anonymous(f.server.url());
    CHECK(anonymous.get(kMe).code() == u"unauthorized"_s);
    anonymous.setToken(u"not-a-real-token"_s);
    CHECK(anonymous.get(kMe).status == 401);
}

TEST_CASE("a user with a one-time password may only change the password", "[auth]")
{
    ServerFixture f;
    Error error;
    const std::optional<QString> oneTime = f.server.admin()->resetPassword(u"aino"_s, &error);
    REQUIRE(oneTime);
    ApiTestClient client(f.server.url());
    const HttpResult login = client.login(u"aino"_s, *oneTime);
    REQUIRE(login.status == 200);
    CHECK(login.json.value(u"user"_s).toObject().value(u"mustChangePassword"_s).toBool());
    QString code;
    CHECK(syncStatus(client, &code) == 403);
    CHECK(code == u"password_change_required"_s);
    CHECK(client.get(kMe).status == 200);
    const HttpResult tooShort = client.post(
        kPassword, {{u"currentPassword"_s, *oneTime}, {u"newPassword"_s, u"short"_s}});
    CHECK(tooShort.status == 400);
    CHECK(tooShort.code() == u"invalid_field"_s);
    const HttpResult changed = client.post(
        kPassword, {{u"currentPassword"_s, *oneTime}, {u"newPassword"_s, u"Aino-new-pass"_s}});
    REQUIRE(changed.status == 200);
    CHECK(syncStatus(client) == 200);
    CHECK_FALSE(client.get(kMe).json.value(u"mustChangePassword"_s).toBool());
}

TEST_CASE("changing the password revokes the user's other tokens", "[auth]")
{
    ServerFixture f;
    auto laptop = f.client(u"aino"_s, u"Aino-pass1"_s);
    auto other = f.client(u"aino"_s, u"Aino-pass1"_s);
    const HttpResult wrong = laptop->post(
        kPassword, {{u"currentPassword"_s, u"Wrong-pass1"_s}, {u"newPassword"_s, u"Aino-new-1"_s}});
    CHECK(wrong.status == 401);
    CHECK(wrong.code() == u"wrong_credentials"_s);
    CHECK(other->get(kMe).status == 200);
    const HttpResult ok = laptop->post(
        kPassword, {{u"currentPassword"_s, u"Aino-pass1"_s}, {u"newPassword"_s, u"Aino-new-1"_s}});
    REQUIRE(ok.status == 200);
    CHECK(laptop->get(kMe).status == 200);
    CHECK(other->get(kMe).status == 401);
    ApiTestClient fresh(f.server.url());
    CHECK(fresh.login(u"aino"_s, u"Aino-pass1"_s).status == 401);
    CHECK(fresh.login(u"aino"_s, u"Aino-new-1"_s).status == 200);
}

TEST_CASE("auth requests without a supported protocol header get 426", "[auth][protocol]")
{
    ServerFixture f;
    ApiTestClient client(f.server.url());
    client.setProtocolHeader({});
    HttpResult r = client.login(u"aino"_s, u"Aino-pass1"_s);
    CHECK(r.status == 426);
    CHECK(r.code() == u"protocol_unsupported"_s);
    client.setProtocolHeader(QByteArray::number(protocol::kVersion + 1));
    CHECK(client.login(u"aino"_s, u"Aino-pass1"_s).status == 426);
    client.setProtocolHeader("one");
    CHECK(client.login(u"aino"_s, u"Aino-pass1"_s).status == 426);
    client.setProtocolHeader(QByteArray::number(protocol::kVersion));
    CHECK(client.login(u"aino"_s, u"Aino-pass1"_s).status == 200);
}
