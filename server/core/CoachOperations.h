#pragma once
// Applies the operations of the coaching kinds (review, requirement_mark, phrase, feedback,
// feedback_read) inside a sync round's transaction: authorises the sender (a coach may write
// about the trainees of their organisation and of groups they were granted; a trainee only
// replies on their own submissions and marks their feedback read), merges editable fields by
// hybrid logical clock keeping every other value in the record's history, appends feedback
// messages, records the audit trail, and writes the canonical record with a new change row.
// A judgement is a rejected ack; an SQL failure fails the whole transaction (see ServerStore).

#include "common/model/FieldMerge.h"
#include "common/protocol/SyncMessages.h"
#include "server/core/GroupAccess.h"
#include "server/core/ServerStore.h"

class Clock;

class CoachOperations
{
public:
    CoachOperations(ServerStore *store, Clock *clock);

    static bool handles(const QString &kind); // one of coachingKinds()

    // deviceId: the device that sent the operation (recorded with every write).
    Ack apply(const UserRow &user, const Operation &op, const QString &deviceId);

private:
    // One operation being applied.
    struct Context
    {
        const UserRow &user;
        const Operation &op;
        QString deviceId;
        QDateTime now;
    };

    Ack applyReview(const Context &c);
    Ack applyRequirementMark(const Context &c);
    Ack applyPhrase(const Context &c);
    Ack applyFeedback(const Context &c);
    Ack applyFeedbackRead(const Context &c);

    // Merges the edits into `merged`. Returns a rejected ack when nothing may be stored, else an
    // applied ack (something changed: audit rows are added to `audit`) or a duplicate one.
    Ack mergeEdits(const Context &c, const EditOperation &edit, MergedFields *merged,
                   QList<AuditRow> *audit);
    // Inserts or updates the record, records its change in the scope and stores the audit rows
    // (completed with the kind, the record id, the trainee (0: none) and the subject).
    struct Written
    {
        QString kind;
        QString id;
        QString scope;
        QJsonObject data;
        bool exists = false;
        qint64 traineeId = 0;
        QString subject;
    };
    void write(const Context &c, const Written &record, QList<AuditRow> audit);
    static Ack acked(const Context &c, AckStatus status);
    static Ack rejected(const Context &c, ErrorCode code, const QString &message);
    static QString nameOf(const UserRow &user);

    ServerStore *m_store;
    Clock *m_clock;
    GroupAccess m_access;
};
