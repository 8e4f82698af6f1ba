#pragma once
// Field-by-field merging of editable records (a coach's decision, a requirement mark, a phrase):
// every field is a register holding its current write; a write with a higher hybrid logical
// clock timestamp wins, and every other write is kept in the record's history, flagged as a
// conflict when nobody overwrote it knowingly. The result depends only on the set of writes,
// never on the order they arrive in, so the server and every client agree. Nothing is discarded.

#include "common/protocol/Error.h"
#include "common/util/Hlc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// One write of one field: the value, the timestamp of the value the writer saw (`base`, null
// when they saw none) and who wrote it, when and on which device.
struct FieldWrite
{
    QJsonValue value;
    Hlc hlc;
    Hlc base;
    qint64 by = 0; // user id, set by the server
    QString byName; // the writer's display name (or username), set by the server
    QString device; // the device that sent the write, set by the server
    QDateTime at; // client time of the write, informational
    QDateTime receivedAt; // server time

    QJsonObject toJson() const;
    static std::optional<FieldWrite> fromJson(const QJsonObject &o, Error *error);
};

// A write that is not (or no longer) the current value of its field.
struct FieldHistoryEntry
{
    QString field;
    FieldWrite write;
    // True when no other write of the field was based on this one: someone else's value won
    // without them having seen this one (two people decided concurrently).
    bool conflict = false;

    QJsonObject toJson() const; // the write's members plus "field" and "conflict"
    static std::optional<FieldHistoryEntry> fromJson(const QJsonObject &o, Error *error);
};

class MergedFields
{
public:
    enum class Outcome {
        Won, // the write is now the field's value
        Lost, // a higher timestamp holds the field; the write went into the history
        Duplicate, // this exact write is already held: nothing changed
        Clash, // another value already holds this timestamp (a broken client): nothing changed
    };

    static constexpr int kMaxHistory = 200;

    Outcome apply(const QString &field, const FieldWrite &write);

    bool has(const QString &field) const { return m_fields.contains(field); }
    QJsonValue value(const QString &field) const;
    std::optional<FieldWrite> current(const QString &field) const;
    const QMap<QString, FieldWrite> &fields() const { return m_fields; }
    // Ordered by timestamp (then field name), independent of arrival order.
    const QList<FieldHistoryEntry> &history() const { return m_history; }
    // True when the history holds a conflicting write of the field with another value than the
    // current one: show the reader that someone decided differently.
    bool contested(const QString &field) const;

    QJsonObject fieldsJson() const;
    QJsonArray historyJson() const;
    static std::optional<MergedFields> fromJson(const QJsonObject &fields,
                                                const QJsonArray &history, Error *error);

private:
    bool holds(const QString &field, const Hlc &hlc, const QJsonValue &value, bool *sameValue) const;
    void refreshConflicts(const QString &field);

    QMap<QString, FieldWrite> m_fields;
    QList<FieldHistoryEntry> m_history;
};

// A write request as a client sends it for one field: {"value": ..., "base": "<hlc>"}.
struct FieldEdit
{
    QString field;
    QJsonValue value;
    Hlc base;
};

// The editable part of an operation on a merged record: one timestamp for all its fields.
//   {"hlc": "<hlc>", "set": {"<field>": {"value": ..., "base": "<hlc or empty>"}, ...}}
struct EditOperation
{
    Hlc hlc;
    QList<FieldEdit> edits; // sorted by field name

    // The timestamp a field's write gets: the operation's, or, if a broken client sent one at or
    // below the base it saw, the smallest one above that base (a write after what it saw).
    Hlc effectiveHlc(const FieldEdit &edit) const;
    static std::optional<EditOperation> fromJson(const QJsonObject &data, Error *error);
};
