#pragma once
// Derives a task's status for one trainee from the append-only records that concern it.
// Pure function of its inputs, used by the client's views and later by server reports.

#include "common/model/Records.h"

#include <QString>

enum class TaskStatus { NotStarted, InProgress, Submitted, NeedsRevision, Approved };

QString taskStatusName(TaskStatus s);

struct TaskActivity
{
    QList<ProgressEvent> progress;
    QList<AnswerVersion> answers;
    QList<Submission> submissions; // any order
    QList<Review> reviews; // any order
};

TaskStatus deriveTaskStatus(const TaskActivity &activity);
