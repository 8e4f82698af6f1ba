#pragma once
// Shared by the UI tests: waiting for a condition while the event loop runs, finding a named child
// widget, saving screenshots (PAJAPOLKU_SCREENSHOT_DIR), typing the login, and UiServerFixture: a
// real in-process server with an organisation and a trainee (maija), operations applied there as
// a laptop would send them, and the main window opened (and logged in) as a user would.

#include "client/core/ProfileManager.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/MainWindow.h"
#include "client/ui/Theme.h"
#include "server/core/Admin.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestServer.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSize>
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

template<typename T> T *child(QObject *root, const QString &objectName)
{
    T *widget = root->findChild<T *>(objectName);
    INFO("widget " << objectName.toStdString());
    REQUIRE(widget != nullptr);
    return widget;
}

inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PAJAPOLKU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100); // let layouts and the style settle before grabbing
    REQUIRE(widget->grab().save(dir + u'/' + name + u".png"_s));
}

// Types the user name and password into the login page and presses the login button.
inline void enterCredentials(QWidget &window, const QString &username, const QString &password)
{
    auto *user = child<QLineEdit>(&window, u"usernameLineEdit"_s);
    user->clear();
    QTest::keyClicks(user, username);
    QTest::keyClicks(child<QLineEdit>(&window, u"passwordLineEdit"_s), password);
    QTest::mouseClick(child<QPushButton>(&window, u"loginButton"_s), Qt::LeftButton);
}

struct UiServerFixture
{
    TestServer server;
    TempDir profileRoot;
    ProfileManager profiles{profileRoot.path()};
    LanguageManager language;
    qint64 orgId = 0;
    qint64 traineeId = 0;
    QSize windowSize{1280, 900};

    UiServerFixture()
    {
        theme::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()));
        language.setLanguage(u"fi"_s, LanguageManager::Remember::No);
        REQUIRE(server.start());
        orgId = server.createOrg(u"Lapin Työpajasäätiö"_s);
        traineeId
            = server.createUser(orgId, u"maija"_s, kPassword, Role::Trainee, u"Maija Virtanen"_s);
    }

    // Applies `op` on the server as if `username`'s laptop `device` had sent it in a sync; the test
    // fails unless it is applied.
    void applyAs(const QString &username, const QString &device, const Operation &op)
    {
        Error error;
        const auto acks = server.admin()->applyAs(username, device, {op}, &error);
        REQUIRE(acks);
        REQUIRE(acks->size() == 1);
        REQUIRE(acks->first().status == AckStatus::Applied);
    }

    // The main window on the login page, shown at windowSize.
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(&profiles, &language, server.url());
        window->resize(windowSize);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    // The main window after `username` logged in with kPassword.
    std::unique_ptr<MainWindow> login(const QString &username)
    {
        auto window = openWindow();
        enterCredentials(*window, username, kPassword);
        REQUIRE(waitUntil([&] { return window->session() != nullptr; }));
        return window;
    }
};
} // namespace
