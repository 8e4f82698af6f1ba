#pragma once
// One task: its instructions, the skills it trains (grouped by qualification unit), the coach's
// feedback, and the trainee's answer. The answer is saved on this computer about two seconds
// after typing stops and whenever the page is left; the page says whether it waits to be sent.

#include "client/core/TraineeProgram.h"

#include <QPointer>
#include <QWidget>

class EvidencePanel;
class FeedbackThreadView;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class SaveStateLine;
class Session;
class StatusChip;

class TaskPage : public QWidget
{
    Q_OBJECT
public:
    explicit TaskPage(QWidget *parent = nullptr);

    void setSession(Session *session); // null detaches (after flush())
    void openTask(const QString &taskId);
    QString taskId() const { return m_taskId; }
    // Saves an answer edit that is still waiting for the autosave timer.
    void flush();

    static constexpr int kAutosaveDelayMs = 2000;

signals:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createLeftColumn();
    QWidget *createRightColumn();
    void refresh();
    void fitSkills();
    void onTextChanged();
    void saveAnswer();
    void markStarted();
    void submit();
    void updateSaveState(const std::optional<TaskView> &view);
    void updateFeedback(const TaskView &view);
    void updateThread(); // the conversation with the coach
    void updateButtons(const TaskView &view);
    void retranslate();

    QPointer<Session> m_session;
    QString m_taskId;
    std::optional<TaskView> m_view; // as last read from the program
    bool m_loading = false;
    bool m_dirty = false;
    QString m_saveError;
    QTimer *m_autosaveTimer;

    QWidget *m_leftColumn = nullptr;
    QPushButton *m_backButton = nullptr;
    QLabel *m_titleLabel = nullptr;
    StatusChip *m_statusChip = nullptr;
    QLabel *m_metaLabel = nullptr;
    QLabel *m_instructionsCaption = nullptr;
    QTextBrowser *m_instructionsBrowser = nullptr;
    QLabel *m_skillsCaption = nullptr;
    QTextBrowser *m_skillsBrowser = nullptr;
    QFrame *m_feedbackFrame = nullptr;
    QLabel *m_feedbackIconLabel = nullptr;
    QLabel *m_feedbackLabel = nullptr;
    QLabel *m_answerCaption = nullptr;
    QPlainTextEdit *m_answerEdit = nullptr;
    SaveStateLine *m_saveStateLine = nullptr;
    QPushButton *m_markStartedButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QLabel *m_hintLabel = nullptr;
    EvidencePanel *m_evidencePanel = nullptr; // attached pictures and files
    QLabel *m_historyCaption = nullptr;
    FeedbackThreadView *m_threadView = nullptr;
    QStringList m_newFeedbackIds; // unread when the task was opened
    QLabel *m_historyLabel = nullptr;
};
