#pragma once
// The coach's workspace after login: a greeting, the review queue and the roster as tabs, and
// the review page of one submission. Everything works offline from the last sync.

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class ReviewPage;
class ReviewQueuePage;
class RosterPage;
class Session;

class CoachPage : public QWidget
{
    Q_OBJECT
public:
    explicit CoachPage(QWidget *parent = nullptr);

    void setSession(Session *session); // null detaches
    void showOverview();
    void openSubmission(const QString &submissionId);

    ReviewQueuePage *queuePage() const { return m_queuePage; }
    RosterPage *rosterPage() const { return m_rosterPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTabTitles();
    void openPhraseBank();
    void openCompetence(qint64 traineeId, const QString &name);

    QPointer<Session> m_session;
    QStackedWidget *m_stack;
    QWidget *m_overview;
    QLabel *m_greetingLabel;
    QLabel *m_introLabel;
    QPushButton *m_phrasesButton;
    QTabWidget *m_tabs;
    ReviewQueuePage *m_queuePage;
    RosterPage *m_rosterPage;
    ReviewPage *m_reviewPage;
};
