#include "server/core/UploadService.h"

#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "server/core/ServerLogging.h"
#include "server/core/SyncService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
using Ranges = QList<QPair<qint64, qint64>>;

// Pieces read back from a part file at a time (hashing ranges that arrived ahead, comparing).
constexpr qint64 kReadPiece = 4 * 1024 * 1024;
// Separate ranges held ahead of the offset: each chunk stores them all again, so they are few.
constexpr qsizetype kMaxHeldRanges = 64;

Ranges mergedWith(Ranges ranges, qint64 start, qint64 end)
{
    ranges.append({start, end});
    std::sort(ranges.begin(), ranges.end());
    Ranges out;
    for (const auto &r : std::as_const(ranges)) {
        if (!out.isEmpty() && r.first <= out.last().second)
            out.last().second = std::max(out.last().second, r.second);
        else
            out.append(r);
    }
    return out;
}

UploadResult errorResult(ErrorCode code, const QString &message, qint64 offset = -1)
{
    UploadResult r;
    r.error = Error(code, message);
    r.offset = offset;
    return r;
}

UploadResult statusResult(const UploadStatus &status)
{
    UploadResult r;
    r.status = status;
    return r;
}
} // namespace

UploadService::UploadService(ServerStore *store, SyncService *sync, Clock *clock,
                             const QString &dataDir)
    : m_store(store),
      m_sync(sync),
      m_clock(clock),
      m_blobs(dataDir),
      m_maxFileSize(protocol::limits::kDefaultMaxFileSize),
      m_defaultQuota(protocol::limits::kDefaultOrgQuota)
{
}

UploadStatus UploadService::completeStatus(const BlobRow &blob) const
{
    UploadStatus s;
    s.sha256 = blob.sha256;
    s.state = UploadState::Complete;
    s.offset = blob.size;
    s.size = blob.size;
    s.mediaType = blob.mediaType;
    s.maxChunkBytes = protocol::limits::kMaxChunkBytes;
    return s;
}

UploadStatus UploadService::partialStatus(const UploadRow &row) const
{
    UploadStatus s;
    s.sha256 = row.sha256;
    s.state = UploadState::Partial;
    s.offset = row.received;
    s.size = row.size;
    s.mediaType = row.mediaType;
    for (const auto &r : row.ranges)
        s.ranges.append({r.first, r.second});
    s.maxChunkBytes = protocol::limits::kMaxChunkBytes;
    return s;
}

UploadStatus UploadService::statusOf(qint64 orgId, const QString &sha256,
                                     std::optional<UploadRow> *rowOut)
{
    rowOut->reset();
    if (const std::optional<BlobRow> blob = m_store->blob(orgId, sha256))
        return completeStatus(*blob);
    std::optional<UploadRow> row = m_store->upload(orgId, sha256);
    if (row && m_blobs.partSize(orgId, sha256) < 0 && m_blobs.hasBlob(orgId, sha256)) {
        // The verified file was renamed into place but the server stopped before recording it.
        const BlobRow blob{orgId, sha256, row->size, row->mediaType, m_clock->now()};
        if (m_store->transaction([&] {
                return m_store->insertBlob(blob) && m_store->deleteUpload(orgId, sha256);
            })) {
            qCInfo(lcUploads) << "recovered the finished upload" << sha256 << "of org" << orgId;
            return completeStatus(blob);
        }
    }
    UploadStatus none;
    none.sha256 = sha256;
    none.maxChunkBytes = protocol::limits::kMaxChunkBytes;
    if (!row)
        return none;
    *rowOut = row;
    return partialStatus(*row);
}

UploadResult UploadService::fail(const QString &what)
{
    qCWarning(lcUploads).noquote() << what;
    return errorResult(ErrorCode::Internal, u"the upload could not be stored; try again later"_s);
}

UploadResult UploadService::status(const UserRow &user, const QString &sha256)
{
    if (!upload::isValidSha256(sha256))
        return errorResult(ErrorCode::InvalidField,
                           u"the hash must be 64 lowercase hexadecimal digits"_s);
    std::optional<UploadRow> row;
    return statusResult(statusOf(user.orgId, sha256, &row));
}

