#include <catch2/catch.hpp>

#include "common/protocol/AuthMessages.h"
#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"
#include "common/protocol/SyncMessages.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
SyncRequest sampleRequest()
{
    SyncRequest req;
    req.protocol = protocol::kVersion;
    req.deviceId = u"3f1c2d4e-0000-4000-8000-000000000001"_s;
    req.deviceEpoch = 2;
    req.serverEpoch = u"abc123"_s;
    req.cursors.insert(u"trainee:5"_s, 120);
    req.cursors.insert(u"org:1"_s, 88);
    Operation op;
    op.counter = 17;
    op.kind = u"submission"_s;
    op.id = u"9b2f-1"_s;
    op.clientTime = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
    op.data = QJsonObject{{u"taskId"_s, u"t1"_s}, {u"answer"_s, u"Porrashuone siivottu ✓ äö"_s}};
    req.ops.append(op);
    return req;
}
} // namespace

TEST_CASE("a sync request survives a JSON round trip unchanged", "[protocol]")
{
    const SyncRequest req = sampleRequest();
    const QByteArray wire = QJsonDocument(req.toJson()).toJson(QJsonDocument::Compact);
    Error err;
    auto parsed = parseJsonObject(wire, &err);
    REQUIRE(parsed);
    auto back = SyncRequest::fromJson(*parsed, &err);
    REQUIRE(back);
    CHECK(back->toJson() == req.toJson());
    CHECK(back->ops.first().data.value(u"answer"_s).toString() == u"Porrashuone siivottu ✓ äö"_s);
    CHECK(back->cursors.value(u"org:1"_s) == 88);
}

TEST_CASE("a sync response survives a JSON round trip unchanged", "[protocol]")
{
    SyncResponse resp;
    resp.protocol = 1;
    resp.serverEpoch = u"e1"_s;
    resp.acks.append(Ack{1, AckStatus::Applied, {}});
    resp.acks.append(Ack{2, AckStatus::Rejected, Error(ErrorCode::Forbidden, u"not yours"_s)});
    Change c;
    c.scope = u"trainee:5"_s;
    c.seq = 7;
    c.kind = u"task"_s;
    c.id = u"t1"_s;
    c.data = QJsonObject{{u"title"_s, u"Lumityöt"_s}};
    resp.changes.append(c);
    Change tomb = c;
    tomb.seq = 8;
    tomb.id = u"t2"_s;
    tomb.deleted = true;
    tomb.data = {};
    resp.changes.append(tomb);
    resp.cursors.insert(u"trainee:5"_s, 8);
    resp.more = false;
    DigestBuilder b;
    b.add(u"task"_s, u"t1"_s, 7);
    resp.digests.insert(u"trainee:5"_s, b.result());

    Error err;
    auto back = SyncResponse::fromJson(resp.toJson(), &err);
    REQUIRE(back);
    CHECK(back->toJson() == resp.toJson());
    REQUIRE(back->acks.size() == 2);
    CHECK(back->acks[1].error.code == ErrorCode::Forbidden);
    CHECK(back->changes[1].deleted);
}

TEST_CASE("malformed and mistyped sync requests are refused with a named field", "[protocol]")
{
    Error err;
    CHECK_FALSE(parseJsonObject("{\"protocol\": 1,", &err));
    CHECK(err.code == ErrorCode::BadRequest);
    CHECK_FALSE(parseJsonObject("[1,2]", &err));
    CHECK(err.code == ErrorCode::BadRequest);

    QJsonObject base = sampleRequest().toJson();

    SECTION("protocol as a string")
    {
        base.insert(u"protocol"_s, u"1"_s);
        CHECK_FALSE(SyncRequest::fromJson(base, &err));
        CHECK(err.code == ErrorCode::InvalidField);
        CHECK(err.message.contains(u"protocol"_s));
    }
    SECTION("a fractional counter")
    {
        QJsonArray ops = base.value(u"ops"_s).toArray();
        QJsonObject op = ops[0].toObject();
        op.insert(u"counter"_s, 1.5);
        ops[0] = op;
        base.insert(u"ops"_s, ops);
        CHECK_FALSE(SyncRequest::fromJson(base, &err));
        CHECK(err.message.contains(u"counter"_s));
    }
    SECTION("counters out of order")
    {
        QJsonArray ops = base.value(u"ops"_s).toArray();
        ops.append(ops[0]);
        base.insert(u"ops"_s, ops);
        CHECK_FALSE(SyncRequest::fromJson(base, &err));
        CHECK(err.message.contains(u"increasing"_s));
    }
    SECTION("a hostile record id")
    {
        QJsonArray ops = base.value(u"ops"_s).toArray();
        QJsonObject op = ops[0].toObject();
        op.insert(u"id"_s, u"../../etc/passwd"_s);
        ops[0] = op;
        base.insert(u"ops"_s, ops);
        CHECK_FALSE(SyncRequest::fromJson(base, &err));
        CHECK(err.message.contains(u"id"_s));
    }
    SECTION("an unknown scope in the cursors")
    {
        base.insert(u"cursors"_s, QJsonObject{{u"user:1"_s, 3}});
        CHECK_FALSE(SyncRequest::fromJson(base, &err));
        CHECK(err.message.contains(u"scope"_s));
    }
    SECTION("a missing device")
    {
        base.remove(u"device"_s);
        CHECK_FALSE(SyncRequest::fromJson(base, &err));
        CHECK(err.message.contains(u"device"_s));
    }
    SECTION("too many operations")
    {
        QJsonArray ops;
        for (int i = 1; i <= protocol::limits::kMaxOpsPerRequest + 1; ++i)
            ops.append(QJsonObject{{u"counter"_s, i}, {u"kind"_s, u"progress"_s},
                                   {u"id"_s, u"x%1"_s.arg(i)}, {u"data"_s, QJsonObject{}}});
        base.insert(u"ops"_s, ops);
        CHECK_FALSE(SyncRequest::fromJson(base, &err));
        CHECK(err.code == ErrorCode::InvalidField);
    }
}

