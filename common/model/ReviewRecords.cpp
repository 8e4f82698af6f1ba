#include "common/model/ReviewRecords.h"

#include "common/model/FeedbackRecords.h"
#include "common/protocol/JsonReader.h"
#include "common/util/Crypto.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString k(const char16_t *name)
{
    return QString::fromUtf16(name);
}

QString derivedId(const QString &prefix, const QString &material)
{
    return prefix + crypto::sha256Hex(material.toUtf8()).left(40);
}

// What one editable field of a merged kind may hold.
struct FieldSpec
{
    enum Type { Text, Choice, Bool, Integer };
    QString name;
    Type type;
    int maxLength = 0; // Text
    bool nonEmpty = false; // Text
    QStringList choices; // Choice
};

QList<FieldSpec> fieldSpecs(const QString &kindName)
{
    if (kindName == k(kind::kReview))
        return {{u"decision"_s, FieldSpec::Choice, 0, false, {u"approved"_s, u"revise"_s}},
                {u"instructions"_s, FieldSpec::Text, 10000, false, {}}};
    if (kindName == k(kind::kRequirementMark))
        return {{u"demonstrated"_s, FieldSpec::Bool, 0, false, {}},
                {u"note"_s, FieldSpec::Text, 2000, false, {}}};
    if (kindName == k(kind::kPhrase))
        return {{u"type"_s, FieldSpec::Choice, 0, false, {u"praise"_s, u"guidance"_s}},
                {u"text"_s, FieldSpec::Text, 500, true, {}},
                {u"position"_s, FieldSpec::Integer, 0, false, {}},
                {u"archived"_s, FieldSpec::Bool, 0, false, {}}};
    return {};
}

QString checkValue(const FieldSpec &spec, const QJsonValue &v)
{
    switch (spec.type) {
    case FieldSpec::Text:
        if (!v.isString())
            return u"must be a string"_s;
        if (v.toString().size() > spec.maxLength)
            return u"is longer than %1 characters"_s.arg(spec.maxLength);
        if (spec.nonEmpty && v.toString().trimmed().isEmpty())
            return u"must not be empty"_s;
        return {};
    case FieldSpec::Choice:
        return v.isString() && spec.choices.contains(v.toString())
                   ? QString()
                   : u"must be one of: %1"_s.arg(spec.choices.join(u", "_s));
    case FieldSpec::Bool:
        return v.isBool() ? QString() : u"must be true or false"_s;
    case FieldSpec::Integer: {
        const double d = v.toDouble(-1);
        return v.isDouble() && d >= 0 && d <= 1000000 && static_cast<qint64>(d) == d
                   ? QString()
                   : u"must be a whole number between 0 and 1000000"_s;
    }
    }
    return {};
}

// Reads "fields" and "history" of a stored merged record.
std::optional<MergedFields> readMerged(JsonReader &r, Error *error)
{
    const QJsonObject fields = r.object(u"fields"_s, JsonReader::Optional);
    const QJsonArray history
        = r.array(u"history"_s, JsonReader::Optional, MergedFields::kMaxHistory + 64);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return MergedFields::fromJson(fields, history, error);
}

void writeMerged(QJsonObject *o, const MergedFields &m)
{
    o->insert(u"fields"_s, m.fieldsJson());
    o->insert(u"history"_s, m.historyJson());
    QJsonArray contested;
    for (const QString &field : m.fields().keys()) {
        if (m.contested(field))
            contested.append(field);
    }
    o->insert(u"contested"_s, contested);
}

template<typename T>
std::optional<T> fail(const JsonReader &r, Error *error)
{
    if (error)
        *error = r.error();
    return std::nullopt;
}
} // namespace

QStringList coachingKinds()
{
    return {k(kind::kReview), k(kind::kFeedback), k(kind::kFeedbackRead),
            k(kind::kRequirementMark), k(kind::kPhrase)};
}

QStringList coachWritableKinds()
{
    return {k(kind::kReview), k(kind::kFeedback), k(kind::kRequirementMark), k(kind::kPhrase)};
}

QStringList traineeCoachingKinds()
{
    return {k(kind::kFeedback), k(kind::kFeedbackRead)};
}

QString reviewIdFor(const QString &submissionId)
{
    return derivedId(u"rv-"_s, u"review\n"_s + submissionId);
}

