#include "client/core/CoachWorkspace.h"

#include "client/core/LocalStore.h"
#include "common/protocol/JsonReader.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"
#include "common/util/Hlc.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString k(const char16_t *name)
{
    return QString::fromUtf16(name);
}

const QString kHlcMetaKey = u"coach_hlc"_s;

template<typename T> QList<T> parseAll(const QList<StoredRecord> &records)
{
    QList<T> out;
    for (const StoredRecord &r : records) {
        Error error;
        if (auto value = T::fromJson(r.id, r.data, &error))
            out.append(*value);
    }
    return out;
}

QDateTime receivedOrAt(const Submission &s)
{
    return s.receivedAt.isValid() ? s.receivedAt : s.at;
}

bool submissionBefore(const Submission &a, const Submission &b)
{
    const int va = a.version == 0 ? INT_MAX : a.version;
    const int vb = b.version == 0 ? INT_MAX : b.version;
    return va != vb ? va < vb : a.at < b.at;
}

bool feedbackBefore(const Feedback &a, const Feedback &b)
{
    // The writer's clock orders a thread the same way on every laptop.
    if (a.hlc != b.hlc)
        return a.hlc < b.hlc;
    return a.id < b.id;
}
} // namespace

std::optional<FieldContest> fieldContest(const MergedFields &merged, const QString &field)
{
    if (!merged.contested(field))
        return std::nullopt;
    FieldContest contest;
    const QJsonValue current = merged.value(field);
    if (const auto holder = merged.current(field))
        contest.heldBy = holder->byName;
    // The newest conflicting write with another value than the one that holds.
    for (const FieldHistoryEntry &h : merged.history()) {
        if (h.field == field && h.conflict && h.write.value != current) {
            contest.by = h.write.byName;
            contest.byId = h.write.by;
            contest.value = h.write.value;
        }
    }
    return contest;
}

CoachWorkspace::CoachWorkspace(LocalStore *store, qint64 userId, const QString &userName,
                               Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_userId(userId), m_userName(userName), m_clock(clock)
{ }

QString CoachWorkspace::traineeName(qint64 traineeId) const
{
    // The server writes every trainee's profile into their scope; until it has arrived, names
    // travel with the trainee's own messages (the server sets authorName).
    if (const auto r = m_store->record(k(kind::kTraineeProfile), traineeProfileIdFor(traineeId))) {
        Error error;
        if (const auto p = TraineeProfile::fromJson(r->data, &error))
            return p->displayName.isEmpty() ? p->username : p->displayName;
    }
    for (const Feedback &f : parseAll<Feedback>(m_store->records(k(kind::kFeedback)))) {
        if (f.authorId == traineeId && !f.authorName.isEmpty())
            return f.authorName;
    }
    return {};
}

QList<RosterEntry> CoachWorkspace::roster() const
{
    QMap<qint64, RosterEntry> byTrainee;
    QHash<QString, QString> setTitles;
    for (const TaskSet &s : parseAll<TaskSet>(m_store->records(k(kind::kTaskSet))))
        setTitles.insert(s.id, s.title);
    QHash<QString, QString> taskSetOf;
    for (const Task &t : parseAll<Task>(m_store->records(k(kind::kTask))))
        taskSetOf.insert(t.id, t.taskSetId);
    for (const StoredRecord &r : m_store->records(k(kind::kTraineeProfile))) {
        Error error;
        const auto p = TraineeProfile::fromJson(r.data, &error);
        if (!p || r.deleted)
            continue;
        RosterEntry &e = byTrainee[p->userId]; // also trainees with no program yet
        e.traineeId = p->userId;
        e.groups = p->groups;
        e.lastSyncAt = p->lastSyncAt;
        if (!p->orgName.isEmpty())
            e.groups.append(p->orgName);
    }
    QHash<qint64, QSet<QString>> setsOf;
    for (const Assignment &a : parseAll<Assignment>(m_store->records(k(kind::kAssignment)))) {
        RosterEntry &e = byTrainee[a.traineeId];
        e.traineeId = a.traineeId;
        if (!setsOf[a.traineeId].contains(a.taskSetId)) {
            setsOf[a.traineeId].insert(a.taskSetId);
            e.taskSetTitles.append(setTitles.value(a.taskSetId));
        }
    }
    for (auto it = taskSetOf.cbegin(); it != taskSetOf.cend(); ++it) {
        for (auto e = byTrainee.begin(); e != byTrainee.end(); ++e) {
            if (setsOf.value(e.key()).contains(it.value()))
                ++e->taskCount;
        }
    }
    auto touch = [&](qint64 traineeId, const QDateTime &t) {
        if (!byTrainee.contains(traineeId))
            return;
        RosterEntry &e = byTrainee[traineeId];
        if (t.isValid() && (!e.lastActivity.isValid() || t > e.lastActivity))
            e.lastActivity = t;
    };
    for (const ProgressEvent &p : parseAll<ProgressEvent>(m_store->records(k(kind::kProgress))))
        touch(p.traineeId, p.at);
    for (const AnswerVersion &a : parseAll<AnswerVersion>(m_store->records(k(kind::kAnswer))))
        touch(a.traineeId, a.at);
    for (const Feedback &f : parseAll<Feedback>(m_store->records(k(kind::kFeedback)))) {
        if (f.authorId == f.traineeId)
            touch(f.traineeId, f.receivedAt.isValid() ? f.receivedAt : f.at);
    }
    // Status per (trainee, task) from the newest submission and its review.
    QHash<QString, ReviewRecord> reviewOf;
    for (const ReviewRecord &r : parseAll<ReviewRecord>(m_store->records(k(kind::kReview))))
        reviewOf.insert(r.submissionId, r);
    QHash<QPair<qint64, QString>, Submission> newest;
    for (const Submission &s : parseAll<Submission>(m_store->records(k(kind::kSubmission)))) {
        touch(s.traineeId, s.at);
        const auto key = qMakePair(s.traineeId, s.taskId);
        if (!newest.contains(key) || submissionBefore(newest.value(key), s))
            newest.insert(key, s);
    }
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        if (!byTrainee.contains(it.key().first))
            continue;
        RosterEntry &e = byTrainee[it.key().first];
        const QString decision = reviewOf.contains(it->id) ? reviewOf.value(it->id).decision()
                                                           : QString();
        if (decision == u"approved"_s) {
            ++e.approvedCount;
        } else if (decision == u"revise"_s) {
            ++e.needsRevisionCount;
        } else {
            ++e.submittedCount;
            ++e.waitingCount;
        }
    }
    QList<RosterEntry> out;
    for (RosterEntry &e : byTrainee) {
        e.name = traineeName(e.traineeId);
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const RosterEntry &a, const RosterEntry &b) {
        if (a.name != b.name)
            return a.name.localeAwareCompare(b.name) < 0;
        return a.traineeId < b.traineeId;
    });
    return out;
}

