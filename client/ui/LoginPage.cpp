#include "client/ui/LoginPage.h"

#include "client/ui/Icons.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/ProfileButton.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *caption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(u"font-weight: bold; margin-top: 8px;"_s);
    return label;
}
} // namespace

LoginPage::LoginPage(ProfileManager *profiles, LanguageManager *language,
    const QUrl &defaultServerUrl, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_language(language)
    , m_defaultServerUrl(defaultServerUrl)
{
    setObjectName(u"loginPage"_s);
    auto *card = new QFrame(this);
    card->setObjectName(u"loginCard"_s);
    theme::setCard(card);
    card->setMaximumWidth(680);
    card->setMinimumWidth(520);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(36, 32, 36, 32);
    cardLayout->setSpacing(theme::kSpacing);
    cardLayout->addWidget(createHeader());
    cardLayout->addWidget(createChooser());
    cardLayout->addWidget(createForm());

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(
        theme::kPageMargin, theme::kPageMargin, theme::kPageMargin, theme::kPageMargin);
    contentLayout->setSpacing(20);
    contentLayout->addStretch(1);
    auto *centerRow = new QHBoxLayout;
    centerRow->addStretch(1);
    centerRow->addWidget(card, 3);
    centerRow->addStretch(1);
    contentLayout->addLayout(centerRow);
    contentLayout->addWidget(createLanguageRow(), 0, Qt::AlignHCenter);
    contentLayout->addStretch(1);

    theme::makeScrollingPage(this, content);

    retranslate();
    reset();
}

QWidget *LoginPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(16);
    auto *logo = new QLabel(header);
    logo->setPixmap(icons::pixmap(u"pajapolku"_s, 64, Qt::black, devicePixelRatioF()));
    layout->addWidget(logo);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    auto *title = new QLabel(u"Pajapolku"_s, header);
    theme::setTextStyle(title, u"h1"_s);
    m_welcomeLabel = new QLabel(header);
    theme::setTextStyle(m_welcomeLabel, u"muted"_s);
    titles->addWidget(title);
    titles->addWidget(m_welcomeLabel);
    layout->addLayout(titles, 1);
    return header;
}