QString requirementMarkIdFor(qint64 traineeId, const QString &taskId, const QString &code)
{
    return derivedId(u"rm-"_s, u"requirement_mark\n%1\n%2\n%3"_s.arg(traineeId).arg(taskId, code));
}

QString feedbackReadIdFor(const QString &feedbackId)
{
    return derivedId(u"fr-"_s, u"feedback_read\n"_s + feedbackId);
}

Error validateFieldEdits(const QString &kindName, const QList<FieldEdit> &edits)
{
    const QList<FieldSpec> specs = fieldSpecs(kindName);
    for (const FieldEdit &e : edits) {
        const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                       [&](const FieldSpec &s) { return s.name == e.field; });
        if (spec == specs.cend()) {
            QStringList names;
            for (const FieldSpec &s : specs)
                names.append(s.name);
            return Error(ErrorCode::InvalidField,
                         u"set.%1: a %2 has only the fields %3"_s.arg(e.field.left(32), kindName,
                                                                     names.join(u", "_s)));
        }
        const QString problem = checkValue(*spec, e.value);
        if (!problem.isEmpty())
            return Error(ErrorCode::InvalidField, u"set.%1.value: %2"_s.arg(e.field, problem));
    }
    return {};
}

QString ReviewRecord::decision() const
{
    return merged.value(u"decision"_s).toString();
}

QString ReviewRecord::instructions() const
{
    return merged.value(u"instructions"_s).toString();
}

Review ReviewRecord::summary() const
{
    Review r;
    r.id = id;
    r.submissionId = submissionId;
    r.taskId = taskId;
    r.traineeId = traineeId;
    r.decision = decision();
    r.instructions = instructions();
    r.comment = r.instructions;
    const std::optional<FieldWrite> w = merged.current(u"decision"_s);
    if (w)
        r.at = w->receivedAt.isValid() ? w->receivedAt : w->at;
    return r;
}

QJsonObject ReviewRecord::toJson() const
{
    QJsonObject o = summary().toJson();
    writeMerged(&o, merged);
    return o;
}

std::optional<ReviewRecord> ReviewRecord::fromJson(const QString &id, const QJsonObject &o,
                                                   Error *error)
{
    JsonReader r(o, k(kind::kReview));
    ReviewRecord v;
    v.id = id;
    v.submissionId = r.string(u"submissionId"_s, JsonReader::Required, 64);
    v.taskId = r.string(u"taskId"_s, JsonReader::Required, 64);
    v.traineeId = r.integer(u"traineeId"_s, JsonReader::Required, 1);
    std::optional<MergedFields> merged = r.ok() ? readMerged(r, error) : std::nullopt;
    if (!r.ok())
        return fail<ReviewRecord>(r, error);
    if (!merged)
        return std::nullopt;
    v.merged = *merged;
    return v;
}

bool RequirementMark::demonstrated() const
{
    return merged.value(u"demonstrated"_s).toBool(false);
}

QString RequirementMark::note() const
{
    return merged.value(u"note"_s).toString();
}

QJsonObject RequirementMark::toJson() const
{
    QJsonObject o{{u"traineeId"_s, traineeId},
                  {u"taskId"_s, taskId},
                  {u"requirementCode"_s, requirement.code},
                  {u"requirement"_s, requirement.toJson()},
                  {u"demonstrated"_s, demonstrated()},
                  {u"note"_s, note()}};
    if (!submissionId.isEmpty())
        o.insert(u"submissionId"_s, submissionId);
    writeMerged(&o, merged);
    return o;
}

std::optional<RequirementMark> RequirementMark::fromJson(const QString &id, const QJsonObject &o,
                                                         Error *error)
{
    JsonReader r(o, k(kind::kRequirementMark));
    RequirementMark m;
    m.id = id;
    m.traineeId = r.integer(u"traineeId"_s, JsonReader::Required, 1);
    m.taskId = r.string(u"taskId"_s, JsonReader::Required, 64);
    const QString code = r.string(u"requirementCode"_s, JsonReader::Required, 256);
    m.requirement = Requirement::fromJson(r.object(u"requirement"_s, JsonReader::Optional));
    m.requirement.code = code;
    m.submissionId = r.string(u"submissionId"_s, JsonReader::Optional, 64);
    std::optional<MergedFields> merged = r.ok() ? readMerged(r, error) : std::nullopt;
    if (!r.ok())
        return fail<RequirementMark>(r, error);
    if (!merged)
        return std::nullopt;
    m.merged = *merged;
    return m;
}

