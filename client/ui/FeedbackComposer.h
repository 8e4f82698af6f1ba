#pragma once
// Writing feedback on the review page: a toggle per skill requirement to praise something
// specific, the organisation's quick phrases (built-in ones while the bank is empty) and the
// message itself. The review page sends what is written here.

#include "common/model/Records.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class Session;

class FeedbackComposer : public QWidget
{
    Q_OBJECT
public:
    explicit FeedbackComposer(QWidget *parent = nullptr);

    void setSession(Session *session);
    // Rebuilds the praise toggles for the task's requirements and the quick phrases.
    void setRequirements(const QList<Requirement> &requirements);
    // Empties the message and forgets what was praised and which phrases were used.
    void clear();

    QString text() const;
    bool isEmpty() const; // nothing but white space written
    QStringList praise() const { return m_praise; }
    QStringList phraseIds() const { return m_phraseIds; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void insertPhrase(const QString &text);
    void retranslate();

    QPointer<Session> m_session;
    QList<Requirement> m_requirements;
    QStringList m_praise; // requirement codes praised in the message being written
    QStringList m_phraseIds;

    QLabel *m_caption = nullptr;
    QLabel *m_praiseCaption = nullptr;
    QHBoxLayout *m_praiseLayout = nullptr;
    QLabel *m_phrasesCaption = nullptr;
    QGridLayout *m_phrasesLayout = nullptr;
    QPlainTextEdit *m_edit = nullptr;
};
