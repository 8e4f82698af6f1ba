#pragma once
// The record kinds that travel in sync changes, as value types both sides store and send.
// Records are JSON objects on the wire and in both databases; these types give them names and
// validate what arrives. Content (task sets, tasks, assignments) is written by the server side;
// trainees create progress events, answer versions and submissions, all append-only.

#include "common/protocol/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kind {
inline constexpr char16_t kTaskSet[] = u"task_set";
inline constexpr char16_t kTask[] = u"task";
inline constexpr char16_t kAssignment[] = u"assignment";
inline constexpr char16_t kProgress[] = u"progress";
inline constexpr char16_t kAnswer[] = u"answer";
inline constexpr char16_t kSubmission[] = u"submission";
inline constexpr char16_t kReview[] = u"review";
inline constexpr char16_t kAttachment[] = u"attachment";
inline constexpr char16_t kTraineeProfile[] = u"trainee_profile";
} // namespace kind

// Kinds a trainee creates through outbox operations (in scope trainee:<own id>).
QStringList traineeWritableKinds();
// Every kind a client may receive.
QStringList knownKinds();

// A skill requirement of a qualification unit that a task trains (ammattitaitovaatimus).
struct Requirement
{
    QString code; // e.g. "ammattitaitovaatimukset_3"
    QString text; // "osaa ..." / "can ..."
    QString unitCode; // e.g. "tutkinnonosat_106000"
    QString unitName;
    QString qualificationCode; // e.g. "381141"
    QString qualificationName;

    QJsonObject toJson() const;
    static Requirement fromJson(const QJsonObject &o);
};

struct TaskSet
{
    QString id;
    QString title;
    QString description;
    int position = 0;

    QJsonObject toJson() const;
    static std::optional<TaskSet> fromJson(const QString &id, const QJsonObject &o, Error *error);
};

struct Task
{
    QString id;
    QString taskSetId;
    QString title;
    QString instructions; // a small rich-text subset (HTML) shown in the task page
    QList<Requirement> requirements;
    int position = 0;
    int estimatedMinutes = 0;

    QJsonObject toJson() const;
    static std::optional<Task> fromJson(const QString &id, const QJsonObject &o, Error *error);
};

// A task set of an organisation assigned to a trainee's goal program (tavoiteohjelma).
struct Assignment
{
    QString id;
    qint64 traineeId = 0;
    QString taskSetId;
    qint64 assignedBy = 0;
    QDateTime assignedAt;
    QDate dueDate; // optional

    QJsonObject toJson() const;
    static std::optional<Assignment> fromJson(const QString &id, const QJsonObject &o,
                                              Error *error);
};

// Progress is a set of events; status only moves forward, so concurrent events cannot lose it.
struct ProgressEvent
{
    QString id;
    qint64 traineeId = 0; // set by the server from the authenticated user
    QString taskId;
    QString event; // "started" | "done"
    QDateTime at; // client time, informational

    QJsonObject toJson() const;
    static std::optional<ProgressEvent> fromJson(const QString &id, const QJsonObject &o,
                                                 Error *error);
};

// One saved version of a trainee's text answer to a task. Append-only.
struct AnswerVersion
{
    QString id;
    qint64 traineeId = 0;
    QString taskId;
    QString text;
    QDateTime at;

    QJsonObject toJson() const;
    static std::optional<AnswerVersion> fromJson(const QString &id, const QJsonObject &o,
                                                 Error *error);
};

// A submission of a task for the coach's review. Append-only: a new version is a new record.
struct Submission
{
    QString id;
    qint64 traineeId = 0;
    QString taskId;
    QString answer;
    QDateTime at; // client time of submitting
    int version = 0; // assigned by the server: 1, 2, ... per (trainee, task); 0 until synced
    QDateTime receivedAt; // server time; invalid until synced

    QJsonObject toJson() const;
    static std::optional<Submission> fromJson(const QString &id, const QJsonObject &o,
                                              Error *error);
};

// A coach's decision on a submission: the flat view of the merged review record
// (common/model/ReviewRecords.h, which also holds every field's writers and history).
struct Review
{
    QString id;
    QString submissionId;
    QString taskId;
    qint64 traineeId = 0;
    QString decision; // "approved" | "revise"; empty while only instructions were written
    QString comment; // the same text as instructions, for readers of the first version
    QString instructions; // revision instructions
    QDateTime at;

    QJsonObject toJson() const;
    static std::optional<Review> fromJson(const QString &id, const QJsonObject &o, Error *error);
};

// A file (photo, video, document) a trainee attaches to a task or submission, named by its
// SHA-256; the file itself travels separately (POST/PUT /api/v1/uploads) and is downloaded from
// GET /api/v1/files/<sha256> by those who may read this record. Append-only.
struct Attachment
{
    static constexpr qsizetype kMaxFileNameLength = 255;

    QString id;
    qint64 traineeId = 0; // set by the server
    QString taskId;
    QString submissionId; // optional
    QString sha256; // 64 lowercase hex digits
    qint64 size = 0;
    QString mediaType; // one of upload::acceptedMediaTypes()
    QString fileName; // for display only; sanitised, never used as a path
    QString thumbnailSha256; // optional: a small JPEG/PNG the client made and uploaded itself
    QDateTime at;

    QJsonObject toJson() const;
    static std::optional<Attachment> fromJson(const QString &id, const QJsonObject &o,
                                              Error *error);
    // The last path component, without control or bidi-override characters, trimmed and cut to
    // kMaxFileNameLength characters.
    static QString sanitizeFileName(const QString &name);
};

// Who a trainee is: written by the server into the trainee's own scope (never by clients), so
// that coaches' rosters show names and groups offline. One per trainee, id traineeProfileIdFor().
struct TraineeProfile
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    qint64 orgId = 0;
    QString orgName;
    QStringList groups; // names of the shared coaching groups the trainee belongs to, sorted
    // Server time of the trainee's last sync, to within protocol::limits::kLastSyncResolutionSeconds
    // (invalid: never synced)
    QDateTime lastSyncAt;

    QJsonObject toJson() const;
    static std::optional<TraineeProfile> fromJson(const QJsonObject &o, Error *error);
};
QString traineeProfileIdFor(qint64 userId); // "tp-<userId>"

// Validates the data of an operation a trainee sends, for one of traineeWritableKinds().
// Fields the server owns (traineeId, version, receivedAt) are ignored if present.
Error validateTraineeOperation(const QString &kind, const QString &id, const QJsonObject &data);
