#include <catch2/catch.hpp>

#include "client/core/CoachWorkspace.h"
#include "client/core/FeedbackThread.h"
#include "client/core/LocalStore.h"
#include "common/model/ReviewRecords.h"
#include "common/protocol/JsonReader.h"
#include "common/util/Clock.h"
#include "tests/client/StoreFixtures.h"
#include "tests/support/TempDir.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using fixtures::kindName;

namespace {
constexpr qint64 kTrainee = 7;
constexpr qint64 kCoach = 3;

Submission submission(const QString &taskId, int version, const QString &receivedAt)
{
    Submission s;
    s.traineeId = kTrainee;
    s.taskId = taskId;
    s.answer = u"Vastaus %1"_s.arg(version);
    s.at = fromIsoUtc(receivedAt);
    s.version = version;
    s.receivedAt = fromIsoUtc(receivedAt);
    return s;
}

// A coach's profile holding trainee 7's program (set s1: Mop with two requirements, Sweep) and
// submissions: Mop v1 (10:00) and v2 (12:00), Sweep v1 (11:00).
struct CoachFixture
{
    TempDir dir;
    ManualClock clock;
    LocalStore store{&clock};
    CoachWorkspace coach{&store, kCoach, u"Kaisa"_s, &clock};
    QString mop = u"s1-t1"_s;
    QString sweep = u"s1-t2"_s;
    qint64 seq = 100;

    CoachFixture()
    {
        REQUIRE(store.open(dir.filePath(u"c.sqlite"_s)));
        QList<Change> changes = fixtures::program(kTrainee, u"s1"_s, {u"Mop"_s, u"Sweep"_s});
        for (Change &c : changes) {
            if (c.id == mop) {
                Error error;
                Task t = *Task::fromJson(c.id, c.data, &error);
                Requirement a;
                a.code = u"r1"_s;
                a.text = u"osaa valita aineet"_s;
                Requirement b;
                b.code = u"r2"_s;
                b.text = u"osaa kuivata"_s;
                t.requirements = {a, b};
                c.data = t.toJson();
            }
        }
        changes.append(fixtures::change(u"trainee:7"_s, 10, kindName(kind::kSubmission), u"m1"_s,
                                        submission(mop, 1, u"2026-01-01T10:00:00.000Z"_s).toJson()));
        changes.append(fixtures::change(u"trainee:7"_s, 11, kindName(kind::kSubmission), u"w1"_s,
                                        submission(sweep, 1, u"2026-01-01T11:00:00.000Z"_s).toJson()));
        changes.append(fixtures::change(u"trainee:7"_s, 12, kindName(kind::kSubmission), u"m2"_s,
                                        submission(mop, 2, u"2026-01-01T12:00:00.000Z"_s).toJson()));
        REQUIRE(store.applySyncResponse(fixtures::response(changes, {{u"trainee:7"_s, 12}})).ok);
    }

    Operation lastOperation() const
    {
        const QList<Operation> ops = store.pendingOperations(1000, 1 << 24);
        REQUIRE_FALSE(ops.isEmpty());
        return ops.constLast();
    }
};
} // namespace

TEST_CASE("the review queue holds the newest undecided version of each task, oldest first",
          "[coach]")
{
    CoachFixture f;
    const QList<QueueEntry> queue = f.coach.reviewQueue();
    REQUIRE(queue.size() == 2);
    CHECK(queue.at(0).submission.id == u"w1"_s); // 11:00
    CHECK(queue.at(1).submission.id == u"m2"_s); // 12:00; v1 is an older version
    CHECK(queue.at(1).taskTitle == u"Mop"_s);

    const auto view = f.coach.submission(u"m2"_s);
    REQUIRE(view);
    CHECK(view->versions.size() == 2);
    CHECK(view->task.requirements.size() == 2);
    const QList<RosterEntry> roster = f.coach.roster();
    REQUIRE(roster.size() == 1);
    CHECK(roster.first().waitingCount == 2);
    CHECK(roster.first().taskCount == 2);
}

