// The coach's workspace and the trainee's side of feedback, driven like a user would drive them,
// against a real in-process server. With PAJAPOLKU_SCREENSHOT_DIR set, the pages are saved there.

#include "client/core/CoachWorkspace.h"
#include "client/core/FeedbackThread.h"
#include "client/core/ProfileManager.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/ui/CoachPage.h"
#include "client/ui/FeedbackThreadView.h"
#include "client/ui/HomePage.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/MainWindow.h"
#include "client/ui/ReviewPage.h"
#include "client/core/DownloadQueue.h"
#include "client/ui/ImageViewerDialog.h"
#include "server/core/UploadService.h"
#include "client/ui/ReviewQueuePage.h"
#include "client/ui/TaskButton.h"
#include "client/ui/TaskPage.h"
#include "client/ui/Theme.h"
#include "common/util/Crypto.h"
#include "server/core/Admin.h"
#include "server/core/ServerStore.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestServer.h"
#include "tests/ui/CoachUiFixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QListWidget>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

// (No semicolon in test names: ctest splits them there and then runs nothing.)
TEST_CASE("a coach reviews from the queue, marks requirements and approves with feedback, and the "
          "trainee sees the unread badge and replies",
          "[ui][coach]")
{
    CoachUiFixture f;
    {
        auto window = f.login(u"kaisa"_s);
        CoachPage *coach = window->coachPage();
        REQUIRE(waitUntil([&] { return coach->isVisible(); }));
        CHECK_FALSE(window->homePage()->isVisible());
        auto *queue = child<QTreeWidget>(window.get(), u"reviewQueueTreeWidget"_s);
        REQUIRE(waitUntil([&] { return queue->topLevelItemCount() == 1; }));
        CHECK(queue->topLevelItem(0)->text(1) == u"Ikkunoiden pesu"_s);
        screenshot(window.get(), u"coach-queue"_s);

        queue->setCurrentItem(queue->topLevelItem(0));
        QTest::mouseClick(child<QPushButton>(window.get(), u"openReviewButton"_s), Qt::LeftButton);
        ReviewPage *review = coach->reviewPage();
        REQUIRE(review->isVisible());
        CHECK(review->submissionId() == f.submissionId);
        auto *answer = child<QWidget>(review, u"answerTextBrowser"_s);
        CHECK(answer->isVisible());

        auto *mark = child<QCheckBox>(review, u"demonstratedCheckBox_nayte_1"_s);
        auto *note = child<QLineEdit>(review, u"markNoteLineEdit_nayte_1"_s);
        QTest::keyClicks(note, u"Hyvat valineet"_s);
        mark->click();
        CHECK(mark->isChecked());
        QTest::mouseClick(child<QPushButton>(review, u"praiseButton_nayte_2"_s), Qt::LeftButton);
        auto *feedback = child<QPlainTextEdit>(review, u"feedbackPlainTextEdit"_s);
        CHECK(feedback->toPlainText().contains(u"järkevässä järjestyksessä"_s));
        QTest::keyClicks(feedback, u" Kiitos!"_s);
        screenshot(window.get(), u"coach-review"_s);
        QTest::mouseClick(child<QPushButton>(review, u"approveButton"_s), Qt::LeftButton);

        // Saved at once; the automatic sync takes it to the server.
        const auto view = window->session()->coach()->submission(f.submissionId);
        REQUIRE(view);
        REQUIRE(view->review);
        CHECK(view->review->decision() == u"approved"_s);
        CHECK(view->thread.size() == 1);
        REQUIRE(waitUntil([&] {
            return f.server.recordCount(u"review"_s) == 1
                   && f.server.recordCount(u"requirement_mark"_s) == 1
                   && f.server.recordCount(u"feedback"_s) == 1;
        }));
        REQUIRE(waitUntil([&] { return window->session()->store()->pendingCount() == 0; }));
        screenshot(window.get(), u"coach-review-approved"_s);

        // Liisa reviewed the same work offline without seeing Kaisa's decision; her laptop's
        // clock is ahead, so her decision wins and Kaisa is told that a colleague decided
        // differently.
        Operation op;
        op.counter = 1;
        op.kind = QString::fromUtf16(kind::kReview);
        op.id = reviewIdFor(f.submissionId);
        op.clientTime = QDateTime::currentDateTimeUtc();
        op.data = QJsonObject{
            {u"submissionId"_s, f.submissionId},
            {u"hlc"_s, Hlc(QDateTime::currentMSecsSinceEpoch() + 3'600'000, 0,
                           u"liisa-laptop"_s).toString()},
            {u"set"_s, QJsonObject{{u"decision"_s, QJsonObject{{u"value"_s, u"revise"_s},
                                                              {u"base"_s, QString()}}}}}};
        f.applyAs(u"liisa"_s, u"liisa-laptop"_s, op);
        window->session()->sync()->startSync();
        auto *conflict = child<QWidget>(review, u"conflictFrame"_s);
        REQUIRE(waitUntil([&] { return conflict->isVisible(); }));
        CHECK(child<QLabel>(review, u"conflictLabel"_s)->text().contains(u"Liisa Laine"_s));
        screenshot(window.get(), u"coach-review-conflict"_s);
        // Kaisa decides again, knowingly: her approval now wins over what she saw.
        QTest::mouseClick(child<QPushButton>(review, u"approveButton"_s), Qt::LeftButton);
        CHECK(window->session()->coach()->submission(f.submissionId)->review->decision()
              == u"approved"_s);
        REQUIRE(waitUntil([&] { return window->session()->store()->pendingCount() == 0; }));
        QTest::mouseClick(child<QPushButton>(review, u"reviewBackButton"_s), Qt::LeftButton);
        CHECK(queue->topLevelItemCount() == 0);
        screenshot(window.get(), u"coach-queue-empty"_s);

        // The roster: the trainee with her progress; the search filters by name.
        child<QTabWidget>(window.get(), u"coachTabWidget"_s)->setCurrentIndex(1);
        auto *roster = child<QTreeWidget>(window.get(), u"rosterTreeWidget"_s);
        REQUIRE(roster->topLevelItemCount() == 1);
        CHECK(roster->topLevelItem(0)->text(2).contains(u"1 / 2"_s));
        // The name and organisation come from the trainee's profile record.
        CHECK(roster->topLevelItem(0)->text(0) == u"Maija Virtanen"_s);
        CHECK_FALSE(roster->topLevelItem(0)->text(1).isEmpty());
        screenshot(window.get(), u"coach-roster"_s);
        auto *search = child<QLineEdit>(window.get(), u"rosterSearchLineEdit"_s);
        QTest::keyClicks(search, u"zzz"_s);
        CHECK(roster->topLevelItem(0)->isHidden());
        search->clear();
        CHECK_FALSE(roster->topLevelItem(0)->isHidden());
        window->logout();
    }
    {
        auto window = f.login(u"maija"_s);
        HomePage *home = window->homePage();
        TaskButton *button = nullptr;
        REQUIRE(waitUntil([&] {
            button = home->taskButton(f.taskId);
            return home->isVisible() && button != nullptr;
        }));
        REQUIRE(button != nullptr);
        REQUIRE(waitUntil([&] { return button->unreadCount() == 1; }));
        auto *banner = child<QLabel>(home, u"unreadFeedbackLabel"_s);
        CHECK(banner->isVisible());
        screenshot(window.get(), u"trainee-home-unread"_s);

        QTest::mouseClick(button, Qt::LeftButton);
        TaskPage *page = window->taskPage();
        REQUIRE(page->isVisible());
        auto *thread = child<FeedbackThreadView>(page, u"taskThreadView"_s);
        CHECK(thread->isVisible());
        CHECK(thread->messageCount() == 1);
        CHECK(window->session()->feedback()->unreadCount() == 0);
        auto *reply = child<QPlainTextEdit>(page, u"replyPlainTextEdit"_s);
        QTest::keyClicks(reply, u"Kiitos palautteesta!"_s);
        screenshot(window.get(), u"trainee-task-thread"_s);
        QTest::mouseClick(child<QPushButton>(page, u"replyButton"_s), Qt::LeftButton);
        CHECK(reply->toPlainText().isEmpty());
        CHECK(thread->messageCount() == 2);
        REQUIRE(waitUntil([&] {
            return f.server.recordCount(u"feedback"_s) == 2
                   && f.server.recordCount(u"feedback_read"_s) == 1;
        }));
        QTest::mouseClick(child<QPushButton>(page, u"backButton"_s), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return home->isVisible(); }));
        TaskButton *after = home->taskButton(f.taskId);
        REQUIRE(after != nullptr);
        CHECK(after->unreadCount() == 0);
        CHECK_FALSE(banner->isVisible());
        window->logout();
    }
}

