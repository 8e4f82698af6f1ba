#include <catch2/catch.hpp>

#include "client/core/LocalStore.h"
#include "client/core/TraineeProgram.h"
#include "common/util/Clock.h"
#include "tests/client/StoreFixtures.h"
#include "tests/support/TempDir.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using fixtures::kindName;

namespace {
constexpr qint64 kTrainee = 7;

// A profile database holding the program of trainee 7: set s1 (tasks Mop, Sweep) and set s2
// (task Paint), plus set s3 that is assigned to someone else.
struct ProgramFixture
{
    TempDir dir;
    ManualClock clock;
    LocalStore store {&clock};
    TraineeProgram program {&store, kTrainee, &clock};
    qint64 seq = 100;

    ProgramFixture()
    {
        REQUIRE(store.open(dir.filePath(u"p.sqlite"_s)));
        QList<Change> changes = fixtures::program(kTrainee, u"s1"_s, {u"Mop"_s, u"Sweep"_s}, 1, 2);
        changes += fixtures::program(kTrainee, u"s2"_s, {u"Paint"_s}, 10, 1);
        changes += fixtures::program(8, u"s3"_s, {u"Other"_s}, 20, 0);
        REQUIRE(store.applySyncResponse(fixtures::response(changes, {{u"trainee:7"_s, 30}})).ok);
    }

    // Acknowledges every pending operation and sends back the server's copies, as a sync would.
    void syncAll()
    {
        SyncResponse r = fixtures::response({}, {{u"trainee:7"_s, seq}});
        QHash<QString, int> versions;
        for (const Operation &op : store.pendingOperations(1000, 1 << 24)) {
            r.acks.append(fixtures::ack(op.counter, AckStatus::Applied));
            QJsonObject data = op.data;
            data.insert(u"traineeId"_s, kTrainee);
            if (op.kind == kindName(kind::kSubmission)) {
                const QString task = data.value(u"taskId"_s).toString();
                data.insert(u"version"_s, ++versions[task]);
                data.insert(u"receivedAt"_s, u"2026-01-01T10:00:00.000Z"_s);
            }
            r.changes.append(fixtures::change(u"trainee:7"_s, ++seq, op.kind, op.id, data));
        }
        r.cursors[u"trainee:7"_s] = seq;
        REQUIRE(store.applySyncResponse(r).ok);
    }

    void review(const QString &submissionId, const QString &taskId, const QString &decision)
    {
        Review rv;
        rv.submissionId = submissionId;
        rv.taskId = taskId;
        rv.traineeId = kTrainee;
        rv.decision = decision;
        rv.at = QDateTime::currentDateTimeUtc();
        ++seq;
        REQUIRE(store
                    .applySyncResponse(fixtures::response(
                        {fixtures::change(u"trainee:7"_s, seq, kindName(kind::kReview),
                                          u"r"_s + QString::number(seq), rv.toJson())},
                        {{u"trainee:7"_s, seq}}))
                    .ok);
    }
};
} // namespace

TEST_CASE("the program shows only this trainee's sets, and tasks by position", "[program]")
{
    ProgramFixture f;
    const QList<TaskSetView> sets = f.program.taskSets();
    REQUIRE(sets.size() == 2);
    CHECK(sets.at(0).taskSet.id == u"s2"_s); // position 1 before position 2
    CHECK(sets.at(1).taskSet.id == u"s1"_s);
    REQUIRE(sets.at(1).tasks.size() == 2);
    CHECK(sets.at(1).tasks.at(0).task.title == u"Sweep"_s);
    CHECK(sets.at(1).tasks.at(1).task.title == u"Mop"_s);
    CHECK(sets.at(1).tasks.at(0).status == TaskStatus::NotStarted);
    CHECK_FALSE(f.program.task(u"s3-t1"_s).has_value()); // someone else's set
    CHECK(f.program.summary().total == 3);
    CHECK(f.program.summary().notStarted == 3);
}

TEST_CASE("starting a task is recorded once", "[program]")
{
    ProgramFixture f;
    QSignalSpy changed(&f.program, &TraineeProgram::changed);
    REQUIRE_FALSE(f.program.markStarted(u"s1-t1"_s).isError());
    CHECK(f.program.task(u"s1-t1"_s)->status == TaskStatus::InProgress);
    CHECK(f.program.task(u"s1-t1"_s)->hasUnsyncedChanges);
    REQUIRE_FALSE(f.program.markStarted(u"s1-t1"_s).isError());
    CHECK(f.store.pendingCount() == 1);
    CHECK(changed.count() == 1);
    // Also once the start came back from the server.
    f.syncAll();
    REQUIRE_FALSE(f.program.markStarted(u"s1-t1"_s).isError());
    CHECK(f.store.pendingCount() == 0);
    CHECK_FALSE(f.program.task(u"s1-t1"_s)->hasUnsyncedChanges);
}

