#include <catch2/catch.hpp>

#include "client/core/ApiClient.h"
#include "client/core/LocalStore.h"
#include "client/core/LoginController.h"
#include "client/core/ProfileManager.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"
#include "tests/client/StoreFixtures.h"
#include "tests/client/WaitUntil.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// A loopback address where nothing listens: every request fails at once.
QUrl unreachableServer()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

UserInfo user(qint64 id, const QString &name)
{
    UserInfo u;
    u.id = id;
    u.username = name;
    u.displayName = name.toUpper();
    u.orgId = 1;
    u.orgName = u"Paja"_s;
    return u;
}

// A profile as an earlier online login leaves it.
void createProfile(ProfileManager &profiles, const QUrl &url, const UserInfo &u,
                   const QString &password)
{
    const ProfileSummary p = profiles.upsert(url, u);
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(profiles.databasePath(p.id)));
    REQUIRE(store.setServerUrl(url));
    REQUIRE(store.setUserInfo(u));
    REQUIRE(store.setPasswordVerifier(crypto::hashPassword(password)));
    REQUIRE(store.setToken(u"old-token"_s, QDateTime::currentDateTimeUtc().addDays(30)));
}

struct LoginOutcome
{
    std::unique_ptr<Session> session;
    Error error;
};

LoginOutcome login(LoginController &controller, const QUrl &url, const QString &username,
                   const QString &password)
{
    LoginOutcome out;
    int emitted = 0;
    QObject context;
    QObject::connect(&controller, &LoginController::loggedIn, &context, [&](Session *s) {
        out.session.reset(s);
        ++emitted;
    });
    QObject::connect(&controller, &LoginController::loginFailed, &context, [&](const Error &e) {
        out.error = e;
        ++emitted;
    });
    controller.login(url, username, password);
    REQUIRE(waitUntil([&] { return emitted > 0; }));
    QTest::qWait(50); // a second signal would be a bug
    REQUIRE(emitted == 1);
    return out;
}
} // namespace

TEST_CASE("two profiles on one laptop keep separate databases", "[profiles]")
{
    TempDir root;
    ProfileManager profiles(root.path());
    const QUrl url(u"https://paja.example.fi/"_s);
    const ProfileSummary a = profiles.upsert(url, user(1, u"aino"_s));
    const ProfileSummary b = profiles.upsert(url, user(2, u"eero"_s));
    CHECK(a.id != b.id);
    CHECK(profiles.databasePath(a.id) != profiles.databasePath(b.id));
    ManualClock clock;
    {
        LocalStore storeA(&clock);
        REQUIRE(storeA.open(profiles.databasePath(a.id)));
        REQUIRE_FALSE(
            storeA.saveLocal({fixtures::answerWrite(u"x"_s, u"t"_s, u"aino's"_s)}).isError());
        LocalStore storeB(&clock);
        REQUIRE(storeB.open(profiles.databasePath(b.id)));
        CHECK(storeB.pendingCount() == 0);
        CHECK(storeA.deviceId() != storeB.deviceId());
    }
    profiles.touch(a.id, QDateTime::currentDateTimeUtc().addSecs(-60));
    profiles.touch(b.id, QDateTime::currentDateTimeUtc());
    const QList<ProfileSummary> list = profiles.profiles();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).username == u"eero"_s); // most recently used first
    CHECK(list.at(1).displayName == u"AINO"_s);

    // The same user on the same server (spelled a little differently) is the same profile.
    CHECK(profiles.find(QUrl(u"https://paja.example.fi"_s), u"Aino"_s)->id == a.id);
    CHECK(profiles.upsert(QUrl(u"https://paja.example.fi"_s), user(1, u"aino"_s)).id == a.id);
    CHECK_FALSE(profiles.find(QUrl(u"https://other.example.fi"_s), u"aino"_s).has_value());

    // A second manager reads the same index.
    ProfileManager again(root.path());
    CHECK(again.profiles().size() == 2);
    REQUIRE(again.remove(a.id));
    CHECK_FALSE(QFile::exists(profiles.databasePath(a.id)));
    CHECK(profiles.profiles().size() == 1);
}

TEST_CASE("a known user logs in without any network", "[login][offline]")
{
    TempDir root;
    ProfileManager profiles(root.path());
    const QUrl url = unreachableServer();
    createProfile(profiles, url, user(5, u"aino"_s), u"kissa123"_s);
    ManualClock clock;
    LoginController controller(&profiles, &clock);
    controller.setAutomaticSync(false);

    LoginOutcome good = login(controller, url, u"aino"_s, u"kissa123"_s);
    REQUIRE(good.session);
    CHECK(good.session->user().id == 5);
    CHECK(good.session->user().username == u"aino"_s);
    CHECK(good.session->store()->token() == u"old-token"_s);
    CHECK(profiles.profiles().first().lastLoginAt.isValid());
    good.session.reset();

    LoginOutcome bad = login(controller, url, u"aino"_s, u"koira123"_s);
    CHECK_FALSE(bad.session);
    CHECK(bad.error.code == ErrorCode::WrongCredentials);

    LoginOutcome stranger = login(controller, url, u"eero"_s, u"kissa123"_s);
    CHECK_FALSE(stranger.session);
    CHECK(stranger.error.code == ErrorCode::NetworkError);
}

TEST_CASE("an unreachable server leads to a retry with backoff, not to lost work", "[login][sync]")
{
    TempDir root;
    ProfileManager profiles(root.path());
    const QUrl url = unreachableServer();
    createProfile(profiles, url, user(5, u"aino"_s), u"kissa123"_s);
    ManualClock clock;
    LoginController controller(&profiles, &clock);
    LoginOutcome outcome = login(controller, url, u"aino"_s, u"kissa123"_s);
    REQUIRE(outcome.session);
    SyncEngine *sync = outcome.session->sync();
    // The first sync starts with the session (it may have ended already).
    REQUIRE(waitUntil([&] { return sync->lastError().isError(); }));
    CHECK(sync->state() == SyncEngine::State::Idle);
    CHECK_FALSE(sync->isOnline());
    CHECK(sync->lastError().code == ErrorCode::NetworkError);
    CHECK_FALSE(sync->lastSuccessAt().isValid());
    const qint64 delay = clock.now().msecsTo(sync->nextAttemptAt());
    CHECK(delay > 3500);
    CHECK(delay <= 6000);
}

TEST_CASE("the api client reports an unreachable server as a network error", "[api]")
{
    ApiClient api(unreachableServer());
    ApiReply *reply = api.health();
    Error error;
    int status = -1;
    QObject::connect(reply, &ApiReply::finished, [&] {
        error = reply->error();
        status = reply->httpStatus();
    });
    QSignalSpy done(&api, &ApiClient::requestFinished);
    REQUIRE(done.wait(10000));
    CHECK(error.code == ErrorCode::NetworkError);
    CHECK(status == 0);
    CHECK(api.counters().requests == 1);
    CHECK(api.requestCount(u"/api/v1/health"_s) == 1);
}
