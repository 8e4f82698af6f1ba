#include "common/model/Records.h"
#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"
#include "server/core/Admin.h"
#include "server/core/ServerStore.h"
#include "tests/server/ServerFixture.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// What a client keeps: (scope, kind, id) -> seq, plus cursors; enough to check digests.
struct ClientMirror
{
    QMap<QString, qint64> cursors;
    QMap<QString, QHash<QString, qint64>> members; // scope -> "kind/id" -> seq
    QString serverEpoch;
    QList<Change> received;
    int pages = 0;

    void apply(const SyncResponse &r)
    {
        ++pages;
        serverEpoch = r.serverEpoch;
        for (const Change &c : r.changes) {
            members[c.scope].insert(c.kind + u'/' + c.id, c.seq);
            received.append(c);
        }
        cursors = r.cursors;
    }

    ScopeDigest digest(const QString &scope) const
    {
        DigestBuilder b;
        const QHash<QString, qint64> m = members.value(scope);
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            const qsizetype slash = it.key().indexOf(u'/');
            b.add(it.key().left(slash), it.key().mid(slash + 1), it.value());
        }
        return b.result();
    }
};

// Syncs until the server has nothing more; returns the last response.
SyncResponse syncAll(ApiTestClient &client, ClientMirror &mirror, const QString &device)
{
    for (int guard = 0; guard < 100; ++guard) {
        SyncRequest req = syncRequest(device, {}, mirror.cursors);
        req.serverEpoch = mirror.serverEpoch;
        std::optional<SyncResponse> r;
        const HttpResult http = client.sync(req, &r);
        REQUIRE(http.status == 200);
        REQUIRE(r);
        mirror.apply(*r);
        if (!r->more)
            return *r;
    }
    FAIL("the server kept saying more");
    return {};
}

const Change *findChange(const QList<Change> &changes, const QString &kind, const QString &id)
{
    for (const Change &c : changes) {
        if (c.kind == kind && c.id == id)
            return &c;
    }
    return nullptr;
}
} // namespace

TEST_CASE("pushed operations become records with server sequence numbers", "[sync]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const Operation started = operation(1, u"progress"_s, f.tasksA[0]);
    const Operation answer = operation(2, u"answer"_s, f.tasksA[0], {{u"text"_s, u"Aurasin"_s}});
    const Operation submission
        = operation(5, u"submission"_s, f.tasksA[0], {{u"answer"_s, u"Valmis"_s}});
    std::optional<SyncResponse> r;
    const SyncRequest request = syncRequest(u"laptop-1"_s, {started, answer, submission});
    REQUIRE(aino->sync(request, &r).status == 200);
    REQUIRE(r);
    REQUIRE(r->acks.size() == 3);
    for (const Ack &a : r->acks)
        CHECK(a.status == AckStatus::Applied);
    CHECK(r->acks[2].counter == 5);
    CHECK(f.server.recordCount(u"progress"_s) == 1);
    CHECK(f.server.recordCount(u"answer"_s) == 1);
    CHECK(f.server.recordCount(u"submission"_s) == 1);
    const QString scope = protocol::traineeScope(f.aino);
    CHECK(r->cursors.keys() == QStringList{scope});
    const Change *sub = findChange(r->changes, u"submission"_s, submission.id);
    REQUIRE(sub);
    CHECK(sub->scope == scope);
    CHECK(sub->seq == r->cursors.value(scope));
    CHECK(sub->data.value(u"traineeId"_s).toInteger() == f.aino);
    CHECK(sub->data.value(u"version"_s).toInt() == 1);
    CHECK(fromIsoUtc(sub->data.value(u"receivedAt"_s).toString()).isValid());
    CHECK(sub->data.value(u"answer"_s).toString() == u"Valmis"_s);
    const Change *ans = findChange(r->changes, u"answer"_s, answer.id);
    REQUIRE(ans);
    CHECK(ans->seq < sub->seq);
    CHECK(findChange(r->changes, u"progress"_s, started.id));
    // The trainee's scope holds the program too: set, tasks and assignment.
    CHECK(findChange(r->changes, u"task_set"_s, f.setA));
    for (const QString &task : f.tasksA)
        CHECK(findChange(r->changes, u"task"_s, task));
    CHECK_FALSE(findChange(r->changes, u"task_set"_s, f.setB));
}

