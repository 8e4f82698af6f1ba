#include <catch2/catch.hpp>

#include "client/core/LocalStore.h"
#include "common/util/Clock.h"
#include "tests/client/StoreFixtures.h"
#include "tests/support/TempDir.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <algorithm>

using namespace Qt::StringLiterals;
using fixtures::kindName;

namespace {
QString answerKind()
{
    return kindName(kind::kAnswer);
}

QList<qint64> counters(const QList<OutboxEntry> &entries)
{
    QList<qint64> out;
    for (const OutboxEntry &e : entries)
        out.append(e.op.counter);
    return out;
}
} // namespace

TEST_CASE("the schema steps are numbered 1, 2, 3 ... without gaps", "[store][migration]")
{
    const QList<Migration> steps = LocalStore::migrations();
    REQUIRE_FALSE(steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        CHECK(steps.at(i).version == i + 1);
    CHECK(LocalStore::latestSchemaVersion() == steps.size());
}

TEST_CASE("a new profile database gets the newest schema and a device identity", "[store]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    CHECK(store.schemaVersion() == LocalStore::latestSchemaVersion());
    CHECK(store.deviceId().size() == 36);
    CHECK(store.deviceEpoch() == 1);
    CHECK(store.nextCounter() == 1);
    CHECK(store.serverEpoch().isEmpty());
    const QString deviceId = store.deviceId();
    store.close();
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    CHECK(store.deviceId() == deviceId); // stable across openings
}

TEST_CASE("a profile of every earlier schema version is migrated with its data",
          "[store][migration]")
{
    for (int version = 1; version < LocalStore::latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            TempDir dir;
            ManualClock clock;
            const QString path = dir.filePath(u"p.sqlite"_s);
            QString deviceId;
            {
                LocalStore old(&clock);
                REQUIRE(old.openAtVersion(path, version));
                REQUIRE(old.schemaVersion() == version);
                deviceId = old.deviceId();
                UserInfo user;
                user.id = 7;
                user.username = u"aino"_s;
                user.orgId = 1;
                REQUIRE(old.setUserInfo(user));
                REQUIRE(old.setPasswordVerifier(u"$argon2id$fake"_s));
                SyncResponse r = fixtures::response(fixtures::program(7, u"s1"_s, {u"Mop"_s}),
                                                    {{u"trainee:7"_s, 3}});
                REQUIRE(old.applySyncResponse(r).ok);
                REQUIRE_FALSE(old.saveLocal({fixtures::answerWrite(u"a1"_s, u"s1-t1"_s, u"hei"_s)})
                                  .isError());
            }
            LocalStore store(&clock);
            REQUIRE(store.open(path));
            CHECK(store.schemaVersion() == LocalStore::latestSchemaVersion());
            CHECK(store.deviceId() == deviceId);
            CHECK(store.userInfo()->username == u"aino"_s);
            CHECK(store.passwordVerifier() == u"$argon2id$fake"_s);
            CHECK(store.cursors() == QMap<QString, qint64> {{u"trainee:7"_s, 3}});
            CHECK(store.serverEpoch() == u"epoch-1"_s);
            CHECK(store.pendingCount() == 1);
            CHECK(store.nextCounter() == 2);
            CHECK(store.tasksOfSet(u"s1"_s).size() == 1);
            CHECK(store.recordsForTask(answerKind(), u"s1-t1"_s).size() == 1);
            CHECK(store.hasPendingForTask(u"s1-t1"_s));
        }
    }
}

TEST_CASE("a database newer than the program is not opened", "[store][migration]")
{
    TempDir dir;
    ManualClock clock;
    const QString path = dir.filePath(u"p.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path));
        QList<Migration> future = LocalStore::migrations();
        future.append({LocalStore::latestSchemaVersion() + 1, {u"CREATE TABLE later (x)"_s}});
        REQUIRE(db.migrate(future));
    }
    LocalStore store(&clock);
    CHECK_FALSE(store.open(path));
    CHECK_FALSE(store.errorString().isEmpty());
}

