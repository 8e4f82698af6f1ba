#include "common/model/Records.h"

#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
template<typename T>
std::optional<T> finish(const JsonReader &r, T value, Error *error)
{
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return value;
}

QString k(const char16_t *name)
{
    return QString::fromUtf16(name);
}
} // namespace

QStringList traineeWritableKinds()
{
    return {k(kind::kProgress), k(kind::kAnswer), k(kind::kSubmission)};
}

QStringList knownKinds()
{
    return {k(kind::kTaskSet),  k(kind::kTask),       k(kind::kAssignment), k(kind::kProgress),
            k(kind::kAnswer), k(kind::kSubmission), k(kind::kReview)};
}

QJsonObject Requirement::toJson() const
{
    return {{u"code"_s, code},
            {u"text"_s, text},
            {u"unitCode"_s, unitCode},
            {u"unitName"_s, unitName},
            {u"qualificationCode"_s, qualificationCode},
            {u"qualificationName"_s, qualificationName}};
}

Requirement Requirement::fromJson(const QJsonObject &o)
{
    return {o.value(u"code"_s).toString(),          o.value(u"text"_s).toString(),
            o.value(u"unitCode"_s).toString(),      o.value(u"unitName"_s).toString(),
            o.value(u"qualificationCode"_s).toString(), o.value(u"qualificationName"_s).toString()};
}

QJsonObject TaskSet::toJson() const
{
    return {{u"title"_s, title}, {u"description"_s, description}, {u"position"_s, position}};
}

std::optional<TaskSet> TaskSet::fromJson(const QString &id, const QJsonObject &o, Error *error)
{
    JsonReader r(o, k(kind::kTaskSet));
    TaskSet t;
    t.id = id;
    t.title = r.string(u"title"_s, JsonReader::Required, 500);
    t.description = r.string(u"description"_s, JsonReader::Optional, 20000);
    t.position = static_cast<int>(r.integer(u"position"_s, JsonReader::Optional, 0, 1000000));
    return finish(r, t, error);
}

QJsonObject Task::toJson() const
{
    QJsonArray reqs;
    for (const Requirement &req : requirements)
        reqs.append(req.toJson());
    return {{u"taskSetId"_s, taskSetId},
            {u"title"_s, title},
            {u"instructions"_s, instructions},
            {u"requirements"_s, reqs},
            {u"position"_s, position},
            {u"estimatedMinutes"_s, estimatedMinutes}};
}

std::optional<Task> Task::fromJson(const QString &id, const QJsonObject &o, Error *error)
{
    JsonReader r(o, k(kind::kTask));
    Task t;
    t.id = id;
    t.taskSetId = r.string(u"taskSetId"_s, JsonReader::Required, 64);
    t.title = r.string(u"title"_s, JsonReader::Required, 500);
    t.instructions = r.string(u"instructions"_s, JsonReader::Optional, 200000);
    const QJsonArray reqs = r.array(u"requirements"_s, JsonReader::Optional, 1000);
    t.position = static_cast<int>(r.integer(u"position"_s, JsonReader::Optional, 0, 1000000));
    t.estimatedMinutes
        = static_cast<int>(r.integer(u"estimatedMinutes"_s, JsonReader::Optional, 0, 100000));
    for (const QJsonValue &v : reqs)
        t.requirements.append(Requirement::fromJson(v.toObject()));
    return finish(r, t, error);
}

QJsonObject Assignment::toJson() const
{
    QJsonObject o{{u"traineeId"_s, traineeId},
                  {u"taskSetId"_s, taskSetId},
                  {u"assignedBy"_s, assignedBy},
                  {u"assignedAt"_s, toIsoUtc(assignedAt)}};
    if (dueDate.isValid())
        o.insert(u"dueDate"_s, dueDate.toString(Qt::ISODate));
    return o;
}

std::optional<Assignment> Assignment::fromJson(const QString &id, const QJsonObject &o,
                                               Error *error)
{
    JsonReader r(o, k(kind::kAssignment));
    Assignment a;
    a.id = id;
    a.traineeId = r.integer(u"traineeId"_s, JsonReader::Required, 1);
    a.taskSetId = r.string(u"taskSetId"_s, JsonReader::Required, 64);
    a.assignedBy = r.integer(u"assignedBy"_s, JsonReader::Optional, 0);
    a.assignedAt = r.timestamp(u"assignedAt"_s, JsonReader::Optional);
    const QString due = r.string(u"dueDate"_s, JsonReader::Optional, 32);
    if (!due.isEmpty())
        a.dueDate = QDate::fromString(due, Qt::ISODate);
    return finish(r, a, error);
}

