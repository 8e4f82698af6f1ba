#include "common/protocol/Protocol.h"
#include "server/core/ServerStore.h"
#include "tests/server/CoachingFixture.h"

using namespace Qt::StringLiterals;
using namespace coaching;

namespace {
// Every coach action about one submission of a trainee: decide, write feedback, mark a
// requirement (of the task, when it has one).
QList<Operation> everyCoachAction(const QString &device, qint64 traineeId,
                                  const QString &submissionId, const QString &taskId,
                                  const QString &requirementCode)
{
    return {review(1, submissionId, at(device),
                   {{u"decision"_s, field(u"approved"_s)},
                    {u"instructions"_s, field(u"Hyvä näin."_s)}}),
            feedback(2, submissionId, u"Hienoa työtä!"_s),
            mark(3, traineeId, taskId, requirementCode, at(device),
                 {{u"demonstrated"_s, field(true)}})};
}

int coachingRecords(TestServer &server)
{
    return server.recordCount(u"review"_s) + server.recordCount(u"feedback"_s)
           + server.recordCount(u"requirement_mark"_s);
}
} // namespace

TEST_CASE("a coach cannot act on a trainee of another organisation", "[coaching][security]")
{
    CoachingFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString ainos = f.submit(*aino, u"aino-laptop"_s, 1, f.requirementTask);
    auto tuula = f.client(u"tuula"_s, u"Tuula-pass1"_s);
    const QString tuulas = f.submit(*tuula, u"tuula-laptop"_s, 1, f.server.taskIds(f.setC)[0]);

    // Olli (organisation 2) against Aino (organisation 1).
    auto olli = f.client(u"olli"_s, u"Olli-pass1"_s);
    std::optional<SyncResponse> r;
    REQUIRE(olli->sync(syncRequest(u"olli-laptop"_s,
                                   everyCoachAction(u"olli-laptop"_s, f.aino, ainos,
                                                    f.requirementTask, u"piha_1"_s)),
                       &r)
                .status
            == 200);
    REQUIRE(r->acks.size() == 3);
    for (const Ack &ack : r->acks) {
        CHECK(ack.status == AckStatus::Rejected);
        CHECK(ack.error.code == ErrorCode::Forbidden);
    }
    CHECK_FALSE(r->cursors.contains(protocol::traineeScope(f.aino)));

    // Veera (organisation 1) against Tuula (organisation 2).
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s,
                                    everyCoachAction(u"veera-laptop"_s, f.tuula, tuulas,
                                                     f.server.taskIds(f.setC)[0], u"x_1"_s)),
                        &r)
                .status
            == 200);
    REQUIRE(r->acks.size() == 3);
    for (const Ack &ack : r->acks)
        CHECK(ack.error.code == ErrorCode::Forbidden);
    CHECK(coachingRecords(f.server) == 0);
    CHECK(f.server.store()->auditOfTrainee(f.aino).isEmpty());
    CHECK(f.server.store()->auditOfTrainee(f.tuula).isEmpty());
}

TEST_CASE("a coach granted a shared group coaches its trainees and receives their work",
          "[coaching][security][groups]")
{
    CoachingFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString ainos = f.submit(*aino, u"aino-laptop"_s, 1, f.requirementTask);
    auto mikko = f.client(u"mikko"_s, u"Mikko-pass1"_s);
    const QString mikkos = f.submit(*mikko, u"mikko-laptop"_s, 1, f.tasksB[0]);
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s, {feedback(1, ainos, u"Hyvä alku."_s)}))
                .status
            == 200);

    auto olli = f.client(u"olli"_s, u"Olli-pass1"_s);
    std::optional<SyncResponse> r;
    REQUIRE(olli->sync(syncRequest(u"olli-laptop"_s), &r).status == 200);
    const QMap<QString, qint64> before = r->cursors;
    CHECK_FALSE(before.contains(protocol::traineeScope(f.aino)));

    // An administrator of organisation 1 makes a mixed group: Aino, coached also by Olli.
    Error error;
    const std::optional<qint64> group
        = f.server.admin()->createGroup(f.org1, u"Lapin yhteisryhmä"_s, &error);
    REQUIRE(group);
    REQUIRE_FALSE(f.server.admin()->addGroupMember(u"Lapin yhteisryhmä"_s, u"aino"_s,
                                                   GroupRole::Trainee));
    REQUIRE_FALSE(f.server.admin()->addGroupMember(QString::number(*group), u"olli"_s,
                                                   GroupRole::Coach));

    // Olli's next sync reads Aino's scope from zero: everything she holds, her submission and
    // Veera's feedback included; the sync sends his old cursors unchanged.
    REQUIRE(olli->sync(syncRequest(u"olli-laptop"_s, {}, before), &r).status == 200);
    const QString ainoScope = protocol::traineeScope(f.aino);
    CHECK(r->cursors.contains(ainoScope));
    CHECK_FALSE(r->cursors.contains(protocol::traineeScope(f.mikko)));
    QStringList kinds;
    for (const Change &c : r->changes) {
        if (c.scope == ainoScope)
            kinds.append(c.kind);
    }
    CHECK(kinds.contains(u"submission"_s));
    CHECK(kinds.contains(u"feedback"_s));
    CHECK(kinds.contains(u"task"_s));
    CHECK(r->digests.value(ainoScope) == f.server.store()->digest(ainoScope));

    // Every coach action on Aino is allowed; on Mikko (not in the group) still forbidden.
    REQUIRE(olli->sync(syncRequest(u"olli-laptop"_s,
                                   everyCoachAction(u"olli-laptop"_s, f.aino, ainos,
                                                    f.requirementTask, u"piha_1"_s),
                                   r->cursors),
                       &r)
                .status
            == 200);
    for (const Ack &ack : r->acks)
        CHECK(ack.status == AckStatus::Applied);
    QList<Operation> onMikko = everyCoachAction(u"olli-laptop"_s, f.mikko, mikkos, f.tasksB[0],
                                                u"x_1"_s);
    for (qsizetype i = 0; i < onMikko.size(); ++i)
        onMikko[i].counter = 10 + i;
    REQUIRE(olli->sync(syncRequest(u"olli-laptop"_s, onMikko), &r).status == 200);
    for (const Ack &ack : r->acks)
        CHECK(ack.error.code == ErrorCode::Forbidden);
    const QList<AuditRow> audit = f.server.store()->auditOfTrainee(f.aino);
    CHECK(std::count_if(audit.cbegin(), audit.cend(),
                        [](const AuditRow &a) { return a.actorUsername == u"olli"_s; })
          == 4); // decision, instructions, feedback, mark
}

