#pragma once
// The files behind uploads, on disk under the data directory: stored files in
// blobs/<orgId>/<aa>/<sha256> (aa: the hash's first two digits) and uploads in progress in
// uploads/<orgId>/<sha256>.part. Paths are built only from a positive organisation id and a
// validated hash (64 lowercase hex digits); anything else gets no path at all. Writes are
// durable (flushed to the disk) before the calls return. No SQL here: UploadService keeps the
// matching rows in ServerStore.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QFile;

class BlobStore
{
public:
    explicit BlobStore(const QString &dataDir);

    // Empty when orgId or sha256 is not valid.
    QString blobPath(qint64 orgId, const QString &sha256) const;
    QString partPath(qint64 orgId, const QString &sha256) const;

    bool hasBlob(qint64 orgId, const QString &sha256) const;
    // nullptr when missing; the file is open for reading.
    std::unique_ptr<QFile> openBlob(qint64 orgId, const QString &sha256) const;

    // Creates an empty part file (replacing any old one), with its directory entry on disk.
    bool createPart(qint64 orgId, const QString &sha256, QString *error);
    qint64 partSize(qint64 orgId, const QString &sha256) const; // -1 when missing
    // Writes the bytes at offset and waits until they are on the disk (fdatasync).
    bool writePart(qint64 orgId, const QString &sha256, qint64 offset, const QByteArray &data,
                   QString *error);
    std::optional<QByteArray> readPart(qint64 orgId, const QString &sha256, qint64 offset,
                                       qint64 length) const;
    // Renames the (verified) part file into its place among the stored files and syncs both
    // directories. Idempotent: true when the stored file is already there.
    bool promote(qint64 orgId, const QString &sha256, QString *error);
    bool removePart(qint64 orgId, const QString &sha256);

    struct PartFile
    {
        qint64 orgId = 0;
        QString sha256;
        qint64 size = 0;
        QDateTime modified;
    };
    // Every well-named part file on disk (others are ignored, never touched).
    QList<PartFile> partFiles() const;

private:
    QString m_blobsDir;
    QString m_uploadsDir;
};
