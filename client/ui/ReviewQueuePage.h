#pragma once
// The coach's review queue: every submission waiting for a decision, oldest first, with the
// trainee, the task, the version, how long it has waited and whether its evidence files are on
// this laptop; above it a line that says whether everything can be reviewed offline.

#include <QIcon>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class OfflineReadiness;
class Session;

class ReviewQueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewQueuePage(QWidget *parent = nullptr);

    void setSession(Session *session);
    int count() const;
    OfflineReadiness *readiness() const { return m_readiness; }

signals:
    void submissionActivated(const QString &submissionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void openCurrent();
    void retranslate();
    void updateEvidence();

    QPointer<Session> m_session;
    QLabel *m_titleLabel;
    QLabel *m_summaryLabel;
    QLabel *m_emptyLabel;
    QLabel *m_readinessLabel;
    QTreeWidget *m_tree;
    QPushButton *m_openButton;
    OfflineReadiness *m_readiness = nullptr;
    QIcon m_checkIcon;
};
