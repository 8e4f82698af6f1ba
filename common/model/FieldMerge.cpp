#include "common/model/FieldMerge.h"

#include "common/protocol/JsonReader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxFieldsPerOperation = 16;
constexpr qsizetype kMaxFieldName = 32;

Hlc readHlc(JsonReader &r, const QString &key, JsonReader::Presence presence)
{
    const QString text = r.string(key, presence, 128);
    if (!r.ok())
        return {};
    const std::optional<Hlc> hlc = Hlc::fromString(text);
    if (!hlc) {
        r.fail(key, u"is not a timestamp of the form 001764842364120-000000-device"_s);
        return {};
    }
    return *hlc;
}

bool historyBefore(const FieldHistoryEntry &a, const FieldHistoryEntry &b)
{
    const int c = a.write.hlc.compare(b.write.hlc);
    return c != 0 ? c < 0 : a.field < b.field;
}
} // namespace

QJsonObject FieldWrite::toJson() const
{
    QJsonObject o{{u"value"_s, value}, {u"hlc"_s, hlc.toString()}};
    if (!base.isNull())
        o.insert(u"base"_s, base.toString());
    if (by > 0)
        o.insert(u"by"_s, by);
    if (!byName.isEmpty())
        o.insert(u"byName"_s, byName);
    if (!device.isEmpty())
        o.insert(u"device"_s, device);
    if (at.isValid())
        o.insert(u"at"_s, toIsoUtc(at));
    if (receivedAt.isValid())
        o.insert(u"receivedAt"_s, toIsoUtc(receivedAt));
    return o;
}

std::optional<FieldWrite> FieldWrite::fromJson(const QJsonObject &o, Error *error)
{
    JsonReader r(o, u"field"_s);
    FieldWrite w;
    if (!o.contains(u"value"_s))
        r.fail(u"value"_s, u"is required"_s);
    w.value = o.value(u"value"_s);
    w.hlc = readHlc(r, u"hlc"_s, JsonReader::Required);
    w.base = readHlc(r, u"base"_s, JsonReader::Optional);
    w.by = r.integer(u"by"_s, JsonReader::Optional, 0);
    w.byName = r.string(u"byName"_s, JsonReader::Optional, 200);
    w.device = r.string(u"device"_s, JsonReader::Optional, 64);
    w.at = r.timestamp(u"at"_s, JsonReader::Optional);
    w.receivedAt = r.timestamp(u"receivedAt"_s, JsonReader::Optional);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return w;
}

QJsonObject FieldHistoryEntry::toJson() const
{
    QJsonObject o = write.toJson();
    o.insert(u"field"_s, field);
    o.insert(u"conflict"_s, conflict);
    return o;
}

std::optional<FieldHistoryEntry> FieldHistoryEntry::fromJson(const QJsonObject &o, Error *error)
{
    JsonReader r(o, u"history"_s);
    FieldHistoryEntry e;
    e.field = r.string(u"field"_s, JsonReader::Required, kMaxFieldName);
    e.conflict = r.boolean(u"conflict"_s, JsonReader::Optional);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    std::optional<FieldWrite> w = FieldWrite::fromJson(o, error);
    if (!w)
        return std::nullopt;
    e.write = *w;
    return e;
}

QJsonValue MergedFields::value(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    return it == m_fields.cend() ? QJsonValue() : it->value;
}

std::optional<FieldWrite> MergedFields::current(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    return it == m_fields.cend() ? std::nullopt : std::optional(*it);
}

bool MergedFields::holds(const QString &field, const Hlc &hlc, const QJsonValue &value,
                         bool *sameValue) const
{
    const auto it = m_fields.constFind(field);
    if (it != m_fields.cend() && it->hlc == hlc) {
        *sameValue = it->value == value;
        return true;
    }
    for (const FieldHistoryEntry &e : m_history) {
        if (e.field == field && e.write.hlc == hlc) {
            *sameValue = e.write.value == value;
            return true;
        }
    }
    return false;
}

