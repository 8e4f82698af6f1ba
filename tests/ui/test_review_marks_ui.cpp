// The skill requirement marks on the coach's review page: a colleague's different mark shown
// where it matters, and notes saved without extra writes.

#include "client/core/CoachWorkspace.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/ui/CoachPage.h"
#include "client/ui/RequirementMarksPanel.h"
#include "client/ui/ReviewPage.h"
#include "common/model/ReviewRecords.h"
#include "tests/ui/CoachUiFixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
// The review page of the fixture's submission, opened from the queue by a logged-in coach.
ReviewPage *openReview(MainWindow *window)
{
    auto *queue = child<QTreeWidget>(window, u"reviewQueueTreeWidget"_s);
    REQUIRE(waitUntil([&] { return queue->topLevelItemCount() == 1; }));
    queue->setCurrentItem(queue->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(window, u"openReviewButton"_s), Qt::LeftButton);
    ReviewPage *review = window->coachPage()->reviewPage();
    REQUIRE(review->isVisible());
    return review;
}

// The requirement_mark operations waiting in the outbox, oldest first.
QList<Operation> markOperations(Session *session)
{
    QList<Operation> out;
    for (const OutboxEntry &e : session->store()->outbox()) {
        if (e.op.kind == QString::fromUtf16(kind::kRequirementMark))
            out.append(e.op);
    }
    return out;
}
} // namespace

TEST_CASE("a requirement a colleague marked differently shows a notice naming them and their mark",
          "[ui][coach]")
{
    CoachUiFixture f;
    auto window = f.login(u"kaisa"_s);
    ReviewPage *review = openReview(window.get());
    auto *mark = child<QCheckBox>(review, u"demonstratedCheckBox_nayte_1"_s);
    auto *notice = child<QLabel>(review, u"markConflictLabel_nayte_1"_s);
    auto *otherNotice = child<QLabel>(review, u"markConflictLabel_nayte_2"_s);
    CHECK_FALSE(notice->isVisible());
    mark->click();
    REQUIRE(waitUntil([&] {
        return f.server.recordCount(u"requirement_mark"_s) == 1
               && window->session()->store()->pendingCount() == 0;
    }));

    // Liisa marked it "not yet" offline without seeing Kaisa's mark; her clock is later.
    Operation op;
    op.counter = 1;
    op.kind = QString::fromUtf16(kind::kRequirementMark);
    op.id = requirementMarkIdFor(f.traineeId, f.taskId, u"nayte_1"_s);
    op.clientTime = QDateTime::currentDateTimeUtc();
    op.data = QJsonObject{
        {u"traineeId"_s, f.traineeId},
        {u"taskId"_s, f.taskId},
        {u"requirementCode"_s, u"nayte_1"_s},
        {u"hlc"_s, Hlc(QDateTime::currentMSecsSinceEpoch() + 3'600'000, 0, u"liisa-laptop"_s)
                       .toString()},
        {u"set"_s, QJsonObject{{u"demonstrated"_s, QJsonObject{{u"value"_s, false},
                                                               {u"base"_s, QString()}}}}}};
    f.applyAs(u"liisa"_s, u"liisa-laptop"_s, op);
    window->session()->sync()->startSync();
    REQUIRE(waitUntil([&] { return notice->isVisible(); }));
    CHECK(notice->text().contains(u"Liisa Laine"_s)); // who holds the mark now
    CHECK_FALSE(mark->isChecked());
    CHECK_FALSE(otherNotice->isVisible());
    CHECK_FALSE(child<QWidget>(review, u"conflictFrame"_s)->isVisible()); // the decision is not
    screenshot(window.get(), u"coach-review-mark-conflict"_s);

    // Kaisa marks it again, knowingly: her mark wins and the notice goes away.
    mark->click();
    CHECK(mark->isChecked());
    REQUIRE(waitUntil([&] { return window->session()->store()->pendingCount() == 0; }));
    CHECK_FALSE(notice->isVisible());
    window->logout();
}

TEST_CASE("a note typed before ticking a requirement is saved with the tick in one write",
          "[ui][coach]")
{
    CoachUiFixture f;
    auto window = f.login(u"kaisa"_s);
    ReviewPage *review = openReview(window.get());
    f.server.stop(); // no coverage: every write stays in the outbox to be counted
    auto *mark = child<QCheckBox>(review, u"demonstratedCheckBox_nayte_1"_s);
    auto *note = child<QLineEdit>(review, u"markNoteLineEdit_nayte_1"_s);
    note->setFocus();
    QTest::keyClicks(note, u"Hyvat valineet"_s);
    mark->setFocus(); // leaving the note field finishes its editing
    mark->click();
    CHECK(mark->isChecked());
    QList<Operation> ops = markOperations(window->session());
    REQUIRE(ops.size() == 1);
    const QJsonObject set = ops.first().data.value(u"set"_s).toObject();
    CHECK(set.value(u"demonstrated"_s).toObject().value(u"value"_s) == QJsonValue(true));
    CHECK(set.value(u"note"_s).toObject().value(u"value"_s) == QJsonValue(u"Hyvat valineet"_s));
    // Nothing more arrives once the note's delay has passed.
    QTest::qWait(RequirementMarksPanel::kNoteDelayMs + 300);
    CHECK(markOperations(window->session()).size() == 1);

    // A note alone is one write once typing stops, and says nothing of "demonstrated".
    auto *otherNote = child<QLineEdit>(review, u"markNoteLineEdit_nayte_2"_s);
    otherNote->setFocus();
    QTest::keyClicks(otherNote, u"Harjoitellaan"_s);
    CHECK(markOperations(window->session()).size() == 1);
    REQUIRE(waitUntil([&] { return markOperations(window->session()).size() == 2; }));
    ops = markOperations(window->session());
    const QJsonObject noteOnly = ops.last().data.value(u"set"_s).toObject();
    CHECK(noteOnly.keys() == QStringList{u"note"_s});
    CHECK_FALSE(child<QCheckBox>(review, u"demonstratedCheckBox_nayte_2"_s)->isChecked());

    // A note still being typed is saved when the coach leaves the page.
    QTest::keyClicks(otherNote, u" lisaa"_s);
    QTest::mouseClick(child<QPushButton>(review, u"reviewBackButton"_s), Qt::LeftButton);
    REQUIRE(markOperations(window->session()).size() == 3);
    const auto view = window->session()->coach()->submission(f.submissionId);
    REQUIRE(view);
    QStringList notes;
    for (const RequirementMark &m : view->marks)
        notes.append(m.note());
    notes.sort();
    CHECK(notes == QStringList{u"Harjoitellaan lisaa"_s, u"Hyvat valineet"_s});
    window->logout();
}
