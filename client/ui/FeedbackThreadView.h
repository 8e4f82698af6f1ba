#pragma once
// A submission's feedback thread as a conversation: the coaches' messages (with what they
// praised) and the trainee's replies, oldest first, newest unread ones marked "New". With a
// reply box for the trainee (TaskPage); read-only on the coach's review page.

#include "common/model/FeedbackRecords.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

class FeedbackThreadView : public QWidget
{
    Q_OBJECT
public:
    explicit FeedbackThreadView(QWidget *parent = nullptr);

    // viewerId: the user looking (their own messages say "You"); unreadIds: shown as new.
    void setMessages(const QList<Feedback> &messages, qint64 viewerId,
                     const QStringList &unreadIds = {});
    void setReplyEnabled(bool enabled);
    // Praise tags are requirement codes: show their texts instead.
    void setPraiseNames(const QHash<QString, QString> &names) { m_praiseNames = names; }
    void setCaption(const QString &caption); // empty: "Messages with your coach"
    QString replyText() const;
    void clearReply();
    int messageCount() const { return m_count; }

signals:
    void replyRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    QList<Feedback> m_messages;
    qint64 m_viewerId = 0;
    QStringList m_unreadIds;
    int m_count = 0;
    QString m_caption;
    QHash<QString, QString> m_praiseNames;
    QLabel *m_captionLabel;
    QLabel *m_emptyLabel;
    QVBoxLayout *m_messagesLayout;
    QWidget *m_replyBox;
    QPlainTextEdit *m_replyEdit;
    QPushButton *m_replyButton;
};
