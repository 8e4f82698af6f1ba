#pragma once
// The trainee's side of the coaching conversation: the feedback messages on their submissions
// (every version of a task), which of them are still unread (a feedback_read marker per message,
// so the badge agrees on every laptop the trainee uses), marking them read and replying.
// Everything is saved locally at once with its outbox operation.

#include "common/model/FeedbackRecords.h"
#include "common/protocol/Error.h"

#include <QHash>
#include <QObject>

class Clock;
class LocalStore;

class FeedbackThread : public QObject
{
    Q_OBJECT
public:
    FeedbackThread(LocalStore *store, qint64 traineeId, const QString &traineeName, Clock *clock,
                   QObject *parent = nullptr);

    // The messages of one task (all versions), oldest first.
    QList<Feedback> messages(const QString &taskId) const;
    bool isUnread(const Feedback &message) const; // a coach's message without a read marker
    int unreadCount() const; // over every task
    QHash<QString, int> unreadByTask() const;

    // Marks every unread coach message of the task read (nothing to do: no write).
    Error markTaskRead(const QString &taskId);
    // Replies on the submission of the message answered (replyTo, else the newest coach
    // message of the task); with no feedback yet, on the newest submission the server has.
    Error reply(const QString &taskId, const QString &text, const QString &replyTo = {});

signals:
    void changed();

public slots:
    void reload();

private:
    QList<Feedback> allMessages() const;

    LocalStore *m_store;
    qint64 m_traineeId;
    QString m_traineeName;
    Clock *m_clock;
};
