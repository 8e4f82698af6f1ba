#include "common/model/FeedbackRecords.h"
#include "common/protocol/Protocol.h"
#include "server/core/ServerStore.h"
#include "tests/server/CoachingFixture.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace coaching;

namespace {
// A fixed morning: the coaches' clocks are set relative to it, so outcomes are deterministic.
const qint64 kMorning = QDateTime(QDate(2026, 12, 4), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();

struct Outcome
{
    QJsonObject stored;
    QJsonObject seenByVeera;
    QJsonObject seenByVille;
    QList<AuditRow> audit;
};

// Aino submits; Veera and Ville sync, then both review offline: Veera approves, Ville (a minute
// later by his clock) asks for a revision with instructions. They sync in the given order.
Outcome concurrentReviews(bool veeraFirst)
{
    CoachingFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString s = f.submit(*aino, u"aino-laptop"_s, 1, f.tasksA[0]);
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    auto ville = f.client(u"ville"_s, u"Ville-pass1"_s);
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s)).status == 200);
    REQUIRE(ville->sync(syncRequest(u"ville-laptop"_s)).status == 200);

    const Operation approve = review(1, s, Hlc(kMorning, 0, u"veera-laptop"_s),
                                     {{u"decision"_s, field(u"approved"_s)}});
    const Operation revise
        = review(1, s, Hlc(kMorning + 60000, 0, u"ville-laptop"_s),
                 {{u"decision"_s, field(u"revise"_s)},
                  {u"instructions"_s, field(u"Lisää kuva hiekoitetusta polusta."_s)}});
    for (int turn = 0; turn < 2; ++turn) {
        const bool veerasTurn = (turn == 0) == veeraFirst;
        std::optional<SyncResponse> r;
        ApiTestClient &coach = veerasTurn ? *veera : *ville;
        REQUIRE(coach.sync(syncRequest(veerasTurn ? u"veera-laptop"_s : u"ville-laptop"_s,
                                       {veerasTurn ? approve : revise}),
                           &r)
                    .status
                == 200);
        REQUIRE(r->acks.size() == 1);
        CHECK(r->acks[0].status == AckStatus::Applied);
    }
    Outcome out;
    out.stored = f.server.store()->record(u"review"_s, reviewIdFor(s))->data;
    std::optional<SyncResponse> r;
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s), &r).status == 200);
    REQUIRE(changesOf(r, u"review"_s).size() == 1);
    out.seenByVeera = changesOf(r, u"review"_s)[0].data;
    REQUIRE(ville->sync(syncRequest(u"ville-laptop"_s), &r).status == 200);
    REQUIRE(changesOf(r, u"review"_s).size() == 1);
    out.seenByVille = changesOf(r, u"review"_s)[0].data;
    out.audit = f.server.store()->auditOfTrainee(f.aino);
    return out;
}

QJsonArray historyValues(const QJsonObject &review)
{
    QJsonArray out;
    for (const QJsonValue &h : review.value(u"history"_s).toArray())
        out.append(QJsonArray{h[u"field"_s], h[u"value"_s], h[u"hlc"_s], h[u"conflict"_s]});
    return out;
}
} // namespace

TEST_CASE("two coaches' concurrent offline reviews merge into one deterministic record",
          "[coaching][merge]")
{
    const Outcome a = concurrentReviews(true);
    const Outcome b = concurrentReviews(false);
    for (const Outcome &o : {a, b}) {
        const QJsonObject r = o.stored;
        CHECK(r.value(u"decision"_s) == u"revise"_s); // the higher clock wins
        CHECK(r.value(u"instructions"_s) == u"Lisää kuva hiekoitetusta polusta."_s);
        const QJsonObject decision = r.value(u"fields"_s)[u"decision"_s].toObject();
        CHECK(decision.value(u"byName"_s) == u"Ville"_s);
        CHECK(decision.value(u"device"_s) == u"ville-laptop"_s);
        // Veera's approval is kept, flagged: she is shown that a colleague decided differently.
        const QJsonArray history = r.value(u"history"_s).toArray();
        REQUIRE(history.size() == 1);
        CHECK(history[0][u"field"_s] == u"decision"_s);
        CHECK(history[0][u"value"_s] == u"approved"_s);
        CHECK(history[0][u"byName"_s] == u"Veera"_s);
        CHECK(history[0][u"device"_s] == u"veera-laptop"_s);
        CHECK(history[0][u"conflict"_s] == true);
        CHECK(r.value(u"contested"_s).toArray() == QJsonArray{u"decision"_s});
        // Both coaches' clients pull the same record.
        CHECK(o.seenByVeera == r);
        CHECK(o.seenByVille == r);
    }
    // The arrival order changes nothing but the server's receive times.
    CHECK(a.stored.value(u"fields"_s)[u"decision"_s][u"hlc"_s]
          == b.stored.value(u"fields"_s)[u"decision"_s][u"hlc"_s]);
    CHECK(historyValues(a.stored) == historyValues(b.stored));
}

