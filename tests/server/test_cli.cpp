#include "common/protocol/Protocol.h"
#include "server/core/ServerStore.h"
#include "tests/server/ApiTestClient.h"
#include "tests/server/ServerCli.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestServer.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// Starts `serve` and waits for the "Listening on" line; returns the URL.
QUrl startServing(QProcess &p, const QString &dataDir, const QStringList &extra, QString *output)
{
    p.start(serverBinary(),
            QStringList{u"--data-dir"_s, dataDir, u"--listen"_s, u"127.0.0.1:0"_s} + extra);
    REQUIRE(p.waitForStarted(10000));
    static const QRegularExpression listening(u"Listening on (http://127\\.0\\.0\\.1:[0-9]+)"_s);
    for (int i = 0; i < 600; ++i) {
        p.waitForReadyRead(100);
        *output += QString::fromUtf8(p.readAllStandardOutput());
        const auto m = listening.match(*output);
        if (m.hasMatch())
            return QUrl(m.captured(1));
        if (p.state() == QProcess::NotRunning)
            break;
    }
    FAIL("the server did not print where it listens: " << output->toStdString()
                                                       << p.readAllStandardError().toStdString());
    return {};
}

int stopServing(QProcess &p, QString *output)
{
    p.terminate(); // SIGTERM
    REQUIRE(p.waitForFinished(10000));
    *output += QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace

TEST_CASE("the command line creates organisations and users with one-time passwords", "[cli]")
{
    TempDir dir;
    ServerRun r = runServer(dir.path(), {u"org"_s, u"create"_s, u"Kemin Työpaja"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Created organisation 1"_s));
    r = runServer(dir.path(), {u"org"_s, u"list"_s});
    CHECK(r.out.contains(u"Kemin Työpaja"_s));
    r = runServer(dir.path(), {u"user"_s, u"create"_s, u"--org"_s, u"1"_s, u"--username"_s,
                               u"Liisa"_s, u"--role"_s, u"trainee"_s, u"--name"_s, u"Liisa L"_s});
    REQUIRE(r.exitCode == 0);
    static const QRegularExpression otp(u"One-time password: (\\S+)"_s);
    const auto m = otp.match(r.out);
    REQUIRE(m.hasMatch());
    const QString password = m.captured(1);
    CHECK(password.size() == 14);
    r = runServer(dir.path(), {u"user"_s, u"create"_s, u"--org"_s, u"1"_s, u"--username"_s,
                               u"liisa"_s, u"--role"_s, u"coach"_s, u"--password"_s,
                               u"Some-pass-1"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"taken"_s));
    r = runServer(dir.path(), {u"user"_s, u"create"_s, u"--org"_s, u"1"_s, u"--username"_s,
                               u"x"_s, u"--role"_s, u"boss"_s});
    CHECK(r.exitCode == 2);
    r = runServer(dir.path(), {u"user"_s, u"list"_s});
    CHECK(r.out.contains(u"must change password"_s));

    TestServer server(dir.path());
    REQUIRE(server.start());
    ApiTestClient client(server.url());
    const HttpResult login = client.login(u"liisa"_s, password);
    REQUIRE(login.status == 200);
    CHECK(login.json.value(u"user"_s).toObject().value(u"mustChangePassword"_s).toBool());
}

TEST_CASE("the command line manages accounts and programs", "[cli]")
{
    TempDir dir;
    {
        TestServer server(dir.path());
        const qint64 org = server.createOrg(u"Paja"_s);
        server.createUser(org, u"aino"_s, u"Aino-pass1"_s, Role::Trainee);
        server.createTaskSet(org, u"Kiinteistö"_s, {u"Lumityöt"_s});
        REQUIRE(!server.login(u"aino"_s, u"Aino-pass1"_s).isEmpty());
    }
    ServerRun r = runServer(dir.path(), {u"program"_s, u"list"_s});
    REQUIRE(r.exitCode == 0);
    static const QRegularExpression id(u"([0-9a-f-]{36})"_s);
    const auto m = id.match(r.out);
    REQUIRE(m.hasMatch());
    r = runServer(dir.path(), {u"program"_s, u"assign"_s, u"--username"_s, u"aino"_s,
                               u"--task-set"_s, m.captured(1)});
    CHECK(r.exitCode == 0);
    CHECK(runServer(dir.path(), {u"program"_s, u"list"_s}).out.contains(u"assigned to: aino"_s));
    r = runServer(dir.path(), {u"user"_s, u"revoke-tokens"_s, u"aino"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"Revoked 1 token(s)"_s));
    CHECK(runServer(dir.path(), {u"user"_s, u"disable"_s, u"aino"_s}).exitCode == 0);
    CHECK(runServer(dir.path(), {u"user"_s, u"list"_s}).out.contains(u"disabled"_s));
    CHECK(runServer(dir.path(), {u"user"_s, u"enable"_s, u"aino"_s}).exitCode == 0);
    r = runServer(dir.path(), {u"user"_s, u"reset-password"_s, u"aino"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"One-time password for aino"_s));
    r = runServer(dir.path(), {u"user"_s, u"disable"_s, u"nobody"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"no user named 'nobody'"_s));
    CHECK(runServer(dir.path(), {u"frobnicate"_s}).exitCode == 2);
    CHECK(runServer(dir.path(), {u"org"_s, u"list"_s, u"--role"_s, u"admin"_s}).exitCode == 2);
    r = runServer(dir.path(), {u"--version"_s});
    CHECK(r.out.trimmed() == u"pajapolku-server "_s + QStringLiteral(PAJAPOLKU_VERSION));
}

TEST_CASE("serve prints its port, answers health and stops cleanly on SIGTERM", "[cli][serve]")
{
    TempDir dir;
    QProcess p;
    QString output;
    const QUrl url = startServing(p, dir.path(), {}, &output);
    CHECK(url.port() > 0);
    ApiTestClient client(url);
    CHECK(client.get(QString::fromUtf16(protocol::path::kHealth)).status == 200);
    CHECK(stopServing(p, &output) == 0);
    CHECK(output.contains(u"Stopped"_s));
}

TEST_CASE("serving with --demo twice creates the demo organisation once", "[cli][serve][demo]")
{
    TempDir dir;
    for (int round = 0; round < 2; ++round) {
        QProcess p;
        QString output;
        const QUrl url = startServing(p, dir.path(), {u"--demo"_s}, &output);
        CHECK(output.contains(u"valmentaja"_s));
        CHECK(output.contains(u"Aino-demo1"_s));
        ApiTestClient client(url);
        const HttpResult login = client.login(u"aino"_s, u"Aino-demo1"_s);
        REQUIRE(login.status == 200);
        CHECK(login.json.value(u"user"_s).toObject().value(u"displayName"_s).toString()
              == u"Aino Aaltonen"_s);
        std::optional<SyncResponse> r;
        REQUIRE(client.sync(syncRequest(u"cli-test"_s), &r).status == 200);
        int sets = 0;
        for (const Change &c : r->changes)
            sets += c.kind == u"task_set"_s ? 1 : 0;
        CHECK(sets == 2);
        CHECK(stopServing(p, &output) == 0);
    }
    const ServerRun users = runServer(dir.path(), {u"user"_s, u"list"_s});
    CHECK(users.out.count(u"\n"_s) == 5); // header + 4 users
    CHECK(runServer(dir.path(), {u"org"_s, u"list"_s}).out.count(u"\n"_s) == 2);
    CHECK(runServer(dir.path(), {u"program"_s, u"list"_s}).out.count(u"assigned to:"_s) == 2);
}

TEST_CASE("the command line renews the server epoch after a restore", "[cli][epoch]")
{
    TempDir dir;
    QString before;
    {
        ServerStore store;
        REQUIRE(store.open(dir.path()));
        before = store.serverEpoch();
    }
    REQUIRE(before.size() == 32);
    const ServerRun r = runServer(dir.path(), {u"maintenance"_s, u"new-epoch"_s});
    REQUIRE(r.exitCode == 0);
    ServerStore store;
    REQUIRE(store.open(dir.path()));
    const QString after = store.serverEpoch();
    CHECK(after.size() == 32);
    CHECK(after != before);
    CHECK(r.out.contains(after));
}

TEST_CASE("serve refuses a minimum client protocol it does not speak as wrong usage",
          "[cli][serve][protocol]")
{
    TempDir dir;
    const QStringList wrong{QString::number(protocol::kVersion + 1),
                            QString::number(protocol::kMinSupportedVersion - 1), u"two"_s};
    for (const QString &value : wrong) {
        const ServerRun r = runServer(dir.path(), {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s,
                                             u"--min-client-protocol"_s, value});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"--min-client-protocol must be a protocol version this server "
                             "speaks, from %1 to %2"_s.arg(protocol::kMinSupportedVersion)
                                 .arg(protocol::kVersion)));
        CHECK_FALSE(r.out.contains(u"Listening"_s));
    }
    CHECK(runServer(dir.path(), {u"org"_s, u"list"_s, u"--min-client-protocol"_s, u"1"_s})
              .exitCode
          == 2);
    CHECK(runServer(dir.path(), {u"--help"_s}).out.contains(u"--min-client-protocol N"_s));
}

TEST_CASE("serve accepts a minimum client protocol it speaks and health reports it",
          "[cli][serve][protocol]")
{
    TempDir dir;
    QProcess p;
    QString output;
    const QUrl url = startServing(
        p, dir.path(), {u"--min-client-protocol"_s, QString::number(protocol::kVersion)}, &output);
    CHECK(output.contains(
        u"Accepting client protocol versions %1 to %1"_s.arg(protocol::kVersion)));
    ApiTestClient client(url);
    const HttpResult health = client.get(QString::fromUtf16(protocol::path::kHealth));
    REQUIRE(health.status == 200);
    CHECK(health.json.value(u"minProtocol"_s).toInt() == protocol::kVersion);
    CHECK(client.login(u"nobody"_s, u"Nobody-pass1"_s).status == 401); // spoken: not 426
    CHECK(stopServing(p, &output) == 0);
}
