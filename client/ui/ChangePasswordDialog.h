#pragma once
// Lets a logged-in user choose a new password. It needs the server, so it explains that when the
// laptop is offline, and it explains the length rule before the user types. In "required" mode
// (the coach set a temporary password) the user cannot skip it; closing it logs out instead.

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class Session;
struct Error;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Optional, Required };
    ChangePasswordDialog(Session *session, Mode mode, QWidget *parent = nullptr);

private:
    void submit();
    void onFinished(const Error &error);
    void showError(const QString &text);
    void setBusy(bool busy);

    QPointer<Session> m_session;
    Mode m_mode;
    QLabel *m_offlineLabel;
    QLineEdit *m_currentLineEdit;
    QLineEdit *m_newLineEdit;
    QLineEdit *m_repeatLineEdit;
    QCheckBox *m_showCheckBox;
    QFrame *m_errorFrame;
    QLabel *m_errorLabel;
    QProgressBar *m_busyBar;
    QPushButton *m_okButton;
    QPushButton *m_cancelButton;
    bool m_busy = false;
};
