#pragma once
// Messages of POST /api/v1/sync: one round carries the client's outbox batch (push) and its
// cursors (pull) and returns acknowledgements, changes after the cursors, and `more`.

#include "common/protocol/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// One outbox operation. (device id, device epoch, counter) is its idempotency key: the server
// applies each key once, in counter order, and acknowledges a re-sent key again without applying.
struct Operation
{
    qint64 counter = 0;
    QString kind; // a record kind the sender may create, e.g. "submission"
    QString id; // the new record's id (a UUID made by the client)
    QDateTime clientTime; // informational only; never used for ordering or refusal
    QJsonObject data; // the record's fields as the client writes them

    QJsonObject toJson() const;
    static std::optional<Operation> fromJson(const QJsonObject &obj, Error *error);
};

struct SyncRequest
{
    int protocol = 0;
    QString deviceId;
    qint64 deviceEpoch = 1;
    QString serverEpoch; // empty on the very first sync
    QMap<QString, qint64> cursors; // scope -> last sequence number the client holds
    QList<Operation> ops; // in ascending counter order

    QJsonObject toJson() const;
    static std::optional<SyncRequest> fromJson(const QJsonObject &obj, Error *error);
};

enum class AckStatus { Applied, Duplicate, Rejected };
QString ackStatusName(AckStatus s);

struct Ack
{
    qint64 counter = 0;
    AckStatus status = AckStatus::Applied;
    Error error; // set when Rejected: why the operation was not applied

    QJsonObject toJson() const;
    static std::optional<Ack> fromJson(const QJsonObject &obj, Error *error);
};

struct Change
{
    QString scope;
    qint64 seq = 0;
    QString kind;
    QString id;
    QJsonObject data; // the record as the server holds it (empty when deleted)
    bool deleted = false; // an explicit tombstone; absence never means deletion

    QJsonObject toJson() const;
    static std::optional<Change> fromJson(const QJsonObject &obj, Error *error);
};

// Count and order-independent hash of what a scope holds, sent when a round is complete so the
// client can detect drift and re-fetch that scope alone.
struct ScopeDigest
{
    qint64 count = 0;
    QString hash;

    QJsonObject toJson() const;
    bool operator==(const ScopeDigest &o) const { return count == o.count && hash == o.hash; }
};

// Builds a ScopeDigest from (kind, id, seq) triples in any order.
class DigestBuilder
{
public:
    void add(const QString &kind, const QString &id, qint64 seq);
    ScopeDigest result() const;

private:
    qint64 m_count = 0;
    QByteArray m_xor = QByteArray(16, '\0');
};

// Limits of this server that a client applies before asking it anything (e.g. refusing to attach
// a file the server would refuse). Optional in the response: a field left 0 was not announced,
// and the client keeps what it knew (or the protocol's default).
struct ServerLimits
{
    qint64 maxFileSize = 0; // largest file an upload may declare, in bytes

    bool isEmpty() const { return maxFileSize <= 0; }
    QJsonObject toJson() const;
    static std::optional<ServerLimits> fromJson(const QJsonObject &obj, Error *error);
};

struct SyncResponse
{
    int protocol = 0;
    QString serverEpoch;
    QList<Ack> acks;
    QList<Change> changes; // ascending seq within each scope
    QMap<QString, qint64> cursors; // the cursor to store for each readable scope
    bool more = false; // another page of changes waits: sync again at once
    QMap<QString, ScopeDigest> digests; // only when more == false
    ServerLimits limits; // "limits": sent by servers that announce them (v1: limits)

    QJsonObject toJson() const;
    static std::optional<SyncResponse> fromJson(const QJsonObject &obj, Error *error);
};
