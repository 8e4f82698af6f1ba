// The desktop client driven like a user would drive it (typing, clicking, confirming), against a
// real in-process server on 127.0.0.1 and real profile databases in temporary folders. With
// PAJAPOLKU_SCREENSHOT_DIR set, the login, home and task pages are saved there as PNG files.

#include "client/core/FileStore.h"
#include "client/core/ProfileManager.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/core/TraineeProgram.h"
#include "client/ui/EvidencePanel.h"
#include "client/ui/HomePage.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/MainWindow.h"
#include "client/ui/StatusChip.h"
#include "client/ui/TaskButton.h"
#include "client/ui/TaskPage.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"
#include "server/core/Admin.h"
#include "server/core/ServerStore.h"
#include "tests/ui/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QImage>
#include <QListWidget>
#include <QMimeData>
#include <QTableWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace {
// Types text like a keyboard would, one key event per character (QTest::keyClicks only knows
// ASCII, and Finnish answers have ä and ö).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// Gives a task the instructions and skill requirements a coach would write, as the server admin.
void describeTask(TestServer &server, qint64 orgId, const QString &taskId)
{
    const auto row = server.store()->record(QString::fromUtf16(kind::kTask), taskId);
    REQUIRE(row);
    Error error;
    auto task = Task::fromJson(taskId, row->data, &error);
    REQUIRE(task);
    task->estimatedMinutes = 60;
    task->instructions
        = u"<p>Puhtaat ikkunat päästävät valon sisään. Pese tänään kahvion ikkunat.</p><ul>"
          "<li>Ota mukaan ämpäri, <b>ikkunalasta</b>, pesin ja mikrokuituliina.</li>"
          "<li>Laita ämpäriin lämmintä vettä ja vähän astianpesuainetta.</li>"
          "<li>Pese lasi pesimellä ja vedä vesi pois lastalla ylhäältä alas.</li>"
          "<li>Kuivaa reunat liinalla.</li></ul>"
          "<p>Kirjoita lopuksi, mitä teit ja mikä oli helppoa tai vaikeaa.</p>"_s;
    const QString qualification = u"Puhtaus- ja kiinteistöpalvelualan perustutkinto"_s;
    task->requirements = {
        { u"nayte_1"_s, u"Osaa valita oikeat välineet ja puhdistusaineet."_s, u"nayte_yllapito"_s,
            u"Ylläpitosiivous"_s, u"381141"_s, qualification },
        { u"nayte_2"_s, u"Osaa tehdä työn järkevässä järjestyksessä."_s, u"nayte_yllapito"_s,
            u"Ylläpitosiivous"_s, u"381141"_s, qualification },
        { u"nayte_3"_s, u"Osaa kertoa asiakkaalle tekemästään työstä."_s, u"nayte_asiakas"_s,
            u"Asiakaslähtöisten puhtaus- ja kiinteistöpalvelujen tuottaminen"_s, u"381141"_s,
            qualification },
    };
    REQUIRE_FALSE(server.admin()->updateTask(orgId, *task).isError());
}

// Presses the accepting button of the next modal message box (the confirmation before sending).
void acceptNextMessageBox()
{
    auto *timer = new QTimer;
    auto *attempts = new int(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, attempts] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && ++*attempts < 500)
            return;
        if (box) {
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *button : buttons) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                    button->click();
                    break;
                }
            }
        }
        timer->stop();
        timer->deleteLater();
        delete attempts;
    });
    timer->start();
}

struct UiFixture : UiServerFixture
{
    QString taskSetId;
    QStringList taskIds;

    UiFixture()
    {
        windowSize = {1180, 800};
        taskSetId = server.createTaskSet(orgId, u"Toimitilojen ylläpitosiivous"_s,
            { u"Ikkunoiden pesu"_s, u"Lattian nihkeäpyyhintä"_s,
                u"Jätteiden lajittelu ja kierrätys"_s });
        taskIds = server.taskIds(taskSetId);
        REQUIRE(taskIds.size() == 3);
        describeTask(server, orgId, taskIds.first());
        server.assign(traineeId, taskSetId);
    }
};

