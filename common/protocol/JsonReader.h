#pragma once
// Reads typed fields out of untrusted JSON and remembers the first problem, so that message
// parsers stay short and every bad input ends in one clear InvalidField error naming the field.

#include "common/protocol/Error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &obj, QString context = {});

    enum Presence { Required, Optional };

    QString string(const QString &key, Presence p = Required, qsizetype maxLength = 1 << 20);
    // Integers must be whole numbers within [min, max] (JSON numbers are doubles: 2^53 is the cap).
    qint64 integer(const QString &key, Presence p = Required, qint64 min = 0,
                   qint64 max = (qint64(1) << 53));
    bool boolean(const QString &key, Presence p = Required, bool fallback = false);
    QJsonObject object(const QString &key, Presence p = Required);
    QJsonArray array(const QString &key, Presence p = Required, qsizetype maxItems = 100000);
    // A string that must be one of the allowed values.
    QString oneOf(const QString &key, const QStringList &allowed, Presence p = Required);
    // A UTC timestamp in ISO 8601 with milliseconds; returns an invalid QDateTime when absent.
    QDateTime timestamp(const QString &key, Presence p = Required);

    bool has(const QString &key) const { return m_obj.contains(key); }
    bool ok() const { return !m_error.isError(); }
    const Error &error() const { return m_error; }
    void fail(const QString &key, const QString &why);

private:
    QString where(const QString &key) const;
    QJsonObject m_obj;
    QString m_context;
    Error m_error;
};

// Parses a whole body into an object; a non-object or malformed body is BadRequest.
std::optional<QJsonObject> parseJsonObject(const QByteArray &body, Error *error);

// Canonical ISO-8601 UTC text with milliseconds ("2026-12-04T20:15:05.123Z").
QString toIsoUtc(const QDateTime &t);
QDateTime fromIsoUtc(const QString &s);
