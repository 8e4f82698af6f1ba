// ServerStore, part two: records, the change log with its digests, devices and applied operations.
#include "server/core/ServerStore.h"

#include "common/model/Records.h"
#include "common/protocol/Protocol.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// XOR of two digest hashes (hex); the digest of a set is the XOR of its members' hashes.
QString xorHex(const QString &a, const QString &b)
{
    QByteArray x = QByteArray::fromHex(a.toLatin1());
    const QByteArray y = QByteArray::fromHex(b.toLatin1());
    if (x.size() != y.size())
        return b;
    for (qsizetype i = 0; i < x.size(); ++i)
        x[i] = static_cast<char>(x[i] ^ y[i]);
    return QString::fromLatin1(x.toHex());
}

QString entryHash(const QString &kind, const QString &id, qint64 seq)
{
    DigestBuilder b;
    b.add(kind, id, seq);
    return b.result().hash;
}

constexpr char16_t kRecordColumns[] = u"kind, id, scope, data, deleted, created_at, updated_at";
} // namespace

RecordRow ServerStore::recordFrom(const QSqlQuery &q)
{
    RecordRow r;
    r.kind = q.value(0).toString();
    r.id = q.value(1).toString();
    r.scope = q.value(2).toString();
    r.data = fromText(q.value(3).toString());
    r.deleted = q.value(4).toBool();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    r.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return r;
}

QList<RecordRow> ServerStore::readRecords(QSqlQuery *q)
{
    QList<RecordRow> out;
    while (q && q->next())
        out.append(recordFrom(*q));
    if (q)
        q->finish();
    return out;
}

std::optional<RecordRow> ServerStore::record(const QString &kind, const QString &id)
{
    const QList<RecordRow> rows = readRecords(
        run(u"SELECT "_s + QString::fromUtf16(kRecordColumns)
                + u" FROM records WHERE kind = ? AND id = ?"_s,
            {kind, id}));
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

bool ServerStore::insertRecord(const RecordRow &r)
{
    return exec(u"INSERT INTO records (kind, id, scope, data, deleted, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {r.kind, r.id, r.scope, toText(r.data), r.deleted, ms(r.createdAt),
                 ms(r.updatedAt)});
}

bool ServerStore::updateRecord(const QString &kind, const QString &id, const QJsonObject &data,
                               bool deleted, const QDateTime &now)
{
    return exec(u"UPDATE records SET data = ?, deleted = ?, updated_at = ?"
                " WHERE kind = ? AND id = ?"_s,
                {toText(data), deleted, ms(now), kind, id});
}

int ServerStore::recordCount(const QString &kind)
{
    const QVariant v = scalar(u"SELECT count(*) FROM records WHERE kind = ?"_s, {kind});
    return v.isValid() ? v.toInt() : -1;
}

QList<RecordRow> ServerStore::recordsOfScope(const QString &scope, const QString &kind)
{
    return readRecords(run(u"SELECT "_s + QString::fromUtf16(kRecordColumns)
                               + u" FROM records WHERE scope = ? AND kind = ?"
                                 u" ORDER BY created_at, id"_s,
                           {scope, kind}));
}

QList<RecordRow> ServerStore::tasksOfSet(const QString &taskSetId)
{
    return readRecords(run(u"SELECT "_s + QString::fromUtf16(kRecordColumns)
                               + u" FROM records WHERE kind = 'task'"
                                 u" AND json_extract(data, '$.taskSetId') = ?"
                                 u" ORDER BY json_extract(data, '$.position'), created_at, id"_s,
                           {taskSetId}));
}

QList<qint64> ServerStore::traineesAssigned(const QString &taskSetId)
{
    QList<qint64> out;
    QSqlQuery *q = run(u"SELECT scope FROM records WHERE kind = 'assignment' AND deleted = 0"
                       " AND json_extract(data, '$.taskSetId') = ? ORDER BY scope"_s,
                       {taskSetId});
    while (q && q->next()) {
        qint64 id = 0;
        QString scopeKind;
        if (protocol::parseScope(q->value(0).toString(), &scopeKind, &id)
            && scopeKind == u"trainee"_s && !out.contains(id))
            out.append(id);
    }
    if (q)
        q->finish();
    return out;
}

std::optional<QString> ServerStore::assignmentId(qint64 traineeId, const QString &taskSetId)
{
    const QVariant v = scalar(u"SELECT id FROM records WHERE scope = ? AND kind = 'assignment'"
                              " AND deleted = 0 AND json_extract(data, '$.taskSetId') = ?"
                              " ORDER BY created_at LIMIT 1"_s,
                              {protocol::traineeScope(traineeId), taskSetId});
    return v.isValid() ? std::optional(v.toString()) : std::nullopt;
}

