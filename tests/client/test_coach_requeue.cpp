// After a new server epoch, a coach's own writes are offered again: every field write of a
// merged record (review, requirement mark, phrase) that this user made, with its original
// timestamp, and their feedback messages; never a colleague's, never one already queued.

#include <catch2/catch.hpp>

#include "client/core/LocalStore.h"
#include "common/model/FeedbackRecords.h"
#include "common/model/ReviewRecords.h"
#include "common/util/Clock.h"
#include "tests/client/StoreFixtures.h"
#include "tests/support/TempDir.h"

using namespace Qt::StringLiterals;
using fixtures::kindName;

namespace {
constexpr qint64 kMe = 3;
constexpr qint64 kColleague = 4;
const QString kScope = u"trainee:7"_s;

FieldWrite written(const QJsonValue &value, qint64 ms, qint64 by, const Hlc &base = {})
{
    FieldWrite w;
    w.value = value;
    w.hlc = Hlc(ms, 0, by == kMe ? u"my-laptop"_s : u"other-laptop"_s);
    w.base = base;
    w.by = by;
    w.byName = by == kMe ? u"Kaisa"_s : u"Liisa"_s;
    return w;
}

ReviewRecord review(const QList<QPair<QString, FieldWrite>> &writes)
{
    ReviewRecord r;
    r.submissionId = u"sub-1"_s;
    r.id = reviewIdFor(r.submissionId);
    r.taskId = u"s1-t1"_s;
    r.traineeId = 7;
    for (const auto &[field, write] : writes)
        r.merged.apply(field, write);
    return r;
}

Feedback message(const QString &id, qint64 author, const QString &text)
{
    Feedback f;
    f.id = id;
    f.submissionId = u"sub-1"_s;
    f.text = text;
    f.hlc = Hlc(1000, 0, u"my-laptop"_s);
    f.at = QDateTime::fromMSecsSinceEpoch(1'764'000'000'000, Qt::UTC);
    f.taskId = u"s1-t1"_s;
    f.traineeId = 7;
    f.authorId = author;
    f.authorName = u"Someone"_s;
    f.authorRole = u"coach"_s;
    return f;
}

struct CoachStore
{
    TempDir dir;
    ManualClock clock;
    LocalStore store{&clock};

    CoachStore()
    {
        REQUIRE(store.open(dir.filePath(u"c.sqlite"_s)));
        UserInfo me;
        me.id = kMe;
        me.username = u"kaisa"_s;
        me.role = Role::Coach;
        me.orgId = 1;
        REQUIRE(store.setUserInfo(me));
    }
};
} // namespace

TEST_CASE("after a new server epoch a coach's own field writes and messages are offered again "
          "once each",
          "[store][sync][epoch][coach]")
{
    CoachStore c;
    // Kaisa decided "revise", Liisa wrote instructions, Kaisa then approved (seeing "revise").
    const FieldWrite revise = written(u"revise"_s, 1000, kMe);
    const FieldWrite instructions = written(u"Lisää kuva."_s, 2000, kColleague);
    const FieldWrite approve = written(u"approved"_s, 3000, kMe, revise.hlc);
    const ReviewRecord now
        = review({{u"decision"_s, revise}, {u"instructions"_s, instructions},
                  {u"decision"_s, approve}});
    const QList<Change> changes{
        fixtures::change(kScope, 10, kindName(kind::kReview), now.id, now.toJson()),
        fixtures::change(kScope, 11, kindName(kind::kFeedback), u"f-mine"_s,
                         message(u"f-mine"_s, kMe, u"Hienoa!"_s).toJson()),
        fixtures::change(kScope, 12, kindName(kind::kFeedback), u"f-other"_s,
                         message(u"f-other"_s, kColleague, u"Hyvä!"_s).toJson())};
    REQUIRE(c.store.applySyncResponse(fixtures::response(changes, {{kScope, 12}}, u"old"_s)).ok);

    // The restored database answers with an older copy of the review (only the first decision):
    // what this laptop offers again is what it held before that copy arrived.
    const ReviewRecord older = review({{u"decision"_s, revise}});
    const ApplyResult result = c.store.applySyncResponse(fixtures::response(
        {fixtures::change(kScope, 5, kindName(kind::kReview), older.id, older.toJson())},
        {{kScope, 5}}, u"restored"_s));
    REQUIRE(result.ok);
    REQUIRE(result.serverEpochChanged);
    CHECK(result.requeued == 3); // two decisions and one message; nothing of Liisa's
    const QList<OutboxEntry> outbox = c.store.outbox();
    REQUIRE(outbox.size() == 3);
    QStringList hlcs;
    for (const OutboxEntry &e : outbox) {
        if (e.op.kind != kindName(kind::kReview))
            continue;
        CHECK(e.op.id == now.id);
        CHECK_FALSE(validateCoachingOperation(e.op.kind, e.op.id, e.op.data).isError());
        CHECK(e.op.data.value(u"set"_s).toObject().keys() == QStringList{u"decision"_s});
        hlcs << e.op.data.value(u"hlc"_s).toString();
    }
    CHECK(hlcs == QStringList{revise.hlc.toString(), approve.hlc.toString()});
    const OutboxEntry &feedback = outbox.constLast();
    CHECK(feedback.op.kind == kindName(kind::kFeedback));
    CHECK(feedback.op.id == u"f-mine"_s);
    CHECK(feedback.op.data == message(u"f-mine"_s, kMe, u"Hienoa!"_s).clientJson());
    CHECK_FALSE(validateCoachingOperation(feedback.op.kind, feedback.op.id, feedback.op.data)
                    .isError());

    // A further epoch change offers nothing already waiting in the outbox.
    const ApplyResult again
        = c.store.applySyncResponse(fixtures::response({}, {{kScope, 5}}, u"restored-again"_s));
    REQUIRE(again.ok);
    CHECK(again.requeued == 0);
    CHECK(c.store.pendingCount() == 3);
}
