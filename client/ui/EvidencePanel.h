#pragma once
// The evidence of one task on the TaskPage: an "Attach file" button (file dialog) and drag and
// drop onto the panel, and each attached file as a thumbnail with its upload state (waiting,
// uploading n %, paused, done, failed: reason). Attaching works offline; the file follows.

#include "common/protocol/Error.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class Session;

class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(QWidget *parent = nullptr);

    void setSession(Session *session); // null detaches
    void setTask(const QString &taskId);
    // Attaches files as the button and drops do: each is copied in the background and listed
    // when done; failures are shown as they come. Returns false when no task is shown.
    bool attachFiles(const QStringList &paths);
    // The state text shown for a stored file (also used by the upload queue page).
    static QString stateText(Session *session, const QString &sha256);
    // Why an upload failed, in plain words.
    static QString failureText(ErrorCode code);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void onAttachFinished(const QString &taskId, const QString &filePath, const Error &error);
    void refresh();
    void updateStates();
    void retranslate();

    QPointer<Session> m_session;
    QString m_taskId;
    QLabel *m_caption;
    QLabel *m_hint;
    QLabel *m_error;
    QPushButton *m_attachButton;
    QListWidget *m_list;
};