TEST_CASE("a trainee cannot approve their own work, mark requirements or act for others",
          "[coaching][security]")
{
    CoachingFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString own = f.submit(*aino, u"aino-laptop"_s, 1, f.requirementTask);
    f.server.assign(f.mikko, f.setA);
    auto mikko = f.client(u"mikko"_s, u"Mikko-pass1"_s);
    const QString mikkos = f.submit(*mikko, u"mikko-laptop"_s, 1, f.tasksA[0]);
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    const Operation coachMessage = feedback(1, own, u"Hienoa!"_s);
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s, {coachMessage})).status == 200);

    QList<Operation> ops = everyCoachAction(u"aino-laptop"_s, f.aino, own, f.requirementTask,
                                            u"piha_1"_s);
    ops.removeAt(1); // her own feedback is a reply, allowed below
    ops.append(phrase(4, u"phrase-1"_s, at(u"aino-laptop"_s),
                      {{u"type"_s, field(u"praise"_s)}, {u"text"_s, field(u"Olen paras"_s)}}));
    ops.append(feedback(5, mikkos, u"Hei Mikko"_s)); // on another trainee's submission
    ops.append(feedback(6, own, u"Kehun itseäni"_s, {{u"praise"_s, QJsonArray{u"piha_1"_s}}}));
    ops.append(feedback(7, own, u"Kiitos palautteesta!"_s, {{u"replyTo"_s, coachMessage.id}}));
    ops.append(feedbackRead(8, coachMessage.id));
    for (qsizetype i = 0; i < ops.size(); ++i)
        ops[i].counter = 2 + i;
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"aino-laptop"_s, ops), &r).status == 200);
    REQUIRE(r->acks.size() == 7);
    for (int i = 0; i < 5; ++i) {
        INFO("op " << i << " " << ops[i].kind.toStdString());
        CHECK(r->acks[i].error.code == ErrorCode::Forbidden);
    }
    CHECK(r->acks[5].status == AckStatus::Applied); // the reply
    CHECK(r->acks[6].status == AckStatus::Applied); // the read marker
    CHECK(f.server.recordCount(u"review"_s) == 0);
    CHECK(f.server.recordCount(u"requirement_mark"_s) == 0);
    CHECK(f.server.recordCount(u"phrase"_s) == 0);
    CHECK(f.server.recordCount(u"feedback"_s) == 2);

    // Read markers are the trainee's own: not a coach's, not another trainee's.
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s, {feedbackRead(2, coachMessage.id)}), &r)
                .status
            == 200);
    CHECK(r->acks[0].error.code == ErrorCode::Forbidden);
    REQUIRE(mikko->sync(syncRequest(u"mikko-laptop"_s, {feedbackRead(2, coachMessage.id)}), &r)
                .status
            == 200);
    CHECK(r->acks[0].error.code == ErrorCode::Forbidden);
    CHECK(f.server.recordCount(u"feedback_read"_s) == 1);
}

TEST_CASE("an expired token gets token_expired for every coaching action", "[coaching][security]")
{
    CoachingFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString own = f.submit(*aino, u"aino-laptop"_s, 1, f.requirementTask);
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    f.server.clock()->advance(qint64(31) * 24 * 3600 * 1000);
    const QList<Operation> actions = everyCoachAction(u"veera-laptop"_s, f.aino, own,
                                                      f.requirementTask, u"piha_1"_s)
                                     + QList<Operation>{phrase(4, u"phrase-1"_s,
                                                               at(u"veera-laptop"_s),
                                                               {{u"type"_s, field(u"praise"_s)},
                                                                {u"text"_s, field(u"Hyvä!"_s)}})};
    for (const Operation &op : actions) {
        INFO(op.kind.toStdString());
        const HttpResult result = veera->sync(syncRequest(u"veera-laptop"_s, {op}));
        CHECK(result.status == 401);
        CHECK(result.code() == u"token_expired"_s);
    }
    // The trainee's reply and read marker too.
    const HttpResult reply = aino->sync(syncRequest(u"aino-laptop"_s, {feedback(2, own, u"Hei"_s)}));
    CHECK(reply.status == 401);
    CHECK(reply.code() == u"token_expired"_s);
    CHECK(coachingRecords(f.server) == 0);
    CHECK(f.server.recordCount(u"phrase"_s) == 0);
}