TEST_CASE("every local write gets the next counter, and counters are never reused",
          "[store][outbox]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    QSignalSpy saved(&store, &LocalStore::localChangeSaved);
    REQUIRE_FALSE(store.saveLocal({fixtures::answerWrite(u"a1"_s, u"t"_s, u"1"_s)}).isError());
    REQUIRE_FALSE(store
                      .saveLocal({fixtures::answerWrite(u"a2"_s, u"t"_s, u"2"_s),
                                  fixtures::answerWrite(u"a3"_s, u"t"_s, u"3"_s)})
                      .isError());
    CHECK(saved.count() == 2);
    CHECK(counters(store.outbox()) == QList<qint64> {1, 2, 3});
    const QList<Operation> ops = store.pendingOperations(100, 1 << 20);
    REQUIRE(ops.size() == 3);
    CHECK(ops.at(1).id == u"a2"_s);
    CHECK(ops.at(1).data.value(u"text"_s).toString() == u"2"_s);

    SyncResponse r = fixtures::response({}, {});
    r.acks = {fixtures::ack(1, AckStatus::Applied), fixtures::ack(2, AckStatus::Duplicate),
              fixtures::ack(3, AckStatus::Applied)};
    REQUIRE(store.applySyncResponse(r).ok);
    CHECK(store.pendingCount() == 0);
    store.close();
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    REQUIRE_FALSE(store.saveLocal({fixtures::answerWrite(u"a4"_s, u"t"_s, u"4"_s)}).isError());
    CHECK(counters(store.outbox()) == QList<qint64> {4});
}

TEST_CASE("a record and its operation are stored together or not at all", "[store][outbox]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    REQUIRE_FALSE(store.saveLocal({fixtures::answerWrite(u"a1"_s, u"t"_s, u"first"_s)}).isError());
    // The second write reuses an id: the whole batch fails, the first write of it included.
    const Error error = store.saveLocal({fixtures::answerWrite(u"a2"_s, u"t"_s, u"second"_s),
                                         fixtures::answerWrite(u"a1"_s, u"t"_s, u"clash"_s)});
    CHECK(error.code == ErrorCode::Internal);
    CHECK_FALSE(store.record(answerKind(), u"a2"_s).has_value());
    CHECK(store.record(answerKind(), u"a1"_s)->data.value(u"text"_s).toString() == u"first"_s);
    CHECK(store.pendingCount() == 1);
    CHECK(store.nextCounter() == 2);
}

TEST_CASE("a push batch respects its limits but always carries one operation", "[store][outbox]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    for (int i = 0; i < 5; ++i) {
        REQUIRE_FALSE(store
                          .saveLocal({fixtures::answerWrite(u"a"_s + QString::number(i), u"t"_s,
                                                            QString(1000, u'x'))})
                          .isError());
    }
    CHECK(store.pendingOperations(3, 1 << 20).size() == 3);
    CHECK(store.pendingOperations(100, 3000).size() == 2);
    CHECK(store.pendingOperations(100, 10).size() == 1);
    CHECK(store.pendingOperations(100, 10).first().counter == 1);
}

TEST_CASE("acknowledged operations leave the outbox and rejected ones stay, marked",
          "[store][sync]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    for (const QString &id : {u"a1"_s, u"a2"_s, u"a3"_s})
        REQUIRE_FALSE(store.saveLocal({fixtures::answerWrite(id, u"t"_s, id)}).isError());

    SyncResponse r = fixtures::response({}, {{u"trainee:7"_s, 0}});
    r.acks = {
        fixtures::ack(1, AckStatus::Applied),
        fixtures::ack(2, AckStatus::Rejected, Error(ErrorCode::Forbidden, u"task not assigned"_s))};
    const ApplyResult result = store.applySyncResponse(r);
    REQUIRE(result.ok);
    CHECK(result.acknowledged == 1);
    CHECK(result.rejected == 1);
    CHECK(store.pendingCount() == 1);
    CHECK(store.rejectedCount() == 1);
    const QList<OutboxEntry> rejected = store.rejectedOperations();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().op.id == u"a2"_s);
    CHECK(rejected.first().error.code == ErrorCode::Forbidden);
    CHECK(rejected.first().error.message == u"task not assigned"_s);
    // Only the pending operation is sent again; the refused one is never re-sent.
    const QList<Operation> next = store.pendingOperations(100, 1 << 20);
    REQUIRE(next.size() == 1);
    CHECK(next.first().counter == 3);
    // What the person wrote stays on the laptop.
    CHECK(store.record(answerKind(), u"a2"_s).has_value());
}

