#include "common/protocol/Protocol.h"
#include "server/core/ServerStore.h"
#include "tests/server/ServerFixture.h"

using namespace Qt::StringLiterals;

namespace {
bool containsScope(const QList<Change> &changes, const QString &scope)
{
    for (const Change &c : changes) {
        if (c.scope == scope)
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("a trainee's cursors for another trainee are ignored and return nothing",
          "[sync][security]")
{
    ServerFixture f;
    auto mikko = f.client(u"mikko"_s, u"Mikko-pass1"_s);
    REQUIRE(mikko->sync(syncRequest(u"mikko-laptop"_s,
                                    {operation(1, u"submission"_s, f.tasksB[0])}))
                .status
            == 200);
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString own = protocol::traineeScope(f.aino);
    const QString other = protocol::traineeScope(f.mikko);
    const QString org = protocol::orgScope(f.org1);
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"aino-laptop"_s, {}, {{other, 0}, {org, 0}, {own, 0}}), &r)
                .status
            == 200);
    CHECK(r->cursors.keys() == QStringList{own});
    CHECK_FALSE(containsScope(r->changes, other));
    CHECK_FALSE(containsScope(r->changes, org));
    CHECK(r->digests.keys() == QStringList{own});
    for (const Change &c : r->changes) {
        CHECK(c.kind != u"submission"_s);
        CHECK(c.id != f.setB);
    }
}

TEST_CASE("an operation on a task that is not in the trainee's program is forbidden",
          "[sync][security]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"aino-laptop"_s,
                                   {operation(1, u"submission"_s, f.tasksB[0]),
                                    operation(2, u"progress"_s, u"no-such-task"_s),
                                    operation(3, u"answer"_s, f.tasksA[0])}),
                       &r)
                .status
            == 200);
    REQUIRE(r->acks.size() == 3);
    CHECK(r->acks[0].status == AckStatus::Rejected);
    CHECK(r->acks[0].error.code == ErrorCode::Forbidden);
    CHECK(r->acks[1].error.code == ErrorCode::Forbidden);
    CHECK(r->acks[2].status == AckStatus::Applied);
    CHECK(f.server.recordCount(u"submission"_s) == 0);
    CHECK(f.server.recordCount(u"progress"_s) == 0);
}

TEST_CASE("a trainee cannot overwrite another trainee's record by reusing its id",
          "[sync][security]")
{
    ServerFixture f;
    f.server.assign(f.aino, f.setB);
    auto mikko = f.client(u"mikko"_s, u"Mikko-pass1"_s);
    const Operation original = operation(1, u"answer"_s, f.tasksB[0], {{u"text"_s, u"Minun"_s}});
    REQUIRE(mikko->sync(syncRequest(u"mikko-laptop"_s, {original})).status == 200);
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    Operation copy = original;
    copy.data.insert(u"text"_s, u"Ainon"_s);
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"aino-laptop"_s, {copy}), &r).status == 200);
    CHECK(r->acks[0].status == AckStatus::Rejected);
    CHECK(r->acks[0].error.code == ErrorCode::Conflict);
    CHECK(f.server.store()->record(u"answer"_s, original.id)->data.value(u"text"_s).toString()
          == u"Minun"_s);
}

TEST_CASE("a coach of another organisation gets nothing of organisation 1", "[sync][security]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    REQUIRE(aino->sync(syncRequest(u"aino-laptop"_s, {operation(1, u"submission"_s, f.tasksA[0])}))
                .status
            == 200);
    auto olli = f.client(u"olli"_s, u"Olli-pass1"_s);
    const QString org1 = protocol::orgScope(f.org1);
    const QString ainoScope = protocol::traineeScope(f.aino);
    std::optional<SyncResponse> r;
    REQUIRE(olli->sync(syncRequest(u"olli-laptop"_s, {}, {{org1, 0}, {ainoScope, 0}}), &r).status
            == 200);
    CHECK(r->changes.isEmpty());
    CHECK(r->cursors.keys() == QStringList{protocol::orgScope(f.org2)});
    CHECK(r->digests.value(protocol::orgScope(f.org2)).count == 0);
}