UploadResult UploadService::begin(const UserRow &user, const UploadBeginRequest &request)
{
    if (!upload::isValidSha256(request.sha256))
        return errorResult(ErrorCode::InvalidField,
                           u"sha256 must be 64 lowercase hexadecimal digits"_s);
    std::optional<UploadRow> row;
    const UploadStatus current = statusOf(user.orgId, request.sha256, &row);
    if (current.state == UploadState::Complete)
        return statusResult(current); // stored already: nothing to send
    if (request.size > m_maxFileSize)
        return errorResult(ErrorCode::PayloadTooLarge,
                           u"the file has %1 bytes; this server accepts at most %2"_s
                               .arg(request.size)
                               .arg(m_maxFileSize));
    if (!upload::isAcceptedMediaType(request.mediaType))
        return errorResult(ErrorCode::UnsupportedMediaType,
                           u"files of type '%1' are not accepted"_s.arg(
                               request.mediaType.left(64)));
    if (!row)
        return startUpload(user, request);

    UploadRow upload = *row;
    if (m_blobs.partSize(upload.orgId, upload.sha256) < upload.received) {
        const std::optional<UploadRow> reset = resetUpload(upload, u"its part file was lost"_s);
        if (!reset)
            return fail(u"cannot reset the upload "_s + upload.sha256);
        row = upload = *reset;
    }
    const bool nothingHeld = upload.received == 0 && upload.ranges.isEmpty();
    if (upload.size != request.size) {
        if (!nothingHeld)
            return errorResult(ErrorCode::Conflict,
                               u"an upload of this hash with %1 bytes is in progress"_s.arg(
                                   upload.size),
                               upload.received);
        const qint64 extra = request.size - upload.size;
        if (extra > 0 && used(user.orgId) + extra > quota(user.orgId))
            return errorResult(ErrorCode::QuotaExceeded,
                               u"the organisation's storage quota of %1 bytes would be exceeded"_s
                                   .arg(quota(user.orgId)));
        upload.size = request.size;
    }
    if (upload.received == 0)
        upload.mediaType = request.mediaType; // not checked against any bytes yet
    if (upload.size != row->size || upload.mediaType != row->mediaType) {
        if (!m_store->transaction([&] { return m_store->updateUpload(upload); }))
            return fail(u"cannot update the upload "_s + upload.sha256);
    }
    return statusResult(partialStatus(upload));
}

UploadResult UploadService::startUpload(const UserRow &user, const UploadBeginRequest &request)
{
    const qint64 limit = quota(user.orgId);
    if (used(user.orgId) + request.size > limit)
        return errorResult(ErrorCode::QuotaExceeded,
                           u"the organisation's storage quota of %1 bytes would be exceeded"_s.arg(
                               limit));
    QString error;
    // The part file first: a crash before the row leaves an orphan the cleaner removes later.
    if (!m_blobs.createPart(user.orgId, request.sha256, &error))
        return fail(error);
    const QDateTime now = m_clock->now();
    UploadRow row{user.orgId, request.sha256, request.size, request.mediaType, 0,
                  crypto::Sha256Stream().state(), user.id, now, now, {}};
    if (!m_store->transaction([&] { return m_store->insertUpload(row); })) {
        m_blobs.removePart(user.orgId, request.sha256);
        return fail(u"cannot record the upload "_s + request.sha256);
    }
    qCDebug(lcUploads) << user.username << "began" << request.sha256 << request.size
                       << request.mediaType;
    return statusResult(partialStatus(row));
}

