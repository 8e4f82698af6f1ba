#pragma once
// The first page: "Who are you?" with a big button for every profile on this laptop, "Another
// user" for a first login (username + password; the server address hides under "Advanced
// settings" for IT staff), plain-language errors, a busy indicator and the language choice.

#include "client/core/ProfileManager.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class LanguageManager;
class QButtonGroup;
class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;
struct Error;

class LoginPage : public QWidget
{
    Q_OBJECT
public:
    LoginPage(ProfileManager *profiles, LanguageManager *language, const QUrl &defaultServerUrl,
        QWidget *parent = nullptr);

    // Back to the start: reloads the profiles, clears the password and any error.
    void reset();
    void setBusy(bool busy);
    void showError(const Error &error);

signals:
    void loginRequested(const QUrl &serverUrl, const QString &username, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createChooser();
    QWidget *createForm();
    QWidget *createLanguageRow();
    void rebuildProfiles();
    void showChooser();
    void showForm(const std::optional<ProfileSummary> &profile);
    void requestLogin();
    void showMessage(const QString &text);
    void retranslate();

    ProfileManager *m_profiles;
    LanguageManager *m_language;
    QUrl m_defaultServerUrl;
    QList<ProfileSummary> m_profileList;
    std::optional<ProfileSummary> m_selectedProfile;
    bool m_busy = false;

    QLabel *m_welcomeLabel = nullptr;
    QWidget *m_chooserWidget = nullptr;
    QLabel *m_whoLabel = nullptr;
    QLabel *m_whoHintLabel = nullptr;
    QVBoxLayout *m_profilesLayout = nullptr;
    QPushButton *m_otherUserButton = nullptr;

    QWidget *m_formWidget = nullptr;
    QLabel *m_formTitleLabel = nullptr;
    QLabel *m_formHintLabel = nullptr;
    QLabel *m_usernameCaption = nullptr;
    QLineEdit *m_usernameLineEdit = nullptr;
    QLabel *m_passwordCaption = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QCheckBox *m_showPasswordCheckBox = nullptr;
    QFrame *m_errorFrame = nullptr;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_busyWidget = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_loginButton = nullptr;
    QToolButton *m_advancedToolButton = nullptr;
    QWidget *m_advancedWidget = nullptr;
    QLabel *m_serverCaption = nullptr;
    QLineEdit *m_serverLineEdit = nullptr;
    QPushButton *m_backToProfilesButton = nullptr;

    QLabel *m_languageLabel = nullptr;
    QButtonGroup *m_languageGroup = nullptr;
};
