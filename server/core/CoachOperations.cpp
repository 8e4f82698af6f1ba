#include "server/core/CoachOperations.h"

#include "common/model/ReviewRecords.h"
#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "server/core/ServerLogging.h"

using namespace Qt::StringLiterals;

namespace {
QString k(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// The trainee a submission belongs to (the server set traineeId; the scope says the same).
qint64 traineeOf(const RecordRow &record)
{
    qint64 id = 0;
    QString scopeKind;
    if (protocol::parseScope(record.scope, &scopeKind, &id) && scopeKind == u"trainee"_s)
        return id;
    return 0;
}
} // namespace

CoachOperations::CoachOperations(ServerStore *store, Clock *clock)
    : m_store(store), m_clock(clock), m_access(store)
{
}

bool CoachOperations::handles(const QString &kindName)
{
    return coachingKinds().contains(kindName);
}

Ack CoachOperations::acked(const Context &c, AckStatus status)
{
    Ack a;
    a.counter = c.op.counter;
    a.status = status;
    return a;
}

Ack CoachOperations::rejected(const Context &c, ErrorCode code, const QString &message)
{
    Ack a = acked(c, AckStatus::Rejected);
    a.error = Error(code, message);
    return a;
}

QString CoachOperations::nameOf(const UserRow &user)
{
    return user.displayName.isEmpty() ? user.username : user.displayName;
}

Ack CoachOperations::apply(const UserRow &user, const Operation &op, const QString &deviceId)
{
    const Context c{user, op, deviceId, m_clock->now()};
    if (const Error invalid = validateCoachingOperation(op.kind, op.id, op.data)) {
        // Who may send a kind is judged before its shape, so a trainee learns "forbidden".
        if (user.role == Role::Trainee && !traineeCoachingKinds().contains(op.kind))
            return rejected(c, ErrorCode::Forbidden,
                            u"a trainee cannot write records of kind '%1'"_s.arg(op.kind));
        return rejected(c, invalid.code, invalid.message);
    }
    if (op.kind == k(kind::kReview))
        return applyReview(c);
    if (op.kind == k(kind::kRequirementMark))
        return applyRequirementMark(c);
    if (op.kind == k(kind::kPhrase))
        return applyPhrase(c);
    if (op.kind == k(kind::kFeedback))
        return applyFeedback(c);
    return applyFeedbackRead(c);
}

Ack CoachOperations::mergeEdits(const Context &c, const EditOperation &edit, MergedFields *merged,
                                QList<AuditRow> *audit)
{
    bool changed = false;
    QList<AuditRow> rows;
    for (const FieldEdit &e : edit.edits) {
        FieldWrite w;
        w.value = e.value;
        w.hlc = edit.effectiveHlc(e);
        w.base = e.base;
        w.by = c.user.id;
        w.byName = nameOf(c.user);
        w.device = c.deviceId;
        w.at = c.op.clientTime;
        w.receivedAt = c.now;
        const std::optional<FieldWrite> previous = merged->current(e.field);
        const MergedFields::Outcome outcome = merged->apply(e.field, w);
        if (outcome == MergedFields::Outcome::Clash)
            return rejected(c, ErrorCode::Conflict,
                            u"%1: the timestamp %2 already holds another value"_s.arg(
                                e.field, w.hlc.toString()));
        if (outcome == MergedFields::Outcome::Duplicate)
            continue;
        changed = true;
        // The write clashed with a colleague's when the value it replaced, or the value that
        // beat it, was not seen by the other side.
        const Hlc loser = outcome == MergedFields::Outcome::Won
                              ? (previous ? previous->hlc : Hlc())
                              : w.hlc;
        bool conflict = false;
        for (const FieldHistoryEntry &h : merged->history()) {
            if (!loser.isNull() && h.field == e.field && h.write.hlc == loser)
                conflict = h.conflict;
        }
        AuditRow row;
        row.at = c.now;
        row.clientTime = c.op.clientTime;
        row.actorId = c.user.id;
        row.deviceId = c.deviceId;
        row.field = e.field;
        row.value = e.value;
        row.hlc = w.hlc.toString();
        row.outcome = outcome == MergedFields::Outcome::Won ? u"current"_s : u"history"_s;
        row.conflict = conflict;
        rows.append(row);
    }
    if (merged->history().size() > MergedFields::kMaxHistory)
        return rejected(c, ErrorCode::PayloadTooLarge,
                        u"the record already keeps %1 earlier values; no more can be added"_s.arg(
                            MergedFields::kMaxHistory));
    if (!changed)
        return acked(c, AckStatus::Duplicate);
    audit->append(rows);
    return acked(c, AckStatus::Applied);
}

void CoachOperations::write(const Context &c, const Written &r, QList<AuditRow> audit)
{
    // A failed statement fails the whole transaction (see ServerStore), so a half-written
    // record is never committed and the ack is never sent.
    if (r.exists)
        m_store->updateRecord(r.kind, r.id, r.data, false, c.now);
    else
        m_store->insertRecord(RecordRow{r.kind, r.id, r.scope, r.data, false, c.now, c.now});
    m_store->recordChange(r.scope, r.kind, r.id);
    for (AuditRow &row : audit) {
        row.kind = r.kind;
        row.recordId = r.id;
        row.traineeId = r.traineeId;
        row.subject = r.subject;
        m_store->insertAudit(row);
    }
}

Ack CoachOperations::applyReview(const Context &c)
{
    if (c.user.role == Role::Trainee)
        return rejected(c, ErrorCode::Forbidden, u"a trainee cannot review submissions"_s);
    Error error;
    const std::optional<ReviewOperation> op = ReviewOperation::fromJson(c.op.id, c.op.data, &error);
    if (!op)
        return rejected(c, error.code, error.message);
    const std::optional<RecordRow> submission
        = m_store->record(k(kind::kSubmission), op->submissionId);
    if (!submission || submission->deleted)
        return rejected(c, ErrorCode::NotFound,
                        u"no submission '%1'"_s.arg(op->submissionId));
    const qint64 traineeId = traineeOf(*submission);
    if (!m_access.mayCoach(c.user, traineeId))
        return rejected(c, ErrorCode::Forbidden,
                        u"you do not coach the trainee of submission '%1'"_s.arg(op->submissionId));
    const QString scope = protocol::traineeScope(traineeId);
    const std::optional<RecordRow> existing = m_store->record(k(kind::kReview), c.op.id);
    ReviewRecord review;
    if (existing) {
        std::optional<ReviewRecord> stored = existing->scope == scope
                                                 ? ReviewRecord::fromJson(c.op.id, existing->data,
                                                                          &error)
                                                 : std::nullopt;
        if (!stored)
            return rejected(c, ErrorCode::Conflict,
                            u"the review '%1' cannot be merged"_s.arg(c.op.id));
        review = *stored;
    } else {
        review.id = c.op.id;
        review.submissionId = op->submissionId;
        review.taskId = submission->data.value(u"taskId"_s).toString();
        review.traineeId = traineeId;
    }
    QList<AuditRow> audit;
    const Ack ack = mergeEdits(c, op->edit, &review.merged, &audit);
    if (ack.status == AckStatus::Applied) {
        write(c,
              {k(kind::kReview), c.op.id, scope, review.toJson(), existing.has_value(), traineeId,
               op->submissionId},
              audit);
        qCInfo(lcSync) << c.user.username << "reviewed" << op->submissionId << "->"
                       << review.decision();
    }
    return ack;
}

Ack CoachOperations::applyRequirementMark(const Context &c)
{
    if (c.user.role == Role::Trainee)
        return rejected(c, ErrorCode::Forbidden, u"a trainee cannot mark requirements"_s);
    Error error;
    const std::optional<RequirementMarkOperation> op
        = RequirementMarkOperation::fromJson(c.op.id, c.op.data, &error);
    if (!op)
        return rejected(c, error.code, error.message);
    if (!m_access.mayCoach(c.user, op->traineeId))
        return rejected(c, ErrorCode::Forbidden,
                        u"you do not coach trainee %1"_s.arg(op->traineeId));
    const std::optional<RecordRow> taskRow = m_store->record(k(kind::kTask), op->taskId);
    if (!taskRow || !m_store->isTaskAssigned(op->taskId, op->traineeId))
        return rejected(c, ErrorCode::Forbidden,
                        u"task '%1' is not in the trainee's goal program"_s.arg(op->taskId));
    const std::optional<Task> task = Task::fromJson(taskRow->id, taskRow->data, &error);
    std::optional<Requirement> requirement;
    for (const Requirement &r : task ? task->requirements : QList<Requirement>()) {
        if (r.code == op->requirementCode)
            requirement = r;
    }
    if (!requirement)
        return rejected(c, ErrorCode::InvalidField,
                        u"requirementCode: task '%1' has no requirement '%2'"_s.arg(
                            op->taskId, op->requirementCode.left(64)));
    const QString scope = protocol::traineeScope(op->traineeId);
    if (!op->submissionId.isEmpty()) {
        const std::optional<RecordRow> s = m_store->record(k(kind::kSubmission), op->submissionId);
        if (!s || s->scope != scope || s->data.value(u"taskId"_s).toString() != op->taskId)
            return rejected(c, ErrorCode::InvalidField,
                            u"submissionId: not a submission of this trainee and task"_s);
    }
    const std::optional<RecordRow> existing = m_store->record(k(kind::kRequirementMark), c.op.id);
    RequirementMark mark;
    if (existing) {
        std::optional<RequirementMark> stored
            = existing->scope == scope ? RequirementMark::fromJson(c.op.id, existing->data, &error)
                                       : std::nullopt;
        if (!stored)
            return rejected(c, ErrorCode::Conflict,
                            u"the requirement mark '%1' cannot be merged"_s.arg(c.op.id));
        mark = *stored;
    }
    mark.id = c.op.id;
    mark.traineeId = op->traineeId;
    mark.taskId = op->taskId;
    mark.requirement = *requirement;
    if (!op->submissionId.isEmpty())
        mark.submissionId = op->submissionId;
    QList<AuditRow> audit;
    const Ack ack = mergeEdits(c, op->edit, &mark.merged, &audit);
    if (ack.status == AckStatus::Applied)
        write(c,
              {k(kind::kRequirementMark), c.op.id, scope, mark.toJson(), existing.has_value(),
               op->traineeId, op->taskId + u'/' + op->requirementCode},
              audit);
    return ack;
}

Ack CoachOperations::applyPhrase(const Context &c)
{
    if (c.user.role == Role::Trainee)
        return rejected(c, ErrorCode::Forbidden, u"a trainee cannot edit the phrase bank"_s);
    Error error;
    const std::optional<EditOperation> edit = EditOperation::fromJson(c.op.data, &error);
    if (!edit)
        return rejected(c, error.code, error.message);
    const QString scope = protocol::orgScope(c.user.orgId);
    const std::optional<RecordRow> existing = m_store->record(k(kind::kPhrase), c.op.id);
    Phrase phrase;
    phrase.id = c.op.id;
    if (existing) {
        if (existing->scope != scope)
            return rejected(c, ErrorCode::Forbidden,
                            u"phrase '%1' belongs to another organisation"_s.arg(c.op.id));
        std::optional<Phrase> stored = Phrase::fromJson(c.op.id, existing->data, &error);
        if (!stored)
            return rejected(c, ErrorCode::Conflict,
                            u"the phrase '%1' cannot be merged"_s.arg(c.op.id));
        phrase = *stored;
    } else {
        QStringList named;
        for (const FieldEdit &e : edit->edits)
            named.append(e.field);
        if (!named.contains(u"type"_s) || !named.contains(u"text"_s))
            return rejected(c, ErrorCode::InvalidField,
                            u"set: a new phrase needs its type and text"_s);
    }
    QList<AuditRow> audit;
    const Ack ack = mergeEdits(c, *edit, &phrase.merged, &audit);
    if (ack.status == AckStatus::Applied)
        write(c, {k(kind::kPhrase), c.op.id, scope, phrase.toJson(), existing.has_value(), 0, c.op.id},
              audit);
    return ack;
}