std::optional<UploadRow> UploadService::resetUpload(UploadRow row, const QString &why)
{
    qCWarning(lcUploads).noquote() << "restarting the upload" << row.sha256 << "of org"
                                   << row.orgId << "from 0:" << why;
    QString error;
    if (!m_blobs.createPart(row.orgId, row.sha256, &error)) {
        qCWarning(lcUploads).noquote() << error;
        return std::nullopt;
    }
    row.received = 0;
    row.hashState = crypto::Sha256Stream().state();
    row.ranges.clear();
    row.updatedAt = m_clock->now();
    if (!m_store->transaction([&] { return m_store->updateUpload(row); }))
        return std::nullopt;
    return row;
}

UploadResult UploadService::restartedConflict(const UploadRow &row, const QString &why)
{
    if (!resetUpload(row, why))
        return fail(u"cannot reset the upload "_s + row.sha256);
    return errorResult(ErrorCode::Conflict, u"the upload starts over: "_s + why, 0);
}

std::optional<bool> UploadService::heldBytesMatch(const UploadRow &row, qint64 offset,
                                                  const QByteArray &data, qint64 *held)
{
    Ranges heldRanges{{0, row.received}};
    heldRanges.append(row.ranges);
    *held = 0;
    const qint64 end = offset + data.size();
    for (const auto &r : std::as_const(heldRanges)) {
        const qint64 from = std::max(r.first, offset);
        const qint64 to = std::min(r.second, end);
        for (qint64 pos = from; pos < to; pos += kReadPiece) {
            const qint64 n = std::min(kReadPiece, to - pos);
            const std::optional<QByteArray> bytes = m_blobs.readPart(row.orgId, row.sha256, pos, n);
            if (!bytes)
                return std::nullopt;
            if (QByteArrayView(data).sliced(pos - offset, n) != QByteArrayView(*bytes))
                return false;
            *held += n;
        }
    }
    return true;
}

bool UploadService::hashRange(const UploadRow &row, crypto::Sha256Stream &stream, qint64 from,
                              qint64 to, qint64 chunkOffset, const QByteArray &chunk)
{
    const qint64 chunkEnd = chunkOffset + chunk.size();
    qint64 pos = from;
    while (pos < to) {
        if (pos >= chunkOffset && pos < chunkEnd) {
            const qint64 n = std::min(to, chunkEnd) - pos;
            stream.add(chunk.constData() + (pos - chunkOffset), n);
            pos += n;
            continue;
        }
        const qint64 until = pos < chunkOffset ? std::min(to, chunkOffset) : to;
        const qint64 n = std::min(kReadPiece, until - pos);
        const std::optional<QByteArray> bytes = m_blobs.readPart(row.orgId, row.sha256, pos, n);
        if (!bytes)
            return false;
        stream.add(*bytes);
        pos += n;
    }
    return true;
}

