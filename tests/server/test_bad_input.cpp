#include "common/model/Records.h"
#include "common/protocol/Protocol.h"
#include "common/util/Compression.h"
#include "server/http/HttpServer.h"
#include "tests/server/ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
const QString kSync = QString::fromUtf16(protocol::path::kSync);

QMap<QString, int> counts(TestServer &server)
{
    QMap<QString, int> out;
    for (const QString &kind : knownKinds())
        out.insert(kind, server.recordCount(kind));
    return out;
}

// After a bad request nothing is stored half and the server still answers.
void requireUnharmed(TestServer &server, const QMap<QString, int> &before)
{
    CHECK(counts(server) == before);
    ApiTestClient probe(server.url());
    CHECK(probe.get(QString::fromUtf16(protocol::path::kHealth)).status == 200);
}

QByteArray rawRequest(const QByteArray &head, const QByteArray &body = {})
{
    return head + "Host: 127.0.0.1\r\nX-Pajapolku-Protocol: 1\r\n\r\n" + body;
}
} // namespace

TEST_CASE("malformed JSON and wrong types are refused with 400", "[input]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const auto before = counts(f.server);
    HttpResult r = aino->send("POST", kSync, "{\"protocol\": 1, \"ops\": [");
    CHECK(r.status == 400);
    CHECK(r.code() == u"bad_request"_s);
    requireUnharmed(f.server, before);
    CHECK(aino->send("POST", kSync, "[1, 2, 3]").code() == u"bad_request"_s);
    CHECK(aino->send("POST", kSync, {}).code() == u"bad_request"_s);

    QJsonObject good = syncRequest(u"laptop"_s, {operation(1, u"answer"_s, f.tasksA[0])}).toJson();
    const QList<QPair<QString, QJsonValue>> broken{
        {u"protocol"_s, u"1"_s},
        {u"ops"_s, u"none"_s},
        {u"ops"_s, QJsonArray{1, 2}},
        {u"cursors"_s, QJsonArray{}},
        {u"cursors"_s, QJsonObject{{u"trainee:1"_s, u"x"_s}}},
        {u"cursors"_s, QJsonObject{{u"planet:1"_s, 1}}},
        {u"device"_s, QJsonObject{{u"id"_s, u"laptop"_s}, {u"epoch"_s, -1}}},
        {u"device"_s, QJsonObject{{u"id"_s, u"../../etc"_s}, {u"epoch"_s, 1}}},
    };
    for (const auto &[key, value] : broken) {
        QJsonObject body = good;
        body.insert(key, value);
        r = aino->post(kSync, body);
        INFO(QJsonDocument(QJsonObject{{key, value}}).toJson().toStdString());
        CHECK(r.status == 400);
        CHECK(r.code() == u"invalid_field"_s);
    }
    QJsonObject tooMany = good;
    QJsonArray ops;
    for (int i = 1; i <= protocol::limits::kMaxOpsPerRequest + 1; ++i)
        ops.append(operation(i, u"progress"_s, f.tasksA[0]).toJson());
    tooMany.insert(u"ops"_s, ops);
    CHECK(aino->post(kSync, tooMany).code() == u"invalid_field"_s);
    requireUnharmed(f.server, before);
}

TEST_CASE("operations of unknown or forbidden kinds and invalid data get rejected acks",
          "[input]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const auto before = counts(f.server);
    Operation unknown = operation(1, u"spaceship"_s, f.tasksA[0]);
    Operation task = operation(2, u"task"_s, f.tasksA[0], {{u"title"_s, u"Oma"_s}});
    Operation noTask = operation(3, u"answer"_s, f.tasksA[0]);
    noTask.data.remove(u"taskId"_s);
    Operation badEvent = operation(4, u"progress"_s, f.tasksA[0], {{u"event"_s, u"won"_s}});
    const QString tooLong(protocol::limits::kMaxAnswerLength + 1, u'x');
    Operation huge = operation(5, u"answer"_s, f.tasksA[0], {{u"text"_s, tooLong}});
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"laptop"_s, {unknown, task, noTask, badEvent, huge}), &r)
                .status
            == 200);
    REQUIRE(r->acks.size() == 5);
    for (const Ack &a : r->acks)
        CHECK(a.status == AckStatus::Rejected);
    CHECK(r->acks[0].error.code == ErrorCode::UnknownKind);
    CHECK(r->acks[1].error.code == ErrorCode::Forbidden);
    CHECK(r->acks[2].error.code == ErrorCode::InvalidField);
    CHECK(r->acks[3].error.code == ErrorCode::InvalidField);
    CHECK(r->acks[4].error.code == ErrorCode::InvalidField);
    requireUnharmed(f.server, before);
}

