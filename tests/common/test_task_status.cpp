#include <catch2/catch.hpp>

#include "common/model/TaskStatus.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
Submission submission(const QString &id, int version)
{
    Submission s;
    s.id = id;
    s.taskId = u"t1"_s;
    s.version = version;
    return s;
}
Review review(const QString &submissionId, const QString &decision)
{
    Review r;
    r.id = u"r-"_s + submissionId;
    r.submissionId = submissionId;
    r.decision = decision;
    return r;
}
} // namespace

TEST_CASE("task status moves forward with the trainee's and coach's records", "[model]")
{
    TaskActivity a;
    CHECK(deriveTaskStatus(a) == TaskStatus::NotStarted);
    a.progress.append(ProgressEvent{u"p1"_s, 1, u"t1"_s, u"started"_s, {}});
    CHECK(deriveTaskStatus(a) == TaskStatus::InProgress);
    a.submissions.append(submission(u"s1"_s, 1));
    CHECK(deriveTaskStatus(a) == TaskStatus::Submitted);
    a.reviews.append(review(u"s1"_s, u"revise"_s));
    CHECK(deriveTaskStatus(a) == TaskStatus::NeedsRevision);
    a.submissions.append(submission(u"s2"_s, 0)); // new version, not yet synced
    CHECK(deriveTaskStatus(a) == TaskStatus::Submitted);
    a.reviews.append(review(u"s2"_s, u"approved"_s));
    CHECK(deriveTaskStatus(a) == TaskStatus::Approved);
}

TEST_CASE("an answer alone means the task is in progress", "[model]")
{
    TaskActivity a;
    a.answers.append(AnswerVersion{u"a1"_s, 1, u"t1"_s, u"luonnos"_s, {}});
    CHECK(deriveTaskStatus(a) == TaskStatus::InProgress);
}

TEST_CASE("trainee operations are validated by kind", "[model]")
{
    CHECK_FALSE(validateTraineeOperation(u"progress"_s, u"p1"_s,
                                         QJsonObject{{u"taskId"_s, u"t1"_s}, {u"event"_s, u"started"_s}}));
    const Error badEvent = validateTraineeOperation(
        u"progress"_s, u"p1"_s, QJsonObject{{u"taskId"_s, u"t1"_s}, {u"event"_s, u"approved"_s}});
    CHECK(badEvent.code == ErrorCode::InvalidField);
    const Error noTask = validateTraineeOperation(u"submission"_s, u"s1"_s,
                                                  QJsonObject{{u"answer"_s, u"x"_s}});
    CHECK(noTask.message.contains(u"taskId"_s));
    const Error review = validateTraineeOperation(u"review"_s, u"r1"_s, QJsonObject{});
    CHECK(review.code == ErrorCode::UnknownKind);
    const Error task = validateTraineeOperation(u"task"_s, u"t9"_s, QJsonObject{});
    CHECK(task.code == ErrorCode::UnknownKind);
}