QWidget *LoginPage::createChooser()
{
    m_chooserWidget = new QWidget(this);
    auto *layout = new QVBoxLayout(m_chooserWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_whoLabel = new QLabel(m_chooserWidget);
    theme::setTextStyle(m_whoLabel, u"h2"_s);
    m_whoHintLabel = new QLabel(m_chooserWidget);
    m_whoHintLabel->setWordWrap(true);
    layout->addWidget(m_whoLabel);
    layout->addWidget(m_whoHintLabel);
    m_profilesLayout = new QVBoxLayout;
    m_profilesLayout->setSpacing(10);
    layout->addLayout(m_profilesLayout);
    m_otherUserButton = new QPushButton(m_chooserWidget);
    m_otherUserButton->setObjectName(u"otherUserButton"_s);
    m_otherUserButton->setIcon(icons::icon(u"user-add"_s, theme::color(theme::Role::Primary)));
    m_otherUserButton->setIconSize(QSize(24, 24));
    m_otherUserButton->setMinimumHeight(52);
    layout->addSpacing(4);
    layout->addWidget(m_otherUserButton);
    connect(m_otherUserButton, &QPushButton::clicked, this, [this] { showForm(std::nullopt); });
    return m_chooserWidget;
}

QWidget *LoginPage::createForm()
{
    m_formWidget = new QWidget(this);
    auto *layout = new QVBoxLayout(m_formWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_formTitleLabel = new QLabel(m_formWidget);
    theme::setTextStyle(m_formTitleLabel, u"h2"_s);
    m_formHintLabel = new QLabel(m_formWidget);
    m_formHintLabel->setObjectName(u"formHintLabel"_s);
    m_formHintLabel->setWordWrap(true);
    layout->addWidget(m_formTitleLabel);
    layout->addWidget(m_formHintLabel);

    m_usernameCaption = caption(m_formWidget);
    m_usernameLineEdit = new QLineEdit(m_formWidget);
    m_usernameLineEdit->setObjectName(u"usernameLineEdit"_s);
    m_usernameCaption->setBuddy(m_usernameLineEdit);
    m_passwordCaption = caption(m_formWidget);
    m_passwordLineEdit = new QLineEdit(m_formWidget);
    m_passwordLineEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordCaption->setBuddy(m_passwordLineEdit);
    m_showPasswordCheckBox = new QCheckBox(m_formWidget);
    m_showPasswordCheckBox->setObjectName(u"showPasswordCheckBox"_s);
    for (QWidget *w : std::initializer_list<QWidget *> { m_usernameCaption, m_usernameLineEdit,
             m_passwordCaption, m_passwordLineEdit, m_showPasswordCheckBox })
        layout->addWidget(w);

    m_errorFrame = new QFrame(m_formWidget);
    theme::setCard(m_errorFrame, u"error"_s);
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    errorLayout->setContentsMargins(12, 10, 12, 10);
    auto *errorIcon = new QLabel(m_errorFrame);
    errorIcon->setPixmap(
        icons::pixmap(u"warning"_s, 28, theme::color(theme::Role::Error), devicePixelRatioF()));
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    m_errorLabel = new QLabel(m_errorFrame);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(
        u"color: %1; font-weight: bold;"_s.arg(theme::color(theme::Role::Error).name()));
    errorLayout->addWidget(m_errorLabel, 1);
    layout->addSpacing(6);
    layout->addWidget(m_errorFrame);

    m_busyWidget = new QWidget(m_formWidget);
    auto *busyLayout = new QHBoxLayout(m_busyWidget);
    busyLayout->setContentsMargins(0, 4, 0, 4);
    auto *busyBar = new QProgressBar(m_busyWidget);
    busyBar->setObjectName(u"loginProgressBar"_s);
    busyBar->setRange(0, 0);
    busyBar->setTextVisible(false);
    busyBar->setProperty("busy", true);
    m_busyLabel = new QLabel(m_busyWidget);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(busyBar, 1);
    layout->addWidget(m_busyWidget);

    m_loginButton = new QPushButton(m_formWidget);
    m_loginButton->setObjectName(u"loginButton"_s);
    theme::setButtonRole(m_loginButton, u"primary"_s);
    m_loginButton->setMinimumHeight(52);
    m_loginButton->setDefault(true);
    layout->addSpacing(8);
    layout->addWidget(m_loginButton);

    auto *bottomRow = new QHBoxLayout;
    m_backToProfilesButton = new QPushButton(m_formWidget);
    m_backToProfilesButton->setObjectName(u"backToProfilesButton"_s);
    theme::setButtonRole(m_backToProfilesButton, u"link"_s);
    m_backToProfilesButton->setIcon(icons::icon(u"back"_s, theme::color(theme::Role::Primary)));
    m_advancedToolButton = new QToolButton(m_formWidget);
    m_advancedToolButton->setObjectName(u"advancedToolButton"_s);
    theme::setButtonRole(m_advancedToolButton, u"link"_s);
    m_advancedToolButton->setCheckable(true);
    m_advancedToolButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToolButton->setIcon(
        icons::icon(u"chevron-right"_s, theme::color(theme::Role::Primary)));
    bottomRow->addWidget(m_backToProfilesButton);
    bottomRow->addStretch();
    bottomRow->addWidget(m_advancedToolButton);
    layout->addSpacing(4);
    layout->addLayout(bottomRow);

    m_advancedWidget = new QWidget(m_formWidget);
    auto *advancedLayout = new QVBoxLayout(m_advancedWidget);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    m_serverCaption = caption(m_advancedWidget);
    m_serverLineEdit = new QLineEdit(m_advancedWidget);
    m_serverLineEdit->setObjectName(u"serverLineEdit"_s);
    m_serverLineEdit->setText(m_defaultServerUrl.toString());
    m_serverCaption->setBuddy(m_serverLineEdit);
    advancedLayout->addWidget(m_serverCaption);
    advancedLayout->addWidget(m_serverLineEdit);
    m_advancedWidget->hide();
    layout->addWidget(m_advancedWidget);

    connect(m_showPasswordCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        m_passwordLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_usernameLineEdit, &QLineEdit::returnPressed, this,
        [this] { m_passwordLineEdit->setFocus(); });
    connect(m_passwordLineEdit, &QLineEdit::returnPressed, this, &LoginPage::requestLogin);
    connect(m_serverLineEdit, &QLineEdit::returnPressed, this, &LoginPage::requestLogin);
    connect(m_loginButton, &QPushButton::clicked, this, &LoginPage::requestLogin);
    connect(m_backToProfilesButton, &QPushButton::clicked, this, &LoginPage::showChooser);
    connect(m_advancedToolButton, &QToolButton::toggled, this, [this](bool open) {
        m_advancedWidget->setVisible(open);
        m_advancedToolButton->setIcon(icons::icon(
            open ? u"chevron-down"_s : u"chevron-right"_s, theme::color(theme::Role::Primary)));
    });
    return m_formWidget;
}

QWidget *LoginPage::createLanguageRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *globe = new QLabel(row);
    globe->setPixmap(icons::pixmap(
        u"language"_s, 24, theme::color(theme::Role::MutedText), devicePixelRatioF()));
    m_languageLabel = new QLabel(row);
    layout->addWidget(globe);
    layout->addWidget(m_languageLabel);
    m_languageGroup = new QButtonGroup(row);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageManager::codes()) {
        auto *button = new QPushButton(LanguageManager::nativeName(code), row);
        button->setObjectName(u"languageButton_"_s + code);
        button->setCheckable(true);
        theme::setButtonRole(button, u"language"_s);
        button->setChecked(m_language && m_language->code() == code);
        button->setProperty("languageCode", code);
        m_languageGroup->addButton(button);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, code] {
            if (m_language)
                m_language->setLanguage(code);
        });
    }
    return row;
}