MergedFields::Outcome MergedFields::apply(const QString &field, const FieldWrite &write)
{
    bool sameValue = false;
    if (holds(field, write.hlc, write.value, &sameValue))
        return sameValue ? Outcome::Duplicate : Outcome::Clash;
    Outcome outcome = Outcome::Won;
    const auto it = m_fields.find(field);
    if (it == m_fields.end()) {
        m_fields.insert(field, write);
    } else if (write.hlc > it->hlc) {
        m_history.append({field, *it, false});
        *it = write;
    } else {
        m_history.append({field, write, false});
        outcome = Outcome::Lost;
    }
    std::stable_sort(m_history.begin(), m_history.end(), historyBefore);
    refreshConflicts(field);
    return outcome;
}

void MergedFields::refreshConflicts(const QString &field)
{
    QList<Hlc> bases;
    if (const auto it = m_fields.constFind(field); it != m_fields.cend())
        bases.append(it->base);
    for (const FieldHistoryEntry &e : std::as_const(m_history)) {
        if (e.field == field)
            bases.append(e.write.base);
    }
    for (FieldHistoryEntry &e : m_history) {
        if (e.field == field)
            e.conflict = !bases.contains(e.write.hlc);
    }
}

bool MergedFields::contested(const QString &field) const
{
    const QJsonValue now = value(field);
    return std::any_of(m_history.cbegin(), m_history.cend(), [&](const FieldHistoryEntry &e) {
        return e.field == field && e.conflict && e.write.value != now;
    });
}

QJsonObject MergedFields::fieldsJson() const
{
    QJsonObject o;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        o.insert(it.key(), it->toJson());
    return o;
}

QJsonArray MergedFields::historyJson() const
{
    QJsonArray a;
    for (const FieldHistoryEntry &e : m_history)
        a.append(e.toJson());
    return a;
}

std::optional<MergedFields> MergedFields::fromJson(const QJsonObject &fields,
                                                   const QJsonArray &history, Error *error)
{
    MergedFields m;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > kMaxFieldName || !it.value().isObject()) {
            if (error)
                *error = Error(ErrorCode::InvalidField,
                               u"fields.%1: must be an object"_s.arg(it.key().left(kMaxFieldName)));
            return std::nullopt;
        }
        std::optional<FieldWrite> w = FieldWrite::fromJson(it.value().toObject(), error);
        if (!w)
            return std::nullopt;
        m.m_fields.insert(it.key(), *w);
    }
    for (const QJsonValue &v : history) {
        std::optional<FieldHistoryEntry> e = FieldHistoryEntry::fromJson(v.toObject(), error);
        if (!e)
            return std::nullopt;
        m.m_history.append(*e);
    }
    std::stable_sort(m.m_history.begin(), m.m_history.end(), historyBefore);
    QStringList names = m.m_fields.keys();
    for (const FieldHistoryEntry &e : std::as_const(m.m_history))
        names.append(e.field);
    names.removeDuplicates();
    for (const QString &name : std::as_const(names))
        m.refreshConflicts(name);
    return m;
}

Hlc EditOperation::effectiveHlc(const FieldEdit &edit) const
{
    if (!edit.base.isNull() && hlc <= edit.base)
        return edit.base.successor(hlc.device());
    return hlc;
}

std::optional<EditOperation> EditOperation::fromJson(const QJsonObject &data, Error *error)
{
    JsonReader r(data);
    EditOperation op;
    op.hlc = readHlc(r, u"hlc"_s, JsonReader::Required);
    const QJsonObject set = r.object(u"set"_s);
    if (r.ok() && (set.isEmpty() || set.size() > kMaxFieldsPerOperation))
        r.fail(u"set"_s, u"must name 1 to %1 fields"_s.arg(kMaxFieldsPerOperation));
    for (auto it = set.begin(); r.ok() && it != set.end(); ++it) {
        const QString where = u"set."_s + it.key().left(kMaxFieldName);
        if (!it.value().isObject()) {
            r.fail(where, u"must be an object {\"value\": ..., \"base\": ...}"_s);
            break;
        }
        const QJsonObject edit = it.value().toObject();
        JsonReader er(edit, where);
        FieldEdit e;
        e.field = it.key();
        if (!edit.contains(u"value"_s) || edit.value(u"value"_s).isNull())
            er.fail(u"value"_s, u"is required"_s);
        e.value = edit.value(u"value"_s);
        e.base = readHlc(er, u"base"_s, JsonReader::Optional);
        if (!er.ok()) {
            if (error)
                *error = er.error();
            return std::nullopt;
        }
        op.edits.append(e);
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return op;
}