TEST_CASE("a body over the limit gets 413 before it is sent", "[input][limits]")
{
    ServerFixture f;
    const auto before = counts(f.server);
    const RawResult r = rawExchange(
        f.server.port(), rawRequest("POST /api/v1/sync HTTP/1.1\r\nContent-Length: 52428800\r\n"),
        5000, 3000);
    CHECK(r.status == 413);
    CHECK(r.elapsedMs < 1000);
    CHECK(r.response.contains("\"code\":\"payload_too_large\""));
    CHECK(r.closedByServer);
    requireUnharmed(f.server, before);
    // Just at the limit is accepted by the guard (and then judged by the endpoint).
    const RawResult atLimit = rawExchange(
        f.server.port(),
        rawRequest("POST /api/v1/sync HTTP/1.1\r\nContent-Length: 10\r\n", "0123456789"));
    CHECK(atLimit.status == 401);
}

TEST_CASE("a zstd bomb gets 413 and broken or unknown encodings are refused", "[input][limits]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const auto before = counts(f.server);
    const QByteArray bomb
        = compression::zstdCompress(QByteArray(protocol::limits::kMaxDecompressedBody + 1024, ' '),
                                    19);
    REQUIRE(bomb.size() < 64 * 1024);
    HttpResult r = aino->send("POST", kSync, bomb, {{"Content-Encoding", "zstd"}});
    CHECK(r.status == 413);
    CHECK(r.code() == u"payload_too_large"_s);
    r = aino->send("POST", kSync, "this is not zstd", {{"Content-Encoding", "zstd"}});
    CHECK(r.status == 400);
    r = aino->send("POST", kSync, "{}", {{"Content-Encoding", "br"}});
    CHECK(r.status == 415);
    CHECK(r.code() == u"unsupported_media_type"_s);
    requireUnharmed(f.server, before);
}

TEST_CASE("oversized headers, chunked bodies and broken request lines are answered by the guard",
          "[input][limits]")
{
    ServerFixture f;
    const auto before = counts(f.server);
    const QByteArray bigHeader = "X-Filler: " + QByteArray(40 * 1024, 'a') + "\r\n";
    RawResult r = rawExchange(f.server.port(),
                              rawRequest("GET /api/v1/health HTTP/1.1\r\n" + bigHeader));
    CHECK(r.status == 431);
    r = rawExchange(f.server.port(),
                    rawRequest("POST /api/v1/sync HTTP/1.1\r\nTransfer-Encoding: chunked\r\n",
                               "5\r\nhello\r\n0\r\n\r\n"),
                    5000, 3000);
    CHECK(r.status == 411);
    CHECK(r.response.count("HTTP/1.1") == 1); // Qt HttpServer never saw the request
    r = rawExchange(f.server.port(), "GARBAGE\r\n\r\n");
    CHECK(r.status == 400);
    r = rawExchange(f.server.port(),
                    rawRequest("POST /api/v1/sync HTTP/1.1\r\nContent-Length: -5\r\n"));
    CHECK(r.status == 400);
    // What Qt HttpServer's own parser would refuse by dropping the connection gets an answer.
    r = rawExchange(f.server.port(), rawRequest("GET /api/v1/health HTTP/1.1\r\nBad Name: x\r\n"));
    CHECK(r.status == 400);
    r = rawExchange(f.server.port(), rawRequest("GET /api/v1/health HTTP/1.1\r\nX-A: a\x01b\r\n"));
    CHECK(r.status == 400);
    r = rawExchange(f.server.port(), rawRequest("BREW /api/v1/health HTTP/1.1\r\n"));
    CHECK(r.status == 405);
    r = rawExchange(f.server.port(), rawRequest("GET /api/v1/health HTTP/1.1\r\n"));
    CHECK(r.status == 200);
    requireUnharmed(f.server, before);
}

