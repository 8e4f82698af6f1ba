#include "common/model/CompetenceMap.h"
#include "common/model/FeedbackRecords.h"
#include "common/protocol/Protocol.h"
#include "server/core/ServerStore.h"
#include "tests/server/CoachingFixture.h"

using namespace Qt::StringLiterals;
using namespace coaching;

TEST_CASE("requirement marks merge by clock and build the trainee's competence map",
          "[coaching][marks]")
{
    CoachingFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString s = f.submit(*aino, u"aino-laptop"_s, 1, f.requirementTask);
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    auto ville = f.client(u"ville"_s, u"Ville-pass1"_s);
    // Offline, Veera marks both requirements demonstrated; Ville, later by his clock, marks the
    // first one "not yet" with a note.
    Operation first = mark(1, f.aino, f.requirementTask, u"piha_1"_s, at(u"veera-laptop"_s),
                           {{u"demonstrated"_s, field(true)},
                            {u"note"_s, field(u"Hiekoitti huolellisesti."_s)}});
    first.data.insert(u"submissionId"_s, s);
    const Operation second = mark(2, f.aino, f.requirementTask, u"piha_2"_s, at(u"veera-laptop"_s),
                                  {{u"demonstrated"_s, field(true)}});
    const Operation notYet = mark(1, f.aino, f.requirementTask, u"piha_1"_s,
                                  at(u"ville-laptop"_s, 60000),
                                  {{u"demonstrated"_s, field(false)},
                                   {u"note"_s, field(u"Harjoitellaan vielä."_s)}});
    std::optional<SyncResponse> r;
    REQUIRE(ville->sync(syncRequest(u"ville-laptop"_s, {notYet}), &r).status == 200);
    CHECK(r->acks[0].status == AckStatus::Applied);
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s, {first, second}), &r).status == 200);
    CHECK(r->acks[0].status == AckStatus::Applied);
    CHECK(r->acks[1].status == AckStatus::Applied);
    CHECK(f.server.recordCount(u"requirement_mark"_s) == 2); // one record per requirement

    const QJsonObject stored = f.server.store()->record(u"requirement_mark"_s, first.id)->data;
    CHECK(stored.value(u"demonstrated"_s) == false);
    CHECK(stored.value(u"note"_s) == u"Harjoitellaan vielä."_s);
    CHECK(stored.value(u"submissionId"_s) == s);
    CHECK(stored[u"requirement"_s][u"unitCode"_s] == u"nayte_piha"_s);
    CHECK(stored[u"requirement"_s][u"qualificationCode"_s] == u"381141"_s);
    CHECK(stored.value(u"history"_s).toArray().size() == 2); // Veera's value and note
    CHECK(stored.value(u"contested"_s).toArray().contains(u"demonstrated"_s));

    // The trainee's competence map follows from what she pulls.
    REQUIRE(aino->sync(syncRequest(u"aino-laptop"_s), &r).status == 200);
    QList<Task> tasks;
    QList<RequirementMark> marks;
    Error error;
    for (const Change &c : r->changes) {
        if (c.kind == u"task"_s)
            tasks.append(*Task::fromJson(c.id, c.data, &error));
        if (c.kind == u"requirement_mark"_s)
            marks.append(*RequirementMark::fromJson(c.id, c.data, &error));
    }
    REQUIRE(marks.size() == 2);
    const CompetenceMap map = buildCompetenceMap(f.aino, tasks, marks);
    const CompetenceRequirement *salting = map.find(u"381141"_s, u"nayte_piha"_s, u"piha_1"_s);
    const CompetenceRequirement *tools = map.find(u"381141"_s, u"nayte_piha"_s, u"piha_2"_s);
    REQUIRE(salting);
    REQUIRE(tools);
    CHECK_FALSE(salting->demonstrated);
    CHECK(salting->contested);
    CHECK(tools->demonstrated);
    CHECK(tools->markedByName == u"Veera"_s);
    CHECK(map.demonstratedCount() == 1);

    // Marks only for requirements of tasks in the trainee's program.
    const Operation unknownCode = mark(3, f.aino, f.requirementTask, u"piha_9"_s,
                                       at(u"veera-laptop"_s), {{u"demonstrated"_s, field(true)}});
    const Operation otherTask = mark(4, f.aino, f.tasksB[0], u"piha_1"_s, at(u"veera-laptop"_s),
                                     {{u"demonstrated"_s, field(true)}});
    const Operation graded = mark(5, f.aino, f.requirementTask, u"piha_2"_s,
                                  at(u"veera-laptop"_s), {{u"demonstrated"_s, field(4)}});
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s, {unknownCode, otherTask, graded}), &r)
                .status
            == 200);
    CHECK(r->acks[0].error.code == ErrorCode::InvalidField);
    CHECK(r->acks[1].error.code == ErrorCode::Forbidden);
    CHECK(r->acks[2].error.code == ErrorCode::InvalidField);
    CHECK(f.server.recordCount(u"requirement_mark"_s) == 2);
}