TEST_CASE("each submission of a task gets the next version number", "[sync]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    QList<Operation> ops;
    for (int i = 1; i <= 3; ++i)
        ops.append(operation(i, u"submission"_s, f.tasksA[1], {{u"answer"_s, u"v%1"_s.arg(i)}}));
    ops.append(operation(4, u"submission"_s, f.tasksA[2]));
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s, ops), &r).status == 200);
    REQUIRE(r);
    for (int i = 0; i < 3; ++i) {
        const Change *c = findChange(r->changes, u"submission"_s, ops[i].id);
        REQUIRE(c);
        CHECK(c->data.value(u"version"_s).toInt() == i + 1);
    }
    const Change *other = findChange(r->changes, u"submission"_s, ops[3].id);
    REQUIRE(other);
    CHECK(other->data.value(u"version"_s).toInt() == 1);
}

TEST_CASE("a batch sent again after a lost response is applied once", "[sync][idempotency]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QList<Operation> ops{operation(1, u"progress"_s, f.tasksA[0]),
                               operation(2, u"submission"_s, f.tasksA[0]),
                               operation(3, u"submission"_s, f.tasksB[0])}; // not assigned
    std::optional<SyncResponse> first;
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s, ops), &first).status == 200);
    const int submissions = f.server.recordCount(u"submission"_s);
    std::optional<SyncResponse> again;
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s, ops), &again).status == 200);
    REQUIRE(again->acks.size() == 3);
    CHECK(again->acks[0].status == AckStatus::Duplicate);
    CHECK(again->acks[1].status == AckStatus::Duplicate);
    CHECK(again->acks[2].status == AckStatus::Rejected);
    CHECK(again->acks[2].error.code == first->acks[2].error.code);
    CHECK(again->acks[2].error.message == first->acks[2].error.message);
    CHECK(f.server.recordCount(u"submission"_s) == submissions);
    CHECK(f.server.recordCount(u"progress"_s) == 1);
    // A new epoch of the same device starts its own counters.
    SyncRequest restored = syncRequest(u"laptop-1"_s, {operation(1, u"progress"_s, f.tasksA[1])});
    restored.deviceEpoch = 2;
    std::optional<SyncResponse> third;
    REQUIRE(aino->sync(restored, &third).status == 200);
    CHECK(third->acks[0].status == AckStatus::Applied);
    // The same record under a new key (a restored device sending it again) is no duplicate effect.
    SyncRequest resent = syncRequest(u"laptop-1"_s, {ops[1]});
    resent.deviceEpoch = 3;
    resent.ops[0].counter = 1;
    std::optional<SyncResponse> fourth;
    REQUIRE(aino->sync(resent, &fourth).status == 200);
    CHECK(fourth->acks[0].status == AckStatus::Duplicate);
    CHECK(f.server.recordCount(u"submission"_s) == submissions);
}

TEST_CASE("a counter at or below the last one that was never seen is rejected, not dropped",
          "[sync][idempotency]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s, {operation(5, u"progress"_s, f.tasksA[0])}))
                .status
            == 200);
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s, {operation(4, u"answer"_s, f.tasksA[0])}), &r)
                .status
            == 200);
    REQUIRE(r->acks.size() == 1);
    CHECK(r->acks[0].status == AckStatus::Rejected);
    CHECK(r->acks[0].error.code == ErrorCode::Conflict);
    CHECK(f.server.recordCount(u"answer"_s) == 0);
}

TEST_CASE("a device registered to another user is refused", "[sync][security]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    auto mikko = f.client(u"mikko"_s, u"Mikko-pass1"_s);
    REQUIRE(aino->sync(syncRequest(u"shared"_s, {operation(1, u"progress"_s, f.tasksA[0])})).status
            == 200);
    const HttpResult r
        = mikko->sync(syncRequest(u"shared"_s, {operation(2, u"progress"_s, f.tasksB[0])}));
    CHECK(r.status == 403);
    CHECK(r.code() == u"forbidden"_s);
    CHECK(f.server.recordCount(u"progress"_s) == 1);
}

TEST_CASE("more than a page of changes arrives in pages, each change once", "[sync][paging]")
{
    ServerFixture f;
    TaskSet big;
    big.title = u"Iso tehtäväkokonaisuus"_s;
    Error error;
    const std::optional<QString> setId = f.server.admin()->createTaskSet(f.org1, big, &error);
    REQUIRE(setId);
    const QString filler = QString(180000, u'ä');
    for (int i = 0; i < 9; ++i) {
        Task task;
        task.taskSetId = *setId;
        task.title = u"Tehtävä %1"_s.arg(i);
        task.instructions = u"<p>"_s + filler + u"</p>"_s;
        task.position = i;
        REQUIRE(f.server.admin()->createTask(f.org1, task, &error));
    }
    f.server.assign(f.aino, *setId);
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    ClientMirror mirror;
    const SyncResponse last = syncAll(*aino, mirror, u"laptop-1"_s);
    CHECK(mirror.pages >= 2);
    const QString scope = protocol::traineeScope(f.aino);
    QSet<QString> seen;
    for (const Change &c : mirror.received) {
        CHECK_FALSE(seen.contains(c.kind + c.id));
        seen.insert(c.kind + c.id);
    }
    // 2 sets, 3 + 9 tasks, 2 assignments, the trainee's profile
    CHECK(mirror.members.value(scope).size() == 17);
    REQUIRE(last.digests.contains(scope));
    CHECK(last.digests.value(scope) == mirror.digest(scope));
    CHECK(last.cursors.value(scope) == f.server.store()->changesAfter(scope, 0, 1000).last().seq);
}

