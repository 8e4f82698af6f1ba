// The competence map ("My competence" on the trainee's home, "Show competence" on the coach's
// roster) and the coach's phrase bank editor, driven like a user would drive them against a real
// in-process server. With PAJAPOLKU_SCREENSHOT_DIR set, the dialogs are saved there.

#include "client/core/CoachWorkspace.h"
#include "client/core/ProfileManager.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/core/TraineeCompetence.h"
#include "client/ui/CoachPage.h"
#include "client/ui/CompetenceMapView.h"
#include "client/ui/HomePage.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/MainWindow.h"
#include "client/ui/PhraseBankDialog.h"
#include "client/ui/Theme.h"
#include "common/model/ReviewRecords.h"
#include "common/util/Crypto.h"
#include "common/util/Hlc.h"
#include "server/core/Admin.h"
#include "server/core/ServerStore.h"
#include "tests/ui/UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct CompetenceFixture : UiServerFixture
{
    QString taskId;

    CompetenceFixture()
    {
        server.createUser(orgId, u"kaisa"_s, kPassword, Role::Coach, u"Kaisa Koutsi"_s);
        const QString setId = server.createTaskSet(orgId, u"Toimitilojen ylläpitosiivous"_s,
                                                   {u"Ikkunoiden pesu"_s, u"Lattian pyyhintä"_s});
        const QStringList tasks = server.taskIds(setId);
        taskId = tasks.first();
        const QString q = u"Puhtaus- ja kiinteistöpalvelualan perustutkinto"_s;
        const QList<QList<Requirement>> requirements = {
            {{u"nayte_1"_s, u"Osaa valita oikeat välineet ja puhdistusaineet."_s,
              u"nayte_yllapito"_s, u"Ylläpitosiivous"_s, u"381141"_s, q},
             {u"nayte_2"_s, u"Osaa tehdä työn järkevässä järjestyksessä."_s, u"nayte_yllapito"_s,
              u"Ylläpitosiivous"_s, u"381141"_s, q}},
            {{u"nayte_3"_s, u"Osaa pyyhkiä lattian oikealla menetelmällä."_s, u"nayte_perus"_s,
              u"Perussiivous"_s, u"381141"_s, q},
             {u"nayte_4"_s, u"Osaa huolehtia omasta työturvallisuudestaan."_s, u"nayte_perus"_s,
              u"Perussiivous"_s, u"381141"_s, q}}};
        for (int i = 0; i < 2; ++i) {
            const auto row = server.store()->record(QString::fromUtf16(kind::kTask), tasks.at(i));
            REQUIRE(row);
            Error error;
            auto task = Task::fromJson(tasks.at(i), row->data, &error);
            REQUIRE(task);
            task->requirements = requirements.at(i);
            REQUIRE_FALSE(server.admin()->updateTask(orgId, *task).isError());
        }
        server.assign(traineeId, setId);
    }

    // Kaisa marks a requirement of the first task demonstrated, from her own laptop.
    void markDemonstrated(const QString &code, const QString &note, qint64 counter = 1)
    {
        Operation op;
        op.counter = counter;
        op.kind = QString::fromUtf16(kind::kRequirementMark);
        op.id = requirementMarkIdFor(traineeId, taskId, code);
        op.clientTime = QDateTime::currentDateTimeUtc();
        op.data = QJsonObject{
            {u"traineeId"_s, traineeId},
            {u"taskId"_s, taskId},
            {u"requirementCode"_s, code},
            {u"hlc"_s, Hlc(QDateTime::currentMSecsSinceEpoch(), 0, u"kaisa-laptop"_s).toString()},
            {u"set"_s, QJsonObject{{u"demonstrated"_s, QJsonObject{{u"value"_s, true}}},
                                   {u"note"_s, QJsonObject{{u"value"_s, note}}}}}};
        applyAs(u"kaisa"_s, u"kaisa-laptop"_s, op);
    }
};

// The coach's roster tab, once the trainee and her one demonstrated requirement are on the laptop.
QTreeWidget *openRoster(MainWindow &window, qint64 traineeId)
{
    child<QTabWidget>(&window, u"coachTabWidget"_s)->setCurrentIndex(1);
    auto *roster = child<QTreeWidget>(&window, u"rosterTreeWidget"_s);
    REQUIRE(waitUntil([&] {
        return roster->topLevelItemCount() == 1
               && traineeCompetenceMap(*window.session()->store(), traineeId).demonstratedCount()
                      == 1;
    }));
    return roster;
}
} // namespace