void LoginPage::reset()
{
    m_passwordLineEdit->clear();
    m_errorFrame->hide();
    setBusy(false);
    rebuildProfiles();
    if (m_profileList.isEmpty())
        showForm(std::nullopt);
    else
        showChooser();
}

void LoginPage::rebuildProfiles()
{
    while (QLayoutItem *item = m_profilesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_profileList = m_profiles ? m_profiles->profiles() : QList<ProfileSummary>();
    for (const ProfileSummary &profile : std::as_const(m_profileList)) {
        const QString name = profile.displayName.isEmpty() ? profile.username : profile.displayName;
        const QString detail = profile.orgName.isEmpty()
            ? profile.username
            : profile.orgName + u" · "_s + profile.username;
        auto *button = new ProfileButton(profile.id, name, detail, m_chooserWidget);
        m_profilesLayout->addWidget(button);
        connect(button, &ProfileButton::clicked, this, [this, profile] { showForm(profile); });
    }
}

void LoginPage::showChooser()
{
    if (m_profileList.isEmpty()) {
        showForm(std::nullopt);
        return;
    }
    m_selectedProfile.reset();
    m_formWidget->hide();
    m_chooserWidget->show();
    m_errorFrame->hide();
    if (QLayoutItem *first = m_profilesLayout->itemAt(0); first && first->widget())
        first->widget()->setFocus();
}

void LoginPage::showForm(const std::optional<ProfileSummary> &profile)
{
    m_selectedProfile = profile;
    m_chooserWidget->hide();
    m_formWidget->show();
    m_errorFrame->hide();
    m_passwordLineEdit->clear();
    const bool known = profile.has_value();
    m_usernameCaption->setVisible(!known);
    m_usernameLineEdit->setVisible(!known);
    m_usernameLineEdit->setText(known ? profile->username : QString());
    m_advancedToolButton->setVisible(!known);
    m_advancedWidget->setVisible(!known && m_advancedToolButton->isChecked());
    m_backToProfilesButton->setVisible(!m_profileList.isEmpty());
    retranslate();
    if (known)
        m_passwordLineEdit->setFocus();
    else
        m_usernameLineEdit->setFocus();
}

void LoginPage::requestLogin()
{
    if (m_busy)
        return;
    const QString username
        = m_selectedProfile ? m_selectedProfile->username : m_usernameLineEdit->text().trimmed();
    const QString password = m_passwordLineEdit->text();
    if (username.isEmpty()) {
        showMessage(tr("Type your username."));
        m_usernameLineEdit->setFocus();
        return;
    }
    if (password.isEmpty()) {
        showMessage(tr("Type your password."));
        m_passwordLineEdit->setFocus();
        return;
    }
    QUrl server = m_selectedProfile ? m_selectedProfile->serverUrl
                                    : QUrl::fromUserInput(m_serverLineEdit->text().trimmed());
    if (!server.isValid() || (server.scheme() != u"http"_s && server.scheme() != u"https"_s)
        || server.host().isEmpty()) {
        m_advancedToolButton->setChecked(true);
        showMessage(tr("The server address is not right. Ask your IT support for the right "
                       "address."));
        m_serverLineEdit->setFocus();
        return;
    }
    m_errorFrame->hide();
    setBusy(true);
    emit loginRequested(server, username, password);
}

void LoginPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyWidget->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *> { m_usernameLineEdit, m_passwordLineEdit,
             m_serverLineEdit, m_loginButton, m_backToProfilesButton, m_otherUserButton })
        w->setEnabled(!busy);
}