namespace {
// Stores a file for the trainee on the server as a finished upload; returns its SHA-256.
QString uploadAs(TestServer &server, const QString &username, const QByteArray &bytes,
                 const QString &mediaType)
{
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const auto user = server.store()->userByUsername(username);
    REQUIRE(user);
    REQUIRE_FALSE(server.uploads()->begin(*user, {sha, bytes.size(), mediaType}).error.isError());
    const UploadResult put = server.uploads()->putChunk(*user, sha, 0, bytes, sha);
    REQUIRE_FALSE(put.error.isError());
    REQUIRE(put.status);
    REQUIRE(put.status->state == UploadState::Complete);
    return sha;
}

QByteArray imageBytes(const QColor &color, const QSize &size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    return bytes;
}
} // namespace

TEST_CASE("the review page shows the trainee's photo as a downloaded thumbnail", "[ui][coach]")
{
    CoachUiFixture f;
    const QByteArray photo = imageBytes(Qt::blue, QSize(640, 480), "PNG");
    const QString photoSha = uploadAs(f.server, u"maija"_s, photo, u"image/png"_s);
    const QString thumbSha
        = uploadAs(f.server, u"maija"_s, imageBytes(Qt::red, QSize(160, 120), "JPEG"),
                   u"image/jpeg"_s);
    Attachment a;
    a.taskId = f.taskId;
    a.sha256 = photoSha;
    a.size = photo.size();
    a.mediaType = u"image/png"_s;
    a.fileName = u"ikkunat.png"_s;
    a.thumbnailSha256 = thumbSha;
    a.at = QDateTime::currentDateTimeUtc();
    Operation op;
    op.counter = 2;
    op.kind = QString::fromUtf16(kind::kAttachment);
    op.id = crypto::newUuid();
    op.clientTime = a.at;
    op.data = a.toJson();
    f.applyAs(u"maija"_s, u"workshop-laptop"_s, op);

    auto window = f.login(u"kaisa"_s);
    CoachPage *coach = window->coachPage();
    DownloadQueue *downloads = window->session()->downloads();
    REQUIRE(downloads);
    REQUIRE(waitUntil(
        [&] { return downloads->isStored(photoSha) && downloads->isStored(thumbSha); }));
    auto *queue = child<QTreeWidget>(window.get(), u"reviewQueueTreeWidget"_s);
    REQUIRE(waitUntil([&] { return queue->topLevelItemCount() == 1; }));
    queue->setCurrentItem(queue->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(window.get(), u"openReviewButton"_s), Qt::LeftButton);
    ReviewPage *review = coach->reviewPage();
    REQUIRE(review->isVisible());
    auto *list = child<QListWidget>(review, u"reviewEvidenceList"_s);
    REQUIRE(list->isVisible());
    REQUIRE(list->count() == 1);
    QListWidgetItem *item = list->item(0);
    CHECK(item->text().startsWith(u"ikkunat.png"_s));
    CHECK(item->data(Qt::UserRole).toBool()); // downloaded
    // The icon is the trainee's (red) thumbnail, not the placeholder or the (blue) photo.
    const QImage icon = item->icon().pixmap(QSize(96, 96)).toImage();
    REQUIRE_FALSE(icon.isNull());
    const QColor centre = icon.pixelColor(icon.width() / 2, icon.height() / 2);
    CHECK(centre.red() > 200);
    CHECK(centre.blue() < 60);
    screenshot(window.get(), u"coach-review-evidence"_s);

    // The photo opens in the viewer: fitted to a small window, then 100 %, zoomed in, fitted.
    ImageViewerDialog viewer(downloads->localPath(photoSha), a.fileName, window.get());
    REQUIRE(viewer.isValid());
    viewer.resize(420, 320);
    viewer.show();
    REQUIRE(QTest::qWaitForWindowExposed(&viewer));
    CHECK(viewer.fitsWindow());
    CHECK(viewer.zoom() < 1.0);
    viewer.showActualSize();
    CHECK(viewer.zoom() == Approx(1.0));
    viewer.zoomIn();
    CHECK(viewer.zoom() > 1.0);
    viewer.fitToWindow();
    CHECK(viewer.zoom() < 1.0);
    viewer.close();
    window->logout();
}

