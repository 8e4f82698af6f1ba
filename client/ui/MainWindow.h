#pragma once
// The application window: a stack of pages (login, home, task), a header with the user menu
// (change password, change language, log out) and the sync indicator at the bottom after login.
// Owns the LoginController and the logged-in Session.

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class Clock;
class CoachPage;
class HomePage;
class LanguageManager;
class LoginController;
class LoginPage;
class ProfileManager;
class QFrame;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;
class Session;
class SyncIndicator;
class TaskPage;
struct Error;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileManager *profiles, LanguageManager *language, const QUrl &defaultServerUrl,
        Clock *clock = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const;
    LoginPage *loginPage() const { return m_loginPage; }
    HomePage *homePage() const { return m_homePage; }
    TaskPage *taskPage() const { return m_taskPage; }
    CoachPage *coachPage() const { return m_coachPage; }

    void showHome();
    void openTask(const QString &taskId);
    void logout();

signals:
    // A user logged in against this server (main() remembers it as the default for new users).
    void sessionStarted(const QUrl &serverUrl);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFrame *createHeader();
    void onLoggedIn(Session *session);
    void onLoginFailed(const Error &error);
    void changePassword(bool required);
    void detachSession();
    void updateHeader();
    void retranslate();

    ProfileManager *m_profiles;
    LanguageManager *m_language;
    LoginController *m_loginController;
    QPointer<Session> m_session;

    QStackedWidget *m_stack;
    LoginPage *m_loginPage;
    HomePage *m_homePage;
    TaskPage *m_taskPage;
    CoachPage *m_coachPage = nullptr;
    SyncIndicator *m_syncIndicator;
    QFrame *m_header = nullptr;
    QToolButton *m_userMenuButton = nullptr;
    QMenu *m_userMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_logoutAction = nullptr;
};
