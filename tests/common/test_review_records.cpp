#include <catch2/catch.hpp>

#include "common/model/FeedbackRecords.h"
#include "common/model/ReviewRecords.h"
#include "common/model/TaskStatus.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
FieldWrite write(const QJsonValue &value, qint64 wall, const QString &device, const Hlc &base = {},
                 qint64 by = 1)
{
    FieldWrite w;
    w.value = value;
    w.hlc = Hlc(wall, 0, device);
    w.base = base;
    w.by = by;
    w.device = device;
    return w;
}

MergedFields mergeAll(const QList<FieldWrite> &writes)
{
    MergedFields m;
    for (const FieldWrite &w : writes)
        m.apply(u"decision"_s, w);
    return m;
}
} // namespace

TEST_CASE("the write with the higher timestamp wins whatever the order of arrival", "[merge]")
{
    const FieldWrite a = write(u"approved"_s, 1000, u"coach-a"_s);
    const FieldWrite b = write(u"revise"_s, 2000, u"coach-b"_s);
    const FieldWrite c = write(u"approved"_s, 1500, u"coach-c"_s);
    QList<FieldWrite> order{a, b, c};
    std::sort(order.begin(), order.end(),
              [](const FieldWrite &x, const FieldWrite &y) { return x.device < y.device; });
    const MergedFields first = mergeAll(order);
    int permutations = 0;
    do {
        const MergedFields m = mergeAll(order);
        CHECK(m.value(u"decision"_s) == u"revise"_s);
        CHECK(m.fieldsJson() == first.fieldsJson());
        CHECK(m.historyJson() == first.historyJson());
        ++permutations;
    } while (std::next_permutation(order.begin(), order.end(),
                                   [](const FieldWrite &x, const FieldWrite &y) {
                                       return x.device < y.device;
                                   }));
    CHECK(permutations == 6);
    // Equal wall time and counter: the device id decides.
    MergedFields tie;
    tie.apply(u"decision"_s, write(u"approved"_s, 3000, u"coach-b"_s));
    tie.apply(u"decision"_s, write(u"revise"_s, 3000, u"coach-a"_s));
    CHECK(tie.value(u"decision"_s) == u"approved"_s);
}

TEST_CASE("a concurrent loser is kept in history and flagged as a conflict", "[merge]")
{
    MergedFields m;
    const FieldWrite mine = write(u"approved"_s, 1000, u"coach-a"_s, {}, 5);
    const FieldWrite colleague = write(u"revise"_s, 2000, u"coach-b"_s, {}, 6);
    CHECK(m.apply(u"decision"_s, colleague) == MergedFields::Outcome::Won);
    CHECK(m.apply(u"decision"_s, mine) == MergedFields::Outcome::Lost);
    REQUIRE(m.history().size() == 1);
    CHECK(m.history()[0].field == u"decision"_s);
    CHECK(m.history()[0].write.value == u"approved"_s);
    CHECK(m.history()[0].write.by == 5);
    CHECK(m.history()[0].conflict);
    CHECK(m.contested(u"decision"_s));
}

TEST_CASE("a deliberate overwrite keeps the old value in history without a conflict", "[merge]")
{
    MergedFields m;
    const FieldWrite first = write(u"revise"_s, 1000, u"coach-a"_s);
    const FieldWrite second = write(u"approved"_s, 2000, u"coach-b"_s, first.hlc);
    m.apply(u"decision"_s, first);
    CHECK(m.apply(u"decision"_s, second) == MergedFields::Outcome::Won);
    REQUIRE(m.history().size() == 1);
    CHECK_FALSE(m.history()[0].conflict);
    CHECK_FALSE(m.contested(u"decision"_s));
    // A third coach who had only seen the first value writes concurrently with the second.
    const FieldWrite third = write(u"revise"_s, 3000, u"coach-c"_s, first.hlc);
    CHECK(m.apply(u"decision"_s, third) == MergedFields::Outcome::Won);
    REQUIRE(m.history().size() == 2);
    CHECK_FALSE(m.history()[0].conflict); // the first value was seen (by both)
    CHECK(m.history()[1].conflict); // the second was overwritten unseen
    CHECK(m.contested(u"decision"_s));
}