TEST_CASE("digests match what the client computes, also after content updates",
          "[sync][digest]")
{
    ServerFixture f;
    auto coach = f.client(u"veera"_s, u"Veera-pass1"_s);
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s, {operation(1, u"answer"_s, f.tasksA[0])})).status
            == 200);
    ClientMirror coachMirror;
    SyncResponse r = syncAll(*coach, coachMirror, u"coach-laptop"_s);
    const QStringList scopes{protocol::orgScope(f.org1), protocol::traineeScope(f.aino),
                             protocol::traineeScope(f.mikko)};
    CHECK(r.cursors.keys() == scopes);
    for (const QString &scope : scopes)
        CHECK(r.digests.value(scope) == coachMirror.digest(scope));

    // A task is edited: the organisation and Aino (who has the set) get it again with a new seq.
    Task task = *Task::fromJson(f.tasksA[0],
                                f.server.store()->record(u"task"_s, f.tasksA[0])->data, nullptr);
    task.title = u"Lumityöt ja hiekoitus"_s;
    REQUIRE(f.server.admin()->updateTask(f.org1, task).code == ErrorCode::None);
    ClientMirror ainoMirror;
    syncAll(*aino, ainoMirror, u"laptop-1"_s);
    const int before = coachMirror.received.size();
    r = syncAll(*coach, coachMirror, u"coach-laptop"_s);
    CHECK(coachMirror.received.size() - before == 2); // org scope + Aino's scope, not Mikko's
    for (const QString &scope : scopes) {
        CHECK(r.digests.value(scope) == coachMirror.digest(scope));
        CHECK(f.server.store()->digest(scope) == f.server.store()->computeDigest(scope));
    }
    const QString ainoScope = protocol::traineeScope(f.aino);
    SyncRequest req = syncRequest(u"laptop-1"_s, {}, ainoMirror.cursors);
    std::optional<SyncResponse> nothingNew;
    REQUIRE(aino->sync(req, &nothingNew).status == 200);
    CHECK(nothingNew->changes.isEmpty());
    CHECK(nothingNew->digests.value(ainoScope) == ainoMirror.digest(ainoScope));
    const Change *edited = findChange(ainoMirror.received, u"task"_s, f.tasksA[0]);
    REQUIRE(edited);
    CHECK(edited->data.value(u"title"_s).toString() == u"Lumityöt ja hiekoitus"_s);
}

TEST_CASE("a coach reads the organisation and its trainees' work but cannot push records",
          "[sync][security]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const Operation sub = operation(1, u"submission"_s, f.tasksA[0], {{u"answer"_s, u"Tehty"_s}});
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s, {sub})).status == 200);
    auto coach = f.client(u"veera"_s, u"Veera-pass1"_s);
    std::optional<SyncResponse> r;
    REQUIRE(coach->sync(syncRequest(u"coach-1"_s, {operation(1, u"progress"_s, f.tasksA[0])}), &r)
                .status
            == 200);
    CHECK(r->acks[0].status == AckStatus::Rejected);
    CHECK(r->acks[0].error.code == ErrorCode::Forbidden);
    CHECK(findChange(r->changes, u"submission"_s, sub.id));
    CHECK(findChange(r->changes, u"task_set"_s, f.setB));
    CHECK(f.server.recordCount(u"progress"_s) == 0);
}

TEST_CASE("the server epoch stays the same across a restart and cursors stay valid",
          "[sync][epoch]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    ClientMirror mirror;
    syncAll(*aino, mirror, u"laptop-1"_s);
    REQUIRE(mirror.serverEpoch.size() == 32);
    const QString epoch = mirror.serverEpoch;
    REQUIRE(f.server.restart());
    std::optional<SyncResponse> r;
    SyncRequest req = syncRequest(u"laptop-1"_s, {}, mirror.cursors);
    req.serverEpoch = epoch;
    REQUIRE(aino->sync(req, &r).status == 200); // the token survives the restart too
    CHECK(r->serverEpoch == epoch);
    CHECK(r->changes.isEmpty());
    CHECK(r->cursors == mirror.cursors);
}