void LoginPage::showError(const Error &error)
{
    setBusy(false);
    showMessage(Texts::loginErrorText(error));
    if (error.code == ErrorCode::WrongCredentials) {
        m_passwordLineEdit->clear();
        m_passwordLineEdit->setFocus();
    }
}

void LoginPage::showMessage(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorFrame->show();
}

void LoginPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginPage::retranslate()
{
    m_welcomeLabel->setText(
        tr("Welcome! Your work is saved on this computer, even without a network."));
    m_welcomeLabel->setWordWrap(true);
    m_whoLabel->setText(tr("Who are you?"));
    m_whoHintLabel->setText(tr("Choose your name from the list."));
    m_otherUserButton->setText(tr("Another user"));
    if (m_selectedProfile) {
        const QString name = m_selectedProfile->displayName.isEmpty()
            ? m_selectedProfile->username
            : m_selectedProfile->displayName;
        m_formTitleLabel->setText(tr("Hello, %1!").arg(name));
        m_formHintLabel->setText(tr("Type your password and press Log in."));
    } else {
        m_formTitleLabel->setText(tr("Log in"));
        m_formHintLabel->setText(tr("Type the username and password you got from your coach."));
    }
    m_usernameCaption->setText(tr("&Username"));
    m_passwordCaption->setText(tr("&Password"));
    m_showPasswordCheckBox->setText(tr("Show password"));
    m_busyLabel->setText(tr("Logging in…"));
    m_loginButton->setText(tr("Log in"));
    m_backToProfilesButton->setText(
        m_selectedProfile ? tr("Not you? Back to the list") : tr("Back to the list"));
    m_advancedToolButton->setText(tr("Advanced settings"));
    m_serverCaption->setText(tr("&Server address (for IT support)"));
    m_languageLabel->setText(tr("Language:"));
    for (QAbstractButton *button : m_languageGroup->buttons())
        button->setChecked(
            m_language && button->property("languageCode").toString() == m_language->code());
}
