// Pruning of applied_ops, the table that makes re-sent operations idempotent: old rows go, the
// newest 1,000 of every device epoch stay, and a re-sent operation whose row is gone is
// acknowledged as a duplicate without being applied again.
#include "common/storage/Database.h"
#include "server/core/ServerMigrations.h"
#include "server/core/ServerStore.h"
#include "server/core/SyncService.h"
#include "tests/server/ApiTestClient.h"
#include "tests/server/ServerCli.h"
#include "tests/server/ServerFixture.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestServer.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// Writes applied_ops rows [from, to] of a device epoch, all at `at`, and the device's counter.
void insertOps(ServerStore *store, const QString &deviceId, qint64 epoch, qint64 userId,
               qint64 from, qint64 to, const QDateTime &at)
{
    REQUIRE(store->transaction([&] {
        for (qint64 c = from; c <= to; ++c) {
            Ack ack;
            ack.counter = c;
            if (!store->insertAppliedOp(deviceId, epoch, ack, at))
                return false;
        }
        const std::optional<DeviceRow> known = store->device(deviceId, epoch);
        return store->upsertDevice(
            DeviceRow{deviceId, epoch, userId, std::max(to, known ? known->lastCounter : 0), 0});
    }));
}

qint64 prunedThrough(ServerStore *store, const QString &deviceId, qint64 epoch)
{
    const std::optional<DeviceRow> d = store->device(deviceId, epoch);
    REQUIRE(d);
    return d->prunedThrough;
}

// One sync round straight through the server's SyncService (no HTTP), for large batches.
SyncResponse syncDirect(TestServer &server, qint64 userId, const SyncRequest &request)
{
    const std::optional<UserRow> user = server.store()->user(userId);
    REQUIRE(user);
    Error error;
    const std::optional<SyncResponse> response = server.sync()->sync(*user, request, &error);
    REQUIRE(response);
    return *response;
}

} // namespace

TEST_CASE("pruning removes applied operations older than 90 days but keeps the newest 1,000 of "
          "every device epoch",
          "[sync][pruning]")
{
    TestServer server;
    REQUIRE(server.start());
    const qint64 org = server.createOrg(u"Paja"_s);
    const qint64 aino = server.createUser(org, u"aino"_s, u"Aino-pass1"_s, Role::Trainee);
    const qint64 mikko = server.createUser(org, u"mikko"_s, u"Mikko-pass1"_s, Role::Trainee);
    ServerStore *store = server.store();
    const QDateTime now = server.clock()->now();
    const QDateTime old = now.addDays(-100);
    const QDateTime recent = now.addDays(-10);
    // Limited by age: only 50 rows are old although 100 are beyond the newest 1,000.
    insertOps(store, u"laptop-a"_s, 1, aino, 1, 50, old);
    insertOps(store, u"laptop-a"_s, 1, aino, 51, 1100, recent);
    // Another epoch of the same device counts on its own: few rows, all kept.
    insertOps(store, u"laptop-a"_s, 2, aino, 1, 5, old);
    // Limited by count: all old, the newest 1,000 stay.
    insertOps(store, u"laptop-m"_s, 1, mikko, 1, 1020, old);
    REQUIRE(store->appliedOpCount() == 1100 + 5 + 1020);

    CHECK(server.sync()->pruneAppliedOps() == 50 + 20);
    CHECK(store->appliedOpCount() == 1100 + 5 + 1020 - 70);
    CHECK_FALSE(store->appliedOp(u"laptop-a"_s, 1, 50));
    CHECK(store->appliedOp(u"laptop-a"_s, 1, 51));
    CHECK(store->appliedOp(u"laptop-a"_s, 2, 1));
    CHECK_FALSE(store->appliedOp(u"laptop-m"_s, 1, 20));
    CHECK(store->appliedOp(u"laptop-m"_s, 1, 21));
    CHECK(prunedThrough(store, u"laptop-a"_s, 1) == 50);
    CHECK(prunedThrough(store, u"laptop-a"_s, 2) == 0);
    CHECK(prunedThrough(store, u"laptop-m"_s, 1) == 20);

    // Nothing more to do; the watermarks stay where they are.
    CHECK(server.sync()->pruneAppliedOps() == 0);
    CHECK(prunedThrough(store, u"laptop-a"_s, 1) == 50);
    CHECK(prunedThrough(store, u"laptop-m"_s, 1) == 20);
    // A shorter retention reaches the recent rows too, still above the newest 1,000.
    CHECK(server.sync()->pruneAppliedOps(5) == 50);
    CHECK(prunedThrough(store, u"laptop-a"_s, 1) == 100);
}