TEST_CASE("the phrase bank lives in the organisation's scope and merges field by field",
          "[coaching][phrases]")
{
    CoachingFixture f;
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    auto ville = f.client(u"ville"_s, u"Ville-pass1"_s);
    const Hlc created = at(u"veera-laptop"_s);
    std::optional<SyncResponse> r;
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s,
                                    {phrase(1, u"phrase-1"_s, created,
                                            {{u"type"_s, field(u"praise"_s)},
                                             {u"text"_s, field(u"Hienoa työtä"_s)},
                                             {u"position"_s, field(1)}})}),
                        &r)
                .status
            == 200);
    CHECK(r->acks[0].status == AckStatus::Applied);
    REQUIRE(ville->sync(syncRequest(u"ville-laptop"_s), &r).status == 200);
    const QList<Change> pulled = changesOf(r, u"phrase"_s);
    REQUIRE(pulled.size() == 1);
    CHECK(pulled[0].scope == protocol::orgScope(f.org1));
    // Concurrently: Ville fixes the text, Veera moves the phrase. Both edits stay.
    REQUIRE(ville->sync(syncRequest(u"ville-laptop"_s,
                                    {phrase(1, u"phrase-1"_s, at(u"ville-laptop"_s, 1000),
                                            {{u"text"_s, field(u"Hienoa työtä!"_s, created)}})}),
                        &r)
                .status
            == 200);
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s,
                                    {phrase(2, u"phrase-1"_s, at(u"veera-laptop"_s, 2000),
                                            {{u"position"_s, field(5, created)}})}),
                        &r)
                .status
            == 200);
    Error error;
    const std::optional<Phrase> p = Phrase::fromJson(
        u"phrase-1"_s, f.server.store()->record(u"phrase"_s, u"phrase-1"_s)->data, &error);
    REQUIRE(p);
    CHECK(p->text() == u"Hienoa työtä!"_s);
    CHECK(p->position() == 5);
    CHECK(p->type() == u"praise"_s);
    CHECK_FALSE(p->archived());
    CHECK(p->merged.history().size() == 2);

    // Another organisation's coach cannot touch it; a trainee never receives the bank.
    auto olli = f.client(u"olli"_s, u"Olli-pass1"_s);
    REQUIRE(olli->sync(syncRequest(u"olli-laptop"_s,
                                   {phrase(1, u"phrase-1"_s, at(u"olli-laptop"_s, 5000),
                                           {{u"archived"_s, field(true)}}),
                                    phrase(2, u"phrase-2"_s, at(u"olli-laptop"_s, 5000),
                                           {{u"text"_s, field(u"Ilman tyyppiä"_s)}})}),
                       &r)
                .status
            == 200);
    CHECK(r->acks[0].error.code == ErrorCode::Forbidden);
    CHECK(r->acks[1].error.code == ErrorCode::InvalidField); // a new phrase needs its type
    CHECK(changesOf(r, u"phrase"_s).isEmpty());
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    REQUIRE(aino->sync(syncRequest(u"aino-laptop"_s), &r).status == 200);
    CHECK(changesOf(r, u"phrase"_s).isEmpty());
}

TEST_CASE("bad coaching input is rejected per operation and stores nothing", "[coaching][bad]")
{
    CoachingFixture f;
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const QString s = f.submit(*aino, u"aino-laptop"_s, 1, f.tasksA[0]);
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    const Hlc hlc = at(u"veera-laptop"_s);
    Operation noSubmission = review(1, u"no-such-submission"_s, hlc,
                                    {{u"decision"_s, field(u"approved"_s)}});
    Operation wrongId = review(2, s, hlc, {{u"decision"_s, field(u"approved"_s)}});
    wrongId.id = u"my-review"_s;
    Operation notAnObject = review(3, s, hlc, {});
    notAnObject.data.insert(u"set"_s, QJsonObject{{u"decision"_s, u"approved"_s}});
    Operation tooLong = feedback(4, s, QString(Feedback::kMaxTextLength + 1, u'a'));
    Operation badReply = feedback(5, s, u"Vastaus"_s, {{u"replyTo"_s, u"no-such-feedback"_s}});
    Operation approve = review(6, s, hlc, {{u"decision"_s, field(u"approved"_s)}});
    Operation clash = review(7, s, hlc, {{u"decision"_s, field(u"revise"_s)}});
    std::optional<SyncResponse> r;
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s, {noSubmission, wrongId, notAnObject,
                                                         tooLong, badReply, approve, clash}),
                        &r)
                .status
            == 200);
    REQUIRE(r->acks.size() == 7);
    CHECK(r->acks[0].error.code == ErrorCode::NotFound);
    CHECK(r->acks[1].error.code == ErrorCode::InvalidField);
    CHECK(r->acks[2].error.code == ErrorCode::InvalidField);
    CHECK(r->acks[3].error.code == ErrorCode::InvalidField);
    CHECK(r->acks[4].error.code == ErrorCode::InvalidField);
    CHECK(r->acks[5].status == AckStatus::Applied);
    CHECK(r->acks[6].error.code == ErrorCode::Conflict); // one timestamp, two values
    CHECK(f.server.recordCount(u"review"_s) == 1);
    CHECK(f.server.recordCount(u"feedback"_s) == 0);
    CHECK(f.server.store()->record(u"review"_s, reviewIdFor(s))->data.value(u"decision"_s)
          == u"approved"_s);

    // A record keeps at most MergedFields::kMaxHistory earlier values; then writes are refused.
    QList<Operation> flood;
    for (int i = 0; i < MergedFields::kMaxHistory + 2; ++i)
        flood.append(review(8 + i, s, Hlc(hlc.wallMs(), i + 1, u"veera-laptop"_s),
                            {{u"instructions"_s, field(u"versio %1"_s.arg(i))}}));
    REQUIRE(veera->sync(syncRequest(u"veera-laptop"_s, flood), &r).status == 200);
    CHECK(r->acks[MergedFields::kMaxHistory].status == AckStatus::Applied);
    CHECK(r->acks[MergedFields::kMaxHistory + 1].error.code == ErrorCode::PayloadTooLarge);
    const QJsonObject stored = f.server.store()->record(u"review"_s, reviewIdFor(s))->data;
    CHECK(stored.value(u"history"_s).toArray().size() == MergedFields::kMaxHistory);
    CHECK(stored.value(u"instructions"_s) == u"versio %1"_s.arg(MergedFields::kMaxHistory));
}
