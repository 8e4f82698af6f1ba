#pragma once
// The trainee's home: a greeting, overall progress (bar, "n / m tasks sent" and a ring chart with
// a legend), changes the server refused in plain words, and the goal program as task sets with
// one big button per task. Refreshes whenever the program changes (local writes or sync).

#include "client/core/TraineeProgram.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ProgressDonut;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
class Session;
class TaskButton;

class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(QWidget *parent = nullptr);

    void setSession(Session *session); // null detaches
    TaskButton *taskButton(const QString &taskId) const { return m_taskButtons.value(taskId); }

signals:
    void taskActivated(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSummaryCard();
    QWidget *createRejectedCard();
    void refresh();
    void openCompetence();
    void updateSummary(const ProgramSummary &summary, const QList<TaskSetView> &sets);
    void updateRejected();
    void updateUnread(); // badges for new feedback
    void elideContinueText();
    void rebuildTaskSets(const QList<TaskSetView> &sets);
    QFrame *createTaskSetCard(const TaskSetView &set);
    static QString structureKey(const QList<TaskSetView> &sets);
    static QString detailFor(const TaskView &task);

    QPointer<Session> m_session;
    QString m_structureKey;
    QLabel *m_greetingLabel = nullptr;
    QLabel *m_unreadLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    ProgressDonut *m_donut = nullptr;
    QHash<int, QLabel *> m_legendCounts;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_competenceButton = nullptr;
    QString m_continueTaskId;
    QString m_continueText;
    QFrame *m_rejectedFrame = nullptr;
    QLabel *m_rejectedTitleLabel = nullptr;
    QLabel *m_rejectedLabel = nullptr;
    QFrame *m_noticeFrame = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_programLabel = nullptr;
    QVBoxLayout *m_setsLayout = nullptr;
    QHash<QString, TaskButton *> m_taskButtons;
    QHash<QString, QLabel *> m_setCountLabels;
};
