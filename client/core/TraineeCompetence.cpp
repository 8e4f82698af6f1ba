#include "client/core/TraineeCompetence.h"

#include "client/core/LocalStore.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

QList<Task> programTasksOf(const LocalStore &store, qint64 traineeId)
{
    QList<TaskSet> sets;
    QSet<QString> seen;
    Error error;
    for (const StoredRecord &r : store.records(QString::fromUtf16(kind::kAssignment))) {
        const auto a = Assignment::fromJson(r.id, r.data, &error);
        if (!a || a->traineeId != traineeId || seen.contains(a->taskSetId))
            continue;
        const auto setRecord = store.record(QString::fromUtf16(kind::kTaskSet), a->taskSetId);
        if (!setRecord)
            continue;
        if (const auto set = TaskSet::fromJson(setRecord->id, setRecord->data, &error)) {
            seen.insert(a->taskSetId);
            sets.append(*set);
        }
    }
    std::stable_sort(sets.begin(), sets.end(), [](const TaskSet &a, const TaskSet &b) {
        if (a.position != b.position)
            return a.position < b.position;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    QList<Task> out;
    for (const TaskSet &set : sets) {
        QList<Task> tasks;
        for (const StoredRecord &r : store.tasksOfSet(set.id)) {
            if (auto task = Task::fromJson(r.id, r.data, &error))
                tasks.append(*task);
        }
        std::stable_sort(tasks.begin(), tasks.end(),
                         [](const Task &a, const Task &b) { return a.position < b.position; });
        out.append(tasks);
    }
    return out;
}

CompetenceMap traineeCompetenceMap(const LocalStore &store, qint64 traineeId)
{
    QList<RequirementMark> marks;
    Error error;
    for (const StoredRecord &r : store.records(QString::fromUtf16(kind::kRequirementMark))) {
        if (auto m = RequirementMark::fromJson(r.id, r.data, &error); m && m->traineeId == traineeId)
            marks.append(*m);
    }
    return buildCompetenceMap(traineeId, programTasksOf(store, traineeId), marks);
}