QString Phrase::type() const
{
    return merged.value(u"type"_s).toString();
}

QString Phrase::text() const
{
    return merged.value(u"text"_s).toString();
}

int Phrase::position() const
{
    return merged.value(u"position"_s).toInt(0);
}

bool Phrase::archived() const
{
    return merged.value(u"archived"_s).toBool(false);
}

QJsonObject Phrase::toJson() const
{
    QJsonObject o{{u"type"_s, type()},
                  {u"text"_s, text()},
                  {u"position"_s, position()},
                  {u"archived"_s, archived()}};
    writeMerged(&o, merged);
    return o;
}

std::optional<Phrase> Phrase::fromJson(const QString &id, const QJsonObject &o, Error *error)
{
    JsonReader r(o, k(kind::kPhrase));
    Phrase p;
    p.id = id;
    std::optional<MergedFields> merged = readMerged(r, error);
    if (!merged)
        return std::nullopt;
    p.merged = *merged;
    return p;
}

std::optional<ReviewOperation> ReviewOperation::fromJson(const QString &id,
                                                         const QJsonObject &data, Error *error)
{
    JsonReader r(data, k(kind::kReview));
    ReviewOperation op;
    op.submissionId = r.string(u"submissionId"_s, JsonReader::Required, 64);
    if (r.ok() && id != reviewIdFor(op.submissionId))
        r.fail(u"id"_s, u"a review's id must be reviewIdFor(submissionId)"_s);
    if (!r.ok())
        return fail<ReviewOperation>(r, error);
    std::optional<EditOperation> edit = EditOperation::fromJson(data, error);
    if (!edit)
        return std::nullopt;
    if (const Error invalid = validateFieldEdits(k(kind::kReview), edit->edits)) {
        if (error)
            *error = invalid;
        return std::nullopt;
    }
    op.edit = *edit;
    return op;
}

std::optional<RequirementMarkOperation>
RequirementMarkOperation::fromJson(const QString &id, const QJsonObject &data, Error *error)
{
    JsonReader r(data, k(kind::kRequirementMark));
    RequirementMarkOperation op;
    op.traineeId = r.integer(u"traineeId"_s, JsonReader::Required, 1);
    op.taskId = r.string(u"taskId"_s, JsonReader::Required, 64);
    op.requirementCode = r.string(u"requirementCode"_s, JsonReader::Required, 256);
    op.submissionId = r.string(u"submissionId"_s, JsonReader::Optional, 64);
    if (r.ok() && id != requirementMarkIdFor(op.traineeId, op.taskId, op.requirementCode))
        r.fail(u"id"_s,
               u"a requirement mark's id must be requirementMarkIdFor(traineeId, taskId, "
               "requirementCode)"_s);
    if (!r.ok())
        return fail<RequirementMarkOperation>(r, error);
    std::optional<EditOperation> edit = EditOperation::fromJson(data, error);
    if (!edit)
        return std::nullopt;
    if (const Error invalid = validateFieldEdits(k(kind::kRequirementMark), edit->edits)) {
        if (error)
            *error = invalid;
        return std::nullopt;
    }
    op.edit = *edit;
    return op;
}

Error validateCoachingOperation(const QString &opKind, const QString &id, const QJsonObject &data)
{
    Error error;
    if (opKind == k(kind::kReview)) {
        ReviewOperation::fromJson(id, data, &error);
    } else if (opKind == k(kind::kRequirementMark)) {
        RequirementMarkOperation::fromJson(id, data, &error);
    } else if (opKind == k(kind::kPhrase)) {
        if (const std::optional<EditOperation> edit = EditOperation::fromJson(data, &error))
            error = validateFieldEdits(opKind, edit->edits);
    } else if (opKind == k(kind::kFeedback)) {
        Feedback::fromJson(id, data, &error);
    } else if (opKind == k(kind::kFeedbackRead)) {
        if (const std::optional<FeedbackRead> read = FeedbackRead::fromJson(id, data, &error);
            read && id != feedbackReadIdFor(read->feedbackId))
            error = Error(ErrorCode::InvalidField,
                          u"feedback_read.id: must be feedbackReadIdFor(feedbackId)"_s);
    } else {
        error = Error(ErrorCode::UnknownKind,
                      u"'%1' is not a coaching record kind"_s.arg(opKind.left(64)));
    }
    return error;
}