TEST_CASE("cursors of another server database are ignored: everything comes again",
          "[sync][epoch]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    ClientMirror mirror;
    syncAll(*aino, mirror, u"laptop-1"_s);
    SyncRequest req = syncRequest(u"laptop-1"_s, {}, mirror.cursors);
    req.serverEpoch = u"0123456789abcdef0123456789abcdef"_s;
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(req, &r).status == 200);
    CHECK(r->serverEpoch == mirror.serverEpoch);
    CHECK(r->changes.size() == mirror.received.size());
}

TEST_CASE("a compressed sync request gets a compressed answer", "[sync][compression]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    std::optional<SyncResponse> r;
    const HttpResult http = aino->sync(
        syncRequest(u"laptop-1"_s, {operation(1, u"progress"_s, f.tasksA[0])}), &r, true);
    REQUIRE(http.status == 200);
    CHECK(http.header("Content-Encoding") == "zstd");
    REQUIRE(r);
    CHECK(r->acks[0].status == AckStatus::Applied);
}

TEST_CASE("a push close to the body limit is accepted and the connection stays usable",
          "[sync][limits]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    QList<Operation> ops;
    const QString text(190000, u'x');
    for (int i = 1; i <= 40; ++i)
        ops.append(operation(i, u"answer"_s, f.tasksA[i % 3], {{u"text"_s, text}}));
    const SyncRequest big = syncRequest(u"laptop-1"_s, ops);
    REQUIRE(QJsonDocument(big.toJson()).toJson(QJsonDocument::Compact).size()
            > protocol::limits::kMaxRequestBody - 1024 * 1024);
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(big, &r).status == 200);
    CHECK(r->acks.size() == 40);
    CHECK(r->more); // 40 answers of 190 KB do not fit in one page
    CHECK(f.server.recordCount(u"answer"_s) == 40);
    CHECK(aino->get(QString::fromUtf16(protocol::path::kMe)).status == 200);
}

namespace {
// The trainee_profile change of a trainee in a list of changes (nullptr when absent).
const Change *profileChange(const QList<Change> &changes, qint64 traineeId)
{
    return findChange(changes, QString::fromUtf16(kind::kTraineeProfile),
                      traineeProfileIdFor(traineeId));
}

// The sequence number of the trainee's profile in the server's change log (0: none).
qint64 profileSeq(TestServer &server, qint64 traineeId)
{
    const QList<Change> rows
        = server.store()->changesAfter(protocol::traineeScope(traineeId), 0, 100000);
    const Change *c = profileChange(rows, traineeId);
    return c ? c->seq : 0;
}

QDateTime lastSyncOf(const Change &c)
{
    Error error;
    const std::optional<TraineeProfile> p = TraineeProfile::fromJson(c.data, &error);
    REQUIRE(p);
    return p->lastSyncAt;
}
} // namespace

TEST_CASE("every sync response announces the server's largest file", "[sync][limits]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s), &r).status == 200);
    CHECK(r->limits.maxFileSize == protocol::limits::kDefaultMaxFileSize);

    f.server.setUploadLimits(3 * 1024 * 1024, 0); // serve --max-file-size 3MiB
    HttpResult http = aino->sync(syncRequest(u"laptop-1"_s, {}, r->cursors), &r);
    REQUIRE(http.status == 200);
    CHECK(r->limits.maxFileSize == 3 * 1024 * 1024);
    // On the wire as the protocol page says, for clients that read the JSON themselves.
    const QJsonObject json = QJsonDocument::fromJson(http.body).object();
    CHECK(json.value(u"limits"_s).toObject().value(u"maxFileSize"_s).toInteger()
          == 3 * 1024 * 1024);
    // Coaches learn it too, and it survives a restart.
    REQUIRE(f.server.restart());
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    REQUIRE(veera->sync(syncRequest(u"coach-1"_s), &r).status == 200);
    CHECK(r->limits.maxFileSize == 3 * 1024 * 1024);
}