QList<QueueEntry> CoachWorkspace::reviewQueue() const
{
    QHash<QString, QString> decisions;
    for (const ReviewRecord &r : parseAll<ReviewRecord>(m_store->records(k(kind::kReview))))
        decisions.insert(r.submissionId, r.decision());
    QHash<QPair<qint64, QString>, Submission> newest;
    for (const Submission &s : parseAll<Submission>(m_store->records(k(kind::kSubmission)))) {
        const auto key = qMakePair(s.traineeId, s.taskId);
        if (!newest.contains(key) || submissionBefore(newest.value(key), s))
            newest.insert(key, s);
    }
    QHash<qint64, QString> names;
    QList<QueueEntry> out;
    for (const Submission &s : newest) {
        if (!decisions.value(s.id).isEmpty())
            continue;
        QueueEntry e;
        e.submission = s;
        if (const auto task = m_store->record(k(kind::kTask), s.taskId))
            e.taskTitle = task->data.value(u"title"_s).toString();
        if (!names.contains(s.traineeId))
            names.insert(s.traineeId, traineeName(s.traineeId));
        e.traineeName = names.value(s.traineeId);
        e.waitingSince = receivedOrAt(s);
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const QueueEntry &a, const QueueEntry &b) {
        if (a.waitingSince != b.waitingSince)
            return a.waitingSince < b.waitingSince;
        return a.submission.id < b.submission.id;
    });
    return out;
}

std::optional<Submission> CoachWorkspace::findSubmission(const QString &submissionId) const
{
    const auto r = m_store->record(k(kind::kSubmission), submissionId);
    if (!r)
        return std::nullopt;
    Error error;
    return Submission::fromJson(r->id, r->data, &error);
}

