#pragma once
// The coach's review queue: every submission waiting for a decision, oldest first, with the
// trainee, the task, the version and how long it has waited. Works offline from the last sync.

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class Session;

class ReviewQueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewQueuePage(QWidget *parent = nullptr);

    void setSession(Session *session);
    int count() const;

signals:
    void submissionActivated(const QString &submissionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void openCurrent();
    void retranslate();

    QPointer<Session> m_session;
    QLabel *m_titleLabel;
    QLabel *m_summaryLabel;
    QLabel *m_emptyLabel;
    QTreeWidget *m_tree;
    QPushButton *m_openButton;
};
