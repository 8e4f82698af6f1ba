#include "client/ui/MainWindow.h"

#include "client/core/LoginController.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/ui/ChangePasswordDialog.h"
#include "client/ui/CoachPage.h"
#include "client/ui/HomePage.h"
#include "client/ui/Icons.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/LoginPage.h"
#include "client/ui/SyncIndicator.h"
#include "client/ui/TaskPage.h"
#include "client/ui/UploadQueuePanel.h"
#include "client/ui/Theme.h"
#include "common/util/Clock.h"

#include <QActionGroup>
#include <QDialog>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUiWindow, "client.ui.window", QtInfoMsg)

MainWindow::MainWindow(ProfileManager *profiles, LanguageManager *language,
    const QUrl &defaultServerUrl, Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_language(language)
    , m_loginController(
          new LoginController(profiles, clock ? clock : SystemClock::instance(), this))
    , m_stack(new QStackedWidget(this))
    , m_loginPage(new LoginPage(profiles, language, defaultServerUrl, m_stack))
    , m_homePage(new HomePage(m_stack))
    , m_taskPage(new TaskPage(m_stack))
    , m_syncIndicator(new SyncIndicator(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"Pajapolku"_s);
    setWindowIcon(QIcon(u":/icons/pajapolku.svg"_s));
    setMinimumSize(960, 660);
    resize(1180, 800);

    m_stack->setObjectName(u"pageStackedWidget"_s);
    m_stack->addWidget(m_loginPage);
    m_stack->addWidget(m_homePage);
    m_stack->addWidget(m_taskPage);
    m_coachPage = new CoachPage(m_stack); // coaches and admins work here
    m_coachPage->setObjectName(u"coachPage"_s);
    m_stack->addWidget(m_coachPage);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    statusBar()->setSizeGripEnabled(false);
    statusBar()->addWidget(m_syncIndicator, 1);
    connect(m_syncIndicator, &SyncIndicator::uploadsRequested, this, [this] {
        auto *dialog = findChild<QDialog *>(u"uploadsDialog"_s);
        if (!dialog) {
            dialog = new QDialog(this);
            dialog->setObjectName(u"uploadsDialog"_s);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(UploadQueuePanel::tr("Files to send"));
            dialog->resize(640, 360);
            auto *panel = new UploadQueuePanel(dialog);
            panel->setSession(m_session);
            (new QVBoxLayout(dialog))->addWidget(panel);
        }
        dialog->show();
        dialog->raise();
    });
    statusBar()->hide();
    m_header->hide();

    connect(m_loginPage, &LoginPage::loginRequested, m_loginController, &LoginController::login);
    connect(m_loginController, &LoginController::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_loginController, &LoginController::loginFailed, this, &MainWindow::onLoginFailed);
    connect(m_homePage, &HomePage::taskActivated, this, &MainWindow::openTask);
    connect(m_taskPage, &TaskPage::backRequested, this, &MainWindow::showHome);
    retranslate();
}

MainWindow::~MainWindow()
{
    m_taskPage->flush();
    detachSession();
}

Session *MainWindow::session() const
{
    return m_session;
}

QFrame *MainWindow::createHeader()
{
    m_header = new QFrame(this);
    m_header->setObjectName(u"headerFrame"_s);
    m_header->setStyleSheet(u"#headerFrame { background: %1; border-bottom: 1px solid %2; }"_s.arg(
        theme::color(theme::Role::Surface).name(), theme::color(theme::Role::Border).name()));
    auto *layout = new QHBoxLayout(m_header);
    layout->setContentsMargins(theme::kPageMargin, 8, theme::kPageMargin - 8, 8);
    layout->setSpacing(12);
    auto *logo = new QLabel(m_header);
    logo->setPixmap(icons::pixmap(u"pajapolku"_s, 36, Qt::black, devicePixelRatioF()));
    auto *name = new QLabel(u"Pajapolku"_s, m_header);
    theme::setTextStyle(name, u"h3"_s);
    layout->addWidget(logo);
    layout->addWidget(name);
    layout->addStretch();

    m_userMenu = new QMenu(this);
    m_changePasswordAction
        = m_userMenu->addAction(icons::icon(u"lock"_s, theme::color(theme::Role::Text)), {});
    m_languageMenu
        = m_userMenu->addMenu(icons::icon(u"language"_s, theme::color(theme::Role::Text)), {});
    auto *languages = new QActionGroup(this);
    for (const QString &code : LanguageManager::codes()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_language)
                m_language->setLanguage(code);
        });
    }
    m_userMenu->addSeparator();
    m_logoutAction
        = m_userMenu->addAction(icons::icon(u"logout"_s, theme::color(theme::Role::Text)), {});
    connect(m_changePasswordAction, &QAction::triggered, this, [this] { changePassword(false); });
    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logout);

    m_userMenuButton = new QToolButton(m_header);
    m_userMenuButton->setObjectName(u"userMenuToolButton"_s);
    theme::setButtonRole(m_userMenuButton, u"secondary"_s);
    m_userMenuButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_userMenuButton->setIcon(icons::icon(u"user"_s, theme::color(theme::Role::Primary)));
    m_userMenuButton->setIconSize(QSize(22, 22));
    m_userMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_userMenuButton->setMenu(m_userMenu);
    layout->addWidget(m_userMenuButton);
    return m_header;
}

