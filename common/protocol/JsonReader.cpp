#include "common/protocol/JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

JsonReader::JsonReader(const QJsonObject &obj, QString context)
    : m_obj(obj), m_context(std::move(context))
{
}

QString JsonReader::where(const QString &key) const
{
    return m_context.isEmpty() ? key : m_context + u'.' + key;
}

void JsonReader::fail(const QString &key, const QString &why)
{
    if (m_error.isError())
        return;
    m_error = Error(ErrorCode::InvalidField, u"%1: %2"_s.arg(where(key), why));
}

QString JsonReader::string(const QString &key, Presence p, qsizetype maxLength)
{
    const QJsonValue v = m_obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (p == Required)
            fail(key, u"is required"_s);
        return {};
    }
    if (!v.isString()) {
        fail(key, u"must be a string"_s);
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxLength) {
        fail(key, u"is longer than %1 characters"_s.arg(maxLength));
        return {};
    }
    if (p == Required && s.isEmpty()) {
        fail(key, u"must not be empty"_s);
        return {};
    }
    return s;
}

qint64 JsonReader::integer(const QString &key, Presence p, qint64 min, qint64 max)
{
    const QJsonValue v = m_obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (p == Required)
            fail(key, u"is required"_s);
        return min;
    }
    if (!v.isDouble()) {
        fail(key, u"must be a number"_s);
        return min;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d) {
        fail(key, u"must be a whole number"_s);
        return min;
    }
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
        fail(key, u"must be between %1 and %2"_s.arg(min).arg(max));
        return min;
    }
    return static_cast<qint64>(d);
}

bool JsonReader::boolean(const QString &key, Presence p, bool fallback)
{
    const QJsonValue v = m_obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (p == Required)
            fail(key, u"is required"_s);
        return fallback;
    }
    if (!v.isBool()) {
        fail(key, u"must be true or false"_s);
        return fallback;
    }
    return v.toBool();
}

QJsonObject JsonReader::object(const QString &key, Presence p)
{
    const QJsonValue v = m_obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (p == Required)
            fail(key, u"is required"_s);
        return {};
    }
    if (!v.isObject()) {
        fail(key, u"must be an object"_s);
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QString &key, Presence p, qsizetype maxItems)
{
    const QJsonValue v = m_obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (p == Required)
            fail(key, u"is required"_s);
        return {};
    }
    if (!v.isArray()) {
        fail(key, u"must be an array"_s);
        return {};
    }
    QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        fail(key, u"has more than %1 items"_s.arg(maxItems));
        return {};
    }
    return a;
}

QString JsonReader::oneOf(const QString &key, const QStringList &allowed, Presence p)
{
    const QString s = string(key, p, 256);
    if (!ok() || s.isEmpty())
        return s;
    if (!allowed.contains(s)) {
        fail(key, u"must be one of: %1"_s.arg(allowed.join(u", "_s)));
        return {};
    }
    return s;
}

QDateTime JsonReader::timestamp(const QString &key, Presence p)
{
    const QString s = string(key, p, 64);
    if (!ok() || s.isEmpty())
        return {};
    const QDateTime t = fromIsoUtc(s);
    if (!t.isValid())
        fail(key, u"must be an ISO 8601 time"_s);
    return t;
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &body, Error *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = Error(ErrorCode::BadRequest,
                           u"malformed JSON at offset %1: %2"_s.arg(pe.offset).arg(pe.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = Error(ErrorCode::BadRequest, u"the body must be a JSON object"_s);
        return std::nullopt;
    }
    return doc.object();
}

QString toIsoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}