TEST_CASE("unsupported protocol versions get 426", "[input][protocol]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    aino->setProtocolHeader("99");
    HttpResult r = aino->sync(syncRequest(u"laptop"_s));
    CHECK(r.status == 426);
    CHECK(r.code() == u"protocol_unsupported"_s);
    aino->setProtocolHeader(QByteArray::number(protocol::kVersion));
    SyncRequest future = syncRequest(u"laptop"_s, {operation(1, u"progress"_s, f.tasksA[0])});
    future.protocol = 99;
    r = aino->sync(future);
    CHECK(r.status == 426);
    CHECK(f.server.recordCount(u"progress"_s) == 0);
}

TEST_CASE("unknown paths get 404 and wrong methods 405, both as JSON", "[input]")
{
    ServerFixture f;
    ApiTestClient client(f.server.url());
    HttpResult r = client.get(u"/api/v1/nothing"_s);
    CHECK(r.status == 404);
    CHECK(r.code() == u"not_found"_s);
    CHECK(client.get(u"/"_s).code() == u"not_found"_s);
    r = client.get(kSync);
    CHECK(r.status == 405);
    CHECK(r.code() == u"method_not_allowed"_s);
    CHECK(r.header("Allow") == "POST");
    CHECK(client.send("DELETE", QString::fromUtf16(protocol::path::kHealth), {}).status == 405);
}

TEST_CASE("idle connections are closed and Expect: 100-continue is answered", "[input][limits]")
{
    ServerFixture f;
    f.server.http()->setIdleTimeout(300);
    QTcpSocket idle;
    idle.connectToHost(u"127.0.0.1"_s, f.server.port());
    REQUIRE(idle.waitForConnected(2000));
    QSignalSpy closed(&idle, &QAbstractSocket::disconnected);
    CHECK(closed.wait(3000));

    const QByteArray body = "{\"username\":\"aino\",\"password\":\"Aino-pass1\"}";
    const RawResult r = rawExchange(
        f.server.port(),
        rawRequest("POST /api/v1/auth/login HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: "
                   + QByteArray::number(body.size()) + "\r\n",
                   body));
    CHECK(r.response.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    CHECK(r.status == 200);
}

TEST_CASE("a failing statement leaves nothing of the sync behind", "[input][atomicity]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const auto before = counts(f.server);
    {
        // Break the database behind the server's back: the op's bookkeeping cannot be written.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
        db.setDatabaseName(f.server.dataDir() + u"/pajapolku.sqlite"_s);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"DROP TABLE applied_ops"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"saboteur"_s);
    const HttpResult r = aino->sync(
        syncRequest(u"laptop"_s, {operation(1, u"submission"_s, f.tasksA[0])}));
    CHECK(r.status == 500);
    CHECK(r.code() == u"internal"_s);
    requireUnharmed(f.server, before);
}

TEST_CASE("random bytes and mangled bodies never crash the server", "[input][fuzz]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const auto before = counts(f.server);
    QRandomGenerator rng(20261204);
    const QByteArray valid = QJsonDocument(syncRequest(u"laptop"_s,
                                                       {operation(1, u"answer"_s, f.tasksA[0])})
                                               .toJson())
                                 .toJson(QJsonDocument::Compact);
    for (int i = 0; i < 60; ++i) {
        QByteArray body = valid;
        for (int j = 0; j < 1 + static_cast<int>(rng.bounded(6)); ++j)
            body[rng.bounded(static_cast<int>(body.size()))] = static_cast<char>(rng.bounded(256));
        const HttpResult r = aino->send("POST", kSync, body);
        CHECK((r.status == 200 || r.status == 400 || r.status == 426));
    }
    for (int i = 0; i < 20; ++i) {
        QByteArray garbage(static_cast<int>(rng.bounded(1, 2000)), Qt::Uninitialized);
        for (char &c : garbage)
            c = static_cast<char>(rng.bounded(256));
        rawExchange(f.server.port(), garbage, 300);
    }
    CHECK(f.server.recordCount(u"answer"_s) <= before.value(u"answer"_s) + 60);
    ApiTestClient probe(f.server.url());
    CHECK(probe.get(QString::fromUtf16(protocol::path::kHealth)).status == 200);
}

TEST_CASE("a client that sends an oversized body anyway reads the 413", "[input][limits]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const auto before = counts(f.server);
    const HttpResult r = aino->send("POST", kSync, QByteArray(9 * 1024 * 1024, ' '));
    CHECK(r.status == 413);
    CHECK(r.code() == u"payload_too_large"_s);
    CHECK(aino->get(QString::fromUtf16(protocol::path::kMe)).status == 200);
    requireUnharmed(f.server, before);
}