TEST_CASE("a re-sent write is a duplicate and a reused timestamp with another value clashes",
          "[merge]")
{
    MergedFields m;
    const FieldWrite w = write(u"approved"_s, 1000, u"coach-a"_s);
    m.apply(u"decision"_s, w);
    m.apply(u"decision"_s, write(u"revise"_s, 2000, u"coach-b"_s));
    CHECK(m.apply(u"decision"_s, w) == MergedFields::Outcome::Duplicate); // now in history
    CHECK(m.apply(u"decision"_s, write(u"revise"_s, 1000, u"coach-a"_s))
          == MergedFields::Outcome::Clash);
    CHECK(m.history().size() == 1);
}

TEST_CASE("a write at or below the base it saw gets a timestamp just above that base", "[merge]")
{
    Error error;
    const Hlc base(5000, 3, u"coach-b"_s);
    const QJsonObject data{{u"hlc"_s, Hlc(4000, 0, u"coach-a"_s).toString()},
                           {u"set"_s, QJsonObject{{u"decision"_s,
                                                   QJsonObject{{u"value"_s, u"revise"_s},
                                                               {u"base"_s, base.toString()}}}}}};
    const std::optional<EditOperation> op = EditOperation::fromJson(data, &error);
    REQUIRE(op);
    REQUIRE(op->edits.size() == 1);
    const Hlc effective = op->effectiveHlc(op->edits[0]);
    CHECK(effective > base);
    CHECK(effective == Hlc(5000, 4, u"coach-a"_s));
}

TEST_CASE("the merged decision of a review drives the task status", "[merge][model]")
{
    ReviewRecord review;
    review.id = reviewIdFor(u"s1"_s);
    review.submissionId = u"s1"_s;
    review.taskId = u"t1"_s;
    review.traineeId = 3;
    review.merged.apply(u"decision"_s, write(u"approved"_s, 1000, u"coach-a"_s));
    review.merged.apply(u"decision"_s, write(u"revise"_s, 2000, u"coach-b"_s));
    review.merged.apply(u"instructions"_s, write(u"Lisää kuva."_s, 2000, u"coach-b"_s));

    // What a client pulls is read back as the flat Review the status uses.
    Error error;
    const std::optional<Review> flat = Review::fromJson(review.id, review.toJson(), &error);
    REQUIRE(flat);
    CHECK(flat->decision == u"revise"_s);
    CHECK(flat->instructions == u"Lisää kuva."_s);
    CHECK(flat->comment == u"Lisää kuva."_s);
    TaskActivity a;
    Submission s;
    s.id = u"s1"_s;
    s.taskId = u"t1"_s;
    s.version = 1;
    a.submissions.append(s);
    a.reviews.append(*flat);
    CHECK(deriveTaskStatus(a) == TaskStatus::NeedsRevision);

    // The stored record keeps both decisions; parsing recomputes the conflict flags.
    const std::optional<ReviewRecord> back = ReviewRecord::fromJson(review.id, review.toJson(), &error);
    REQUIRE(back);
    CHECK(back->decision() == u"revise"_s);
    REQUIRE(back->merged.history().size() == 1);
    CHECK(back->merged.history()[0].conflict);
    CHECK(review.toJson().value(u"contested"_s).toArray() == QJsonArray{u"decision"_s});

    // Instructions written before any decision: no decision yet, the task stays submitted.
    ReviewRecord undecided = review;
    undecided.merged = MergedFields();
    undecided.merged.apply(u"instructions"_s, write(u"Luonnos"_s, 1000, u"coach-a"_s));
    const std::optional<Review> none = Review::fromJson(review.id, undecided.toJson(), &error);
    REQUIRE(none);
    a.reviews = {*none};
    CHECK(deriveTaskStatus(a) == TaskStatus::Submitted);
}

