#include "common/protocol/AuthMessages.h"
#include "common/protocol/Protocol.h"
#include "tests/server/ServerFixture.h"
#include "tests/server/UploadTestClient.h"

using namespace Qt::StringLiterals;

// The operator's minimum client protocol (serve --min-client-protocol): after a rollout, IT
// staff refuse older app versions; those get 426 everywhere except health, which reports it.

namespace {
const QString kHealth = QString::fromUtf16(protocol::path::kHealth);
const QString kMe = QString::fromUtf16(protocol::path::kMe);

void checkRefused(const HttpResult &r, int minimum)
{
    CHECK(r.status == 426);
    CHECK(r.code() == u"protocol_unsupported"_s);
    CHECK(r.json.value(u"message"_s).toString().contains(
        u"at least version %1"_s.arg(minimum)));
}

std::optional<HealthInfo> health(const QUrl &url)
{
    ApiTestClient client(url);
    client.setProtocolHeader({});
    const HttpResult r = client.get(kHealth);
    REQUIRE(r.status == 200);
    Error error;
    return HealthInfo::fromJson(r.json, &error);
}
} // namespace

TEST_CASE("a raised minimum protocol refuses the app on login, sync and files with 426, and "
          "health reports it",
          "[protocol]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s); // logged in before the rollout
    const QByteArray file = jpegFile(64 * 1024, 31);
    const QString sha = sha256Hex(file);
    UploadTestClient uploads(f.server.url(), aino->token());
    REQUIRE(uploads.begin(sha, file.size(), u"image/jpeg"_s).status == 200);

    const int minimum = protocol::kVersion + 1;
    f.server.setMinimumClientProtocol(minimum); // at once, without a restart
    ApiTestClient fresh(f.server.url());
    checkRefused(fresh.login(u"mikko"_s, u"Mikko-pass1"_s), minimum);
    checkRefused(aino->sync(syncRequest(u"laptop"_s,
                                        {operation(1, u"progress"_s, f.tasksA[0])})),
                 minimum);
    CHECK(f.server.recordCount(u"progress"_s) == 0);
    checkRefused(aino->get(kMe), minimum);
    checkRefused(uploads.begin(sha, file.size(), u"image/jpeg"_s), minimum);
    checkRefused(uploads.status(sha), minimum);
    checkRefused(uploads.put(sha, 0, file), minimum);
    checkRefused(uploads.download(sha), minimum);

    const std::optional<HealthInfo> info = health(f.server.url());
    REQUIRE(info);
    CHECK(info->minProtocol == minimum);
    CHECK(info->protocol == protocol::kVersion);
}

TEST_CASE("the minimum protocol survives a restart, lowering it accepts the app again, and it "
          "never goes below what the server speaks",
          "[protocol]")
{
    ServerFixture f;
    f.server.setMinimumClientProtocol(protocol::kVersion + 1);
    REQUIRE(f.server.restart());
    ApiTestClient client(f.server.url());
    checkRefused(client.login(u"aino"_s, u"Aino-pass1"_s), protocol::kVersion + 1);

    f.server.setMinimumClientProtocol(protocol::kVersion);
    REQUIRE(client.login(u"aino"_s, u"Aino-pass1"_s).status == 200);
    CHECK(client.sync(syncRequest(u"laptop"_s, {operation(1, u"progress"_s, f.tasksA[0])})).status
          == 200);
    CHECK(f.server.recordCount(u"progress"_s) == 1);
    std::optional<HealthInfo> info = health(f.server.url());
    REQUIRE(info);
    CHECK(info->minProtocol == protocol::kVersion);

    f.server.setMinimumClientProtocol(protocol::kMinSupportedVersion - 1);
    info = health(f.server.url());
    REQUIRE(info);
    CHECK(info->minProtocol == protocol::kMinSupportedVersion);
    client.setProtocolHeader(QByteArray::number(protocol::kMinSupportedVersion - 1));
    checkRefused(client.get(kMe), protocol::kMinSupportedVersion);
    client.setProtocolHeader(QByteArray::number(protocol::kVersion));
    CHECK(client.get(kMe).status == 200);
}