UploadResult UploadService::putChunk(const UserRow &user, const QString &sha256, qint64 offset,
                                     const QByteArray &data, const QString &chunkSha256)
{
    if (!upload::isValidSha256(sha256))
        return errorResult(ErrorCode::InvalidField,
                           u"the hash must be 64 lowercase hexadecimal digits"_s);
    if (!upload::isValidSha256(chunkSha256))
        return errorResult(ErrorCode::InvalidField,
                           u"X-Chunk-Sha256 must be 64 lowercase hexadecimal digits"_s);
    if (data.isEmpty() || data.size() > protocol::limits::kMaxChunkBytes)
        return errorResult(ErrorCode::InvalidField,
                           u"a chunk has 1 to %1 bytes"_s.arg(protocol::limits::kMaxChunkBytes));
    std::optional<UploadRow> found;
    const UploadStatus current = statusOf(user.orgId, sha256, &found);
    if (current.state == UploadState::Complete)
        return statusResult(current); // finished before (maybe by another client): idempotent
    if (!found)
        return errorResult(ErrorCode::NotFound,
                           u"no upload of this file is in progress; begin it with POST %1"_s.arg(
                               QString::fromUtf16(protocol::path::kUploads)));
    UploadRow row = *found;
    const qint64 end = offset + data.size();
    if (offset < 0 || end > row.size)
        return errorResult(ErrorCode::InvalidField,
                           u"X-Upload-Offset: the chunk must lie within the file's %1 bytes"_s.arg(
                               row.size));
    const QByteArray expected = QByteArray::fromHex(chunkSha256.toLatin1());
    if (!crypto::equalConstantTime(crypto::sha256(data), expected))
        return errorResult(ErrorCode::ChecksumMismatch,
                           u"the chunk's bytes do not match X-Chunk-Sha256; send it again"_s,
                           row.received);
    if (m_blobs.partSize(row.orgId, sha256) < row.received)
        return restartedConflict(row, u"its part file was lost"_s);
    if (end > row.received + protocol::limits::kUploadWindowBytes)
        return errorResult(ErrorCode::Conflict,
                           u"the chunk lies too far ahead of the bytes received"_s, row.received);
    if (offset == 0) {
        const qint64 need = std::min(row.size, protocol::limits::kSniffBytes);
        if (data.size() < need)
            return errorResult(ErrorCode::InvalidField,
                               u"the chunk at offset 0 must hold at least %1 bytes"_s.arg(need));
        if (!upload::contentMatches(row.mediaType, data.left(protocol::limits::kSniffBytes),
                                    row.size))
            return errorResult(ErrorCode::UnsupportedMediaType,
                               u"the file's content is not of type '%1'"_s.arg(row.mediaType));
    }
    qint64 held = 0;
    const std::optional<bool> same = heldBytesMatch(row, offset, data, &held);
    if (!same)
        return fail(u"cannot read the part file of "_s + sha256);
    if (!*same)
        return errorResult(ErrorCode::Conflict,
                           u"the chunk differs from bytes already received"_s, row.received);
    if (held == data.size())
        return statusResult(partialStatus(row)); // a repeated chunk: acknowledged again
    if (offset > row.received && mergedWith(row.ranges, offset, end).size() > kMaxHeldRanges)
        return errorResult(ErrorCode::Conflict,
                           u"too many separate chunks ahead of the bytes received"_s,
                           row.received);

    // Durable on the disk first; only then may the database say the bytes are there.
    QString error;
    if (!m_blobs.writePart(row.orgId, sha256, offset, data, &error))
        return fail(error);
    std::optional<crypto::Sha256Stream> stream = crypto::Sha256Stream::fromState(row.hashState);
    if (!stream)
        return restartedConflict(row, u"its hash state is unreadable"_s);
    Ranges ranges = mergedWith(row.ranges, offset, end);
    while (!ranges.isEmpty() && ranges.first().first <= row.received) {
        const qint64 rangeEnd = ranges.takeFirst().second;
        if (rangeEnd <= row.received)
            continue;
        if (!hashRange(row, *stream, row.received, rangeEnd, offset, data))
            return fail(u"cannot read the part file of "_s + sha256);
        row.received = rangeEnd;
    }
    row.ranges = ranges;
    row.hashState = stream->state();
    row.updatedAt = m_clock->now();
    if (row.received == row.size)
        return finish(row, stream->resultHex());
    if (!m_store->transaction([&] { return m_store->updateUpload(row); }))
        return fail(u"cannot record the chunk of "_s + sha256);
    return statusResult(partialStatus(row));
}

UploadResult UploadService::finish(UploadRow row, const QString &digestHex)
{
    QElapsedTimer timer;
    timer.start();
    if (digestHex != row.sha256) {
        qCWarning(lcUploads) << "upload" << row.sha256 << "of org" << row.orgId
                             << "hashed to" << digestHex << "; starting over";
        m_blobs.removePart(row.orgId, row.sha256);
        if (!m_store->transaction([&] { return m_store->deleteUpload(row.orgId, row.sha256); }))
            return fail(u"cannot remove the failed upload "_s + row.sha256);
        return errorResult(ErrorCode::HashMismatch,
                           u"the file's bytes do not match its SHA-256; the upload was discarded"_s,
                           0);
    }
    QString error;
    if (!m_blobs.promote(row.orgId, row.sha256, &error))
        return fail(error);
    const BlobRow blob{row.orgId, row.sha256, row.size, row.mediaType, m_clock->now()};
    if (!m_store->transaction([&] {
            return m_store->insertBlob(blob) && m_store->deleteUpload(row.orgId, row.sha256);
        }))
        return fail(u"cannot record the finished file "_s + row.sha256); // recovered by statusOf
    qCDebug(lcUploads) << "stored" << row.sha256 << row.size << "bytes for org" << row.orgId
                       << "finished in" << timer.nsecsElapsed() / 1000 << "us";
    return statusResult(completeStatus(blob));
}

