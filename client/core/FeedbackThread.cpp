#include "client/core/FeedbackThread.h"

#include "client/core/LocalStore.h"
#include "common/model/Records.h"
#include "common/model/ReviewRecords.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString k(const char16_t *name)
{
    return QString::fromUtf16(name);
}

const QString kHlcMetaKey = u"feedback_hlc"_s;
} // namespace

FeedbackThread::FeedbackThread(LocalStore *store, qint64 traineeId, const QString &traineeName,
                               Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_traineeId(traineeId), m_traineeName(traineeName),
      m_clock(clock)
{ }

QList<Feedback> FeedbackThread::allMessages() const
{
    QList<Feedback> out;
    for (const StoredRecord &r : m_store->records(k(kind::kFeedback))) {
        Error error;
        auto f = Feedback::fromJson(r.id, r.data, &error);
        if (f && (f->traineeId == 0 || f->traineeId == m_traineeId))
            out.append(*f);
    }
    std::stable_sort(out.begin(), out.end(), [](const Feedback &a, const Feedback &b) {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.id < b.id;
    });
    return out;
}

QList<Feedback> FeedbackThread::messages(const QString &taskId) const
{
    QList<Feedback> out;
    for (const Feedback &f : allMessages()) {
        if (f.taskId == taskId)
            out.append(f);
    }
    return out;
}

bool FeedbackThread::isUnread(const Feedback &message) const
{
    if (message.authorId == m_traineeId || message.authorRole == u"trainee"_s)
        return false;
    return !m_store->record(k(kind::kFeedbackRead), feedbackReadIdFor(message.id)).has_value();
}

int FeedbackThread::unreadCount() const
{
    int n = 0;
    for (const int c : unreadByTask())
        n += c;
    return n;
}

QHash<QString, int> FeedbackThread::unreadByTask() const
{
    QHash<QString, int> out;
    for (const Feedback &f : allMessages()) {
        if (isUnread(f))
            ++out[f.taskId];
    }
    return out;
}

Error FeedbackThread::markTaskRead(const QString &taskId)
{
    QList<LocalWrite> writes;
    for (const Feedback &f : messages(taskId)) {
        if (!isUnread(f))
            continue;
        FeedbackRead read;
        read.feedbackId = f.id;
        read.at = m_clock->now();
        QJsonObject local{{u"traineeId"_s, m_traineeId}, {u"submissionId"_s, f.submissionId}};
        writes.append({k(kind::kFeedbackRead), feedbackReadIdFor(f.id), read.toJson(), local});
    }
    if (writes.isEmpty())
        return {};
    const Error error = m_store->saveLocal(writes);
    if (!error.isError())
        emit changed();
    return error;
}

Error FeedbackThread::reply(const QString &taskId, const QString &text, const QString &replyTo)
{
    if (text.trimmed().isEmpty())
        return Error(ErrorCode::InvalidField, u"the reply is empty"_s);
    if (text.size() > Feedback::kMaxTextLength)
        return Error(ErrorCode::InvalidField, u"the reply is too long"_s);
    // A reply belongs to the submission whose feedback it answers: the message replied to, or
    // the newest coach message of the task. Coaches only write about submissions the server
    // has, so a newer version sent offline meanwhile does not stand in the way.
    const QList<Feedback> thread = messages(taskId);
    QString submissionId;
    for (const Feedback &f : thread) {
        const bool fromCoach = f.authorId != m_traineeId && f.authorRole != u"trainee"_s;
        if (replyTo.isEmpty() ? fromCoach : f.id == replyTo)
            submissionId = f.submissionId;
    }
    if (!replyTo.isEmpty() && submissionId.isEmpty())
        return Error(ErrorCode::NotFound, u"no such message on this task"_s);
    // No feedback yet: the newest submission the server has.
    int bestVersion = 0;
    for (const StoredRecord &r : submissionId.isEmpty()
                                     ? m_store->recordsForTask(k(kind::kSubmission), taskId)
                                     : QList<StoredRecord>()) {
        Error error;
        const auto s = Submission::fromJson(r.id, r.data, &error);
        if (!s || (s->traineeId != 0 && s->traineeId != m_traineeId))
            continue;
        if (s->version > bestVersion) {
            bestVersion = s->version;
            submissionId = s->id;
        }
    }
    if (submissionId.isEmpty())
        return Error(ErrorCode::NotFound, u"nothing sent for this task yet"_s);
    HlcClock clock(m_store->deviceId(), m_clock);
    if (const auto saved = Hlc::fromString(m_store->metaValue(kHlcMetaKey)))
        clock.restore(*saved);
    for (const Feedback &f : thread)
        clock.receive(f.hlc);
    Feedback f;
    f.id = crypto::newUuid();
    f.submissionId = submissionId;
    f.text = text.trimmed();
    f.replyTo = replyTo;
    f.hlc = clock.now();
    f.at = m_clock->now();
    m_store->setMetaValue(kHlcMetaKey, f.hlc.toString());
    const QJsonObject data = f.clientJson();
    f.taskId = taskId;
    f.traineeId = m_traineeId;
    f.authorId = m_traineeId;
    f.authorName = m_traineeName;
    f.authorRole = u"trainee"_s;
    const Error error = m_store->saveLocal({{k(kind::kFeedback), f.id, data, f.toJson()}});
    if (!error.isError())
        emit changed();
    return error;
}

void FeedbackThread::reload()
{
    emit changed();
}
