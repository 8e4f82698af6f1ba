#pragma once
// The coach's workspace as the UI shows it, entirely from the profile database (works offline):
// the roster of coached trainees, the review queue (oldest first), one submission with everything
// needed to review it, and the review actions (decision, revision instructions, requirement marks,
// feedback). Every action is saved locally at once with its outbox operation; editable fields
// carry hybrid logical clock timestamps so that concurrent offline reviews merge on the server.

#include "client/core/LocalStore.h"
#include "common/model/FeedbackRecords.h"
#include "common/model/Records.h"
#include "common/model/ReviewRecords.h"
#include "common/model/TaskStatus.h"
#include "common/protocol/Error.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class Clock;
class LocalStore;

// One trainee the coach coaches (everyone whose goal program this laptop holds).
struct RosterEntry
{
    qint64 traineeId = 0;
    QString name; // empty when no record carries it yet (the UI shows a fallback)
    QStringList taskSetTitles; // the goal program
    // Shared coaching groups and the organisation, from the trainee's profile record
    QStringList groups;
    int taskCount = 0;
    int approvedCount = 0;
    int submittedCount = 0; // sent, not yet approved
    int waitingCount = 0; // submissions waiting for a decision
    int needsRevisionCount = 0;
    QDateTime lastActivity; // newest progress, answer, submission or reply (invalid: none)
    // The trainee's last sync as the server recorded it in their profile, to within 15 minutes
    // (invalid: never synced, or a server that does not record it)
    QDateTime lastSyncAt;
    double completion() const { return taskCount == 0 ? 0.0 : double(approvedCount) / taskCount; }
};

// A submission waiting for a decision.
struct QueueEntry
{
    Submission submission;
    QString taskTitle;
    QString traineeName;
    QDateTime waitingSince; // server receive time (client time while unsynced)
};

// Everything shown on the review page.
struct SubmissionReview
{
    Submission submission; // the one being reviewed
    Task task;
    QString traineeName;
    QList<Submission> versions; // every version of this task by this trainee, oldest first
    std::optional<ReviewRecord> review; // of `submission`
    QList<RequirementMark> marks; // this trainee's marks of the task's requirements
    QList<Feedback> thread; // feedback of every version, oldest first
    bool hasPendingChanges = false; // own changes not yet acknowledged by the server
    // The decision/instructions were decided differently by a colleague (merged conflict).
    bool decisionContested = false;
    QString contestedBy; // who wrote the other value
    qint64 contestedById = 0;
    QString decidedBy; // who wrote the value that holds
    QJsonValue contestedValue;
};

// A field a colleague wrote differently at the same time (MergedFields::contested): the value
// that lost, who wrote it, and who wrote the value that holds.
struct FieldContest
{
    QJsonValue value; // the other value, kept in the history
    QString by; // who wrote it
    qint64 byId = 0;
    QString heldBy; // who wrote the value that holds
};
// nullopt when nobody decided the field differently.
std::optional<FieldContest> fieldContest(const MergedFields &merged, const QString &field);

struct PhraseView
{
    QString id; // empty for a built-in phrase
    QString type; // "praise" | "guidance"
    QString text;
};

class CoachWorkspace : public QObject
{
    Q_OBJECT
public:
    CoachWorkspace(LocalStore *store, qint64 userId, const QString &userName, Clock *clock,
                   QObject *parent = nullptr);

    QList<RosterEntry> roster() const; // by name, then id
    QList<QueueEntry> reviewQueue() const; // oldest first
    std::optional<SubmissionReview> submission(const QString &submissionId) const;
    QList<PhraseView> phrases() const; // the organisation's bank (synced phrase records)
    QString traineeName(qint64 traineeId) const;
    // Operations of this coach the server refused (kept, shown until handled).
    QList<OutboxEntry> rejected() const;

    // decision: "approved" | "revise". Instructions are written only when they changed.
    Error decide(const QString &submissionId, const QString &decision, const QString &instructions);
    // Writes only what changed (nothing when nothing did).
    Error markRequirement(const QString &submissionId, const QString &requirementCode,
                          bool demonstrated, const QString &note);
    // Only the note: "demonstrated" stays as it is (not yet, when nobody marked it).
    Error setMarkNote(const QString &submissionId, const QString &requirementCode,
                      const QString &note);
    // praise: what is praised (requirement codes or short tags); phraseIds: quick phrases used.
    Error sendFeedback(const QString &submissionId, const QString &text,
                       const QStringList &praise = {}, const QStringList &phraseIds = {});

signals:
    void changed(); // after a local write or when synced data arrived

public slots:
    void reload();

private:
    std::optional<Submission> findSubmission(const QString &submissionId) const;
    Error writeMark(const QString &submissionId, const QString &requirementCode,
                    std::optional<bool> demonstrated, const QString &note);
    Hlc nextHlc(const MergedFields &seen);
    QJsonObject editJson(const Hlc &hlc, const QJsonObject &values, const MergedFields &seen) const;

    LocalStore *m_store;
    qint64 m_userId;
    QString m_userName;
    Clock *m_clock;
};
