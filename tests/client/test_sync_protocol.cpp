#include <catch2/catch.hpp>

#include "client/core/ApiClient.h"
#include "client/core/LocalStore.h"
#include "client/core/SyncEngine.h"
#include "common/protocol/Error.h"
#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "tests/client/StoreFixtures.h"
#include "tests/client/WaitUntil.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestServer.h"

using namespace Qt::StringLiterals;

TEST_CASE("a server that no longer accepts the app's protocol stops automatic syncing with an "
          "'update the app' state, and the work stays until it is accepted again",
          "[sync][protocol]")
{
    TestServer server;
    const qint64 org = server.createOrg(u"Paja"_s);
    const qint64 aino = server.createUser(org, u"aino"_s, u"Aino-pass1"_s, Role::Trainee);
    const QString setId = server.createTaskSet(org, u"Kiinteistö"_s, {u"Lumityöt"_s});
    server.assign(aino, setId);
    const QString taskId = server.taskIds(setId).value(0);
    const QString token = server.login(u"aino"_s, u"Aino-pass1"_s);
    REQUIRE_FALSE(token.isEmpty());
    // After a rollout the operator refuses this app's version (serve --min-client-protocol);
    // the app speaks protocol::kVersion.
    server.setMinimumClientProtocol(protocol::kVersion + 1);
    FaultProxy wire(server.port()); // passes everything; counts the requests that reach the server
    REQUIRE(wire.start());
    const QString syncPath = QString::fromUtf16(protocol::path::kSync);

    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
    REQUIRE_FALSE(store.saveLocal({fixtures::answerWrite(u"a1"_s, taskId, u"Tehty"_s)}).isError());
    ApiClient api(wire.url());
    api.setToken(token);
    SyncEngine engine(&store, &api, &clock);
    CHECK_FALSE(engine.updateRequired());

    engine.setAutomatic(true); // syncs at once
    REQUIRE(waitUntil([&] { return wire.requestCount(syncPath) == 1
                                   && engine.state() == SyncEngine::State::Idle; }));
    CHECK(engine.updateRequired());
    CHECK(engine.lastError().code == ErrorCode::ProtocolUnsupported);
    CHECK(engine.lastError().message.contains(
        u"at least version %1"_s.arg(protocol::kVersion + 1))); // the server's reason
    CHECK(engine.isOnline()); // the server was reached: this is no network problem
    CHECK_FALSE(engine.nextAttemptAt().isValid()); // no retry is scheduled
    CHECK(engine.pendingCount() == 1); // the work waits in the outbox
    CHECK(store.pendingCount() == 1);

    // Local work goes on being saved, and no automatic sync follows it (the debounce is 2 s).
    REQUIRE_FALSE(
        store.saveLocal({fixtures::answerWrite(u"a2"_s, taskId, u"Lisää"_s)}).isError());
    engine.notifyLocalChange();
    CHECK(engine.pendingCount() == 2);
    CHECK_FALSE(waitUntil([&] { return wire.requestCount(syncPath) > 1; }, 3000));
    CHECK_FALSE(engine.nextAttemptAt().isValid());

    // The user may still ask for a sync: it is tried, and the state stays.
    engine.startSync();
    REQUIRE(waitUntil([&] { return wire.requestCount(syncPath) == 2
                                   && engine.state() == SyncEngine::State::Idle; }));
    CHECK(engine.updateRequired());
    CHECK(engine.lastError().code == ErrorCode::ProtocolUnsupported);
    CHECK(store.pendingCount() == 2);
    CHECK(server.recordCount(u"answer"_s) == 0);

    // The operator restarts the server without the minimum: the next manual sync delivers the
    // work and clears the state.
    server.setMinimumClientProtocol(0);
    REQUIRE(server.restart());
    engine.startSync();
    REQUIRE(waitUntil([&] { return !engine.updateRequired()
                                   && engine.state() == SyncEngine::State::Idle; }));
    CHECK_FALSE(engine.lastError());
    CHECK(engine.pendingCount() == 0);
    CHECK(store.pendingCount() == 0);
    CHECK(server.recordCount(u"answer"_s) == 2);
}
