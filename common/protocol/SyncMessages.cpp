#include "common/protocol/SyncMessages.h"

#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"
#include "common/util/Crypto.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
bool failed(const JsonReader &r, Error *error)
{
    if (r.ok())
        return false;
    if (error)
        *error = r.error();
    return true;
}

QJsonObject cursorsToJson(const QMap<QString, qint64> &cursors)
{
    QJsonObject o;
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool cursorsFromJson(const QJsonObject &o, QMap<QString, qint64> *out, JsonReader *owner)
{
    JsonReader r(o, u"cursors"_s);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!protocol::parseScope(it.key(), nullptr, nullptr)) {
            owner->fail(u"cursors"_s, u"unknown scope '%1'"_s.arg(it.key().left(64)));
            return false;
        }
        const qint64 v = r.integer(it.key());
        if (!r.ok()) {
            owner->fail(u"cursors"_s, r.error().message);
            return false;
        }
        out->insert(it.key(), v);
    }
    return true;
}

bool isRecordId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u':')
            return false;
    }
    return true;
}
} // namespace

QJsonObject Operation::toJson() const
{
    return {{u"counter"_s, counter},
            {u"kind"_s, kind},
            {u"id"_s, id},
            {u"clientTime"_s, toIsoUtc(clientTime)},
            {u"data"_s, data}};
}

std::optional<Operation> Operation::fromJson(const QJsonObject &obj, Error *error)
{
    JsonReader r(obj, u"op"_s);
    Operation op;
    op.counter = r.integer(u"counter"_s, JsonReader::Required, 1);
    op.kind = r.string(u"kind"_s, JsonReader::Required, 64);
    op.id = r.string(u"id"_s, JsonReader::Required, 64);
    if (r.ok() && !isRecordId(op.id))
        r.fail(u"id"_s, u"must be 1-64 characters of [A-Za-z0-9_:-]"_s);
    op.clientTime = r.timestamp(u"clientTime"_s, JsonReader::Optional);
    op.data = r.object(u"data"_s);
    if (failed(r, error))
        return std::nullopt;
    return op;
}

QJsonObject SyncRequest::toJson() const
{
    QJsonArray opsJson;
    for (const Operation &op : ops)
        opsJson.append(op.toJson());
    return {{u"protocol"_s, protocol},
            {u"device"_s, QJsonObject{{u"id"_s, deviceId}, {u"epoch"_s, deviceEpoch}}},
            {u"serverEpoch"_s, serverEpoch},
            {u"cursors"_s, cursorsToJson(cursors)},
            {u"ops"_s, opsJson}};
}

std::optional<SyncRequest> SyncRequest::fromJson(const QJsonObject &obj, Error *error)
{
    JsonReader r(obj);
    SyncRequest req;
    req.protocol = static_cast<int>(r.integer(u"protocol"_s, JsonReader::Required, 1, 1000000));
    const QJsonObject device = r.object(u"device"_s);
    req.serverEpoch = r.string(u"serverEpoch"_s, JsonReader::Optional, 64);
    const QJsonObject cursors = r.object(u"cursors"_s, JsonReader::Optional);
    const QJsonArray ops
        = r.array(u"ops"_s, JsonReader::Optional, protocol::limits::kMaxOpsPerRequest);
    if (failed(r, error))
        return std::nullopt;
    JsonReader d(device, u"device"_s);
    req.deviceId = d.string(u"id"_s, JsonReader::Required, 64);
    if (d.ok() && !isRecordId(req.deviceId))
        d.fail(u"id"_s, u"must be 1-64 characters of [A-Za-z0-9_:-]"_s);
    req.deviceEpoch = d.integer(u"epoch"_s, JsonReader::Required, 1);
    if (failed(d, error))
        return std::nullopt;
    if (!cursorsFromJson(cursors, &req.cursors, &r) && failed(r, error))
        return std::nullopt;
    qint64 previous = 0;
    for (const QJsonValue &v : ops) {
        if (!v.isObject()) {
            if (error)
                *error = Error(ErrorCode::InvalidField, u"ops: every item must be an object"_s);
            return std::nullopt;
        }
        auto op = Operation::fromJson(v.toObject(), error);
        if (!op)
            return std::nullopt;
        if (op->counter <= previous) {
            if (error)
                *error = Error(ErrorCode::InvalidField,
                               u"ops: counters must be strictly increasing"_s);
            return std::nullopt;
        }
        previous = op->counter;
        req.ops.append(*op);
    }
    return req;
}

QString ackStatusName(AckStatus s)
{
    switch (s) {
    case AckStatus::Applied:
        return u"applied"_s;
    case AckStatus::Duplicate:
        return u"duplicate"_s;
    case AckStatus::Rejected:
        return u"rejected"_s;
    }
    return {};
}

QJsonObject Ack::toJson() const
{
    QJsonObject o{{u"counter"_s, counter}, {u"status"_s, ackStatusName(status)}};
    if (status == AckStatus::Rejected)
        o.insert(u"error"_s, error.toJson());
    return o;
}

std::optional<Ack> Ack::fromJson(const QJsonObject &obj, Error *error)
{
    JsonReader r(obj, u"ack"_s);
    Ack a;
    a.counter = r.integer(u"counter"_s, JsonReader::Required, 1);
    const QString s = r.oneOf(u"status"_s, {u"applied"_s, u"duplicate"_s, u"rejected"_s});
    a.status = s == u"duplicate"_s  ? AckStatus::Duplicate
               : s == u"rejected"_s ? AckStatus::Rejected
                                     : AckStatus::Applied;
    if (a.status == AckStatus::Rejected) {
        a.error = Error::fromJson(r.object(u"error"_s));
    }
    if (failed(r, error))
        return std::nullopt;
    return a;
}

