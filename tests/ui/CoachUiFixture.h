#pragma once
// Shared by the coach UI tests: a real in-process server with an organisation, a trainee (maija)
// whose submission of a task with two skill requirements waits for review, two coaches (kaisa,
// liisa), and login through the main window as a user would. Small helpers wait for a condition,
// find a named child widget and save screenshots (PAJAPOLKU_SCREENSHOT_DIR).

#include "client/core/ProfileManager.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/MainWindow.h"
#include "client/ui/Theme.h"
#include "common/model/Records.h"
#include "common/util/Crypto.h"
#include "server/core/Admin.h"
#include "server/core/ServerStore.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestServer.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace {
using namespace Qt::StringLiterals;

const QString kPassword = u"revontuli-2024"_s;

template<typename Predicate> bool waitUntil(Predicate done, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

template<typename T> T *child(QWidget *root, const QString &objectName)
{
    T *widget = root->findChild<T *>(objectName);
    INFO("widget " << objectName.toStdString());
    REQUIRE(widget != nullptr);
    return widget;
}

void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAJAPOLKU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100);
    REQUIRE(window->grab().save(dir + u'/' + name + u".png"_s));
}

struct CoachUiFixture
{
    TestServer server;
    TempDir profileRoot;
    ProfileManager profiles{profileRoot.path()};
    LanguageManager language;
    qint64 orgId = 0;
    qint64 traineeId = 0;
    QString taskId;
    QString submissionId = crypto::newUuid();

    CoachUiFixture()
    {
        theme::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()));
        language.setLanguage(u"fi"_s, LanguageManager::Remember::No);
        REQUIRE(server.start());
        orgId = server.createOrg(u"Lapin Työpajasäätiö"_s);
        traineeId
            = server.createUser(orgId, u"maija"_s, kPassword, Role::Trainee, u"Maija Virtanen"_s);
        server.createUser(orgId, u"kaisa"_s, kPassword, Role::Coach, u"Kaisa Koutsi"_s);
        server.createUser(orgId, u"liisa"_s, kPassword, Role::Coach, u"Liisa Laine"_s);
        const QString setId = server.createTaskSet(orgId, u"Toimitilojen ylläpitosiivous"_s,
                                                   {u"Ikkunoiden pesu"_s, u"Lattian pyyhintä"_s});
        taskId = server.taskIds(setId).first();
        const auto row = server.store()->record(QString::fromUtf16(kind::kTask), taskId);
        REQUIRE(row);
        Error error;
        auto task = Task::fromJson(taskId, row->data, &error);
        REQUIRE(task);
        task->instructions = u"<p>Pese kahvion ikkunat ja kerro, mitä teit.</p>"_s;
        const QString q = u"Puhtaus- ja kiinteistöpalvelualan perustutkinto"_s;
        task->requirements = {
            {u"nayte_1"_s, u"Osaa valita oikeat välineet ja puhdistusaineet."_s,
             u"nayte_yllapito"_s, u"Ylläpitosiivous"_s, u"381141"_s, q},
            {u"nayte_2"_s, u"Osaa tehdä työn järkevässä järjestyksessä."_s, u"nayte_yllapito"_s,
             u"Ylläpitosiivous"_s, u"381141"_s, q}};
        REQUIRE_FALSE(server.admin()->updateTask(orgId, *task).isError());
        server.assign(traineeId, setId);
        // Maija sent her work from the workshop laptop earlier.
        Submission s;
        s.taskId = taskId;
        s.answer = u"Pesin ikkunat lastalla ylhäältä alas ja kuivasin reunat liinalla."_s;
        s.at = QDateTime::currentDateTimeUtc();
        Operation op;
        op.counter = 1;
        op.kind = QString::fromUtf16(kind::kSubmission);
        op.id = submissionId;
        op.clientTime = s.at;
        op.data = s.toJson();
        const auto acks = server.admin()->applyAs(u"maija"_s, u"workshop-laptop"_s, {op}, &error);
        REQUIRE(acks);
        REQUIRE(acks->size() == 1);
        REQUIRE(acks->first().status == AckStatus::Applied);
    }

    std::unique_ptr<MainWindow> login(const QString &username)
    {
        auto window = std::make_unique<MainWindow>(&profiles, &language, server.url());
        window->resize(1280, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        auto *user = child<QLineEdit>(window.get(), u"usernameLineEdit"_s);
        user->clear();
        QTest::keyClicks(user, username);
        QTest::keyClicks(child<QLineEdit>(window.get(), u"passwordLineEdit"_s), kPassword);
        QTest::mouseClick(child<QPushButton>(window.get(), u"loginButton"_s), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return window->session() != nullptr; }));
        return window;
    }
};
} // namespace
