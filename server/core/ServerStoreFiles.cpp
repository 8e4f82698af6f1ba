// ServerStore, part three: stored files (blobs), uploads in progress with their held ranges,
// per-organisation quotas and the attachment records that make a file downloadable.
#include "server/core/ServerStore.h"

using namespace Qt::StringLiterals;

namespace {
qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

constexpr char16_t kUploadColumns[] = u"org_id, sha256, size, media_type, received, hash_state,"
                                      u" started_by, created_at, updated_at";

UploadRow uploadFrom(const QSqlQuery &q)
{
    UploadRow u;
    u.orgId = q.value(0).toLongLong();
    u.sha256 = q.value(1).toString();
    u.size = q.value(2).toLongLong();
    u.mediaType = q.value(3).toString();
    u.received = q.value(4).toLongLong();
    u.hashState = q.value(5).toByteArray();
    u.startedBy = q.value(6).toLongLong();
    u.createdAt = fromMs(q.value(7));
    u.updatedAt = fromMs(q.value(8));
    return u;
}
} // namespace

std::optional<BlobRow> ServerStore::blob(qint64 orgId, const QString &sha256)
{
    QSqlQuery *q = run(u"SELECT size, media_type, created_at FROM blobs"
                       " WHERE org_id = ? AND sha256 = ?"_s,
                       {orgId, sha256});
    if (!q || !q->next())
        return std::nullopt;
    BlobRow b{orgId, sha256, q->value(0).toLongLong(), q->value(1).toString(),
              fromMs(q->value(2))};
    q->finish();
    return b;
}

bool ServerStore::insertBlob(const BlobRow &b)
{
    return exec(u"INSERT INTO blobs (org_id, sha256, size, media_type, created_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (org_id, sha256) DO NOTHING"_s,
                {b.orgId, b.sha256, b.size, b.mediaType, ms(b.createdAt)});
}

std::optional<UploadRow> ServerStore::upload(qint64 orgId, const QString &sha256)
{
    QSqlQuery *q = run(u"SELECT "_s + QString::fromUtf16(kUploadColumns)
                           + u" FROM uploads WHERE org_id = ? AND sha256 = ?"_s,
                       {orgId, sha256});
    if (!q || !q->next())
        return std::nullopt;
    UploadRow u = uploadFrom(*q);
    q->finish();
    q = run(u"SELECT start, end FROM upload_ranges WHERE org_id = ? AND sha256 = ?"
            " ORDER BY start"_s,
            {orgId, sha256});
    while (q && q->next())
        u.ranges.append({q->value(0).toLongLong(), q->value(1).toLongLong()});
    if (q)
        q->finish();
    return u;
}

bool ServerStore::insertUpload(const UploadRow &u)
{
    return exec(u"INSERT INTO uploads ("_s + QString::fromUtf16(kUploadColumns)
                    + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {u.orgId, u.sha256, u.size, u.mediaType, u.received, u.hashState, u.startedBy,
                 ms(u.createdAt), ms(u.updatedAt)});
}

bool ServerStore::updateUpload(const UploadRow &u)
{
    if (!exec(u"UPDATE uploads SET size = ?, media_type = ?, received = ?, hash_state = ?,"
              " updated_at = ? WHERE org_id = ? AND sha256 = ?"_s,
              {u.size, u.mediaType, u.received, u.hashState, ms(u.updatedAt), u.orgId, u.sha256})
        || !exec(u"DELETE FROM upload_ranges WHERE org_id = ? AND sha256 = ?"_s,
                 {u.orgId, u.sha256}))
        return false;
    for (const auto &range : u.ranges) {
        if (!exec(u"INSERT INTO upload_ranges (org_id, sha256, start, end) VALUES (?, ?, ?, ?)"_s,
                  {u.orgId, u.sha256, range.first, range.second}))
            return false;
    }
    return true;
}

bool ServerStore::deleteUpload(qint64 orgId, const QString &sha256)
{
    return exec(u"DELETE FROM upload_ranges WHERE org_id = ? AND sha256 = ?"_s, {orgId, sha256})
           && exec(u"DELETE FROM uploads WHERE org_id = ? AND sha256 = ?"_s, {orgId, sha256});
}

QList<UploadRow> ServerStore::uploadsUpdatedBefore(const QDateTime &t)
{
    QList<UploadRow> out;
    QSqlQuery *q = run(u"SELECT "_s + QString::fromUtf16(kUploadColumns)
                           + u" FROM uploads WHERE updated_at < ? ORDER BY updated_at"_s,
                       {ms(t)});
    while (q && q->next())
        out.append(uploadFrom(*q));
    if (q)
        q->finish();
    return out;
}

QList<QPair<qint64, QString>> ServerStore::allUploadKeys()
{
    QList<QPair<qint64, QString>> out;
    QSqlQuery *q = run(u"SELECT org_id, sha256 FROM uploads"_s);
    while (q && q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString()});
    if (q)
        q->finish();
    return out;
}

qint64 ServerStore::storageUsed(qint64 orgId)
{
    const QVariant v = scalar(u"SELECT (SELECT coalesce(sum(size), 0) FROM blobs WHERE org_id = ?)"
                              " + (SELECT coalesce(sum(size), 0) FROM uploads WHERE org_id = ?)"_s,
                              {orgId, orgId});
    return v.isValid() ? v.toLongLong() : -1;
}

std::optional<qint64> ServerStore::orgQuota(qint64 orgId)
{
    const QVariant v = scalar(u"SELECT quota_bytes FROM orgs WHERE id = ?"_s, {orgId});
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

bool ServerStore::setOrgQuota(qint64 orgId, std::optional<qint64> bytes)
{
    return exec(u"UPDATE orgs SET quota_bytes = ? WHERE id = ?"_s,
                {bytes ? QVariant(*bytes) : QVariant(QMetaType(QMetaType::LongLong)), orgId});
}

QStringList ServerStore::attachmentScopes(const QString &sha256)
{
    QStringList out;
    // Two lookups, each served by its partial expression index.
    QSqlQuery *q = run(u"SELECT scope FROM records WHERE kind = 'attachment' AND deleted = 0"
                       " AND json_extract(data, '$.sha256') = ?"
                       " UNION SELECT scope FROM records WHERE kind = 'attachment' AND deleted = 0"
                       " AND json_extract(data, '$.thumbnailSha256') = ?"_s,
                       {sha256, sha256});
    while (q && q->next())
        out.append(q->value(0).toString());
    if (q)
        q->finish();
    return out;
}