TEST_CASE("an unchanged answer is not saved again", "[program]")
{
    ProgramFixture f;
    REQUIRE_FALSE(f.program.saveAnswer(u"s1-t1"_s, QString()).isError());
    CHECK(f.store.pendingCount() == 0); // nothing written yet, nothing changed
    REQUIRE_FALSE(f.program.saveAnswer(u"s1-t1"_s, u"Lattia pesty"_s).isError());
    REQUIRE_FALSE(f.program.saveAnswer(u"s1-t1"_s, u"Lattia pesty"_s).isError());
    CHECK(f.store.pendingCount() == 1);
    REQUIRE_FALSE(f.program.saveAnswer(u"s1-t1"_s, u"Lattia pesty ja kuivattu"_s).isError());
    CHECK(f.store.pendingCount() == 2);
    CHECK(f.program.task(u"s1-t1"_s)->answer == u"Lattia pesty ja kuivattu"_s);
    f.syncAll();
    REQUIRE_FALSE(f.program.saveAnswer(u"s1-t1"_s, u"Lattia pesty ja kuivattu"_s).isError());
    CHECK(f.store.pendingCount() == 0);
    CHECK(f.program.task(u"s1-t1"_s)->answer == u"Lattia pesty ja kuivattu"_s);
}

TEST_CASE("a submission is saved locally with version 0 until the server numbers it", "[program]")
{
    ProgramFixture f;
    REQUIRE_FALSE(f.program.submit(u"s2-t1"_s, u"Seinä maalattu"_s).isError());
    auto view = f.program.task(u"s2-t1"_s);
    REQUIRE(view.has_value());
    CHECK(view->status == TaskStatus::Submitted);
    CHECK(view->answer == u"Seinä maalattu"_s); // the answer is saved with the submission
    REQUIRE(view->submissions.size() == 1);
    CHECK(view->submissions.first().version == 0);
    CHECK(view->hasUnsyncedChanges);
    CHECK(f.store.pendingCount() == 2); // answer + submission, written together

    f.syncAll();
    view = f.program.task(u"s2-t1"_s);
    REQUIRE(view->submissions.size() == 1);
    CHECK(view->submissions.first().version == 1);
    CHECK(view->submissions.first().receivedAt.isValid());
    CHECK_FALSE(view->hasUnsyncedChanges);

    // Submitting the same answer again adds a submission but no new answer version.
    REQUIRE_FALSE(f.program.submit(u"s2-t1"_s, u"Seinä maalattu"_s).isError());
    CHECK(f.store.pendingCount() == 1);
}

TEST_CASE("reviews move the status and the summary counts it", "[program]")
{
    ProgramFixture f;
    REQUIRE_FALSE(f.program.submit(u"s1-t1"_s, u"v1"_s).isError());
    REQUIRE_FALSE(f.program.submit(u"s1-t2"_s, u"w1"_s).isError());
    REQUIRE_FALSE(f.program.markStarted(u"s2-t1"_s).isError());
    f.syncAll();
    const QString first = f.program.task(u"s1-t1"_s)->submissions.first().id;
    f.review(first, u"s1-t1"_s, u"revise"_s);
    CHECK(f.program.task(u"s1-t1"_s)->status == TaskStatus::NeedsRevision);
    REQUIRE(f.program.task(u"s1-t1"_s)->reviews.size() == 1);

    const QString second = f.program.task(u"s1-t2"_s)->submissions.first().id;
    f.review(second, u"s1-t2"_s, u"approved"_s);
    CHECK(f.program.task(u"s1-t2"_s)->status == TaskStatus::Approved);

    const ProgramSummary s = f.program.summary();
    CHECK(s.total == 3);
    CHECK(s.needsRevision == 1);
    CHECK(s.approved == 1);
    CHECK(s.inProgress == 1);
    CHECK(s.completion() == Approx(1.0 / 3.0));

    // A new submission after "revise" is waiting for review again.
    REQUIRE_FALSE(f.program.submit(u"s1-t1"_s, u"v2"_s).isError());
    CHECK(f.program.task(u"s1-t1"_s)->status == TaskStatus::Submitted);
}

TEST_CASE("writes to a task outside the program fail locally and queue nothing", "[program]")
{
    ProgramFixture f;
    CHECK(f.program.markStarted(u"nope"_s).code == ErrorCode::NotFound);
    CHECK(f.program.saveAnswer(u"s3-t1"_s, u"x"_s).code == ErrorCode::NotFound);
    CHECK(f.program.submit(u"s3-t1"_s, u"x"_s).code == ErrorCode::NotFound);
    CHECK(
        f.program.saveAnswer(u"s1-t1"_s, QString(protocol::limits::kMaxAnswerLength + 1, u'x')).code
        == ErrorCode::InvalidField);
    CHECK(f.store.pendingCount() == 0);
}

TEST_CASE("a refused change is listed with its task and reason", "[program]")
{
    ProgramFixture f;
    REQUIRE_FALSE(f.program.submit(u"s1-t2"_s, u"done"_s).isError());
    SyncResponse r = fixtures::response({}, {{u"trainee:7"_s, 30}});
    r.acks = {fixtures::ack(1, AckStatus::Applied),
              fixtures::ack(2, AckStatus::Rejected, Error(ErrorCode::Forbidden, u"no"_s))};
    REQUIRE(f.store.applySyncResponse(r).ok);
    const QList<RejectedChange> rejected = f.program.rejectedChanges();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().counter == 2);
    CHECK(rejected.first().kind == kindName(kind::kSubmission));
    CHECK(rejected.first().taskTitle == u"Sweep"_s);
    CHECK(rejected.first().error.code == ErrorCode::Forbidden);
    // The trainee's work is still on the laptop.
    CHECK(f.program.task(u"s1-t2"_s)->submissions.size() == 1);
}
