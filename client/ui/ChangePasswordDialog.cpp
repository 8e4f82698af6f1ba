#include "client/ui/ChangePasswordDialog.h"

#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/ui/Icons.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"
#include "common/protocol/AuthMessages.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLineEdit *passwordField(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(kMaxPasswordLength);
    return edit;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(Session *session, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_offlineLabel(new QLabel(this))
    , m_currentLineEdit(passwordField(this, u"currentPasswordLineEdit"_s))
    , m_newLineEdit(passwordField(this, u"newPasswordLineEdit"_s))
    , m_repeatLineEdit(passwordField(this, u"repeatPasswordLineEdit"_s))
    , m_showCheckBox(new QCheckBox(tr("Show the passwords"), this))
    , m_errorFrame(new QFrame(this))
    , m_errorLabel(new QLabel(m_errorFrame))
    , m_busyBar(new QProgressBar(this))
    , m_okButton(new QPushButton(tr("Change password"), this))
    , m_cancelButton(new QPushButton(mode == Mode::Required ? tr("Log out") : tr("Cancel"), this))
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change password"));
    setModal(true);
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Choose a new password"), this);
    theme::setTextStyle(title, u"h2"_s);
    layout->addWidget(title);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    QString introText = mode == Mode::Required
        ? tr("Your coach has given you a temporary password. Choose your own password now.") + u' '
        : QString();
    introText += tr("The new password must have at least %n characters. A short sentence that is "
                    "easy for you to remember is a good password.",
        nullptr, kMinPasswordLength);
    intro->setText(introText);
    layout->addWidget(intro);

    m_offlineLabel->setObjectName(u"offlineLabel"_s);
    m_offlineLabel->setWordWrap(true);
    m_offlineLabel->setText(tr("Changing the password needs a network connection. This laptop "
                               "seems to be offline right now."));
    theme::setTextStyle(m_offlineLabel, u"muted"_s);
    const bool online = session && session->sync() && session->sync()->isOnline();
    m_offlineLabel->setVisible(!online);
    layout->addWidget(m_offlineLabel);

    auto addField = [&](const QString &label, QLineEdit *edit) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(edit);
        caption->setStyleSheet(u"font-weight: bold; margin-top: 6px;"_s);
        layout->addWidget(caption);
        layout->addWidget(edit);
    };
    addField(tr("&Current password"), m_currentLineEdit);
    addField(tr("&New password"), m_newLineEdit);
    addField(tr("&Type the new password again"), m_repeatLineEdit);
    layout->addWidget(m_showCheckBox);

    theme::setCard(m_errorFrame, u"error"_s);
    m_errorFrame->hide();
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    auto *errorIcon = new QLabel(m_errorFrame);
    errorIcon->setPixmap(
        icons::pixmap(u"warning"_s, 24, theme::color(theme::Role::Error), devicePixelRatioF()));
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    m_errorLabel->setObjectName(u"passwordErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(
        u"color: %1; font-weight: bold;"_s.arg(theme::color(theme::Role::Error).name()));
    errorLayout->addWidget(m_errorLabel, 1);
    layout->addWidget(m_errorFrame);

    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setProperty("busy", true);
    m_busyBar->hide();
    layout->addWidget(m_busyBar);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_okButton->setObjectName(u"changePasswordButton"_s);
    theme::setButtonRole(m_okButton, u"primary"_s);
    m_okButton->setDefault(true);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_okButton);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    connect(m_showCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        const auto echo = show ? QLineEdit::Normal : QLineEdit::Password;
        for (QLineEdit *edit : { m_currentLineEdit, m_newLineEdit, m_repeatLineEdit })
            edit->setEchoMode(echo);
    });
    connect(m_okButton, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    if (session)
        connect(session, &Session::passwordChangeFinished, this, &ChangePasswordDialog::onFinished);
    m_currentLineEdit->setFocus();
}

void ChangePasswordDialog::submit()
{
    if (m_busy || !m_session)
        return;
    const QString current = m_currentLineEdit->text();
    const QString fresh = m_newLineEdit->text();
    if (current.isEmpty()) {
        showError(tr("Type your current password first."));
        m_currentLineEdit->setFocus();
        return;
    }
    if (!isAcceptablePassword(fresh)) {
        showError(tr("The new password is too short. It must have at least %n characters.", nullptr,
            kMinPasswordLength));
        m_newLineEdit->setFocus();
        return;
    }
    if (fresh != m_repeatLineEdit->text()) {
        showError(tr("The two new passwords are not the same. Type them again."));
        m_repeatLineEdit->clear();
        m_repeatLineEdit->setFocus();
        return;
    }
    if (fresh == current) {
        showError(tr("The new password must be different from the current one."));
        m_newLineEdit->setFocus();
        return;
    }
    m_errorFrame->hide();
    setBusy(true);
    m_session->changePassword(current, fresh);
}

void ChangePasswordDialog::onFinished(const Error &error)
{
    setBusy(false);
    if (error.isError()) {
        showError(Texts::passwordErrorText(error));
        return;
    }
    QMessageBox::information(this, tr("Password changed"),
        tr("Your password is now changed. Use the new password next time you "
           "log in."));
    accept();
}

void ChangePasswordDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorFrame->show();
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_currentLineEdit, m_newLineEdit, m_repeatLineEdit, m_okButton, m_cancelButton })
        w->setEnabled(!busy);
}