void MainWindow::onLoggedIn(Session *session)
{
    session->setParent(this);
    m_session = session;
    connect(session, &Session::loggedOut, session, &QObject::deleteLater);
    m_homePage->setSession(session);
    m_taskPage->setSession(session);
    m_coachPage->setSession(session->user().role == Role::Trainee ? nullptr : session);
    m_syncIndicator->setEngine(session->sync());
    m_syncIndicator->setUploads(session->uploads());
    m_loginPage->reset();
    updateHeader();
    m_header->show();
    statusBar()->show();
    showHome();
    qCInfo(lcUiWindow) << "logged in as" << session->user().username;
    emit sessionStarted(session->serverUrl());
    if (session->user().mustChangePassword)
        QMetaObject::invokeMethod(
            this, [this] { changePassword(true); }, Qt::QueuedConnection);
}

void MainWindow::onLoginFailed(const Error &error)
{
    m_loginPage->showError(error);
}

void MainWindow::showHome()
{
    if (!m_session)
        return;
    if (m_session->user().role != Role::Trainee) {
        m_stack->setCurrentWidget(m_coachPage);
        return;
    }
    m_stack->setCurrentWidget(m_homePage);
}

void MainWindow::openTask(const QString &taskId)
{
    if (!m_session)
        return;
    m_taskPage->openTask(taskId);
    m_stack->setCurrentWidget(m_taskPage);
}

void MainWindow::logout()
{
    if (!m_session)
        return;
    m_taskPage->flush();
    Session *session = m_session;
    detachSession();
    m_header->hide();
    statusBar()->hide();
    m_loginPage->reset();
    m_stack->setCurrentWidget(m_loginPage);
    // The session deletes itself when the server has been told (or could not be reached).
    session->logout();
}

void MainWindow::detachSession()
{
    m_homePage->setSession(nullptr);
    m_taskPage->setSession(nullptr);
    m_coachPage->setSession(nullptr);
    m_syncIndicator->setEngine(nullptr);
    m_syncIndicator->setUploads(nullptr);
    if (auto *uploads = findChild<QDialog *>(u"uploadsDialog"_s))
        uploads->close(); // a shared laptop: the next user does not see this one's files
    if (m_session && m_session->sync())
        m_session->sync()->setAutomatic(false);
    m_session = nullptr;
}

void MainWindow::changePassword(bool required)
{
    if (!m_session)
        return;
    ChangePasswordDialog dialog(m_session,
        required ? ChangePasswordDialog::Mode::Required : ChangePasswordDialog::Mode::Optional,
        this);
    if (dialog.exec() != QDialog::Accepted && required)
        logout();
}

void MainWindow::updateHeader()
{
    if (!m_session)
        return;
    const QString name = m_session->user().displayName.isEmpty() ? m_session->user().username
                                                                 : m_session->user().displayName;
    m_userMenuButton->setText(name);
    m_userMenuButton->setToolTip(tr("Your account: change password, language, log out"));
    m_userMenuButton->setAccessibleName(tr("User menu for %1").arg(name));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_taskPage->flush();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_changePasswordAction->setText(tr("Change password…"));
    m_languageMenu->setTitle(tr("Change language"));
    m_logoutAction->setText(tr("Log out"));
    for (QAction *action : m_languageMenu->actions())
        action->setChecked(m_language && action->data().toString() == m_language->code());
    updateHeader();
}