bool ServerStore::isTaskAssigned(const QString &taskId, qint64 traineeId)
{
    const QVariant v = scalar(
        u"SELECT 1 FROM records t JOIN records a ON a.scope = ? AND a.kind = 'assignment'"
        " AND a.deleted = 0"
        " AND json_extract(a.data, '$.taskSetId') = json_extract(t.data, '$.taskSetId')"
        " WHERE t.kind = 'task' AND t.id = ? AND t.deleted = 0 LIMIT 1"_s,
        {protocol::traineeScope(traineeId), taskId});
    return v.isValid();
}

int ServerStore::submissionCount(qint64 traineeId, const QString &taskId)
{
    const QVariant v = scalar(u"SELECT count(*) FROM records"
                              " WHERE scope = ? AND kind = 'submission'"
                              " AND json_extract(data, '$.taskId') = ?"_s,
                              {protocol::traineeScope(traineeId), taskId});
    return v.isValid() ? v.toInt() : -1;
}

// --- Change log --------------------------------------------------------------------------------

std::optional<qint64> ServerStore::recordChange(const QString &scope, const QString &kind,
                                                const QString &id)
{
    const std::optional<qint64> seq = nextSeq();
    if (!seq)
        return std::nullopt;
    const QVariant old = scalar(
        u"SELECT seq FROM changes WHERE scope = ? AND kind = ? AND record_id = ?"_s,
        {scope, kind, id});
    if (!exec(u"INSERT INTO changes (scope, kind, record_id, seq) VALUES (?, ?, ?, ?)"
              " ON CONFLICT (scope, kind, record_id) DO UPDATE SET seq = excluded.seq"_s,
              {scope, kind, id, *seq}))
        return std::nullopt;
    if (!updateDigest(scope, kind, id, old.isValid() ? old.toLongLong() : 0, *seq))
        return std::nullopt;
    return seq;
}

bool ServerStore::updateDigest(const QString &scope, const QString &kind, const QString &id,
                               qint64 oldSeq, qint64 newSeq)
{
    ScopeDigest d = digest(scope);
    if (oldSeq > 0)
        d.hash = xorHex(d.hash, entryHash(kind, id, oldSeq));
    else
        ++d.count;
    d.hash = xorHex(d.hash, entryHash(kind, id, newSeq));
    return exec(u"INSERT INTO scope_digests (scope, count, hash) VALUES (?, ?, ?)"
                " ON CONFLICT (scope) DO UPDATE SET count = excluded.count, hash = excluded.hash"_s,
                {scope, d.count, d.hash});
}

QList<Change> ServerStore::changesAfter(const QString &scope, qint64 afterSeq, int limit,
                                        QList<qsizetype> *sizes)
{
    QList<Change> out;
    QSqlQuery *q = run(u"SELECT c.seq, c.kind, c.record_id, r.data, r.deleted,"
                       " length(CAST(r.data AS BLOB)) FROM changes c"
                       " JOIN records r ON r.kind = c.kind AND r.id = c.record_id"
                       " WHERE c.scope = ? AND c.seq > ? ORDER BY c.seq LIMIT ?"_s,
                       {scope, afterSeq, limit});
    while (q && q->next()) {
        Change c;
        c.scope = scope;
        c.seq = q->value(0).toLongLong();
        c.kind = q->value(1).toString();
        c.id = q->value(2).toString();
        c.deleted = q->value(4).toBool();
        if (!c.deleted)
            c.data = fromText(q->value(3).toString());
        if (sizes)
            sizes->append(c.deleted ? 0 : q->value(5).toLongLong());
        out.append(c);
    }
    if (q)
        q->finish();
    return out;
}

ScopeDigest ServerStore::digest(const QString &scope)
{
    ScopeDigest d = DigestBuilder().result();
    QSqlQuery *q = run(u"SELECT count, hash FROM scope_digests WHERE scope = ?"_s, {scope});
    if (q && q->next()) {
        d.count = q->value(0).toLongLong();
        d.hash = q->value(1).toString();
    }
    if (q)
        q->finish();
    return d;
}

ScopeDigest ServerStore::computeDigest(const QString &scope)
{
    DigestBuilder b;
    QSqlQuery *q = run(u"SELECT kind, record_id, seq FROM changes WHERE scope = ?"_s, {scope});
    while (q && q->next())
        b.add(q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong());
    if (q)
        q->finish();
    return b.result();
}

// --- Devices and applied operations -------------------------------------------------------------