TEST_CASE("the trainee opens My competence and sees the requirement the coach marked "
          "demonstrated",
          "[ui][competence]")
{
    CompetenceFixture f;
    f.markDemonstrated(u"nayte_1"_s, u"Valitsi oikean aineen lasille."_s);
    auto window = f.login(u"maija"_s);
    HomePage *home = window->homePage();
    REQUIRE(waitUntil([&] {
        return home->isVisible()
               && traineeCompetenceMap(*window->session()->store(), f.traineeId)
                          .demonstratedCount()
                      == 1;
    }));
    auto *button = child<QPushButton>(home, u"myCompetenceButton"_s);
    CHECK(button->isVisible());
    CHECK(button->text() == u"Osaamiseni"_s);
    screenshot(window.get(), u"trainee-home-competence-button"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = child<QWidget>(window.get(), u"competenceMapDialog"_s);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    auto *status = child<QLabel>(dialog, u"requirementStatusLabel_nayte_1"_s);
    CHECK(status->text() == u"Osoitettu"_s);
    CHECK(child<QLabel>(dialog, u"requirementStatusLabel_nayte_2"_s)->text() == u"Ei vielä"_s);
    CHECK(child<QLabel>(dialog, u"unitProgressLabel_nayte_yllapito"_s)->text()
          == u"1 / 2 osoitettu"_s);
    CHECK(child<QLabel>(dialog, u"unitProgressLabel_nayte_perus"_s)->text()
          == u"0 / 2 osoitettu"_s);
    CHECK(child<QLabel>(dialog, u"requirementDetailLabel_nayte_1"_s)->text().contains(
        u"Valitsi oikean aineen lasille."_s));
    screenshot(dialog, u"trainee-competence-map"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"competenceCloseButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window->findChild<QWidget *>(u"competenceMapDialog"_s) == nullptr; }));
    window->logout();
}

TEST_CASE("the coach opens a trainee's competence from the roster and edits the phrase bank",
          "[ui][competence][phrase]")
{
    CompetenceFixture f;
    f.markDemonstrated(u"nayte_2"_s, {});
    auto window = f.login(u"kaisa"_s);
    CoachPage *coach = window->coachPage();
    REQUIRE(waitUntil([&] { return coach->isVisible(); }));
    QTreeWidget *roster = openRoster(*window, f.traineeId);
    auto *show = child<QPushButton>(window.get(), u"competenceButton"_s);
    CHECK_FALSE(show->isEnabled());
    roster->setCurrentItem(roster->topLevelItem(0));
    CHECK(show->isEnabled());
    QTest::mouseClick(show, Qt::LeftButton);
    auto *dialog = child<QWidget>(window.get(), u"competenceMapDialog"_s);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    CHECK(child<QLabel>(dialog, u"competenceTitleLabel"_s)->text().contains(u"Maija Virtanen"_s));
    CHECK(child<QLabel>(dialog, u"requirementStatusLabel_nayte_2"_s)->text() == u"Osoitettu"_s);
    CHECK(child<QLabel>(dialog, u"competenceTotalLabel"_s)->text().startsWith(u"1 / 4"_s));
    screenshot(dialog, u"coach-competence-map"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"competenceCloseButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window->findChild<QWidget *>(u"competenceMapDialog"_s) == nullptr; }));

    // The phrase bank: add a praise phrase, reword it; it reaches the server.
    QTest::mouseClick(child<QPushButton>(window.get(), u"phraseBankButton"_s), Qt::LeftButton);
    auto *bank = child<PhraseBankDialog>(window.get(), u"phraseBankDialog"_s);
    REQUIRE(waitUntil([&] { return bank->isVisible(); }));
    auto *list = child<QListWidget>(bank, u"phraseListWidget"_s);
    CHECK(list->count() == 0);
    child<QLineEdit>(bank, u"newPhraseLineEdit"_s)->insert(u"Työjälki on siistiä."_s);
    QTest::mouseClick(child<QPushButton>(bank, u"addPhraseButton"_s), Qt::LeftButton);
    REQUIRE(list->count() == 1);
    CHECK(list->currentRow() == 0);
    auto *edit = child<QLineEdit>(bank, u"editPhraseLineEdit"_s);
    CHECK(edit->text() == u"Työjälki on siistiä."_s);
    edit->setText(u"Työjälki on todella siistiä."_s);
    QTest::mouseClick(child<QPushButton>(bank, u"savePhraseButton"_s), Qt::LeftButton);
    child<QLineEdit>(bank, u"newPhraseLineEdit"_s)->insert(u"Muista suojakäsineet."_s);
    auto *type = child<QComboBox>(bank, u"phraseTypeComboBox"_s);
    type->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(bank, u"addPhraseButton"_s), Qt::LeftButton);
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().contains(u"Työjälki on todella siistiä."_s));
    CHECK(list->item(1)->text().startsWith(u"Ohje"_s));
    // An empty phrase is refused with a message, nothing saved.
    QTest::mouseClick(child<QPushButton>(bank, u"addPhraseButton"_s), Qt::LeftButton);
    CHECK(child<QLabel>(bank, u"phraseMessageLabel"_s)->isVisible());
    CHECK(list->count() == 2);
    CHECK(window->session()->coach()->phrases().size() == 2);
    screenshot(bank, u"coach-phrase-bank"_s);
    REQUIRE(waitUntil([&] { return f.server.recordCount(u"phrase"_s) == 2; }));
    REQUIRE(waitUntil([&] { return window->session()->store()->pendingCount() == 0; }));
    // Archive the guidance phrase: kept in the bank, no longer offered in reviews.
    list->setCurrentRow(1);
    auto *archive = child<QPushButton>(bank, u"archivePhraseButton"_s);
    CHECK(archive->text() == u"Arkistoi"_s);
    QTest::mouseClick(archive, Qt::LeftButton);
    CHECK(window->session()->coach()->phrases().size() == 1);
    CHECK(list->count() == 2);
    CHECK(archive->text() == u"Palauta"_s);
    screenshot(bank, u"coach-phrase-bank-archived"_s);
    // Reorder: a new praise phrase moves above the first one; guidance stays after the praise.
    type->setCurrentIndex(0);
    child<QLineEdit>(bank, u"newPhraseLineEdit"_s)->insert(u"Hyvä työ!"_s);
    QTest::mouseClick(child<QPushButton>(bank, u"addPhraseButton"_s), Qt::LeftButton);
    REQUIRE(list->count() == 3);
    REQUIRE(list->currentRow() == 1);
    auto *up = child<QPushButton>(bank, u"movePhraseUpButton"_s);
    auto *down = child<QPushButton>(bank, u"movePhraseDownButton"_s);
    CHECK(up->isEnabled());
    CHECK_FALSE(down->isEnabled()); // the next one is guidance
    QTest::mouseClick(up, Qt::LeftButton);
    CHECK(list->item(0)->text().contains(u"Hyvä työ!"_s));
    CHECK(list->currentRow() == 0);
    CHECK_FALSE(up->isEnabled());
    CHECK(down->isEnabled());
    CHECK(window->session()->coach()->phrases().value(0).text == u"Hyvä työ!"_s);
    QTest::mouseClick(child<QPushButton>(bank, u"phraseCloseButton"_s), Qt::LeftButton);
    window->logout();
}

TEST_CASE("an open competence map shows the marks a sync brings", "[ui][competence]")
{
    CompetenceFixture f;
    f.markDemonstrated(u"nayte_2"_s, {});
    auto window = f.login(u"kaisa"_s);
    QTreeWidget *roster = openRoster(*window, f.traineeId);
    roster->setCurrentItem(roster->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(window.get(), u"competenceButton"_s), Qt::LeftButton);
    auto *dialog = child<QWidget>(window.get(), u"competenceMapDialog"_s);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    auto statusOf = [&](const QString &code) {
        auto *label = dialog->findChild<QLabel *>(u"requirementStatusLabel_"_s + code);
        return label ? label->text() : QString();
    };
    CHECK(statusOf(u"nayte_1"_s) == u"Ei vielä"_s);

    // A colleague marks another requirement; the next sync brings it while the map is open.
    f.markDemonstrated(u"nayte_1"_s, u"Hyvä valinta."_s, 2);
    window->session()->sync()->startSync();
    REQUIRE(waitUntil([&] { return statusOf(u"nayte_1"_s) == u"Osoitettu"_s; }));
    CHECK(statusOf(u"nayte_2"_s) == u"Osoitettu"_s);
    CHECK(child<QLabel>(dialog, u"competenceTotalLabel"_s)->text().startsWith(u"2 / 4"_s));
    CHECK(dialog->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, u"competenceCloseButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil(
        [&] { return window->findChild<QWidget *>(u"competenceMapDialog"_s) == nullptr; }));
    window->logout();
}