TEST_CASE("coaching operations are validated by kind", "[merge][model]")
{
    const QString hlc = Hlc(1000, 0, u"coach-a"_s).toString();
    auto set = [](const QString &field, const QJsonValue &value) {
        return QJsonObject{{field, QJsonObject{{u"value"_s, value}}}};
    };
    const QJsonObject review{{u"submissionId"_s, u"s1"_s}, {u"hlc"_s, hlc},
                             {u"set"_s, set(u"decision"_s, u"approved"_s)}};
    CHECK_FALSE(validateCoachingOperation(u"review"_s, reviewIdFor(u"s1"_s), review));
    CHECK(validateCoachingOperation(u"review"_s, u"my-own-id"_s, review).code
          == ErrorCode::InvalidField);
    QJsonObject graded = review;
    graded.insert(u"set"_s, set(u"decision"_s, u"5"_s));
    CHECK(validateCoachingOperation(u"review"_s, reviewIdFor(u"s1"_s), graded).message.contains(
        u"decision"_s));
    QJsonObject unknownField = review;
    unknownField.insert(u"set"_s, set(u"grade"_s, 5));
    CHECK(validateCoachingOperation(u"review"_s, reviewIdFor(u"s1"_s), unknownField).code
          == ErrorCode::InvalidField);
    QJsonObject badClock = review;
    badClock.insert(u"hlc"_s, u"yesterday"_s);
    CHECK(validateCoachingOperation(u"review"_s, reviewIdFor(u"s1"_s), badClock).code
          == ErrorCode::InvalidField);

    const QJsonObject mark{{u"traineeId"_s, 3}, {u"taskId"_s, u"t1"_s},
                           {u"requirementCode"_s, u"req_1"_s}, {u"hlc"_s, hlc},
                           {u"set"_s, set(u"demonstrated"_s, true)}};
    CHECK_FALSE(validateCoachingOperation(u"requirement_mark"_s,
                                          requirementMarkIdFor(3, u"t1"_s, u"req_1"_s), mark));
    CHECK(validateCoachingOperation(u"requirement_mark"_s,
                                    requirementMarkIdFor(4, u"t1"_s, u"req_1"_s), mark)
              .code
          == ErrorCode::InvalidField);

    CHECK_FALSE(validateCoachingOperation(
        u"feedback"_s, u"f1"_s, {{u"submissionId"_s, u"s1"_s}, {u"text"_s, u"Hienoa!"_s}}));
    CHECK(validateCoachingOperation(u"feedback"_s, u"f1"_s,
                                    {{u"submissionId"_s, u"s1"_s}, {u"text"_s, u"  "_s}})
              .code
          == ErrorCode::InvalidField);
    CHECK_FALSE(validateCoachingOperation(u"feedback_read"_s, feedbackReadIdFor(u"f1"_s),
                                          {{u"feedbackId"_s, u"f1"_s}}));
    CHECK(validateCoachingOperation(u"feedback_read"_s, u"fr-1"_s, {{u"feedbackId"_s, u"f1"_s}})
              .code
          == ErrorCode::InvalidField);
    CHECK(validateCoachingOperation(u"phrase"_s, u"p1"_s,
                                    {{u"hlc"_s, hlc}, {u"set"_s, set(u"type"_s, u"scolding"_s)}})
              .code
          == ErrorCode::InvalidField);
    CHECK(validateCoachingOperation(u"grade"_s, u"g1"_s, {}).code == ErrorCode::UnknownKind);
    CHECK(reviewIdFor(u"s1"_s) == reviewIdFor(u"s1"_s));
    CHECK(reviewIdFor(u"s1"_s) != reviewIdFor(u"s2"_s));
    CHECK(reviewIdFor(QString(64, u'x')).size() <= 64);
}
