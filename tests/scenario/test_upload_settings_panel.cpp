#include <catch2/catch.hpp>

#include "client/core/FileStore.h"
#include "client/core/Thumbnailer.h"
#include "client/core/UploadQueue.h"
#include "client/core/UploadSettings.h"
#include "client/ui/UploadQueuePanel.h"
#include "tests/scenario/ScenarioHarness.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

// The two upload settings as the trainee meets them: check boxes in the "files to send" window,
// kept with the profile and followed by the attach step and the upload queue.

TEST_CASE("the files-to-send window keeps the trainee's two upload settings",
          "[scenario][upload][settings]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    UploadQueue *queue = aino->session()->uploads();

    UploadQueuePanel panel;
    panel.setSession(aino->session());
    auto *downscale = panel.findChild<QCheckBox *>(u"downscaleLargePhotosBox"_s);
    auto *unmetered = panel.findChild<QCheckBox *>(u"largeFilesUnmeteredBox"_s);
    auto *note = panel.findChild<QLabel *>(u"meteredUnknownLabel"_s);
    REQUIRE(downscale);
    REQUIRE(unmetered);
    REQUIRE(note);
    CHECK(downscale->isChecked()); // both on by default
    CHECK(unmetered->isChecked());
    CHECK(queue->unmeteredOnlyAbove() == UploadSettings::kLargeFileBytes);
    CHECK(note->isVisibleTo(&panel) == !UploadSettings::canTellMetered());

    unmetered->click();
    downscale->click();
    CHECK(queue->unmeteredOnlyAbove() == 0);
    const UploadSettings saved(aino->session()->files());
    CHECK_FALSE(saved.largeFilesOnlyUnmetered());
    CHECK_FALSE(saved.downscaleLargePhotos());

    // A very large photo attached now is kept as it is.
    QImage big(Thumbnailer::kLargePhotoSide + 200, 240, QImage::Format_RGB32);
    big.fill(QColor(30, 90, 160));
    const QString path = aino->profileRoot() + u"/katto.jpg"_s;
    REQUIRE(big.save(path, "JPEG"));
    REQUIRE_FALSE(aino->program()->attach(w.tasks[0], path).isError());
    QFile original(path);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(original.readAll(), QCryptographicHash::Sha256).toHex());
    const QList<Attachment> attached = aino->program()->attachments(w.tasks[0]);
    REQUIRE(attached.size() == 1);
    CHECK(attached.first().sha256 == sha);

    // The window opened again (or after a restart) shows them as the trainee left them.
    UploadQueuePanel again;
    again.setSession(aino->session());
    CHECK_FALSE(again.findChild<QCheckBox *>(u"downscaleLargePhotosBox"_s)->isChecked());
    CHECK_FALSE(again.findChild<QCheckBox *>(u"largeFilesUnmeteredBox"_s)->isChecked());
    again.findChild<QCheckBox *>(u"downscaleLargePhotosBox"_s)->click();
    CHECK(UploadSettings(aino->session()->files()).downscaleLargePhotos());
    if (const QString dir = qEnvironmentVariable("PAJAPOLKU_SCREENSHOT_DIR"); !dir.isEmpty()) {
        again.resize(720, 520);
        again.show();
        QTest::qWait(100);
        CHECK(again.grab().save(dir + u"/files-to-send.png"_s));
    }
}