TEST_CASE("a re-sent operation whose record was pruned is a duplicate and is not applied again",
          "[sync][pruning][idempotency]")
{
    ServerFixture f;
    // 100 days ago Aino's laptop sent 1,002 operations: progress, and answers to a task of
    // another set (rejected as forbidden) at counters 2 and 1002.
    f.server.clock()->setOffset(-100 * kDayMs);
    QList<Operation> ops;
    for (qint64 c = 1; c <= 1002; ++c)
        ops.append(c == 2 || c == 1002 ? operation(c, u"answer"_s, f.tasksB[0],
                                                   {{u"text"_s, u"Vastaus"_s}})
                                       : operation(c, u"progress"_s, f.tasksA[0]));
    const SyncResponse first = syncDirect(f.server, f.aino, syncRequest(u"laptop-1"_s, ops));
    REQUIRE(first.acks.size() == 1002);
    REQUIRE(first.acks[0].status == AckStatus::Applied);
    REQUIRE(first.acks[1].status == AckStatus::Rejected);
    REQUIRE(first.acks[1001].status == AckStatus::Rejected);
    const int progress = f.server.recordCount(u"progress"_s);
    REQUIRE(progress == 1000);

    f.server.clock()->setOffset(0);
    CHECK(f.server.sync()->pruneAppliedOps() == 2); // counters 1 and 2
    CHECK(prunedThrough(f.server.store(), u"laptop-1"_s, 1) == 2);

    // The laptop lost the answer and sends some of them again.
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    std::optional<SyncResponse> again;
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s, {ops[0], ops[1], ops[2], ops[1001]}), &again)
                .status
            == 200);
    REQUIRE(again->acks.size() == 4);
    CHECK(again->acks[0].status == AckStatus::Duplicate); // pruned, was applied
    CHECK(again->acks[1].status == AckStatus::Duplicate); // pruned, was rejected
    CHECK(again->acks[2].status == AckStatus::Duplicate); // kept, was applied
    // Kept (among the newest 1,000 although old): the first rejection again.
    CHECK(again->acks[3].status == AckStatus::Rejected);
    CHECK(again->acks[3].error.code == first.acks[1001].error.code);
    CHECK(again->acks[3].error.message == first.acks[1001].error.message);
    CHECK(f.server.recordCount(u"progress"_s) == progress);
    CHECK(f.server.recordCount(u"answer"_s) == 0);

    // New work of the device goes on as before.
    std::optional<SyncResponse> next;
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s, {operation(1003, u"progress"_s, f.tasksA[1])}),
                       &next)
                .status
            == 200);
    REQUIRE(next->acks.size() == 1);
    CHECK(next->acks[0].status == AckStatus::Applied);
    CHECK(f.server.recordCount(u"progress"_s) == progress + 1);
}

TEST_CASE("applied operations of a database made before pruning get the migration time",
          "[sync][pruning][store]")
{
    TempDir dir;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        Database db;
        REQUIRE(db.open(dir.filePath(QString::fromUtf16(ServerStore::kFileName))));
        REQUIRE(db.migrate(serverMigrations().mid(0, 3)));
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"INSERT INTO orgs (name, created_at) VALUES ('Paja', 0)"_s));
        REQUIRE(q.exec(u"INSERT INTO users (org_id, username, role, password_hash, created_at)"
                       " VALUES (1, 'aino', 'trainee', 'x', 0)"_s));
        REQUIRE(q.exec(u"INSERT INTO devices (device_id, epoch, user_id, last_counter)"
                       " VALUES ('laptop-1', 1, 1, 7)"_s));
        REQUIRE(q.exec(u"INSERT INTO applied_ops (device_id, epoch, counter, status)"
                       " VALUES ('laptop-1', 1, 7, 'applied')"_s));
    }
    {
        ServerStore store;
        REQUIRE(store.open(dir.path()));
        CHECK(store.schemaVersion() == serverMigrations().last().version);
        const std::optional<DeviceRow> device = store.device(u"laptop-1"_s, 1);
        REQUIRE(device);
        CHECK(device->lastCounter == 7);
        CHECK(device->prunedThrough == 0);
        CHECK(store.appliedOp(u"laptop-1"_s, 1, 7));
    }
    Database db;
    REQUIRE(db.open(dir.filePath(QString::fromUtf16(ServerStore::kFileName))));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT applied_at FROM applied_ops WHERE counter = 7"_s));
    REQUIRE(q.next());
    const qint64 appliedAt = q.value(0).toLongLong();
    CHECK(appliedAt >= before.toMSecsSinceEpoch());
    CHECK(appliedAt <= QDateTime::currentDateTimeUtc().toMSecsSinceEpoch());
}

TEST_CASE("maintenance prune-ops removes old applied operations and prints how many",
          "[cli][pruning]")
{
    TempDir dir;
    {
        TestServer server(dir.path());
        REQUIRE(server.start());
        const qint64 org = server.createOrg(u"Paja"_s);
        const qint64 aino = server.createUser(org, u"aino"_s, u"Aino-pass1"_s, Role::Trainee);
        insertOps(server.store(), u"laptop-1"_s, 1, aino, 1, 1005,
                  QDateTime::currentDateTimeUtc().addDays(-100));
        server.stop();
    }
    ServerRun r = runServer(dir.path(), {u"maintenance"_s, u"prune-ops"_s, u"--days"_s, u"200"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Removed 0 applied operation(s) older than 200 days"_s));
    r = runServer(dir.path(), {u"maintenance"_s, u"prune-ops"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Removed 5 applied operation(s) older than 90 days"_s));
    r = runServer(dir.path(), {u"maintenance"_s, u"prune-ops"_s});
    CHECK(r.out.contains(u"Removed 0 applied operation(s)"_s));
    r = runServer(dir.path(), {u"maintenance"_s, u"prune-ops"_s, u"--days"_s, u"0"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--days"_s));
    r = runServer(dir.path(), {u"maintenance"_s, u"clean-uploads"_s, u"--days"_s, u"3"_s});
    CHECK(r.exitCode == 2); // --days belongs to prune-ops only
    CHECK(runServer(dir.path(), {u"--help"_s}).out.contains(u"maintenance prune-ops [--days N]"_s));

    ServerStore store;
    REQUIRE(store.open(dir.path()));
    CHECK(store.appliedOpCount() == 1000);
    const std::optional<DeviceRow> device = store.device(u"laptop-1"_s, 1);
    REQUIRE(device);
    CHECK(device->prunedThrough == 5);
}