TEST_CASE("pulled changes are stored with their cursors, and unlisted scopes are forgotten",
          "[store][sync]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    const QList<Change> changes = fixtures::program(7, u"s1"_s, {u"A"_s, u"B"_s}, 10);
    SyncResponse first = fixtures::response(changes, {{u"trainee:7"_s, 13}, {u"org:1"_s, 0}});
    const ApplyResult applied = store.applySyncResponse(first);
    REQUIRE(applied.ok);
    CHECK(applied.changes == 4);
    CHECK(store.cursors() == QMap<QString, qint64> {{u"org:1"_s, 0}, {u"trainee:7"_s, 13}});
    CHECK(store.serverEpoch() == u"epoch-1"_s);
    CHECK(store.lastSyncAt().isValid());
    CHECK(store.record(kindName(kind::kTask), u"s1-t2"_s)->seq == 12);

    // An update replaces the data; a tombstone hides the record but keeps what was known.
    Change renamed = changes.at(1);
    renamed.seq = 20;
    renamed.data.insert(u"title"_s, u"A2"_s);
    Change gone = fixtures::change(u"trainee:7"_s, 21, kindName(kind::kTask), u"s1-t2"_s, {});
    gone.deleted = true;
    REQUIRE(
        store.applySyncResponse(fixtures::response({renamed, gone}, {{u"trainee:7"_s, 21}})).ok);
    CHECK(store.record(kindName(kind::kTask), u"s1-t1"_s)->data.value(u"title"_s) == u"A2"_s);
    const auto tomb = store.record(kindName(kind::kTask), u"s1-t2"_s);
    REQUIRE(tomb.has_value());
    CHECK(tomb->deleted);
    CHECK(tomb->data.value(u"title"_s) == u"B"_s);
    CHECK(store.tasksOfSet(u"s1"_s).size() == 1);
    CHECK(store.cursors() == QMap<QString, qint64> {{u"trainee:7"_s, 21}}); // org:1 dropped
    CHECK(store.recordCount(kindName(kind::kTaskSet)) == 1); // records of a dropped scope stay
}

TEST_CASE("a digest that differs resets only that scope's cursor", "[store][sync][digest]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    const QList<Change> changes = fixtures::program(7, u"s1"_s, {u"A"_s}, 1);
    DigestBuilder server;
    for (const Change &c : changes)
        server.add(c.kind, c.id, c.seq);
    SyncResponse r = fixtures::response(changes, {{u"trainee:7"_s, 3}, {u"org:1"_s, 5}});
    r.digests.insert(u"trainee:7"_s, server.result());
    r.digests.insert(u"org:1"_s, ScopeDigest {1, u"00112233445566778899aabbccddeeff"_s});
    const ApplyResult result = store.applySyncResponse(r);
    REQUIRE(result.ok);
    CHECK(result.scopesReset == QStringList {u"org:1"_s});
    CHECK(store.cursors() == QMap<QString, qint64> {{u"org:1"_s, 0}, {u"trainee:7"_s, 3}});
    CHECK(store.scopeDigest(u"trainee:7"_s) == server.result());

    // While more pages follow, digests are not checked (the server sends none then).
    SyncResponse partial = fixtures::response({}, {{u"trainee:7"_s, 3}, {u"org:1"_s, 2}});
    partial.more = true;
    partial.digests.insert(u"trainee:7"_s, ScopeDigest {99, u"ff"_s});
    REQUIRE(store.applySyncResponse(partial).scopesReset.isEmpty());
    CHECK(store.cursors().value(u"trainee:7"_s) == 3);
}

