#pragma once
// Resumable, content-addressed uploads and the downloads of stored files (protocol v1: files).
// Files are stored once per organisation under their SHA-256. A chunk is written to the disk
// (fdatasync) before the offset that covers it is committed to the database together with the
// running SHA-256 state, so a crash never moves the offset past bytes that are not on the disk.
// Chunks may arrive out of order within a window; the last missing byte triggers the finish:
// the running hash is compared and the part file renamed into place (constant time, idempotent).
// Every call is short and synchronous; nothing is held between requests.

#include "common/protocol/Error.h"
#include "common/protocol/UploadMessages.h"
#include "common/util/Crypto.h"
#include "server/core/BlobStore.h"
#include "server/core/ServerStore.h"

#include <memory>
#include <optional>

class Clock;
class QFile;
class SyncService;

// The outcome of an upload call: a status, or an error. For Conflict, ChecksumMismatch and
// HashMismatch, `offset` is the contiguous offset the server holds (the client goes on there).
struct UploadResult
{
    std::optional<UploadStatus> status;
    Error error;
    qint64 offset = -1;
};

class UploadService
{
public:
    UploadService(ServerStore *store, SyncService *sync, Clock *clock, const QString &dataDir);

    void setMaxFileSize(qint64 bytes) { m_maxFileSize = bytes; }
    qint64 maxFileSize() const { return m_maxFileSize; }
    void setDefaultQuota(qint64 bytes) { m_defaultQuota = bytes; }
    qint64 defaultQuota() const { return m_defaultQuota; }
    BlobStore *blobs() { return &m_blobs; }

    // What the user's organisation holds for the hash (GET /api/v1/uploads/<sha256>).
    UploadResult status(const UserRow &user, const QString &sha256);
    // Declares a file (POST /api/v1/uploads): Complete when it is stored already (nothing to
    // send), else Partial with where to go on, a new upload starting at 0. Checks the size
    // limit (413), the media type (415) and the organisation's quota (507 quota_exceeded).
    UploadResult begin(const UserRow &user, const UploadBeginRequest &request);
    // One chunk at an offset (PUT /api/v1/uploads/<sha256>); chunkSha256 is the SHA-256 of data.
    UploadResult putChunk(const UserRow &user, const QString &sha256, qint64 offset,
                          const QByteArray &data, const QString &chunkSha256);

    // The stored file, when the user may read an attachment record naming it as its file or
    // thumbnail; nullopt otherwise (the caller answers 404 either way).
    std::optional<BlobRow> readableBlob(const UserRow &user, const QString &sha256);
    std::unique_ptr<QFile> openBlob(const BlobRow &blob);

    // Removes uploads whose last chunk is older than the retention (14 days), and part files no
    // upload refers to that are as old. Returns how many and their bytes.
    struct CleanResult
    {
        int removed = 0;
        qint64 bytes = 0;
    };
    CleanResult cleanExpiredUploads();

    qint64 quota(qint64 orgId);
    qint64 used(qint64 orgId);
    // nullopt: back to the server default.
    Error setQuota(qint64 orgId, std::optional<qint64> bytes);

private:
    UploadStatus statusOf(qint64 orgId, const QString &sha256, std::optional<UploadRow> *row);
    UploadStatus partialStatus(const UploadRow &row) const;
    UploadStatus completeStatus(const BlobRow &blob) const;
    UploadResult startUpload(const UserRow &user, const UploadBeginRequest &request);
    // Empties the upload (part file and state); nullopt when that failed.
    std::optional<UploadRow> resetUpload(UploadRow row, const QString &why);
    // resetUpload(), answered as 409 conflict at offset 0.
    UploadResult restartedConflict(const UploadRow &row, const QString &why);
    // Compares the parts of [offset, offset + data.size()) already held with data; *held gets
    // how many of its bytes were held. nullopt when the part file cannot be read.
    std::optional<bool> heldBytesMatch(const UploadRow &row, qint64 offset, const QByteArray &data,
                                       qint64 *held);
    // Hashes [from, to) into stream: from the chunk where it covers, else from the part file.
    bool hashRange(const UploadRow &row, crypto::Sha256Stream &stream, qint64 from, qint64 to,
                   qint64 chunkOffset, const QByteArray &chunk);
    UploadResult finish(UploadRow row, const QString &digestHex);
    UploadResult fail(const QString &what);

    ServerStore *m_store;
    SyncService *m_sync;
    Clock *m_clock;
    BlobStore m_blobs;
    qint64 m_maxFileSize;
    qint64 m_defaultQuota;
};