void typeLogin(MainWindow &window, const QString &username, const QString &password)
{
    REQUIRE(child<QLineEdit>(&window, u"usernameLineEdit"_s)->isVisible());
    enterCredentials(window, username, password);
}

bool waitForTasks(MainWindow &window, const QStringList &taskIds)
{
    return waitUntil([&] {
        if (!window.session() || !window.homePage()->isVisible())
            return false;
        for (const QString &id : taskIds) {
            if (!window.homePage()->taskButton(id))
                return false;
        }
        return true;
    });
}
} // namespace

TEST_CASE("a trainee logs in, writes an answer and sends it for review", "[ui]")
{
    UiFixture f;
    auto window = f.openWindow();
    CHECK(window->windowTitle() == u"Pajapolku"_s);
    CHECK(child<QPushButton>(window.get(), u"loginButton"_s)->text() == u"Kirjaudu sisään"_s);
    screenshot(window.get(), u"login"_s);

    typeLogin(*window, u"maija"_s, kPassword);
    REQUIRE(waitForTasks(*window, f.taskIds));
    REQUIRE(window->findChild<QPushButton *>(u"syncNowButton"_s)->isVisible());

    TaskButton *taskButton = window->homePage()->taskButton(f.taskIds.first());
    CHECK(taskButton->objectName() == u"taskButton_"_s + f.taskIds.first());
    CHECK(taskButton->status() == TaskStatus::NotStarted);
    QTest::mouseClick(taskButton, Qt::LeftButton);
    REQUIRE(window->taskPage()->isVisible());
    CHECK(window->taskPage()->taskId() == f.taskIds.first());

    auto *markStarted = child<QPushButton>(window.get(), u"markStartedButton"_s);
    REQUIRE(markStarted->isEnabled());
    QTest::mouseClick(markStarted, Qt::LeftButton);
    CHECK_FALSE(markStarted->isEnabled());
    auto *chip = child<StatusChip>(window.get(), u"taskStatusChip"_s);
    CHECK(chip->status() == TaskStatus::InProgress);

    const QString answer = u"Pesin neljä ikkunaa. Käytin lastaa ja mikrokuituliinaa, ja kuivasin "
                           "reunat lopuksi."_s;
    auto *editor = child<QPlainTextEdit>(window.get(), u"answerPlainTextEdit"_s);
    typeText(editor, answer);
    // The answer is saved on this computer about two seconds after typing stops.
    auto *saveState = child<QLabel>(window.get(), u"saveStateLabel"_s);
    REQUIRE(waitUntil(
        [&] {
            const auto task = window->session()->program()->task(f.taskIds.first());
            return task && task->answer == answer;
        },
        TaskPage::kAutosaveDelayMs + 5000));
    CHECK(saveState->text() == translated("SaveStateLine", "Saved on this computer"));

    acceptNextMessageBox();
    QTest::mouseClick(child<QPushButton>(window.get(), u"submitButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return chip->status() == TaskStatus::Submitted; }));
    CHECK(chip->text() == Texts::statusText(TaskStatus::Submitted));
    CHECK(chip->text() == u"Lähetetty arvioitavaksi"_s);

    REQUIRE(waitUntil([&] { return f.server.recordCount(u"submission"_s) == 1; }));
    auto *history = child<QLabel>(window.get(), u"historyLabel"_s);
    REQUIRE(waitUntil([&] {
        return history->text().contains(translated("TaskHtml", "delivered to your coach"));
    }));
    CHECK(
        child<QLabel>(window.get(), u"sendStateLabel"_s)->text() == translated("SaveStateLine", "Sent"));
    CHECK_FALSE(child<QPushButton>(window.get(), u"submitButton"_s)->isEnabled());
    screenshot(window.get(), u"task"_s);

    QTest::mouseClick(child<QPushButton>(window.get(), u"backButton"_s), Qt::LeftButton);
    REQUIRE(window->homePage()->isVisible());
    CHECK(window->homePage()->taskButton(f.taskIds.first())->status() == TaskStatus::Submitted);
    screenshot(window.get(), u"home"_s);

    // The task list works with the keyboard alone: Enter on a focused task opens it.
    TaskButton *second = window->homePage()->taskButton(f.taskIds.at(1));
    second->setFocus();
    QTest::keyClick(second, Qt::Key_Return);
    REQUIRE(waitUntil([&] {
        return window->taskPage()->isVisible() && window->taskPage()->taskId() == f.taskIds.at(1);
    }));
}

TEST_CASE("a trainee who logged in once can log in and work without the server", "[ui][offline]")
{
    UiFixture f;
    {
        auto window = f.openWindow();
        typeLogin(*window, u"maija"_s, kPassword);
        REQUIRE(waitForTasks(*window, f.taskIds));
    }
    f.server.stop();

    auto window = f.openWindow();
    const QList<ProfileSummary> profiles = f.profiles.profiles();
    REQUIRE(profiles.size() == 1);
    auto *profileButton
        = child<QAbstractButton>(window.get(), u"profileButton_"_s + profiles.first().id);
    REQUIRE(profileButton->isVisible());
    screenshot(window.get(), u"login-profiles"_s);
    QTest::mouseClick(profileButton, Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(window.get(), u"passwordLineEdit"_s), kPassword);
    QTest::mouseClick(child<QPushButton>(window.get(), u"loginButton"_s), Qt::LeftButton);
    REQUIRE(waitForTasks(*window, f.taskIds));

    auto *online = child<QLabel>(window.get(), u"onlineLabel"_s);
    REQUIRE(waitUntil([&] { return online->text() == translated("SyncIndicator", "Offline"); }));

    const QString taskId = f.taskIds.at(1);
    QTest::mouseClick(window->homePage()->taskButton(taskId), Qt::LeftButton);
    REQUIRE(window->taskPage()->isVisible());
    const QString answer = u"Pyyhin käytävän lattian nihkeällä mopilla."_s;
    typeText(child<QPlainTextEdit>(window.get(), u"answerPlainTextEdit"_s), answer);
    // Leaving the page saves at once, without waiting for the autosave timer.
    QTest::mouseClick(child<QPushButton>(window.get(), u"backButton"_s), Qt::LeftButton);
    const auto task = window->session()->program()->task(taskId);
    REQUIRE(task);
    CHECK(task->answer == answer);
    CHECK(task->hasUnsyncedChanges);
    CHECK(window->homePage()->taskButton(taskId)->status() == TaskStatus::InProgress);
    CHECK(window->session()->sync()->pendingCount() >= 1);

    // When the server is back, "Sync now" sends the work.
    REQUIRE(f.server.restart());
    QTest::mouseClick(child<QPushButton>(window.get(), u"syncNowButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return f.server.recordCount(u"answer"_s) >= 1; }));
    REQUIRE(waitUntil([&] { return online->text() == translated("SyncIndicator", "Online"); }));
}

TEST_CASE("a wrong password shows a clear error and logs nobody in", "[ui]")
{
    UiFixture f;
    auto window = f.openWindow();
    typeLogin(*window, u"maija"_s, u"vaara-salasana"_s);
    auto *error = child<QLabel>(window.get(), u"errorLabel"_s);
    REQUIRE(waitUntil([&] { return error->isVisible(); }));
    CHECK(error->text() == Texts::loginErrorText(Error(ErrorCode::WrongCredentials, {})));
    CHECK(error->text().startsWith(u"Käyttäjätunnus tai salasana"_s));
    screenshot(window.get(), u"login-error"_s);
    CHECK(window->session() == nullptr);
    CHECK(child<QLineEdit>(window.get(), u"passwordLineEdit"_s)->text().isEmpty());
}

TEST_CASE("choosing another language translates the login page at once", "[ui][i18n]")
{
    UiFixture f;
    auto window = f.openWindow();
    auto *login = child<QPushButton>(window.get(), u"loginButton"_s);
    CHECK(login->text() == u"Kirjaudu sisään"_s);
    // Qt delivers the language change to the windows as a posted event.
    QTest::mouseClick(child<QPushButton>(window.get(), u"languageButton_sv"_s), Qt::LeftButton);
    CHECK(f.language.code() == u"sv"_s);
    CHECK(waitUntil([&] { return login->text() == u"Logga in"_s; }, 3000));
    QTest::mouseClick(child<QPushButton>(window.get(), u"languageButton_en"_s), Qt::LeftButton);
    CHECK(waitUntil([&] { return login->text() == u"Log in"_s; }, 3000));
    QTest::mouseClick(child<QPushButton>(window.get(), u"languageButton_se"_s), Qt::LeftButton);
    CHECK(waitUntil([&] { return login->text() == u"Čálit sisa"_s; }, 3000));
    // Sámi texts that are not translated yet fall back to Finnish, not to English.
    CHECK(child<QLabel>(window.get(), u"formHintLabel"_s)->text()
        == u"Kirjoita käyttäjätunnus ja salasana, jotka sait valmentajalta."_s);
    QTest::mouseClick(child<QPushButton>(window.get(), u"languageButton_fi"_s), Qt::LeftButton);
    CHECK(waitUntil([&] { return login->text() == u"Kirjaudu sisään"_s; }, 3000));
}

TEST_CASE("a picture attached offline shows its thumbnail and is sent when online",
          "[ui][upload]")
{
    UiFixture f;
    auto window = f.openWindow();
    typeLogin(*window, u"maija"_s, kPassword);
    REQUIRE(waitForTasks(*window, f.taskIds));
    f.server.stop(); // the link drops

    QTest::mouseClick(window->homePage()->taskButton(f.taskIds.first()), Qt::LeftButton);
    REQUIRE(window->taskPage()->isVisible());
    QImage photo(800, 600, QImage::Format_RGB32);
    photo.fill(QColor(200, 120, 40));
    const QString path = f.profileRoot.filePath(u"porraskaytava.jpg"_s);
    REQUIRE(photo.save(path, "JPEG"));

    // Dropped onto the task's evidence area, as from a file manager.
    auto *panel = child<EvidencePanel>(window.get(), u"evidencePanel"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    REQUIRE(enter.isAccepted());
    QDragMoveEvent move(QPoint(12, 12), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &move);
    QDropEvent drop(QPointF(12, 12), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &drop);
    auto *list = child<QListWidget>(window.get(), u"evidenceList"_s);
    // The copy runs in the background; the list shows the file when it is done.
    REQUIRE(waitUntil([&] { return list->count() == 1; }, 10000));
    INFO("error shown: " << child<QLabel>(window.get(), u"attachErrorLabel"_s)->text().toStdString());
    CHECK_FALSE(list->item(0)->icon().isNull());
    CHECK(list->item(0)->text().contains(translated("EvidencePanel", "waiting")));
    CHECK(window->session()->sync()->pendingCount() >= 1);

    auto *uploads = child<QPushButton>(window.get(), u"uploadsButton"_s);
    REQUIRE(waitUntil([&] { return uploads->isVisible(); }));
    QTest::mouseClick(uploads, Qt::LeftButton);
    auto *table = child<QTableWidget>(window.get(), u"uploadTable"_s);
    // The thumbnail goes first but is part of the photo: one row, with a Pause button.
    CHECK(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == u"porraskaytava.jpg"_s);
    CHECK(qobject_cast<QPushButton *>(table->cellWidget(0, 3)) != nullptr);

    // Online again: the record syncs and the file follows.
    REQUIRE(f.server.restart());
    QTest::mouseClick(child<QPushButton>(window.get(), u"syncNowButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return f.server.recordCount(u"attachment"_s) == 1; }));
    REQUIRE(waitUntil(
        [&] { return list->item(0)->text().contains(translated("EvidencePanel", "done")); },
        30000));
    CHECK(table->item(0, 2)->text() == translated("EvidencePanel", "done"));
    CHECK(table->cellWidget(0, 3) == nullptr); // nothing to pause or resume any more
    REQUIRE(waitUntil([&] { return !uploads->isVisible(); }));
    screenshot(window.get(), u"task-evidence"_s);
}