TEST_CASE("a trainee's sync records the time in their profile at most every 15 minutes",
          "[sync][profiles]")
{
    ServerFixture f;
    f.server.clock()->freezeAt(QDateTime::currentDateTimeUtc());
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    ClientMirror coach;
    syncAll(*veera, coach, u"coach-1"_s);
    REQUIRE(profileChange(coach.received, f.aino));
    CHECK_FALSE(lastSyncOf(*profileChange(coach.received, f.aino)).isValid()); // never synced

    // The first sync sets it, and the trainee's own round already carries it.
    const QDateTime first = f.server.clock()->now();
    ClientMirror mirror;
    const SyncResponse r1 = syncAll(*aino, mirror, u"laptop-1"_s);
    const Change *own = profileChange(mirror.received, f.aino);
    REQUIRE(own);
    CHECK(lastSyncOf(*own) == first);
    const QString scope = protocol::traineeScope(f.aino);
    CHECK(r1.digests.value(scope) == mirror.digest(scope));
    const qint64 seq1 = profileSeq(f.server, f.aino);
    REQUIRE(seq1 > 0);
    coach.received.clear();
    syncAll(*veera, coach, u"coach-1"_s);
    REQUIRE(profileChange(coach.received, f.aino));
    CHECK(lastSyncOf(*profileChange(coach.received, f.aino)) == first);
    CHECK_FALSE(profileChange(coach.received, f.mikko)); // Mikko did not sync

    // Syncs within 15 minutes, with and without operations, create no change row.
    f.server.clock()->advance(14 * 60 * 1000);
    mirror.received.clear();
    SyncRequest req = syncRequest(u"laptop-1"_s, {operation(1, u"progress"_s, f.tasksA[0])},
                                  mirror.cursors);
    req.serverEpoch = mirror.serverEpoch;
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(req, &r).status == 200);
    REQUIRE(r->acks.size() == 1);
    CHECK(r->acks[0].status == AckStatus::Applied);
    mirror.apply(*r);
    CHECK_FALSE(profileChange(mirror.received, f.aino));
    syncAll(*aino, mirror, u"laptop-1"_s);
    CHECK(profileSeq(f.server, f.aino) == seq1);
    coach.received.clear();
    syncAll(*veera, coach, u"coach-1"_s);
    CHECK_FALSE(profileChange(coach.received, f.aino));

    // 16 minutes after the first sync it moves on.
    f.server.clock()->advance(2 * 60 * 1000);
    const QDateTime later = f.server.clock()->now();
    mirror.received.clear();
    syncAll(*aino, mirror, u"laptop-1"_s);
    REQUIRE(profileChange(mirror.received, f.aino));
    CHECK(lastSyncOf(*profileChange(mirror.received, f.aino)) == later);
    CHECK(profileSeq(f.server, f.aino) > seq1);
    // Rewriting the time keeps the rest of the profile.
    Error error;
    const auto p = TraineeProfile::fromJson(profileChange(mirror.received, f.aino)->data, &error);
    REQUIRE(p);
    CHECK(p->displayName == u"Aino"_s);
    CHECK(p->orgName == u"Työpaja Yksi"_s);
    // Coaches' syncs do not touch it.
    const qint64 seq2 = profileSeq(f.server, f.aino);
    f.server.clock()->advance(60 * 60 * 1000);
    syncAll(*veera, coach, u"coach-1"_s);
    CHECK(profileSeq(f.server, f.aino) == seq2);
}

TEST_CASE("a push is applied even when its last-sync time cannot be written", "[sync][profiles]")
{
    ServerFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const qint64 seqBefore = profileSeq(f.server, f.aino);
    REQUIRE(seqBefore > 0);
    {
        // Make every write of a trainee profile fail behind the server's back.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"profile-saboteur"_s);
        db.setDatabaseName(f.server.dataDir() + u"/pajapolku.sqlite"_s);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"CREATE TRIGGER no_profiles BEFORE UPDATE ON records"
                       " WHEN NEW.kind = 'trainee_profile'"
                       " BEGIN SELECT RAISE(ABORT, 'profiles are read-only'); END"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"profile-saboteur"_s);
    const Operation sub = operation(1, u"submission"_s, f.tasksA[0], {{u"answer"_s, u"Tehty"_s}});
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"laptop-1"_s, {sub}), &r).status == 200);
    REQUIRE(r->acks.size() == 1);
    CHECK(r->acks[0].status == AckStatus::Applied);
    CHECK(findChange(r->changes, u"submission"_s, sub.id));
    CHECK(f.server.recordCount(u"submission"_s) == 1);
    // Nothing of the failed profile write stayed: no new change row, the digest agrees.
    CHECK(profileSeq(f.server, f.aino) == seqBefore);
    const QString scope = protocol::traineeScope(f.aino);
    CHECK(f.server.store()->digest(scope) == f.server.store()->computeDigest(scope));
    REQUIRE(profileChange(r->changes, f.aino));
    CHECK_FALSE(lastSyncOf(*profileChange(r->changes, f.aino)).isValid());
}
