#pragma once
// The coach's records: the review of a submission (decision and revision instructions), the
// marks of demonstrated skill requirements (PAIKKO style: demonstrated or not yet, no grades)
// and the organisation's bank of quick phrases. All three are editable by several coaches at
// once, offline, so their fields merge by hybrid logical clock (common/model/FieldMerge.h).
// Their ids are derived from what they describe, so that two coaches' offline writes about the
// same submission or requirement meet in one record. Feedback threads: FeedbackRecords.h.

#include "common/model/FieldMerge.h"
#include "common/model/Records.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace kind {
inline constexpr char16_t kFeedback[] = u"feedback";
inline constexpr char16_t kFeedbackRead[] = u"feedback_read";
inline constexpr char16_t kRequirementMark[] = u"requirement_mark";
inline constexpr char16_t kPhrase[] = u"phrase";
} // namespace kind

// review, feedback, feedback_read, requirement_mark, phrase
QStringList coachingKinds();
// Kinds a coach or admin writes: review, feedback, requirement_mark, phrase.
QStringList coachWritableKinds();
// Kinds a trainee writes in a coaching thread: feedback (replies) and feedback_read.
QStringList traineeCoachingKinds();

// "rv-" + 40 hex digits of SHA-256("review\n" + submissionId)
QString reviewIdFor(const QString &submissionId);
// "rm-" + 40 hex digits of SHA-256("requirement_mark\n" + traineeId + "\n" + taskId + "\n" + code)
QString requirementMarkIdFor(qint64 traineeId, const QString &taskId, const QString &code);
// "fr-" + 40 hex digits of SHA-256("feedback_read\n" + feedbackId)
QString feedbackReadIdFor(const QString &feedbackId);

// Checks the field names and value types of an edit for a merged kind (review,
// requirement_mark, phrase).
Error validateFieldEdits(const QString &kind, const QList<FieldEdit> &edits);

// A coach's review of one submission. Fields: decision ("approved" | "revise"), instructions.
struct ReviewRecord
{
    QString id; // reviewIdFor(submissionId)
    QString submissionId;
    QString taskId;
    qint64 traineeId = 0;
    MergedFields merged;

    QString decision() const; // empty until someone decided
    QString instructions() const;
    // The flat view the task status and older readers use (decision, instructions, comment, at).
    Review summary() const;

    QJsonObject toJson() const;
    static std::optional<ReviewRecord> fromJson(const QString &id, const QJsonObject &o,
                                                Error *error);
};

// A coach's mark of one skill requirement of one task for one trainee.
// Fields: demonstrated (true: demonstrated, false: not yet), note.
struct RequirementMark
{
    QString id; // requirementMarkIdFor(traineeId, taskId, requirement.code)
    qint64 traineeId = 0;
    QString taskId;
    Requirement requirement; // copied from the task by the server when marked
    QString submissionId; // optional: the submission the coach was reviewing
    MergedFields merged;

    bool demonstrated() const;
    QString note() const;

    QJsonObject toJson() const;
    static std::optional<RequirementMark> fromJson(const QString &id, const QJsonObject &o,
                                                   Error *error);
};

// A quick phrase of an organisation's bank. Fields: type ("praise" | "guidance"), text,
// position, archived.
struct Phrase
{
    QString id;
    MergedFields merged;

    QString type() const;
    QString text() const;
    int position() const;
    bool archived() const;

    QJsonObject toJson() const;
    static std::optional<Phrase> fromJson(const QString &id, const QJsonObject &o, Error *error);
};

// What a client sends to edit a review: {"submissionId", "hlc", "set"}.
struct ReviewOperation
{
    QString submissionId;
    EditOperation edit;
    static std::optional<ReviewOperation> fromJson(const QString &id, const QJsonObject &data,
                                                   Error *error);
};

// What a client sends to mark a requirement: {"traineeId", "taskId", "requirementCode",
// optional "submissionId", "hlc", "set"}.
struct RequirementMarkOperation
{
    qint64 traineeId = 0;
    QString taskId;
    QString requirementCode;
    QString submissionId;
    EditOperation edit;
    static std::optional<RequirementMarkOperation> fromJson(const QString &id,
                                                            const QJsonObject &data, Error *error);
};

// Validates the data of an operation of one of coachingKinds() (shape, field types and derived
// ids); who may send it is the server's decision. Unknown kinds give UnknownKind.
Error validateCoachingOperation(const QString &kind, const QString &id, const QJsonObject &data);
