#pragma once
// The trainee's answer to one task on the task page: the text box (saved on this computer about
// two seconds after typing stops, and whenever the page is left), the line saying whether it is
// saved and sent, "Mark as started" and "Send for review" with a hint on what to do next.

#include "client/core/TraineeProgram.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class SaveStateLine;
class Session;

class AnswerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnswerPanel(QWidget *parent = nullptr);

    static constexpr int kAutosaveDelayMs = 2000;

    void setSession(Session *session); // forgets everything of the previous user
    // Loads the saved answer of the task (an edit still waiting is saved first).
    void openTask(const QString &taskId, const std::optional<TaskView> &view);
    // Shows the task's state as last read from the program (null: no longer in the program).
    void showView(const std::optional<TaskView> &view);
    // Saves an answer edit that is still waiting for the autosave timer.
    void flush();
    void focusAnswer();

signals:
    // Something was saved or failed to save: the page reads the program again.
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTextChanged();
    void saveAnswer();
    void markStarted();
    void submit();
    void updateSaveState(const std::optional<TaskView> &view);
    void updateButtons(const TaskView &view);
    void retranslate();

    QPointer<Session> m_session;
    QString m_taskId;
    std::optional<TaskView> m_view; // as last read from the program
    bool m_loading = false;
    bool m_dirty = false;
    QString m_saveError;
    QTimer *m_autosaveTimer;

    QLabel *m_caption = nullptr;
    QPlainTextEdit *m_answerEdit = nullptr;
    SaveStateLine *m_saveStateLine = nullptr;
    QPushButton *m_markStartedButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QLabel *m_hintLabel = nullptr;
};
