#include "client/core/TraineeProgram.h"

#include "client/core/LocalStore.h"
#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {
QString k(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// Records this trainee made or received: synced ones carry the traineeId, local ones may not.
bool belongsTo(const QJsonObject &data, qint64 traineeId)
{
    const qint64 owner = data.value(u"traineeId"_s).toInteger();
    return owner == 0 || owner == traineeId;
}

template <typename T> QList<T> parseAll(const QList<StoredRecord> &records, qint64 traineeId)
{
    QList<T> out;
    for (const StoredRecord &r : records) {
        if (!belongsTo(r.data, traineeId))
            continue;
        Error error;
        if (auto value = T::fromJson(r.id, r.data, &error))
            out.append(*value);
    }
    return out;
}

struct TaskRecords
{
    QList<ProgressEvent> progress;
    QList<AnswerVersion> answers; // oldest first (server order, then local order)
    QList<Submission> submissions;
    QList<Review> reviews;
};

TaskView buildView(const Task &task, TaskRecords records, bool unsynced)
{
    TaskView view;
    view.task = task;
    std::stable_sort(records.submissions.begin(), records.submissions.end(),
                     [](const Submission &a, const Submission &b) {
                         const int va = a.version == 0 ? INT_MAX : a.version;
                         const int vb = b.version == 0 ? INT_MAX : b.version;
                         return va != vb ? va < vb : a.at < b.at;
                     });
    std::stable_sort(records.reviews.begin(), records.reviews.end(),
                     [](const Review &a, const Review &b) { return a.at < b.at; });
    view.status = deriveTaskStatus(
        {records.progress, records.answers, records.submissions, records.reviews});
    if (!records.answers.isEmpty())
        view.answer = records.answers.constLast().text;
    else if (!records.submissions.isEmpty())
        view.answer = records.submissions.constLast().answer;
    view.submissions = records.submissions;
    view.reviews = records.reviews;
    view.hasUnsyncedChanges = unsynced;
    return view;
}
} // namespace

