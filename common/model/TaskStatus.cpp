#include "common/model/TaskStatus.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString taskStatusName(TaskStatus s)
{
    switch (s) {
    case TaskStatus::NotStarted:
        return u"not_started"_s;
    case TaskStatus::InProgress:
        return u"in_progress"_s;
    case TaskStatus::Submitted:
        return u"submitted"_s;
    case TaskStatus::NeedsRevision:
        return u"needs_revision"_s;
    case TaskStatus::Approved:
        return u"approved"_s;
    }
    return {};
}

TaskStatus deriveTaskStatus(const TaskActivity &a)
{
    // Approval is final: once any review approved the task, later events cannot undo it.
    const bool approved = std::any_of(a.reviews.cbegin(), a.reviews.cend(),
                                      [](const Review &r) { return r.decision == u"approved"_s; });
    if (approved)
        return TaskStatus::Approved;

    if (!a.submissions.isEmpty()) {
        // The newest submission (by server version, then client time for unsynced ones).
        const auto newest = std::max_element(
            a.submissions.cbegin(), a.submissions.cend(), [](const Submission &x, const Submission &y) {
                const int vx = x.version == 0 ? INT_MAX : x.version;
                const int vy = y.version == 0 ? INT_MAX : y.version;
                if (vx != vy)
                    return vx < vy;
                return x.at < y.at;
            });
        const bool revisionAsked = std::any_of(a.reviews.cbegin(), a.reviews.cend(), [&](const Review &r) {
            return r.decision == u"revise"_s && r.submissionId == newest->id;
        });
        return revisionAsked ? TaskStatus::NeedsRevision : TaskStatus::Submitted;
    }
    if (!a.progress.isEmpty() || !a.answers.isEmpty())
        return TaskStatus::InProgress;
    return TaskStatus::NotStarted;
}