QJsonObject ProgressEvent::toJson() const
{
    QJsonObject o{{u"taskId"_s, taskId}, {u"event"_s, event}, {u"at"_s, toIsoUtc(at)}};
    if (traineeId > 0)
        o.insert(u"traineeId"_s, traineeId);
    return o;
}

std::optional<ProgressEvent> ProgressEvent::fromJson(const QString &id, const QJsonObject &o,
                                                     Error *error)
{
    JsonReader r(o, k(kind::kProgress));
    ProgressEvent p;
    p.id = id;
    p.traineeId = r.integer(u"traineeId"_s, JsonReader::Optional, 0);
    p.taskId = r.string(u"taskId"_s, JsonReader::Required, 64);
    p.event = r.oneOf(u"event"_s, {u"started"_s, u"done"_s});
    p.at = r.timestamp(u"at"_s, JsonReader::Optional);
    return finish(r, p, error);
}

QJsonObject AnswerVersion::toJson() const
{
    QJsonObject o{{u"taskId"_s, taskId}, {u"text"_s, text}, {u"at"_s, toIsoUtc(at)}};
    if (traineeId > 0)
        o.insert(u"traineeId"_s, traineeId);
    return o;
}

std::optional<AnswerVersion> AnswerVersion::fromJson(const QString &id, const QJsonObject &o,
                                                     Error *error)
{
    JsonReader r(o, k(kind::kAnswer));
    AnswerVersion a;
    a.id = id;
    a.traineeId = r.integer(u"traineeId"_s, JsonReader::Optional, 0);
    a.taskId = r.string(u"taskId"_s, JsonReader::Required, 64);
    a.text = r.string(u"text"_s, JsonReader::Optional, protocol::limits::kMaxAnswerLength);
    a.at = r.timestamp(u"at"_s, JsonReader::Optional);
    return finish(r, a, error);
}

QJsonObject Submission::toJson() const
{
    QJsonObject o{{u"taskId"_s, taskId}, {u"answer"_s, answer}, {u"at"_s, toIsoUtc(at)}};
    if (traineeId > 0)
        o.insert(u"traineeId"_s, traineeId);
    if (version > 0)
        o.insert(u"version"_s, version);
    if (receivedAt.isValid())
        o.insert(u"receivedAt"_s, toIsoUtc(receivedAt));
    return o;
}

std::optional<Submission> Submission::fromJson(const QString &id, const QJsonObject &o,
                                               Error *error)
{
    JsonReader r(o, k(kind::kSubmission));
    Submission s;
    s.id = id;
    s.traineeId = r.integer(u"traineeId"_s, JsonReader::Optional, 0);
    s.taskId = r.string(u"taskId"_s, JsonReader::Required, 64);
    s.answer = r.string(u"answer"_s, JsonReader::Optional, protocol::limits::kMaxAnswerLength);
    s.at = r.timestamp(u"at"_s, JsonReader::Optional);
    s.version = static_cast<int>(r.integer(u"version"_s, JsonReader::Optional, 0, 1000000));
    s.receivedAt = r.timestamp(u"receivedAt"_s, JsonReader::Optional);
    return finish(r, s, error);
}

QJsonObject Review::toJson() const
{
    return {{u"submissionId"_s, submissionId},
            {u"taskId"_s, taskId},
            {u"traineeId"_s, traineeId},
            {u"decision"_s, decision},
            {u"comment"_s, comment},
            {u"at"_s, toIsoUtc(at)}};
}

std::optional<Review> Review::fromJson(const QString &id, const QJsonObject &o, Error *error)
{
    JsonReader r(o, k(kind::kReview));
    Review v;
    v.id = id;
    v.submissionId = r.string(u"submissionId"_s, JsonReader::Required, 64);
    v.taskId = r.string(u"taskId"_s, JsonReader::Required, 64);
    v.traineeId = r.integer(u"traineeId"_s, JsonReader::Required, 1);
    v.decision = r.oneOf(u"decision"_s, {u"approved"_s, u"revise"_s});
    v.comment = r.string(u"comment"_s, JsonReader::Optional, 100000);
    v.at = r.timestamp(u"at"_s, JsonReader::Optional);
    return finish(r, v, error);
}

Error validateTraineeOperation(const QString &opKind, const QString &id, const QJsonObject &data)
{
    Error error;
    if (opKind == k(kind::kProgress))
        ProgressEvent::fromJson(id, data, &error);
    else if (opKind == k(kind::kAnswer))
        AnswerVersion::fromJson(id, data, &error);
    else if (opKind == k(kind::kSubmission))
        Submission::fromJson(id, data, &error);
    else
        error = Error(ErrorCode::UnknownKind, u"a trainee cannot create records of kind '%1'"_s.arg(opKind.left(64)));
    return error;
}
