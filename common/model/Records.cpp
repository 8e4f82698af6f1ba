#include "common/model/Records.h"

#include "common/model/ReviewRecords.h"
#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"
#include "common/protocol/UploadMessages.h"

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
    return {k(kind::kProgress), k(kind::kAnswer), k(kind::kSubmission), k(kind::kAttachment)};
}

QStringList knownKinds()
{
    QStringList kinds{k(kind::kTaskSet),  k(kind::kTask),       k(kind::kAssignment), k(kind::kProgress),
            k(kind::kAnswer), k(kind::kSubmission), k(kind::kReview), k(kind::kAttachment),
            k(kind::kTraineeProfile)};
    // The coach's kinds (common/model/ReviewRecords.h); review is listed above.
    for (const QString &coaching : coachingKinds()) {
        if (!kinds.contains(coaching))
            kinds.append(coaching);
    }
    return kinds;
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
    QJsonObject o{{u"submissionId"_s, submissionId},
                  {u"taskId"_s, taskId},
                  {u"traineeId"_s, traineeId},
                  {u"comment"_s, comment},
                  {u"at"_s, toIsoUtc(at)}};
    if (!decision.isEmpty())
        o.insert(u"decision"_s, decision);
    if (!instructions.isEmpty())
        o.insert(u"instructions"_s, instructions);
    return o;
}

std::optional<Review> Review::fromJson(const QString &id, const QJsonObject &o, Error *error)
{
    JsonReader r(o, k(kind::kReview));
    Review v;
    v.id = id;
    v.submissionId = r.string(u"submissionId"_s, JsonReader::Required, 64);
    v.taskId = r.string(u"taskId"_s, JsonReader::Required, 64);
    v.traineeId = r.integer(u"traineeId"_s, JsonReader::Required, 1);
    v.decision = r.oneOf(u"decision"_s, {u"approved"_s, u"revise"_s}, JsonReader::Optional);
    v.comment = r.string(u"comment"_s, JsonReader::Optional, 100000);
    v.instructions = r.string(u"instructions"_s, JsonReader::Optional, 100000);
    v.at = r.timestamp(u"at"_s, JsonReader::Optional);
    return finish(r, v, error);
}

QJsonObject Attachment::toJson() const
{
    QJsonObject o{{u"taskId"_s, taskId},       {u"sha256"_s, sha256},
                  {u"size"_s, size},           {u"mediaType"_s, mediaType},
                  {u"fileName"_s, fileName}, {u"at"_s, toIsoUtc(at)}};
    if (!submissionId.isEmpty())
        o.insert(u"submissionId"_s, submissionId);
    if (!thumbnailSha256.isEmpty())
        o.insert(u"thumbnailSha256"_s, thumbnailSha256);
    if (traineeId > 0)
        o.insert(u"traineeId"_s, traineeId);
    return o;
}

std::optional<Attachment> Attachment::fromJson(const QString &id, const QJsonObject &o,
                                               Error *error)
{
    JsonReader r(o, k(kind::kAttachment));
    Attachment a;
    a.id = id;
    a.traineeId = r.integer(u"traineeId"_s, JsonReader::Optional, 0);
    a.taskId = r.string(u"taskId"_s, JsonReader::Required, 64);
    a.submissionId = r.string(u"submissionId"_s, JsonReader::Optional, 64);
    a.sha256 = r.string(u"sha256"_s, JsonReader::Required, 64);
    a.size = r.integer(u"size"_s, JsonReader::Required, 1);
    a.mediaType = upload::normalizeMediaType(r.string(u"mediaType"_s, JsonReader::Required, 255));
    a.fileName = sanitizeFileName(r.string(u"fileName"_s, JsonReader::Optional, 4096));
    a.thumbnailSha256 = r.string(u"thumbnailSha256"_s, JsonReader::Optional, 64);
    a.at = r.timestamp(u"at"_s, JsonReader::Optional);
    if (r.ok() && !upload::isValidSha256(a.sha256))
        r.fail(u"sha256"_s, u"must be 64 lowercase hexadecimal digits"_s);
    if (r.ok() && !a.thumbnailSha256.isEmpty() && !upload::isValidSha256(a.thumbnailSha256))
        r.fail(u"thumbnailSha256"_s, u"must be 64 lowercase hexadecimal digits"_s);
    if (r.ok() && !upload::isAcceptedMediaType(a.mediaType))
        r.fail(u"mediaType"_s, u"'%1' is not a media type Pajapolku stores"_s.arg(a.mediaType.left(64)));
    return finish(r, a, error);
}

QString Attachment::sanitizeFileName(const QString &name)
{
    QString base = name.section(u'/', -1).section(u'\\', -1);
    QString out;
    out.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7F && u < 0xA0);
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
                          || u == 0x200E || u == 0x200F;
        if (!control && !bidi)
            out.append(c);
    }
    out = out.trimmed();
    if (out == u"."_s || out == u".."_s)
        out.clear();
    if (out.size() > kMaxFileNameLength) {
        out.truncate(kMaxFileNameLength);
        if (out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

QJsonObject TraineeProfile::toJson() const
{
    QJsonObject o{{u"userId"_s, userId},   {u"username"_s, username},
                  {u"displayName"_s, displayName},
                  {u"orgId"_s, orgId},     {u"orgName"_s, orgName},
                  {u"groups"_s, QJsonArray::fromStringList(groups)}};
    if (lastSyncAt.isValid())
        o.insert(u"lastSyncAt"_s, toIsoUtc(lastSyncAt));
    return o;
}

std::optional<TraineeProfile> TraineeProfile::fromJson(const QJsonObject &o, Error *error)
{
    JsonReader r(o, k(kind::kTraineeProfile));
    TraineeProfile p;
    p.userId = r.integer(u"userId"_s, JsonReader::Required, 1);
    p.username = r.string(u"username"_s, JsonReader::Required, 128);
    p.displayName = r.string(u"displayName"_s, JsonReader::Optional, 256);
    p.orgId = r.integer(u"orgId"_s, JsonReader::Required, 1);
    p.orgName = r.string(u"orgName"_s, JsonReader::Optional, 256);
    for (const QJsonValue &v : r.array(u"groups"_s, JsonReader::Optional, 1000))
        p.groups.append(v.toString());
    p.lastSyncAt = r.timestamp(u"lastSyncAt"_s, JsonReader::Optional);
    return finish(r, p, error);
}

QString traineeProfileIdFor(qint64 userId)
{
    return u"tp-"_s + QString::number(userId);
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
    else if (opKind == k(kind::kAttachment))
        Attachment::fromJson(id, data, &error);
    else
        error = Error(ErrorCode::UnknownKind, u"a trainee cannot create records of kind '%1'"_s.arg(opKind.left(64)));
    return error;
}