std::optional<SubmissionReview> CoachWorkspace::submission(const QString &submissionId) const
{
    const std::optional<Submission> s = findSubmission(submissionId);
    if (!s)
        return std::nullopt;
    const auto taskRecord = m_store->record(k(kind::kTask), s->taskId);
    Error error;
    const std::optional<Task> task
        = taskRecord ? Task::fromJson(taskRecord->id, taskRecord->data, &error) : std::nullopt;
    if (!task)
        return std::nullopt;
    SubmissionReview view;
    view.submission = *s;
    view.task = *task;
    view.traineeName = traineeName(s->traineeId);
    QSet<QString> versionIds;
    for (const Submission &v :
         parseAll<Submission>(m_store->recordsForTask(k(kind::kSubmission), s->taskId))) {
        if (v.traineeId == s->traineeId) {
            view.versions.append(v);
            versionIds.insert(v.id);
        }
    }
    std::stable_sort(view.versions.begin(), view.versions.end(), submissionBefore);
    if (const auto r = m_store->record(k(kind::kReview), reviewIdFor(submissionId)))
        view.review = ReviewRecord::fromJson(r->id, r->data, &error);
    for (const RequirementMark &m :
         parseAll<RequirementMark>(m_store->recordsForTask(k(kind::kRequirementMark), s->taskId))) {
        if (m.traineeId == s->traineeId)
            view.marks.append(m);
    }
    for (const Feedback &f : parseAll<Feedback>(m_store->records(k(kind::kFeedback)))) {
        if (versionIds.contains(f.submissionId))
            view.thread.append(f);
    }
    std::stable_sort(view.thread.begin(), view.thread.end(), feedbackBefore);
    if (view.review) {
        for (const QString &field : {u"decision"_s, u"instructions"_s}) {
            const std::optional<FieldContest> contest = fieldContest(view.review->merged, field);
            if (!contest)
                continue;
            view.decisionContested = true;
            view.decidedBy = contest->heldBy;
            view.contestedBy = contest->by;
            view.contestedById = contest->byId;
            view.contestedValue = contest->value;
            break;
        }
    }
    for (const OutboxEntry &e : m_store->outbox()) {
        if (e.state == OutboxEntry::State::Pending
            && e.op.data.value(u"submissionId"_s).toString() == submissionId)
            view.hasPendingChanges = true;
    }
    return view;
}

QList<PhraseView> CoachWorkspace::phrases() const
{
    QList<Phrase> list = parseAll<Phrase>(m_store->records(k(kind::kPhrase)));
    std::stable_sort(list.begin(), list.end(),
                     [](const Phrase &a, const Phrase &b) { return a.position() < b.position(); });
    QList<PhraseView> out;
    for (const Phrase &p : list) {
        if (!p.archived() && !p.text().isEmpty())
            out.append({p.id, p.type(), p.text()});
    }
    return out;
}

QList<OutboxEntry> CoachWorkspace::rejected() const
{
    return m_store->rejectedOperations();
}

Hlc CoachWorkspace::nextHlc(const MergedFields &seen)
{
    HlcClock clock(m_store->deviceId(), m_clock);
    if (const auto saved = Hlc::fromString(m_store->metaValue(kHlcMetaKey)))
        clock.restore(*saved);
    for (const FieldWrite &w : seen.fields())
        clock.receive(w.hlc);
    for (const FieldHistoryEntry &h : seen.history())
        clock.receive(h.write.hlc);
    const Hlc hlc = clock.now();
    m_store->setMetaValue(kHlcMetaKey, hlc.toString());
    return hlc;
}

QJsonObject CoachWorkspace::editJson(const Hlc &hlc, const QJsonObject &values,
                                     const MergedFields &seen) const
{
    QJsonObject set;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const std::optional<FieldWrite> current = seen.current(it.key());
        set.insert(it.key(), QJsonObject{{u"value"_s, it.value()},
                                         {u"base"_s, current ? current->hlc.toString() : QString()}});
    }
    return {{u"hlc"_s, hlc.toString()}, {u"set"_s, set}};
}

Error CoachWorkspace::decide(const QString &submissionId, const QString &decision,
                             const QString &instructions)
{
    if (decision != u"approved"_s && decision != u"revise"_s)
        return Error(ErrorCode::InvalidField, u"decision: approved or revise"_s);
    const std::optional<Submission> s = findSubmission(submissionId);
    if (!s)
        return Error(ErrorCode::NotFound, u"no such submission"_s);
    ReviewRecord review;
    Error error;
    if (const auto r = m_store->record(k(kind::kReview), reviewIdFor(submissionId))) {
        if (auto stored = ReviewRecord::fromJson(r->id, r->data, &error))
            review = *stored;
    }
    review.id = reviewIdFor(submissionId);
    review.submissionId = submissionId;
    review.taskId = s->taskId;
    review.traineeId = s->traineeId;
    QJsonObject values;
    if (review.decision() != decision)
        values.insert(u"decision"_s, decision);
    if (review.instructions() != instructions)
        values.insert(u"instructions"_s, instructions);
    if (values.isEmpty())
        return {};
    const MergedFields seen = review.merged;
    const Hlc hlc = nextHlc(seen);
    QJsonObject data = editJson(hlc, values, seen);
    data.insert(u"submissionId"_s, submissionId);
    // The local copy shows the decision at once, merged as the server will merge it.
    for (auto it = values.begin(); it != values.end(); ++it) {
        FieldWrite w;
        w.value = it.value();
        w.hlc = hlc;
        const auto current = seen.current(it.key());
        w.base = current ? current->hlc : Hlc();
        w.by = m_userId;
        w.byName = m_userName;
        w.device = m_store->deviceId();
        w.at = m_clock->now();
        review.merged.apply(it.key(), w);
    }
    const Error saved = m_store->saveLocal({{k(kind::kReview), review.id, data, review.toJson()}});
    if (!saved.isError())
        emit changed();
    return saved;
}

