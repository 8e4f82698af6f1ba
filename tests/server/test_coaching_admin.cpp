#include "common/model/ReviewRecords.h"
#include "common/protocol/Protocol.h"
#include "server/core/Admin.h"
#include "server/core/DemoData.h"
#include "server/core/ServerStore.h"
#include "server/core/SyncService.h"
#include "tests/server/CoachingFixture.h"
#include "tests/server/ServerCli.h"
#include "tests/support/TempDir.h"

#include <QProcess>

using namespace Qt::StringLiterals;
using namespace coaching;

TEST_CASE("shared groups are made and listed from the command line", "[cli][coaching][groups]")
{
    TempDir dir;
    {
        TestServer server(dir.path());
        const qint64 org1 = server.createOrg(u"Rovaniemen paja"_s);
        const qint64 org2 = server.createOrg(u"Kemin paja"_s);
        REQUIRE(server.createUser(org1, u"aino"_s, u"Aino-pass1"_s, Role::Trainee) > 0);
        REQUIRE(server.createUser(org2, u"olli"_s, u"Olli-pass1"_s, Role::Coach) > 0);
    }
    ServerRun r = runServer(dir.path(), {u"group"_s, u"create"_s, u"--org"_s, u"1"_s,
                                   u"Lapin yhteisryhmä"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Created group 1: Lapin yhteisryhmä"_s));
    CHECK(runServer(dir.path(), {u"group"_s, u"create"_s, u"--org"_s, u"1"_s,
                                 u"Lapin yhteisryhmä"_s})
              .exitCode
          == 1); // the name is taken in that organisation
    CHECK(runServer(dir.path(), {u"group"_s, u"create"_s, u"Ilman"_s}).exitCode == 2);
    r = runServer(dir.path(), {u"group"_s, u"add-trainee"_s, u"Lapin yhteisryhmä"_s, u"aino"_s});
    CHECK(r.exitCode == 0);
    r = runServer(dir.path(), {u"group"_s, u"add-coach"_s, u"1"_s, u"olli"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"next sync"_s));
    r = runServer(dir.path(), {u"group"_s, u"add-coach"_s, u"1"_s, u"aino"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"is a trainee"_s));
    CHECK(runServer(dir.path(), {u"group"_s, u"add-trainee"_s, u"99"_s, u"aino"_s}).exitCode == 1);
    CHECK(runServer(dir.path(), {u"group"_s, u"add-trainee"_s, u"1"_s, u"nobody"_s}).exitCode
          == 1);
    r = runServer(dir.path(), {u"group"_s, u"list"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"Lapin yhteisryhmä"_s));
    CHECK(r.out.contains(u"coaches: olli"_s));
    CHECK(r.out.contains(u"trainees: aino"_s));
    CHECK(runServer(dir.path(), {u"group"_s, u"list"_s, u"--org"_s, u"2"_s}).out.count(u'\n')
          == 1); // only the header: the group is organisation 1's
    CHECK(runServer(dir.path(), {u"group"_s, u"list"_s, u"--trainee"_s, u"aino"_s}).exitCode
          == 2);
    CHECK(runServer(dir.path(), {u"--help"_s}).out.contains(u"group add-coach GROUP U"_s));
}

TEST_CASE("the audit trail of a trainee is printed from the command line", "[cli][coaching][audit]")
{
    TempDir dir;
    TestServer server(dir.path());
    const qint64 org = server.createOrg(u"Rovaniemen paja"_s);
    const qint64 aino = server.createUser(org, u"aino"_s, u"Aino-pass1"_s, Role::Trainee);
    REQUIRE(server.createUser(org, u"veera"_s, u"Veera-pass1"_s, Role::Coach) > 0);
    const QString set = server.createTaskSet(org, u"Piha"_s, {u"Lumityöt"_s});
    server.assign(aino, set);
    ApiTestClient trainee(server.url());
    REQUIRE(trainee.login(u"aino"_s, u"Aino-pass1"_s).status == 200);
    const Operation submission = operation(1, u"submission"_s, server.taskIds(set)[0]);
    REQUIRE(trainee.sync(syncRequest(u"aino-laptop"_s, {submission})).status == 200);
    ApiTestClient coach(server.url());
    REQUIRE(coach.login(u"veera"_s, u"Veera-pass1"_s).status == 200);
    Operation decide = review(1, submission.id, at(u"veera-van-laptop"_s),
                              {{u"decision"_s, field(u"revise"_s)}});
    decide.clientTime = QDateTime(QDate(2026, 12, 3), QTime(15, 42), Qt::UTC);
    std::optional<SyncResponse> r;
    REQUIRE(coach.sync(syncRequest(u"veera-van-laptop"_s,
                                   {decide, feedback(2, submission.id, u"Lisää kuva."_s)}),
                       &r)
                .status
            == 200);
    REQUIRE(r->acks[0].status == AckStatus::Applied);
    server.stop();

    const ServerRun audit = runServer(dir.path(), {u"audit"_s, u"list"_s, u"--trainee"_s, u"aino"_s});
    REQUIRE(audit.exitCode == 0);
    const QStringList lines = audit.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 3); // header, the decision, the message
    CHECK(lines[1].contains(u"2026-12-03 15:42:00"_s)); // the client's time
    CHECK(lines[1].contains(u"veera"_s));
    CHECK(lines[1].contains(u"veera-van-laptop"_s));
    CHECK(lines[1].contains(u"review.decision"_s));
    CHECK(lines[1].contains(u"revise"_s));
    CHECK(lines[1].contains(submission.id));
    CHECK(lines[2].contains(u"feedback.text"_s));
    CHECK(lines[2].contains(u"Lisää kuva."_s));
    CHECK(runServer(dir.path(), {u"audit"_s, u"list"_s}).exitCode == 2);
    CHECK(runServer(dir.path(), {u"audit"_s, u"list"_s, u"--trainee"_s, u"veera"_s}).exitCode == 1);
}

TEST_CASE("the demo has a phrase bank and a submission waiting for review, made once",
          "[store][demo][coaching]")
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
    const QList<RecordRow> phrases
        = store.recordsOfScope(protocol::orgScope(orgId), QString::fromUtf16(kind::kPhrase));
    CHECK(phrases.size() == 11);
    QStringList praise;
    QStringList guidance;
    for (const RecordRow &row : phrases) {
        const std::optional<Phrase> p = Phrase::fromJson(row.id, row.data, &error);
        REQUIRE(p);
        (p->type() == u"praise"_s ? praise : guidance).append(p->text());
    }
    CHECK(praise.contains(u"Hienoa työtä!"_s));
    CHECK(praise.contains(u"Työjälki on siistiä."_s));
    CHECK(guidance.size() == 5);
    const std::optional<UserRow> aino = admin.user(u"aino"_s, &error);
    REQUIRE(aino);
    const QList<RecordRow> submissions
        = store.recordsOfScope(protocol::traineeScope(aino->id), u"submission"_s);
    REQUIRE(submissions.size() == 1);
    CHECK(submissions[0].data.value(u"version"_s) == 1);
    CHECK(store.recordCount(u"progress"_s) == 1);

    const qint64 changes = store.changesAfter(protocol::orgScope(orgId), 0, 1000).size();
    const qint64 ainoChanges = store.changesAfter(protocol::traineeScope(aino->id), 0, 1000).size();
    CHECK(DemoData::ensure(&admin, &error) == orgId);
    CHECK(store.recordCount(u"phrase"_s) == 11);
    CHECK(store.recordCount(u"submission"_s) == 1);
    CHECK(store.changesAfter(protocol::orgScope(orgId), 0, 1000).size() == changes);
    CHECK(store.changesAfter(protocol::traineeScope(aino->id), 0, 1000).size() == ainoChanges);
}