TEST_CASE("a new server epoch resets every cursor but keeps data and outbox",
          "[store][sync][epoch]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    REQUIRE(store
                .applySyncResponse(fixtures::response(fixtures::program(7, u"s1"_s, {u"A"_s}),
                                                      {{u"trainee:7"_s, 3}}, u"old"_s))
                .ok);
    REQUIRE_FALSE(store.saveLocal({fixtures::answerWrite(u"a1"_s, u"s1-t1"_s, u"x"_s)}).isError());
    const ApplyResult result
        = store.applySyncResponse(fixtures::response({}, {{u"trainee:7"_s, 40}}, u"restored"_s));
    REQUIRE(result.ok);
    CHECK(result.serverEpochChanged);
    CHECK(store.cursors() == QMap<QString, qint64> {{u"trainee:7"_s, 0}});
    CHECK(store.serverEpoch() == u"restored"_s);
    CHECK(store.pendingCount() == 1);
    CHECK(store.recordCount(kindName(kind::kTask)) == 1);
    CHECK(store.scopeDigest(u"trainee:7"_s).count == 0);
    // The next response of the same epoch is taken as usual.
    REQUIRE_FALSE(
        store.applySyncResponse(fixtures::response({}, {{u"trainee:7"_s, 40}}, u"restored"_s))
            .serverEpochChanged);
    CHECK(store.cursors().value(u"trainee:7"_s) == 40);
}

TEST_CASE("after a new server epoch the user's own synced records are offered again",
          "[store][sync][epoch]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    UserInfo me;
    me.id = 7;
    me.username = u"aino"_s;
    me.orgId = 1;
    REQUIRE(store.setUserInfo(me));
    QList<Change> changes = fixtures::program(7, u"s1"_s, {u"A"_s}, 1);
    const QString scope = u"trainee:7"_s;
    Submission mine;
    mine.taskId = u"s1-t1"_s;
    mine.answer = u"Valmis."_s;
    mine.traineeId = 7;
    mine.version = 1;
    mine.receivedAt = QDateTime::currentDateTimeUtc();
    changes.append(fixtures::change(scope, 10, kindName(kind::kSubmission), u"sub-1"_s, mine.toJson()));
    Submission someoneElse = mine;
    someoneElse.traineeId = 8; // e.g. a coach's profile holds other trainees' work
    changes.append(fixtures::change(u"trainee:8"_s, 11, kindName(kind::kSubmission), u"sub-2"_s,
                                    someoneElse.toJson()));
    REQUIRE(store.applySyncResponse(fixtures::response(changes, {{scope, 11}, {u"trainee:8"_s, 11}},
                                                       u"old"_s))
                .ok);
    REQUIRE_FALSE(store.saveLocal({fixtures::answerWrite(u"a1"_s, u"s1-t1"_s, u"x"_s)}).isError());
    CHECK(store.pendingCount() == 1);

    const ApplyResult result
        = store.applySyncResponse(fixtures::response({}, {{scope, 2}}, u"restored"_s));
    REQUIRE(result.ok);
    CHECK(result.requeued == 1); // sub-1 only: not the other trainee's, not the pending answer
    const QList<OutboxEntry> outbox = store.outbox();
    REQUIRE(outbox.size() == 2);
    CHECK(outbox[1].op.id == u"sub-1"_s);
    CHECK(outbox[1].op.counter > outbox[0].op.counter);
    // The server assigns version and arrival time again; the person's words travel unchanged.
    CHECK_FALSE(outbox[1].op.data.contains(u"version"_s));
    CHECK_FALSE(outbox[1].op.data.contains(u"receivedAt"_s));
    CHECK(outbox[1].op.data.value(u"answer"_s) == u"Valmis."_s);
    // The same epoch again queues nothing more.
    REQUIRE(store.applySyncResponse(fixtures::response({}, {{scope, 2}}, u"restored"_s)).ok);
    CHECK(store.pendingCount() == 2);
}

TEST_CASE("saving an answer locally is fast (information only)", "[store][timing]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    REQUIRE(store
                .applySyncResponse(fixtures::response(fixtures::program(7, u"s1"_s, {u"A"_s}),
                                                      {{u"trainee:7"_s, 3}}))
                .ok);
    QList<double> ms;
    const QString text = QString(2000, u'k');
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Error error = store.saveLocal(
            {fixtures::answerWrite(u"a"_s + QString::number(i), u"s1-t1"_s, text)});
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        REQUIRE_FALSE(error.isError());
    }
    std::sort(ms.begin(), ms.end());
    qInfo("local save of an answer: median %.2f ms, p95 %.2f ms, max %.2f ms (target p95 <= 50 ms)",
          ms.at(ms.size() / 2), ms.at(ms.size() * 95 / 100), ms.constLast());
    CHECK(store.pendingCount() == 200);
}