QJsonObject Change::toJson() const
{
    QJsonObject o{{u"scope"_s, scope}, {u"seq"_s, seq}, {u"kind"_s, kind}, {u"id"_s, id}};
    if (deleted)
        o.insert(u"deleted"_s, true);
    else
        o.insert(u"data"_s, data);
    return o;
}

std::optional<Change> Change::fromJson(const QJsonObject &obj, Error *error)
{
    JsonReader r(obj, u"change"_s);
    Change c;
    c.scope = r.string(u"scope"_s, JsonReader::Required, 64);
    c.seq = r.integer(u"seq"_s, JsonReader::Required, 1);
    c.kind = r.string(u"kind"_s, JsonReader::Required, 64);
    c.id = r.string(u"id"_s, JsonReader::Required, 64);
    c.deleted = r.boolean(u"deleted"_s, JsonReader::Optional, false);
    if (!c.deleted)
        c.data = r.object(u"data"_s);
    if (failed(r, error))
        return std::nullopt;
    return c;
}

QJsonObject ScopeDigest::toJson() const
{
    return {{u"count"_s, count}, {u"hash"_s, hash}};
}

void DigestBuilder::add(const QString &kind, const QString &id, qint64 seq)
{
    const QByteArray h
        = crypto::sha256(kind.toUtf8() + '\n' + id.toUtf8() + '\n' + QByteArray::number(seq));
    for (int i = 0; i < m_xor.size(); ++i)
        m_xor[i] = static_cast<char>(m_xor[i] ^ h[i]);
    ++m_count;
}

ScopeDigest DigestBuilder::result() const
{
    return ScopeDigest{m_count, QString::fromLatin1(m_xor.toHex())};
}

QJsonObject ServerLimits::toJson() const
{
    QJsonObject o;
    if (maxFileSize > 0)
        o.insert(u"maxFileSize"_s, maxFileSize);
    return o;
}

std::optional<ServerLimits> ServerLimits::fromJson(const QJsonObject &obj, Error *error)
{
    JsonReader r(obj, u"limits"_s);
    ServerLimits l; // limits this version does not know are ignored
    if (r.has(u"maxFileSize"_s)) // absent: not announced (0)
        l.maxFileSize = r.integer(u"maxFileSize"_s, JsonReader::Required, 1);
    if (failed(r, error))
        return std::nullopt;
    return l;
}

QJsonObject SyncResponse::toJson() const
{
    QJsonArray acksJson;
    for (const Ack &a : acks)
        acksJson.append(a.toJson());
    QJsonArray changesJson;
    for (const Change &c : changes)
        changesJson.append(c.toJson());
    QJsonObject o{{u"protocol"_s, protocol},
                  {u"serverEpoch"_s, serverEpoch},
                  {u"acks"_s, acksJson},
                  {u"changes"_s, changesJson},
                  {u"cursors"_s, cursorsToJson(cursors)},
                  {u"more"_s, more}};
    if (!digests.isEmpty()) {
        QJsonObject d;
        for (auto it = digests.cbegin(); it != digests.cend(); ++it)
            d.insert(it.key(), it.value().toJson());
        o.insert(u"digests"_s, d);
    }
    if (!limits.isEmpty())
        o.insert(u"limits"_s, limits.toJson());
    return o;
}

std::optional<SyncResponse> SyncResponse::fromJson(const QJsonObject &obj, Error *error)
{
    JsonReader r(obj);
    SyncResponse resp;
    resp.protocol = static_cast<int>(r.integer(u"protocol"_s, JsonReader::Required, 1, 1000000));
    resp.serverEpoch = r.string(u"serverEpoch"_s, JsonReader::Required, 64);
    const QJsonArray acks = r.array(u"acks"_s);
    const QJsonArray changes = r.array(u"changes"_s, JsonReader::Required, 1000000);
    const QJsonObject cursors = r.object(u"cursors"_s);
    resp.more = r.boolean(u"more"_s);
    const QJsonObject digests = r.object(u"digests"_s, JsonReader::Optional);
    const QJsonObject limits = r.object(u"limits"_s, JsonReader::Optional);
    if (failed(r, error))
        return std::nullopt;
    const std::optional<ServerLimits> parsedLimits = ServerLimits::fromJson(limits, error);
    if (!parsedLimits)
        return std::nullopt;
    resp.limits = *parsedLimits;
    if (!cursorsFromJson(cursors, &resp.cursors, &r) && failed(r, error))
        return std::nullopt;
    for (const QJsonValue &v : acks) {
        auto a = Ack::fromJson(v.toObject(), error);
        if (!a)
            return std::nullopt;
        resp.acks.append(*a);
    }
    for (const QJsonValue &v : changes) {
        auto c = Change::fromJson(v.toObject(), error);
        if (!c)
            return std::nullopt;
        resp.changes.append(*c);
    }
    for (auto it = digests.begin(); it != digests.end(); ++it) {
        JsonReader d(it.value().toObject(), u"digests"_s);
        ScopeDigest sd;
        sd.count = d.integer(u"count"_s);
        sd.hash = d.string(u"hash"_s, JsonReader::Required, 64);
        if (failed(d, error))
            return std::nullopt;
        resp.digests.insert(it.key(), sd);
    }
    return resp;
}