TEST_CASE("the coach's roster shows when each trainee last synced, or never", "[ui][coach][roster]")
{
    CoachUiFixture f; // Maija's submission came in a sync from the workshop laptop
    REQUIRE(f.server.createUser(f.orgId, u"ville"_s, kPassword, Role::Trainee, u"Ville Vasara"_s)
            > 0); // has never synced
    auto window = f.login(u"kaisa"_s);
    CoachPage *coach = window->coachPage();
    REQUIRE(waitUntil([&] { return coach->isVisible(); }));
    child<QTabWidget>(window.get(), u"coachTabWidget"_s)->setCurrentIndex(1);
    auto *roster = child<QTreeWidget>(window.get(), u"rosterTreeWidget"_s);
    REQUIRE(waitUntil([&] { return roster->topLevelItemCount() == 2; }));
    constexpr int kLastSyncColumn = 5;
    REQUIRE(roster->columnCount() == 6);
    CHECK(roster->headerItem()->text(kLastSyncColumn)
          == QCoreApplication::translate("RosterPage", "Last sync"));
    const QString never = QCoreApplication::translate("RosterPage", "Never");
    // Sorted by name: Maija Virtanen, then Ville Vasara.
    // (Items are looked up each time: a sync finishing in between rebuilds the list.)
    const auto maija = [&] { return roster->topLevelItem(0); };
    const auto ville = [&] { return roster->topLevelItem(1); };
    REQUIRE(maija()->text(0) == u"Maija Virtanen"_s);
    REQUIRE(ville()->text(0) == u"Ville Vasara"_s);
    CHECK_FALSE(maija()->text(kLastSyncColumn).isEmpty());
    CHECK(maija()->text(kLastSyncColumn) != never);
    CHECK(ville()->text(kLastSyncColumn) == never);
    const QList<RosterEntry> rows = window->session()->coach()->roster();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).lastSyncAt.isValid());
    CHECK(rows.at(0).lastSyncAt.secsTo(f.server.clock()->now()) < 10 * 60);
    CHECK_FALSE(rows.at(1).lastSyncAt.isValid());
    screenshot(window.get(), u"coach-roster-last-sync"_s);
    // The search still filters by name only.
    auto *search = child<QLineEdit>(window.get(), u"rosterSearchLineEdit"_s);
    QTest::keyClicks(search, u"ville"_s);
    CHECK(maija()->isHidden());
    CHECK_FALSE(ville()->isHidden());
    search->clear();
    CHECK_FALSE(maija()->isHidden());
    window->logout();
}