std::optional<BlobRow> UploadService::readableBlob(const UserRow &user, const QString &sha256)
{
    if (!upload::isValidSha256(sha256))
        return std::nullopt;
    // The file belongs to the organisation of the trainee whose attachment the user may read,
    // which for a coach of a shared group need not be the coach's own organisation.
    const QStringList readable = m_sync->readableScopes(user);
    for (const QString &scope : m_store->attachmentScopes(sha256)) {
        QString kind;
        qint64 id = 0;
        if (!readable.contains(scope) || !protocol::parseScope(scope, &kind, &id))
            continue;
        qint64 orgId = id;
        if (kind == u"trainee"_s) {
            const std::optional<UserRow> owner = m_store->user(id);
            if (!owner)
                continue;
            orgId = owner->orgId;
        }
        std::optional<UploadRow> row;
        if (statusOf(orgId, sha256, &row).state == UploadState::Complete)
            return m_store->blob(orgId, sha256);
    }
    return std::nullopt;
}

std::unique_ptr<QFile> UploadService::openBlob(const BlobRow &blob)
{
    return m_blobs.openBlob(blob.orgId, blob.sha256);
}

UploadService::CleanResult UploadService::cleanExpiredUploads()
{
    CleanResult result;
    const QDateTime cutoff
        = m_clock->now().addDays(-protocol::limits::kPartialUploadRetentionDays);
    for (const UploadRow &row : m_store->uploadsUpdatedBefore(cutoff)) {
        const qint64 bytes = std::max<qint64>(m_blobs.partSize(row.orgId, row.sha256), 0);
        // The row goes first: a crash in between leaves an orphan file, swept below next time.
        if (!m_store->transaction([&] { return m_store->deleteUpload(row.orgId, row.sha256); }))
            continue;
        m_blobs.removePart(row.orgId, row.sha256);
        ++result.removed;
        result.bytes += bytes;
    }
    QSet<QString> known;
    for (const auto &key : m_store->allUploadKeys())
        known.insert(QString::number(key.first) + u'/' + key.second);
    for (const BlobStore::PartFile &part : m_blobs.partFiles()) {
        if (known.contains(QString::number(part.orgId) + u'/' + part.sha256)
            || part.modified >= cutoff)
            continue;
        if (m_blobs.removePart(part.orgId, part.sha256)) {
            ++result.removed;
            result.bytes += part.size;
        }
    }
    if (result.removed > 0)
        qCInfo(lcUploads) << "removed" << result.removed << "partial upload(s) older than"
                          << protocol::limits::kPartialUploadRetentionDays << "days,"
                          << result.bytes << "bytes";
    return result;
}

qint64 UploadService::quota(qint64 orgId)
{
    return m_store->orgQuota(orgId).value_or(m_defaultQuota);
}

qint64 UploadService::used(qint64 orgId)
{
    return m_store->storageUsed(orgId);
}

Error UploadService::setQuota(qint64 orgId, std::optional<qint64> bytes)
{
    if (!m_store->org(orgId))
        return Error(ErrorCode::NotFound, u"no organisation with id %1"_s.arg(orgId));
    if (bytes && *bytes < 0)
        return Error(ErrorCode::InvalidField, u"a quota cannot be negative"_s);
    if (!m_store->transaction([&] { return m_store->setOrgQuota(orgId, bytes); }))
        return Error(ErrorCode::Internal, m_store->errorString());
    return {};
}
