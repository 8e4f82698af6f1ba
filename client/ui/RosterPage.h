#pragma once
// The trainees the coach coaches (own organisation and granted groups): goal-program progress,
// submissions waiting, last activity and last sync. Search by name; filter by group and status.

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class Session;

class RosterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RosterPage(QWidget *parent = nullptr);

    void setSession(Session *session);
    int visibleCount() const;

signals:
    // Double-click, Enter or the "Competence" button on a trainee.
    void competenceRequested(qint64 traineeId, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void applyFilter();
    void retranslate();

    QPointer<Session> m_session;
    QLabel *m_titleLabel;
    QLineEdit *m_searchEdit;
    QComboBox *m_groupCombo;
    QComboBox *m_statusCombo;
    QTreeWidget *m_tree;
    QLabel *m_emptyLabel;
    QPushButton *m_competenceButton;
};