TraineeProgram::TraineeProgram(LocalStore *store, qint64 traineeId, Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_traineeId(traineeId), m_clock(clock)
{ }

QList<TaskSetView> TraineeProgram::taskSets() const
{
    // Everything of this trainee, grouped by task once, instead of four queries per task.
    QHash<QString, TaskRecords> byTask;
    for (const auto &p : parseAll<ProgressEvent>(m_store->records(k(kind::kProgress)), m_traineeId))
        byTask[p.taskId].progress.append(p);
    for (const auto &a : parseAll<AnswerVersion>(m_store->records(k(kind::kAnswer)), m_traineeId))
        byTask[a.taskId].answers.append(a);
    for (const auto &s : parseAll<Submission>(m_store->records(k(kind::kSubmission)), m_traineeId))
        byTask[s.taskId].submissions.append(s);
    for (const auto &r : parseAll<Review>(m_store->records(k(kind::kReview)), m_traineeId))
        byTask[r.taskId].reviews.append(r);
    QSet<QString> unsyncedTasks;
    for (const OutboxEntry &e : m_store->outbox()) {
        if (e.state == OutboxEntry::State::Pending)
            unsyncedTasks.insert(e.op.data.value(u"taskId"_s).toString());
    }

    QList<TaskSetView> sets;
    QSet<QString> seen;
    for (const auto &assignment :
         parseAll<Assignment>(m_store->records(k(kind::kAssignment)), m_traineeId)) {
        if (assignment.traineeId != m_traineeId || seen.contains(assignment.taskSetId))
            continue;
        const auto setRecord = m_store->record(k(kind::kTaskSet), assignment.taskSetId);
        if (!setRecord || setRecord->deleted)
            continue; // not pulled yet
        Error error;
        const auto taskSet = TaskSet::fromJson(setRecord->id, setRecord->data, &error);
        if (!taskSet)
            continue;
        seen.insert(assignment.taskSetId);
        TaskSetView setView;
        setView.taskSet = *taskSet;
        setView.dueDate = assignment.dueDate;
        QList<Task> tasks;
        for (const StoredRecord &r : m_store->tasksOfSet(assignment.taskSetId)) {
            if (auto task = Task::fromJson(r.id, r.data, &error))
                tasks.append(*task);
        }
        std::stable_sort(tasks.begin(), tasks.end(),
                         [](const Task &a, const Task &b) { return a.position < b.position; });
        for (const Task &task : tasks)
            setView.tasks.append(
                buildView(task, byTask.value(task.id), unsyncedTasks.contains(task.id)));
        sets.append(setView);
    }
    std::stable_sort(sets.begin(), sets.end(), [](const TaskSetView &a, const TaskSetView &b) {
        if (a.taskSet.position != b.taskSet.position)
            return a.taskSet.position < b.taskSet.position;
        return a.taskSet.title.localeAwareCompare(b.taskSet.title) < 0;
    });
    return sets;
}

std::optional<TaskView> TraineeProgram::task(const QString &taskId) const
{
    const auto task = assignedTask(taskId);
    if (!task)
        return std::nullopt;
    TaskRecords records;
    records.progress
        = parseAll<ProgressEvent>(m_store->recordsForTask(k(kind::kProgress), taskId), m_traineeId);
    records.answers
        = parseAll<AnswerVersion>(m_store->recordsForTask(k(kind::kAnswer), taskId), m_traineeId);
    records.submissions
        = parseAll<Submission>(m_store->recordsForTask(k(kind::kSubmission), taskId), m_traineeId);
    records.reviews
        = parseAll<Review>(m_store->recordsForTask(k(kind::kReview), taskId), m_traineeId);
    return buildView(*task, records, m_store->hasPendingForTask(taskId));
}

ProgramSummary TraineeProgram::summary() const
{
    ProgramSummary s;
    for (const TaskSetView &set : taskSets()) {
        for (const TaskView &t : set.tasks) {
            ++s.total;
            switch (t.status) {
            case TaskStatus::NotStarted:
                ++s.notStarted;
                break;
            case TaskStatus::InProgress:
                ++s.inProgress;
                break;
            case TaskStatus::Submitted:
                ++s.submitted;
                break;
            case TaskStatus::NeedsRevision:
                ++s.needsRevision;
                break;
            case TaskStatus::Approved:
                ++s.approved;
                break;
            }
        }
    }
    return s;
}

QList<RejectedChange> TraineeProgram::rejectedChanges() const
{
    QList<RejectedChange> out;
    for (const OutboxEntry &e : m_store->rejectedOperations()) {
        RejectedChange c;
        c.counter = e.op.counter;
        c.kind = e.op.kind;
        c.error = e.error;
        const QString taskId = e.op.data.value(u"taskId"_s).toString();
        if (!taskId.isEmpty()) {
            if (const auto r = m_store->record(k(kind::kTask), taskId))
                c.taskTitle = r->data.value(u"title"_s).toString();
        }
        out.append(c);
    }
    return out;
}

std::optional<Task> TraineeProgram::assignedTask(const QString &taskId) const
{
    const auto r = m_store->record(k(kind::kTask), taskId);
    if (!r || r->deleted)
        return std::nullopt;
    Error error;
    auto task = Task::fromJson(r->id, r->data, &error);
    if (!task)
        return std::nullopt;
    for (const auto &a :
         parseAll<Assignment>(m_store->records(k(kind::kAssignment)), m_traineeId)) {
        if (a.traineeId == m_traineeId && a.taskSetId == task->taskSetId)
            return task;
    }
    return std::nullopt;
}

Error TraineeProgram::markStarted(const QString &taskId)
{
    if (!assignedTask(taskId))
        return Error(ErrorCode::NotFound, u"no such task in this program"_s);
    for (const auto &p : parseAll<ProgressEvent>(
             m_store->recordsForTask(k(kind::kProgress), taskId), m_traineeId)) {
        if (p.event == u"started"_s)
            return {}; // started once is enough
    }
    ProgressEvent event;
    event.taskId = taskId;
    event.event = u"started"_s;
    event.at = m_clock->now();
    return save({{k(kind::kProgress), crypto::newUuid(), event.toJson(), ownerFields()}});
}

Error TraineeProgram::saveAnswer(const QString &taskId, const QString &text)
{
    if (!assignedTask(taskId))
        return Error(ErrorCode::NotFound, u"no such task in this program"_s);
    if (text.size() > protocol::limits::kMaxAnswerLength)
        return Error(ErrorCode::InvalidField, u"the answer is too long"_s);
    QList<LocalWrite> writes;
    appendAnswerIfChanged(taskId, text, &writes);
    return save(writes);
}

Error TraineeProgram::submit(const QString &taskId, const QString &answer)
{
    if (!assignedTask(taskId))
        return Error(ErrorCode::NotFound, u"no such task in this program"_s);
    if (answer.size() > protocol::limits::kMaxAnswerLength)
        return Error(ErrorCode::InvalidField, u"the answer is too long"_s);
    QList<LocalWrite> writes;
    appendAnswerIfChanged(taskId, answer, &writes);
    Submission submission;
    submission.taskId = taskId;
    submission.answer = answer;
    submission.at = m_clock->now();
    writes.append({k(kind::kSubmission), crypto::newUuid(), submission.toJson(), ownerFields()});
    return save(writes);
}

void TraineeProgram::appendAnswerIfChanged(const QString &taskId, const QString &text,
                                           QList<LocalWrite> *writes) const
{
    const auto answers
        = parseAll<AnswerVersion>(m_store->recordsForTask(k(kind::kAnswer), taskId), m_traineeId);
    const QString newest = answers.isEmpty() ? QString() : answers.constLast().text;
    if (newest == text)
        return;
    AnswerVersion version;
    version.taskId = taskId;
    version.text = text;
    version.at = m_clock->now();
    writes->append({k(kind::kAnswer), crypto::newUuid(), version.toJson(), ownerFields()});
}

QJsonObject TraineeProgram::ownerFields() const
{
    return {{u"traineeId"_s, m_traineeId}};
}

Error TraineeProgram::save(const QList<LocalWrite> &writes)
{
    if (writes.isEmpty())
        return {};
    const Error error = m_store->saveLocal(writes);
    if (!error.isError())
        emit changed();
    return error;
}

void TraineeProgram::reload()
{
    emit changed();
}