TEST_CASE("scopes parse only in their two documented forms", "[protocol]")
{
    QString k;
    qint64 id = 0;
    CHECK(protocol::parseScope(protocol::traineeScope(42), &k, &id));
    CHECK(k == u"trainee"_s);
    CHECK(id == 42);
    CHECK(protocol::parseScope(protocol::orgScope(3), &k, &id));
    CHECK(k == u"org"_s);
    CHECK_FALSE(protocol::parseScope(u"trainee:"_s, nullptr, nullptr));
    CHECK_FALSE(protocol::parseScope(u"trainee:-1"_s, nullptr, nullptr));
    CHECK_FALSE(protocol::parseScope(u"admin:1"_s, nullptr, nullptr));
    CHECK_FALSE(protocol::parseScope(u"trainee:1x"_s, nullptr, nullptr));
}

TEST_CASE("digests do not depend on order but do on content", "[protocol]")
{
    DigestBuilder a, b, c;
    a.add(u"task"_s, u"t1"_s, 1);
    a.add(u"task"_s, u"t2"_s, 2);
    b.add(u"task"_s, u"t2"_s, 2);
    b.add(u"task"_s, u"t1"_s, 1);
    c.add(u"task"_s, u"t1"_s, 1);
    c.add(u"task"_s, u"t2"_s, 3);
    CHECK(a.result() == b.result());
    CHECK_FALSE(a.result() == c.result());
    CHECK(a.result().count == 2);
}

TEST_CASE("error codes map to names and HTTP statuses both ways", "[protocol]")
{
    for (ErrorCode c : {ErrorCode::BadRequest, ErrorCode::Forbidden, ErrorCode::PayloadTooLarge,
                        ErrorCode::ProtocolUnsupported, ErrorCode::RateLimited}) {
        CHECK(errorCodeFromName(errorCodeName(c)) == c);
    }
    CHECK(httpStatusFor(ErrorCode::PayloadTooLarge) == 413);
    CHECK(httpStatusFor(ErrorCode::ProtocolUnsupported) == 426);
    CHECK(errorCodeFromName(u"made_up"_s) == ErrorCode::InvalidResponse);
    const Error e = Error::fromJson(Error(ErrorCode::Forbidden, u"no"_s).toJson());
    CHECK(e.code == ErrorCode::Forbidden);
    CHECK(e.message == u"no"_s);
}

TEST_CASE("login messages round trip and reject wrong types", "[protocol][auth]")
{
    LoginResponse resp;
    resp.token = u"tok"_s;
    resp.expiresAt = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    resp.user = UserInfo{5, u"aino"_s, u"Aino Trainee"_s, Role::Trainee, 1, u"Säätiö"_s, true};
    Error err;
    auto back = LoginResponse::fromJson(resp.toJson(), &err);
    REQUIRE(back);
    CHECK(back->toJson() == resp.toJson());
    CHECK(back->user.mustChangePassword);

    CHECK_FALSE(LoginRequest::fromJson(QJsonObject{{u"username"_s, 5}, {u"password"_s, u"x"_s}}, &err));
    CHECK(err.message.contains(u"username"_s));
    CHECK_FALSE(PasswordChangeRequest::fromJson(
        QJsonObject{{u"currentPassword"_s, u"old-password"_s}, {u"newPassword"_s, u"short"_s}}, &err));
    CHECK(err.message.contains(u"newPassword"_s));
}