TEST_CASE("every decision is in the audit trail with who, when and which device",
          "[coaching][audit]")
{
    const Outcome o = concurrentReviews(true);
    REQUIRE(o.audit.size() == 3); // Veera's decision, Ville's decision and instructions
    const AuditRow &veeras = o.audit[0];
    CHECK(veeras.actorUsername == u"veera"_s);
    CHECK(veeras.deviceId == u"veera-laptop"_s);
    CHECK(veeras.kind == u"review"_s);
    CHECK(veeras.field == u"decision"_s);
    CHECK(veeras.value == u"approved"_s);
    CHECK(veeras.outcome == u"current"_s); // the value when it arrived
    CHECK(veeras.at.isValid());
    CHECK(veeras.clientTime.isValid());
    CHECK(veeras.hlc == Hlc(kMorning, 0, u"veera-laptop"_s).toString());
    const AuditRow &villes = o.audit[1];
    CHECK(villes.actorUsername == u"ville"_s);
    CHECK(villes.deviceId == u"ville-laptop"_s);
    CHECK(villes.field == u"decision"_s);
    CHECK(villes.outcome == u"current"_s);
    CHECK(villes.conflict); // it replaced a value Ville had not seen
    CHECK(o.audit[2].field == u"instructions"_s);
    CHECK_FALSE(o.audit[2].conflict);

    const Outcome reversed = concurrentReviews(false);
    REQUIRE(reversed.audit.size() == 3);
    CHECK(reversed.audit[2].actorUsername == u"veera"_s);
    CHECK(reversed.audit[2].outcome == u"history"_s); // arrived late and lost
    CHECK(reversed.audit[2].conflict);
}

TEST_CASE("a coach who saw a colleague's decision overwrites it without a conflict, even with "
          "a clock a year behind",
          "[coaching][merge][clock]")
{
    CoachingFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString s = f.submit(*aino, u"aino-laptop"_s, 1, f.tasksA[0]);
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    const Hlc approved = at(u"veera-laptop"_s);
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s,
                                    {review(1, s, approved, {{u"decision"_s, field(u"approved"_s)}})}))
                .status
            == 200);
    auto ville = f.client(u"ville"_s, u"Ville-pass1"_s);
    std::optional<SyncResponse> r;
    REQUIRE(ville->sync(syncRequest(u"ville-laptop"_s), &r).status == 200);
    const Hlc seen = *Hlc::fromString(
        changesOf(r, u"review"_s)[0].data[u"fields"_s][u"decision"_s][u"hlc"_s].toString());
    CHECK(seen == approved);
    // Ville's laptop clock is a year behind and his client did not advance its clock: the
    // server still orders his write after the value he saw, and refuses nothing.
    const Hlc yearBehind = at(u"ville-laptop"_s, -qint64(365) * 24 * 3600 * 1000);
    REQUIRE(ville->sync(syncRequest(u"ville-laptop"_s,
                                    {review(1, s, yearBehind,
                                            {{u"decision"_s, field(u"revise"_s, seen)}})}),
                        &r)
                .status
            == 200);
    CHECK(r->acks[0].status == AckStatus::Applied);
    const QJsonObject stored = f.server.store()->record(u"review"_s, reviewIdFor(s))->data;
    CHECK(stored.value(u"decision"_s) == u"revise"_s);
    CHECK(*Hlc::fromString(stored[u"fields"_s][u"decision"_s][u"hlc"_s].toString()) > approved);
    const QJsonArray history = stored.value(u"history"_s).toArray();
    REQUIRE(history.size() == 1);
    CHECK(history[0][u"value"_s] == u"approved"_s);
    CHECK(history[0][u"conflict"_s] == false);
    CHECK(stored.value(u"contested"_s).toArray().isEmpty());
}

