#include "common/model/FeedbackRecords.h"

#include "common/model/ReviewRecords.h"
#include "common/protocol/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QStringList readTags(JsonReader &r, const QString &key, qsizetype maxLength)
{
    const QJsonArray a = r.array(key, JsonReader::Optional, Feedback::kMaxTags);
    QStringList out;
    for (const QJsonValue &v : a) {
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxLength) {
            r.fail(key, u"must hold strings of 1 to %1 characters"_s.arg(maxLength));
            return {};
        }
        out.append(v.toString());
    }
    out.removeDuplicates();
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}
} // namespace

QJsonObject Feedback::clientJson() const
{
    QJsonObject o{{u"submissionId"_s, submissionId},
                  {u"text"_s, text},
                  {u"praise"_s, toArray(praise)},
                  {u"phraseIds"_s, toArray(phraseIds)},
                  {u"at"_s, toIsoUtc(at)}};
    if (!replyTo.isEmpty())
        o.insert(u"replyTo"_s, replyTo);
    if (!hlc.isNull())
        o.insert(u"hlc"_s, hlc.toString());
    return o;
}

QJsonObject Feedback::toJson() const
{
    QJsonObject o = clientJson();
    if (!taskId.isEmpty())
        o.insert(u"taskId"_s, taskId);
    if (traineeId > 0)
        o.insert(u"traineeId"_s, traineeId);
    if (authorId > 0)
        o.insert(u"authorId"_s, authorId);
    if (!authorName.isEmpty())
        o.insert(u"authorName"_s, authorName);
    if (!authorRole.isEmpty())
        o.insert(u"authorRole"_s, authorRole);
    if (!device.isEmpty())
        o.insert(u"device"_s, device);
    if (receivedAt.isValid())
        o.insert(u"receivedAt"_s, toIsoUtc(receivedAt));
    return o;
}

std::optional<Feedback> Feedback::fromJson(const QString &id, const QJsonObject &o, Error *error)
{
    JsonReader r(o, QString::fromUtf16(kind::kFeedback));
    Feedback f;
    f.id = id;
    f.submissionId = r.string(u"submissionId"_s, JsonReader::Required, 64);
    f.text = r.string(u"text"_s, JsonReader::Optional, kMaxTextLength);
    f.praise = readTags(r, u"praise"_s, 256);
    f.phraseIds = readTags(r, u"phraseIds"_s, 64);
    f.replyTo = r.string(u"replyTo"_s, JsonReader::Optional, 64);
    const QString hlcText = r.string(u"hlc"_s, JsonReader::Optional, 128);
    f.at = r.timestamp(u"at"_s, JsonReader::Optional);
    f.taskId = r.string(u"taskId"_s, JsonReader::Optional, 64);
    f.traineeId = r.integer(u"traineeId"_s, JsonReader::Optional, 0);
    f.authorId = r.integer(u"authorId"_s, JsonReader::Optional, 0);
    f.authorName = r.string(u"authorName"_s, JsonReader::Optional, 200);
    f.authorRole = r.oneOf(u"authorRole"_s, {u"coach"_s, u"admin"_s, u"trainee"_s},
                           JsonReader::Optional);
    f.device = r.string(u"device"_s, JsonReader::Optional, 64);
    f.receivedAt = r.timestamp(u"receivedAt"_s, JsonReader::Optional);
    if (r.ok()) {
        const std::optional<Hlc> hlc = Hlc::fromString(hlcText);
        if (!hlc)
            r.fail(u"hlc"_s, u"is not a timestamp of the form 001764842364120-000000-device"_s);
        else
            f.hlc = *hlc;
    }
    if (r.ok() && f.text.trimmed().isEmpty() && f.praise.isEmpty() && f.phraseIds.isEmpty())
        r.fail(u"text"_s, u"a message needs text, praise or a quick phrase"_s);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return f;
}

QJsonObject FeedbackRead::toJson() const
{
    QJsonObject o{{u"feedbackId"_s, feedbackId}, {u"at"_s, toIsoUtc(at)}};
    if (traineeId > 0)
        o.insert(u"traineeId"_s, traineeId);
    if (!submissionId.isEmpty())
        o.insert(u"submissionId"_s, submissionId);
    if (!device.isEmpty())
        o.insert(u"device"_s, device);
    if (receivedAt.isValid())
        o.insert(u"receivedAt"_s, toIsoUtc(receivedAt));
    return o;
}

std::optional<FeedbackRead> FeedbackRead::fromJson(const QString &id, const QJsonObject &o,
                                                   Error *error)
{
    JsonReader r(o, QString::fromUtf16(kind::kFeedbackRead));
    FeedbackRead m;
    m.id = id;
    m.feedbackId = r.string(u"feedbackId"_s, JsonReader::Required, 64);
    m.at = r.timestamp(u"at"_s, JsonReader::Optional);
    m.traineeId = r.integer(u"traineeId"_s, JsonReader::Optional, 0);
    m.submissionId = r.string(u"submissionId"_s, JsonReader::Optional, 64);
    m.device = r.string(u"device"_s, JsonReader::Optional, 64);
    m.receivedAt = r.timestamp(u"receivedAt"_s, JsonReader::Optional);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return m;
}
