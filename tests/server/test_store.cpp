#include "common/model/Records.h"
#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "server/core/Admin.h"
#include "server/core/DemoData.h"
#include "server/core/ServerMigrations.h"
#include "server/core/ServerStore.h"
#include "server/core/SyncService.h"
#include "tests/support/TempDir.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace Qt::StringLiterals;

TEST_CASE("a new server database gets every migration and opens again unchanged", "[store]")
{
    TempDir dir;
    const QString data = dir.filePath(u"nested/data"_s);
    QString epoch;
    {
        ServerStore store;
        REQUIRE(store.open(data));
        CHECK(store.schemaVersion() == serverMigrations().last().version);
        CHECK(QFileInfo(store.databasePath()).fileName() == u"pajapolku.sqlite"_s);
        CHECK(QFileInfo::exists(store.databasePath() + u"-wal"_s)); // WAL mode
        epoch = store.serverEpoch();
        CHECK(epoch.size() == 32);
        CHECK(store.orgs().isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        REQUIRE(store.transaction([&] { return store.insertOrg(u"Paja"_s, now).has_value(); }));
    }
    ServerStore store;
    REQUIRE(store.open(data));
    CHECK(store.schemaVersion() == serverMigrations().last().version);
    CHECK(store.serverEpoch() == epoch);
    REQUIRE(store.orgs().size() == 1);
    CHECK(store.orgs().first().name == u"Paja"_s);

    ServerStore other;
    TempDir otherDir;
    REQUIRE(other.open(otherDir.path()));
    CHECK(other.serverEpoch() != epoch);
}

TEST_CASE("a failed statement rolls back the whole transaction", "[store]")
{
    TempDir dir;
    ServerStore store;
    REQUIRE(store.open(dir.path()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool ok = store.transaction([&] {
        store.insertOrg(u"Ensimmäinen"_s, now);
        store.insertOrg(u"Ensimmäinen"_s, now); // UNIQUE violation; the caller does not check
        return true;
    });
    CHECK_FALSE(ok);
    CHECK(store.orgs().isEmpty());
    CHECK(store.transaction([&] { return store.insertOrg(u"Toinen"_s, now).has_value(); }));
    CHECK(store.orgs().size() == 1);
}

TEST_CASE("the digest kept with every change equals one computed from the change rows",
          "[store][digest]")
{
    TempDir dir;
    ServerStore store;
    REQUIRE(store.open(dir.path()));
    ManualClock clock;
    SyncService sync(&store, &clock);
    Admin admin(&store, &sync, &clock);
    Error error;
    const qint64 orgId = DemoData::ensure(&admin, &error);
    REQUIRE(orgId > 0);
    // Edit every task twice so that change rows move to new sequence numbers.
    for (int round = 0; round < 2; ++round) {
        for (const TaskSetSummary &set : admin.taskSets(orgId)) {
            for (const RecordRow &row : store.tasksOfSet(set.id)) {
                Task task = *Task::fromJson(row.id, row.data, &error);
                task.estimatedMinutes += 5;
                REQUIRE(admin.updateTask(orgId, task).code == ErrorCode::None);
            }
        }
    }
    QStringList scopes{protocol::orgScope(orgId)};
    for (const UserRow &u : store.users(orgId)) {
        if (u.role == Role::Trainee)
            scopes.append(protocol::traineeScope(u.id));
    }
    REQUIRE(scopes.size() == 3);
    for (const QString &scope : scopes) {
        INFO(scope.toStdString());
        const ScopeDigest kept = store.digest(scope);
        CHECK(kept.count > 0);
        CHECK(kept == store.computeDigest(scope));
        CHECK(kept.count == store.changesAfter(scope, 0, 100000).size());
    }
    // Aino has both sets (7 tasks) and a submitted task (progress + submission), Mikko the first
    // set (4 tasks); each has a trainee_profile record.
    CHECK(store.digest(scopes[1]).count == 2 + 7 + 2 + 2 + 1);
    CHECK(store.digest(scopes[2]).count == 1 + 4 + 1 + 1);
    CHECK(store.digest(u"trainee:999"_s) == DigestBuilder().result());
}

TEST_CASE("the demo data is created once however often it is asked for", "[store][demo]")
{
    TempDir dir;
    ServerStore store;
    REQUIRE(store.open(dir.path()));
    ManualClock clock;
    SyncService sync(&store, &clock);
    Admin admin(&store, &sync, &clock);
    Error error;
    const qint64 first = DemoData::ensure(&admin, &error);
    REQUIRE(first > 0);
    const int changes = store.changesAfter(protocol::orgScope(first), 0, 1000).size();
    CHECK(DemoData::ensure(&admin, &error) == first);
    CHECK(admin.orgs().size() == 1);
    CHECK(admin.users(first).size() == 4);
    CHECK(admin.taskSets(first).size() == 2);
    CHECK(store.changesAfter(protocol::orgScope(first), 0, 1000).size() == changes);
    CHECK(store.recordCount(u"assignment"_s) == 3);
    const std::optional<UserRow> coach = admin.user(u"valmentaja"_s, &error);
    REQUIRE(coach);
    CHECK(coach->displayName == u"Veera Valmentaja"_s);
    CHECK_FALSE(coach->mustChangePassword);
    for (const TaskSetSummary &set : admin.taskSets(first)) {
        for (const RecordRow &row : store.tasksOfSet(set.id)) {
            const std::optional<Task> task = Task::fromJson(row.id, row.data, &error);
            REQUIRE(task);
            CHECK(task->instructions.startsWith(u"<p>"_s));
            CHECK_FALSE(task->requirements.isEmpty());
            for (const Requirement &req : task->requirements)
                CHECK(req.unitCode.startsWith(u"nayte_"_s));
        }
    }
}

TEST_CASE("administration refuses bad input with clear errors", "[store][admin]")
{
    TempDir dir;
    ServerStore store;
    REQUIRE(store.open(dir.path()));
    ManualClock clock;
    SyncService sync(&store, &clock);
    Admin admin(&store, &sync, &clock);
    Error error;
    const std::optional<qint64> org = admin.createOrg(u"Paja"_s, &error);
    REQUIRE(org);
    CHECK_FALSE(admin.createOrg(u"  Paja "_s, &error));
    CHECK(error.code == ErrorCode::Conflict);
    const QString pw = u"Password-1"_s;
    CHECK_FALSE(admin.createUser({*org, u"bad name"_s, Role::Trainee, {}, pw}, nullptr, &error));
    CHECK(error.code == ErrorCode::InvalidField);
    CHECK_FALSE(admin.createUser({*org, u"ok"_s, Role::Trainee, {}, u"short"_s}, nullptr, &error));
    CHECK_FALSE(admin.createUser({*org + 1, u"ok"_s, Role::Trainee, {}, pw}, nullptr, &error));
    CHECK(error.code == ErrorCode::NotFound);
    QString oneTime;
    const std::optional<qint64> coach
        = admin.createUser({*org, u"Coach"_s, Role::Coach, {}, {}}, &oneTime, &error);
    REQUIRE(coach);
    CHECK(oneTime.size() == 14);
    CHECK(admin.user(u"coach"_s, &error)->mustChangePassword);
    CHECK_FALSE(admin.createUser({*org, u"COACH"_s, Role::Trainee, {}, pw}, nullptr, &error));
    CHECK(error.code == ErrorCode::Conflict);
    TaskSet set;
    set.title = u"Sarja"_s;
    const std::optional<QString> setId = admin.createTaskSet(*org, set, &error);
    REQUIRE(setId);
    CHECK_FALSE(admin.assign(u"coach"_s, *setId, &error));
    CHECK_FALSE(admin.assign(u"nobody"_s, *setId, &error));
    CHECK(error.code == ErrorCode::NotFound);
    Task orphan;
    orphan.taskSetId = u"missing"_s;
    orphan.title = u"Orpo"_s;
    CHECK_FALSE(admin.createTask(*org, orphan, &error));
    CHECK(error.code == ErrorCode::NotFound);
}