TEST_CASE("a decision is saved at once as an operation the server accepts", "[coach]")
{
    CoachFixture f;
    QSignalSpy changed(&f.coach, &CoachWorkspace::changed);
    REQUIRE_FALSE(f.coach.decide(u"m2"_s, u"revise"_s, u"Lisää kuva."_s).isError());
    CHECK(changed.size() == 1);
    const Operation op = f.lastOperation();
    CHECK(op.kind == u"review"_s);
    CHECK(op.id == reviewIdFor(u"m2"_s));
    CHECK_FALSE(validateCoachingOperation(op.kind, op.id, op.data).isError());
    CHECK(op.data.value(u"set"_s).toObject().keys() == QStringList{u"decision"_s, u"instructions"_s});
    // Shown at once, offline.
    const auto view = f.coach.submission(u"m2"_s);
    REQUIRE(view);
    REQUIRE(view->review);
    CHECK(view->review->decision() == u"revise"_s);
    CHECK(view->review->instructions() == u"Lisää kuva."_s);
    CHECK(view->hasPendingChanges);
    CHECK(f.coach.reviewQueue().size() == 1);

    // Changing only the decision sends only the decision, based on the value the coach saw.
    const QString firstHlc = op.data.value(u"hlc"_s).toString();
    REQUIRE_FALSE(f.coach.decide(u"m2"_s, u"approved"_s, u"Lisää kuva."_s).isError());
    const Operation second = f.lastOperation();
    const QJsonObject set = second.data.value(u"set"_s).toObject();
    CHECK(set.keys() == QStringList{u"decision"_s});
    CHECK(set.value(u"decision"_s).toObject().value(u"base"_s).toString() == firstHlc);
    CHECK(second.data.value(u"hlc"_s).toString() > firstHlc);
    CHECK(f.coach.submission(u"m2"_s)->review->decision() == u"approved"_s);
    // Deciding the same again writes nothing.
    REQUIRE_FALSE(f.coach.decide(u"m2"_s, u"approved"_s, u"Lisää kuva."_s).isError());
    CHECK(f.store.pendingCount() == 2);
}

TEST_CASE("a requirement mark and feedback are valid operations and show at once", "[coach]")
{
    CoachFixture f;
    REQUIRE_FALSE(f.coach.markRequirement(u"m2"_s, u"r1"_s, true, u"Hyvin valittu"_s).isError());
    const Operation mark = f.lastOperation();
    CHECK(mark.id == requirementMarkIdFor(kTrainee, f.mop, u"r1"_s));
    CHECK_FALSE(validateCoachingOperation(mark.kind, mark.id, mark.data).isError());
    CHECK(f.coach.markRequirement(u"m2"_s, u"nope"_s, true, {}).code == ErrorCode::InvalidField);

    REQUIRE_FALSE(f.coach.sendFeedback(u"m2"_s, u"Hienoa!"_s, {u"r1"_s}).isError());
    const Operation feedback = f.lastOperation();
    CHECK(feedback.kind == u"feedback"_s);
    CHECK_FALSE(validateCoachingOperation(feedback.kind, feedback.id, feedback.data).isError());
    CHECK(f.coach.sendFeedback(u"m2"_s, u"  "_s).isError());

    const auto view = f.coach.submission(u"m2"_s);
    REQUIRE(view);
    REQUIRE(view->marks.size() == 1);
    CHECK(view->marks.first().demonstrated());
    CHECK(view->marks.first().note() == u"Hyvin valittu"_s);
    REQUIRE(view->thread.size() == 1);
    CHECK(view->thread.first().praise == QStringList{u"r1"_s});
}

