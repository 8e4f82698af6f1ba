#pragma once
// The rich text of the task page that is built from records: the skills a task trains, grouped
// by qualification unit, and the history of sent versions with the coach's decisions. Every
// text from the records is escaped; nothing a coach or trainee typed can inject markup.

#include "client/core/TraineeProgram.h"

#include <QCoreApplication>
#include <QString>

class TaskHtml
{
    Q_DECLARE_TR_FUNCTIONS(TaskHtml)

public:
    static QString skills(const Task &task);
    // Newest first: "Version 2 sent 4.12. klo 10.15 — delivered to your coach" and decisions.
    static QString history(const TaskView &view);
};
