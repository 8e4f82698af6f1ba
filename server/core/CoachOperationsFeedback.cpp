// CoachOperations, part two: the append-only feedback thread of a submission and the trainee's
// read markers.
#include "server/core/CoachOperations.h"

#include "common/model/FeedbackRecords.h"
#include "common/model/ReviewRecords.h"
#include "common/protocol/Protocol.h"

using namespace Qt::StringLiterals;

namespace {
QString k(const char16_t *name)
{
    return QString::fromUtf16(name);
}
} // namespace

Ack CoachOperations::applyFeedback(const Context &c)
{
    Error error;
    std::optional<Feedback> message = Feedback::fromJson(c.op.id, c.op.data, &error);
    if (!message)
        return rejected(c, error.code, error.message);
    const std::optional<RecordRow> submission
        = m_store->record(k(kind::kSubmission), message->submissionId);
    if (!submission || submission->deleted)
        return rejected(c, ErrorCode::NotFound,
                        u"no submission '%1'"_s.arg(message->submissionId));
    const QString scope = submission->scope;
    qint64 traineeId = 0;
    QString scopeKind;
    protocol::parseScope(scope, &scopeKind, &traineeId);
    if (c.user.role == Role::Trainee) {
        if (scope != protocol::traineeScope(c.user.id))
            return rejected(c, ErrorCode::Forbidden,
                            u"a trainee replies only on their own submissions"_s);
        if (!message->praise.isEmpty() || !message->phraseIds.isEmpty())
            return rejected(c, ErrorCode::Forbidden,
                            u"praise and quick phrases are for coaches"_s);
    } else if (!m_access.mayCoach(c.user, traineeId)) {
        return rejected(c, ErrorCode::Forbidden,
                        u"you do not coach the trainee of submission '%1'"_s.arg(
                            message->submissionId));
    }
    if (!message->replyTo.isEmpty()) {
        const std::optional<RecordRow> parent = m_store->record(k(kind::kFeedback), message->replyTo);
        if (!parent || parent->scope != scope
            || parent->data.value(u"submissionId"_s).toString() != message->submissionId)
            return rejected(c, ErrorCode::InvalidField,
                            u"replyTo: no feedback '%1' on this submission"_s.arg(message->replyTo));
    }
    // Append-only: the same message sent again is a duplicate; another one under its id is not.
    if (const std::optional<RecordRow> existing = m_store->record(k(kind::kFeedback), c.op.id)) {
        const std::optional<Feedback> stored = Feedback::fromJson(c.op.id, existing->data, &error);
        if (existing->scope == scope && stored && stored->authorId == c.user.id
            && stored->clientJson() == message->clientJson()) {
            return acked(c, AckStatus::Duplicate);
        }
        return rejected(c, ErrorCode::Conflict,
                        u"another record already has the id '%1'"_s.arg(c.op.id));
    }
    message->taskId = submission->data.value(u"taskId"_s).toString();
    message->traineeId = traineeId;
    message->authorId = c.user.id;
    message->authorName = nameOf(c.user);
    message->authorRole = roleName(c.user.role);
    message->device = c.deviceId;
    message->receivedAt = c.now;
    AuditRow row;
    row.at = c.now;
    row.clientTime = c.op.clientTime;
    row.actorId = c.user.id;
    row.deviceId = c.deviceId;
    row.field = u"text"_s;
    row.value = message->text;
    row.hlc = message->hlc.toString();
    row.outcome = u"added"_s;
    write(c, {k(kind::kFeedback), c.op.id, scope, message->toJson(), false, traineeId,
              message->submissionId},
          {row});
    return acked(c, AckStatus::Applied);
}

Ack CoachOperations::applyFeedbackRead(const Context &c)
{
    if (c.user.role != Role::Trainee)
        return rejected(c, ErrorCode::Forbidden,
                        u"only the trainee marks their feedback as read"_s);
    Error error;
    std::optional<FeedbackRead> read = FeedbackRead::fromJson(c.op.id, c.op.data, &error);
    if (!read)
        return rejected(c, error.code, error.message);
    const QString scope = protocol::traineeScope(c.user.id);
    const std::optional<RecordRow> message = m_store->record(k(kind::kFeedback), read->feedbackId);
    if (!message || message->deleted)
        return rejected(c, ErrorCode::NotFound, u"no feedback '%1'"_s.arg(read->feedbackId));
    if (message->scope != scope)
        return rejected(c, ErrorCode::Forbidden, u"this feedback is not yours"_s);
    // The first marker wins: reading again on another laptop changes nothing.
    if (m_store->record(k(kind::kFeedbackRead), c.op.id))
        return acked(c, AckStatus::Duplicate);
    read->traineeId = c.user.id;
    read->submissionId = message->data.value(u"submissionId"_s).toString();
    read->device = c.deviceId;
    read->receivedAt = c.now;
    write(c, {k(kind::kFeedbackRead), c.op.id, scope, read->toJson(), false, c.user.id,
              read->feedbackId},
          {});
    return acked(c, AckStatus::Applied);
}