TEST_CASE("a note alone leaves 'demonstrated' unwritten and ticking later writes only the tick",
          "[coach]")
{
    CoachFixture f;
    REQUIRE_FALSE(f.coach.setMarkNote(u"m2"_s, u"r2"_s, u"Harjoitellaan"_s).isError());
    const Operation note = f.lastOperation();
    CHECK(note.data.value(u"set"_s).toObject().keys() == QStringList{u"note"_s});
    CHECK_FALSE(validateCoachingOperation(note.kind, note.id, note.data).isError());
    auto view = f.coach.submission(u"m2"_s);
    REQUIRE(view);
    REQUIRE(view->marks.size() == 1);
    CHECK_FALSE(view->marks.first().demonstrated()); // not yet
    // The same note again writes nothing; the tick with the same note writes only the tick.
    REQUIRE_FALSE(f.coach.setMarkNote(u"m2"_s, u"r2"_s, u"Harjoitellaan"_s).isError());
    CHECK(f.store.pendingCount() == 1);
    REQUIRE_FALSE(f.coach.markRequirement(u"m2"_s, u"r2"_s, true, u"Harjoitellaan"_s).isError());
    CHECK(f.store.pendingCount() == 2);
    CHECK(f.lastOperation().data.value(u"set"_s).toObject().keys()
          == QStringList{u"demonstrated"_s});
    view = f.coach.submission(u"m2"_s);
    CHECK(view->marks.first().demonstrated());
    CHECK(view->marks.first().note() == u"Harjoitellaan"_s);
}

TEST_CASE("the trainee's unread count falls when a task's feedback is read, on this laptop at once",
          "[coach][trainee]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store{&clock};
    REQUIRE(store.open(dir.filePath(u"t.sqlite"_s)));
    FeedbackThread thread{&store, kTrainee, u"Aino"_s, &clock};
    QList<Change> changes = fixtures::program(kTrainee, u"s1"_s, {u"Mop"_s});
    changes.append(fixtures::change(u"trainee:7"_s, 10, kindName(kind::kSubmission), u"m1"_s,
                                    submission(u"s1-t1"_s, 1, u"2026-01-01T10:00:00.000Z"_s).toJson()));
    for (int i = 0; i < 2; ++i) {
        Feedback fb;
        fb.submissionId = u"m1"_s;
        fb.text = u"Viesti %1"_s.arg(i);
        fb.hlc = Hlc(1'700'000'000'000 + i, 0, u"coach-laptop"_s);
        fb.taskId = u"s1-t1"_s;
        fb.traineeId = kTrainee;
        fb.authorId = kCoach;
        fb.authorName = u"Kaisa"_s;
        fb.authorRole = u"coach"_s;
        changes.append(fixtures::change(u"trainee:7"_s, 11 + i, kindName(kind::kFeedback),
                                        u"f%1"_s.arg(i), fb.toJson()));
    }
    REQUIRE(store.applySyncResponse(fixtures::response(changes, {{u"trainee:7"_s, 20}})).ok);
    CHECK(thread.unreadCount() == 2);
    CHECK(thread.unreadByTask().value(u"s1-t1"_s) == 2);
    REQUIRE_FALSE(thread.markTaskRead(u"s1-t1"_s).isError());
    CHECK(thread.unreadCount() == 0);
    const QList<Operation> ops = store.pendingOperations(100, 1 << 20);
    REQUIRE(ops.size() == 2);
    for (const Operation &op : ops) {
        CHECK(op.kind == u"feedback_read"_s);
        CHECK_FALSE(validateCoachingOperation(op.kind, op.id, op.data).isError());
    }
    REQUIRE_FALSE(thread.markTaskRead(u"s1-t1"_s).isError());
    CHECK(store.pendingCount() == 2); // read once is enough

    REQUIRE_FALSE(thread.reply(u"s1-t1"_s, u"Kiitos!"_s, u"f1"_s).isError());
    const Operation reply = store.pendingOperations(100, 1 << 20).constLast();
    CHECK(reply.kind == u"feedback"_s);
    CHECK(reply.data.value(u"replyTo"_s).toString() == u"f1"_s);
    CHECK(Hlc::fromString(reply.data.value(u"hlc"_s).toString())->wallMs() >= 1'700'000'000'001);
    REQUIRE(thread.messages(u"s1-t1"_s).size() == 3);
    CHECK(thread.messages(u"s1-t1"_s).constLast().text == u"Kiitos!"_s);
    CHECK(thread.unreadCount() == 0); // own replies are never unread
}
