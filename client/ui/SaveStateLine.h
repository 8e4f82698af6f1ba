#pragma once
// One line under the answer box that tells, with an icon and words, where the answer is: being
// saved, saved on this computer and waiting to be sent, or sent to the server; or why saving
// failed.

#include <QWidget>

class QLabel;

class SaveStateLine : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Saving, Failed, SavedWaiting, SavedSent };
    explicit SaveStateLine(QWidget *parent = nullptr);

    // `problem` is the text shown for State::Failed.
    void setState(State state, const QString &problem = {});
    State state() const { return m_state; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void setPart(QLabel *icon, QLabel *text, const QString &iconName, const QColor &color,
        const QString &message);

    State m_state = State::Empty;
    QString m_problem;
    QLabel *m_localIconLabel;
    QLabel *m_localLabel;
    QLabel *m_sendIconLabel;
    QLabel *m_sendLabel;
};