TEST_CASE("feedback of both coaches survives and the trainee receives everything once",
          "[coaching][feedback]")
{
    CoachingFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString s = f.submit(*aino, u"aino-laptop"_s, 1, f.tasksA[0]);
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    auto ville = f.client(u"ville"_s, u"Ville-pass1"_s);
    const Operation praise = feedback(2, s, u"Hienoa työtä! Työjälki on siistiä."_s,
                                      {{u"praise"_s, QJsonArray{u"piha_1"_s}},
                                       {u"phraseIds"_s, QJsonArray{u"demo-phrase-praise-1"_s}}});
    const Operation guidance = feedback(1, s, u"Muista heijastinliivi."_s);
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s,
                                    {review(1, s, at(u"veera-laptop"_s),
                                            {{u"decision"_s, field(u"approved"_s)}}),
                                     praise}))
                .status
            == 200);
    REQUIRE(ville->sync(syncRequest(u"ville-laptop"_s, {guidance})).status == 200);
    CHECK(f.server.recordCount(u"feedback"_s) == 2);

    // The trainee pulls page by page from zero: every coaching record exactly once.
    const QString scope = protocol::traineeScope(f.aino);
    QMap<QString, qint64> cursors;
    QSet<QString> seen;
    QList<Change> received;
    for (int round = 0; round < 3; ++round) {
        std::optional<SyncResponse> r;
        REQUIRE(aino->sync(syncRequest(u"aino-laptop"_s, {}, cursors), &r).status == 200);
        for (const Change &c : r->changes) {
            CHECK_FALSE(seen.contains(c.kind + u'/' + c.id));
            seen.insert(c.kind + u'/' + c.id);
            received.append(c);
        }
        cursors = r->cursors;
    }
    CHECK(std::count_if(received.cbegin(), received.cend(),
                        [](const Change &c) { return c.kind == u"feedback"_s; })
          == 2);
    CHECK(seen.contains(u"review/"_s + reviewIdFor(s)));
    Error error;
    std::optional<Feedback> fromVeera;
    for (const Change &c : received) {
        if (c.id == praise.id)
            fromVeera = Feedback::fromJson(c.id, c.data, &error);
    }
    REQUIRE(fromVeera);
    CHECK(fromVeera->authorId == f.coach);
    CHECK(fromVeera->authorName == u"Veera"_s);
    CHECK(fromVeera->authorRole == u"coach"_s);
    CHECK(fromVeera->praise == QStringList{u"piha_1"_s});
    CHECK(fromVeera->phraseIds == QStringList{u"demo-phrase-praise-1"_s});
    CHECK(fromVeera->taskId == f.tasksA[0]);
    CHECK(fromVeera->traineeId == f.aino);
    CHECK(fromVeera->receivedAt.isValid());

    // Aino replies and marks both messages read; on the shared laptop the marks are duplicates.
    const Operation reply = feedback(2, s, u"Kiitos! Laitan liivin ensi kerralla."_s,
                                     {{u"replyTo"_s, guidance.id}});
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"aino-laptop"_s,
                                   {reply, feedbackRead(3, praise.id), feedbackRead(4, guidance.id)},
                                   cursors),
                       &r)
                .status
            == 200);
    for (const Ack &ack : r->acks)
        CHECK(ack.status == AckStatus::Applied);
    CHECK(changesOf(r, u"feedback_read"_s).size() == 2);
    REQUIRE(aino->sync(syncRequest(u"shared-laptop"_s, {feedbackRead(1, praise.id)}), &r).status
            == 200);
    CHECK(r->acks[0].status == AckStatus::Duplicate);
    CHECK(f.server.recordCount(u"feedback_read"_s) == 2);
    CHECK(f.server.recordCount(u"feedback"_s) == 3);

    // Both coaches receive the reply.
    for (ApiTestClient *coach : {veera.get(), ville.get()}) {
        REQUIRE(coach->sync(syncRequest(coach == veera.get() ? u"veera-laptop"_s
                                                              : u"ville-laptop"_s),
                            &r)
                    .status
                == 200);
        bool gotReply = false;
        for (const Change &c : changesOf(r, u"feedback"_s)) {
            if (c.id == reply.id) {
                gotReply = true;
                CHECK(c.data.value(u"authorRole"_s) == u"trainee"_s);
                CHECK(c.data.value(u"replyTo"_s) == guidance.id);
            }
        }
        CHECK(gotReply);
    }
}

TEST_CASE("a re-sent coaching operation is acknowledged again and applied once",
          "[coaching][idempotency]")
{
    CoachingFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString s = f.submit(*aino, u"aino-laptop"_s, 1, f.tasksA[0]);
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    const Operation decide = review(1, s, at(u"veera-laptop"_s), {{u"decision"_s, field(u"approved"_s)}});
    const Operation message = feedback(2, s, u"Hyvä!"_s);
    const SyncRequest batch = syncRequest(u"veera-laptop"_s, {decide, message});
    std::optional<SyncResponse> r;
    REQUIRE(veera->sync(batch, &r).status == 200);
    const QString scope = protocol::traineeScope(f.aino);
    const qint64 seq = f.server.store()->changesAfter(scope, 0, 100000).constLast().seq;
    // The response was lost: the same batch again.
    REQUIRE(veera->sync(batch, &r).status == 200);
    CHECK(r->acks[0].status == AckStatus::Duplicate);
    CHECK(r->acks[1].status == AckStatus::Duplicate);
    // The same writes under new counters (e.g. after restoring the laptop) change nothing.
    Operation again = decide;
    again.counter = 3;
    Operation messageAgain = message;
    messageAgain.counter = 4;
    Operation otherText = message;
    otherText.counter = 5;
    otherText.data.insert(u"text"_s, u"Toinen teksti"_s);
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s, {again, messageAgain, otherText}), &r).status
            == 200);
    CHECK(r->acks[0].status == AckStatus::Duplicate);
    CHECK(r->acks[1].status == AckStatus::Duplicate);
    CHECK(r->acks[2].error.code == ErrorCode::Conflict);
    CHECK(f.server.store()->changesAfter(scope, 0, 100000).constLast().seq == seq);
    CHECK(f.server.recordCount(u"feedback"_s) == 1);
    CHECK(f.server.store()->auditOfTrainee(f.aino).size() == 2);
    const QJsonObject stored = f.server.store()->record(u"review"_s, reviewIdFor(s))->data;
    CHECK(stored.value(u"history"_s).toArray().isEmpty());
}
