// The review queue tells the coach whether every file waiting for review is on the laptop:
// the evidence column per submission and the readiness line above the list, live.

#include "client/core/DownloadQueue.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/ui/CoachPage.h"
#include "client/ui/MainWindow.h"
#include "client/ui/ReviewQueuePage.h"
#include "common/util/Crypto.h"
#include "server/core/Admin.h"
#include "server/core/ServerStore.h"
#include "server/core/UploadService.h"
#include "tests/support/TestFiles.h"
#include "tests/ui/CoachUiFixture.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
// Stores the file for the trainee on the server as a finished upload.
void uploadFor(TestServer &server, const QString &username, const QByteArray &bytes)
{
    const QString sha = sha256Hex(bytes);
    const auto user = server.store()->userByUsername(username);
    REQUIRE(user);
    REQUIRE_FALSE(
        server.uploads()->begin(*user, {sha, bytes.size(), u"application/pdf"_s}).error.isError());
    const UploadResult put = server.uploads()->putChunk(*user, sha, 0, bytes, sha);
    REQUIRE_FALSE(put.error.isError());
    REQUIRE(put.status);
    REQUIRE(put.status->state == UploadState::Complete);
}

// Maija's attachment record of the task (the file itself may not be on the server yet).
void attachFor(CoachUiFixture &f, const QByteArray &bytes, const QString &name, qint64 counter)
{
    Attachment a;
    a.taskId = f.taskId;
    a.sha256 = sha256Hex(bytes);
    a.size = bytes.size();
    a.mediaType = u"application/pdf"_s;
    a.fileName = name;
    a.at = QDateTime::currentDateTimeUtc();
    Operation op;
    op.counter = counter;
    op.kind = QString::fromUtf16(kind::kAttachment);
    op.id = crypto::newUuid();
    op.clientTime = a.at;
    op.data = a.toJson();
    f.applyAs(u"maija"_s, u"workshop-laptop"_s, op);
}
} // namespace

TEST_CASE("the review queue shows which evidence is on the laptop and when all of it is",
          "[ui][coach][offline]")
{
    CoachUiFixture f;
    const QByteArray report = randomPdf(180 * 1000 + 3, 11);
    const QByteArray photos = randomPdf(120 * 1000 + 5, 12);
    uploadFor(f.server, u"maija"_s, report);
    attachFor(f, report, u"raportti.pdf"_s, 2);
    attachFor(f, photos, u"kuvat.pdf"_s, 3); // its upload has not reached the server yet

    auto window = f.login(u"kaisa"_s);
    DownloadQueue *downloads = window->session()->downloads();
    REQUIRE(downloads);
    auto *queue = child<QTreeWidget>(window.get(), u"reviewQueueTreeWidget"_s);
    auto *line = child<QLabel>(window.get(), u"offlineReadinessLabel"_s);
    REQUIRE(waitUntil([&] { return queue->topLevelItemCount() == 1; }));
    REQUIRE(queue->columnCount() == 5);
    QTreeWidgetItem *row = queue->topLevelItem(0);
    // The report arrives; the other file cannot yet: one of two, and the line says so.
    REQUIRE(waitUntil([&] { return downloads->isStored(sha256Hex(report)); }));
    REQUIRE(waitUntil([&] { return row->text(4).startsWith(u"1/2"_s); }));
    CHECK_FALSE(row->data(4, Qt::UserRole).toBool());
    CHECK(row->icon(4).isNull());
    REQUIRE(waitUntil([&] { return line->property("readiness").toString() == u"downloading"_s; }));
    CHECK(line->isVisible());
    CHECK(line->text().contains(
        QLocale().formattedDataSize(photos.size(), 1, QLocale::DataSizeSIFormat)));
    screenshot(window.get(), u"coach-queue-downloading"_s);

    // Out of coverage: the line says the file comes when the connection returns.
    f.server.stop();
    window->session()->sync()->startSync();
    REQUIRE(waitUntil([&] { return line->property("readiness").toString() == u"offline"_s; }));
    CHECK(row->text(4).startsWith(u"1/2"_s));

    // Back online, the upload has reached the server: the next sync fetches it, and all is ready.
    REQUIRE(f.server.start());
    uploadFor(f.server, u"maija"_s, photos);
    window->session()->sync()->startSync();
    REQUIRE(waitUntil([&] { return line->property("readiness").toString() == u"ready"_s; }));
    CHECK(downloads->isStored(sha256Hex(photos)));
    REQUIRE(queue->topLevelItemCount() == 1);
    row = queue->topLevelItem(0);
    CHECK(row->text(4).startsWith(u"2/2"_s));
    CHECK(row->data(4, Qt::UserRole).toBool());
    CHECK_FALSE(row->icon(4).isNull());
    CHECK(line->isVisible());
    screenshot(window.get(), u"coach-queue-ready"_s);
    window->logout();
}
