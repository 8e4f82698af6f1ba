#pragma once
// The feedback thread of a submission: messages from coaches (free text, praise tags, quick
// phrases) and replies from the trainee, append-only, never overwritten; and the trainee's read
// markers, one per message, so unread badges agree on every laptop the trainee uses.

#include "common/protocol/Error.h"
#include "common/util/Hlc.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct Feedback
{
    static constexpr int kMaxTextLength = 20000;
    static constexpr int kMaxTags = 20;

    QString id; // a UUID made by the writer's client
    QString submissionId;
    QString text; // the whole message, quick phrases included as text
    QStringList praise; // coaches only: what is praised (free tags, e.g. requirement codes)
    QStringList phraseIds; // coaches only: the quick phrases used (phrase record ids)
    QString replyTo; // optional: the feedback message this one answers
    Hlc hlc; // optional: the writer's clock, orders a thread before the server has seen it
    QDateTime at; // client time of writing
    // Set by the server:
    QString taskId;
    qint64 traineeId = 0;
    qint64 authorId = 0;
    QString authorName;
    QString authorRole; // "coach" | "admin" | "trainee"
    QString device;
    QDateTime receivedAt;

    QJsonObject toJson() const;
    static std::optional<Feedback> fromJson(const QString &id, const QJsonObject &o, Error *error);
    // The same message without what the server sets (for comparing a re-sent operation).
    QJsonObject clientJson() const;
};

// "The trainee has read this feedback message." The first marker wins; later ones are
// duplicates. Id: feedbackReadIdFor(feedbackId).
struct FeedbackRead
{
    QString id;
    QString feedbackId;
    QDateTime at; // client time of reading
    // Set by the server:
    qint64 traineeId = 0;
    QString submissionId;
    QString device;
    QDateTime receivedAt;

    QJsonObject toJson() const;
    static std::optional<FeedbackRead> fromJson(const QString &id, const QJsonObject &o,
                                                Error *error);
};