Error CoachWorkspace::markRequirement(const QString &submissionId, const QString &requirementCode,
                                      bool demonstrated, const QString &note)
{
    return writeMark(submissionId, requirementCode, demonstrated, note);
}

Error CoachWorkspace::setMarkNote(const QString &submissionId, const QString &requirementCode,
                                  const QString &note)
{
    return writeMark(submissionId, requirementCode, std::nullopt, note);
}

Error CoachWorkspace::writeMark(const QString &submissionId, const QString &requirementCode,
                                std::optional<bool> demonstrated, const QString &note)
{
    const std::optional<SubmissionReview> view = submission(submissionId);
    if (!view)
        return Error(ErrorCode::NotFound, u"no such submission"_s);
    std::optional<Requirement> requirement;
    for (const Requirement &r : view->task.requirements) {
        if (r.code == requirementCode)
            requirement = r;
    }
    if (!requirement)
        return Error(ErrorCode::InvalidField, u"the task has no such requirement"_s);
    const qint64 traineeId = view->submission.traineeId;
    RequirementMark mark;
    mark.id = requirementMarkIdFor(traineeId, view->task.id, requirementCode);
    for (const RequirementMark &m : view->marks) {
        if (m.id == mark.id)
            mark = m;
    }
    mark.traineeId = traineeId;
    mark.taskId = view->task.id;
    mark.requirement = *requirement;
    mark.submissionId = submissionId;
    QJsonObject values;
    if (demonstrated && (!mark.merged.has(u"demonstrated"_s) || mark.demonstrated() != *demonstrated))
        values.insert(u"demonstrated"_s, *demonstrated);
    if (mark.note() != note)
        values.insert(u"note"_s, note);
    if (values.isEmpty())
        return {};
    const MergedFields seen = mark.merged;
    const Hlc hlc = nextHlc(seen);
    QJsonObject data = editJson(hlc, values, seen);
    data.insert(u"traineeId"_s, traineeId);
    data.insert(u"taskId"_s, view->task.id);
    data.insert(u"requirementCode"_s, requirementCode);
    data.insert(u"submissionId"_s, submissionId);
    for (auto it = values.begin(); it != values.end(); ++it) {
        FieldWrite w;
        w.value = it.value();
        w.hlc = hlc;
        const auto current = seen.current(it.key());
        w.base = current ? current->hlc : Hlc();
        w.by = m_userId;
        w.byName = m_userName;
        w.device = m_store->deviceId();
        w.at = m_clock->now();
        mark.merged.apply(it.key(), w);
    }
    const Error saved
        = m_store->saveLocal({{k(kind::kRequirementMark), mark.id, data, mark.toJson()}});
    if (!saved.isError())
        emit changed();
    return saved;
}

Error CoachWorkspace::sendFeedback(const QString &submissionId, const QString &text,
                                   const QStringList &praise, const QStringList &phraseIds)
{
    const std::optional<Submission> s = findSubmission(submissionId);
    if (!s)
        return Error(ErrorCode::NotFound, u"no such submission"_s);
    if (text.trimmed().isEmpty() && praise.isEmpty() && phraseIds.isEmpty())
        return Error(ErrorCode::InvalidField, u"the message is empty"_s);
    if (text.size() > Feedback::kMaxTextLength)
        return Error(ErrorCode::InvalidField, u"the message is too long"_s);
    Feedback f;
    f.id = crypto::newUuid();
    f.submissionId = submissionId;
    f.text = text.trimmed();
    f.praise = praise;
    f.phraseIds = phraseIds;
    f.hlc = nextHlc({});
    f.at = m_clock->now();
    const QJsonObject data = f.clientJson();
    f.taskId = s->taskId;
    f.traineeId = s->traineeId;
    f.authorId = m_userId;
    f.authorName = m_userName;
    f.authorRole = u"coach"_s;
    const Error saved = m_store->saveLocal({{k(kind::kFeedback), f.id, data, f.toJson()}});
    if (!saved.isError())
        emit changed();
    return saved;
}

void CoachWorkspace::reload()
{
    emit changed();
}