std::optional<DeviceRow> ServerStore::device(const QString &deviceId, qint64 epoch)
{
    QSqlQuery *q = run(u"SELECT user_id, last_counter, pruned_through FROM devices"
                       " WHERE device_id = ? AND epoch = ?"_s,
                       {deviceId, epoch});
    if (!q || !q->next())
        return std::nullopt;
    DeviceRow d{deviceId, epoch, q->value(0).toLongLong(), q->value(1).toLongLong(),
                q->value(2).toLongLong()};
    q->finish();
    return d;
}

std::optional<qint64> ServerStore::deviceOwner(const QString &deviceId)
{
    const QVariant v = scalar(u"SELECT user_id FROM devices WHERE device_id = ? LIMIT 1"_s,
                              {deviceId});
    return v.isValid() ? std::optional(v.toLongLong()) : std::nullopt;
}

bool ServerStore::upsertDevice(const DeviceRow &d)
{
    return exec(u"INSERT INTO devices (device_id, epoch, user_id, last_counter) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (device_id, epoch)"
                " DO UPDATE SET last_counter = excluded.last_counter"_s,
                {d.deviceId, d.epoch, d.userId, d.lastCounter});
}

std::optional<Ack> ServerStore::appliedOp(const QString &deviceId, qint64 epoch, qint64 counter)
{
    QSqlQuery *q = run(u"SELECT status, error_code, error_message FROM applied_ops"
                       " WHERE device_id = ? AND epoch = ? AND counter = ?"_s,
                       {deviceId, epoch, counter});
    if (!q || !q->next())
        return std::nullopt;
    Ack a;
    a.counter = counter;
    const QString status = q->value(0).toString();
    a.status = status == u"rejected"_s    ? AckStatus::Rejected
               : status == u"duplicate"_s ? AckStatus::Duplicate
                                          : AckStatus::Applied;
    if (a.status == AckStatus::Rejected)
        a.error = Error(errorCodeFromName(q->value(1).toString()), q->value(2).toString());
    q->finish();
    return a;
}

bool ServerStore::insertAppliedOp(const QString &deviceId, qint64 epoch, const Ack &ack,
                                  const QDateTime &appliedAt)
{
    const bool rejected = ack.status == AckStatus::Rejected;
    return exec(u"INSERT INTO applied_ops (device_id, epoch, counter, status, error_code,"
                " error_message, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {deviceId, epoch, ack.counter, ackStatusName(ack.status),
                 rejected ? QVariant(errorCodeName(ack.error.code)) : QVariant(),
                 rejected ? QVariant(ack.error.message) : QVariant(), ms(appliedAt)});
}

int ServerStore::pruneAppliedOps(const QDateTime &before, int keepPerDevice)
{
    // Device by device along the primary key (a window over the whole table took seconds per
    // million rows): the rows to delete are older than `before` and below the device's
    // keepPerDevice-th newest counter.
    int removed = 0;
    const bool ok = transaction([&] {
        QList<QPair<QString, qint64>> devices;
        QSqlQuery *q = run(u"SELECT device_id, epoch FROM devices"_s);
        if (!q)
            return false;
        while (q->next())
            devices.append({q->value(0).toString(), q->value(1).toLongLong()});
        q->finish();
        for (const auto &[deviceId, epoch] : std::as_const(devices)) {
            const QVariant oldestKept
                = scalar(u"SELECT counter FROM applied_ops WHERE device_id = ? AND epoch = ?"
                         " ORDER BY counter DESC LIMIT 1 OFFSET ?"_s,
                         {deviceId, epoch, keepPerDevice - 1});
            if (!oldestKept.isValid())
                continue; // no more rows than are kept anyway
            const QVariantList where{deviceId, epoch, oldestKept, ms(before)};
            const QVariant highest
                = scalar(u"SELECT MAX(counter) FROM applied_ops WHERE device_id = ? AND epoch = ?"
                         " AND counter < ? AND applied_at < ?"_s,
                         where);
            if (!highest.isValid() || highest.isNull())
                continue;
            // The watermark first, so that no counter ever loses its row without it.
            if (!exec(u"UPDATE devices SET pruned_through = MAX(pruned_through, ?)"
                      " WHERE device_id = ? AND epoch = ?"_s,
                      {highest, deviceId, epoch}))
                return false;
            q = run(u"DELETE FROM applied_ops WHERE device_id = ? AND epoch = ? AND counter < ?"
                    " AND applied_at < ?"_s,
                    where);
            if (!q)
                return false;
            removed += q->numRowsAffected();
            q->finish();
        }
        return true;
    });
    return ok ? removed : -1;
}

int ServerStore::appliedOpCount()
{
    const QVariant v = scalar(u"SELECT COUNT(*) FROM applied_ops"_s);
    return v.isValid() ? v.toInt() : -1;
}
