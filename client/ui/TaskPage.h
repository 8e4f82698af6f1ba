#pragma once
// One task: its instructions, the skills it trains (grouped by qualification unit), the coach's
// feedback and the conversation, the trainee's answer (AnswerPanel: saved on this computer about
// two seconds after typing stops and whenever the page is left), the files attached and the
// versions sent.

#include "client/core/TraineeProgram.h"

#include <QPointer>
#include <QWidget>

class AnswerPanel;
class EvidencePanel;
class FeedbackThreadView;
class QFrame;
class QLabel;
class QPushButton;
class QTextBrowser;
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

    static constexpr int kAutosaveDelayMs = 2000; // AnswerPanel::kAutosaveDelayMs

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
    void updateFeedback(const TaskView &view);
    void updateThread(); // the conversation with the coach
    void retranslate();

    QPointer<Session> m_session;
    QString m_taskId;
    std::optional<TaskView> m_view; // as last read from the program

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
    AnswerPanel *m_answerPanel = nullptr; // the answer, its save state and the send buttons
    EvidencePanel *m_evidencePanel = nullptr; // attached pictures and files
    QLabel *m_historyCaption = nullptr;
    FeedbackThreadView *m_threadView = nullptr;
    QStringList m_newFeedbackIds; // unread when the task was opened
    QLabel *m_historyLabel = nullptr;
};
