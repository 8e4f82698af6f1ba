#include "server/core/BlobStore.h"

#include "common/protocol/UploadMessages.h"
#include "server/core/ServerLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr char16_t kPartSuffix[] = u".part";

bool valid(qint64 orgId, const QString &sha256)
{
    return orgId > 0 && upload::isValidSha256(sha256);
}

// Makes a directory entry (a new or renamed file) durable.
bool syncDirectory(const QString &dir)
{
    const QByteArray path = QFile::encodeName(dir);
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool syncFile(QFile &file)
{
    return file.flush() && ::fdatasync(file.handle()) == 0;
}
} // namespace

BlobStore::BlobStore(const QString &dataDir)
    : m_blobsDir(QDir(dataDir).filePath(u"blobs"_s)),
      m_uploadsDir(QDir(dataDir).filePath(u"uploads"_s))
{
}

QString BlobStore::blobPath(qint64 orgId, const QString &sha256) const
{
    if (!valid(orgId, sha256))
        return {};
    return m_blobsDir + u'/' + QString::number(orgId) + u'/' + sha256.left(2) + u'/' + sha256;
}

QString BlobStore::partPath(qint64 orgId, const QString &sha256) const
{
    if (!valid(orgId, sha256))
        return {};
    return m_uploadsDir + u'/' + QString::number(orgId) + u'/' + sha256
           + QString::fromUtf16(kPartSuffix);
}

bool BlobStore::hasBlob(qint64 orgId, const QString &sha256) const
{
    const QString path = blobPath(orgId, sha256);
    return !path.isEmpty() && QFileInfo(path).isFile();
}

std::unique_ptr<QFile> BlobStore::openBlob(qint64 orgId, const QString &sha256) const
{
    const QString path = blobPath(orgId, sha256);
    if (path.isEmpty())
        return nullptr;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

bool BlobStore::createPart(qint64 orgId, const QString &sha256, QString *error)
{
    const QString path = partPath(orgId, sha256);
    const QString dir = QFileInfo(path).path();
    if (path.isEmpty() || !QDir().mkpath(dir)) {
        *error = u"cannot create the upload directory"_s;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !syncFile(file)) {
        *error = u"cannot create %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    file.close();
    if (!syncDirectory(dir)) {
        *error = u"cannot sync %1"_s.arg(dir);
        return false;
    }
    return true;
}

qint64 BlobStore::partSize(qint64 orgId, const QString &sha256) const
{
    const QString path = partPath(orgId, sha256);
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() ? info.size() : -1;
}

bool BlobStore::writePart(qint64 orgId, const QString &sha256, qint64 offset,
                          const QByteArray &data, QString *error)
{
    const QString path = partPath(orgId, sha256);
    if (path.isEmpty() || offset < 0) {
        *error = u"invalid upload"_s;
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = u"cannot create the upload directory"_s;
        return false;
    }
    QFile file(path);
    // ReadWrite keeps what is there (WriteOnly alone would truncate).
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset)
        || file.write(data) != data.size() || !syncFile(file)) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        qCWarning(lcUploads).noquote() << *error;
        return false;
    }
    return true;
}

std::optional<QByteArray> BlobStore::readPart(qint64 orgId, const QString &sha256, qint64 offset,
                                              qint64 length) const
{
    QFile file(partPath(orgId, sha256));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return std::nullopt;
    QByteArray data = file.read(length);
    if (data.size() != length)
        return std::nullopt;
    return data;
}

bool BlobStore::promote(qint64 orgId, const QString &sha256, QString *error)
{
    const QString from = partPath(orgId, sha256);
    const QString to = blobPath(orgId, sha256);
    if (from.isEmpty() || to.isEmpty()) {
        *error = u"invalid upload"_s;
        return false;
    }
    if (QFileInfo(to).isFile() && !QFileInfo(from).exists())
        return true; // promoted before
    const QString toDir = QFileInfo(to).path();
    if (!QDir().mkpath(toDir)) {
        *error = u"cannot create %1"_s.arg(toDir);
        return false;
    }
    // rename(2) replaces atomically; a stored file of the same hash holds the same bytes.
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *error = u"cannot move %1 to %2"_s.arg(from, to);
        return false;
    }
    if (!syncDirectory(toDir) || !syncDirectory(QFileInfo(from).path())) {
        *error = u"cannot sync the directories of %1"_s.arg(to);
        return false;
    }
    return true;
}

bool BlobStore::removePart(qint64 orgId, const QString &sha256)
{
    const QString path = partPath(orgId, sha256);
    return !path.isEmpty() && (!QFileInfo::exists(path) || QFile::remove(path));
}

QList<BlobStore::PartFile> BlobStore::partFiles() const
{
    QList<PartFile> out;
    const QDir root(m_uploadsDir);
    const QStringList orgDirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &orgName : orgDirs) {
        bool ok = false;
        const qint64 orgId = orgName.toLongLong(&ok);
        if (!ok || orgId <= 0 || QString::number(orgId) != orgName)
            continue;
        const QFileInfoList files = QDir(root.filePath(orgName))
                                        .entryInfoList({u"*.part"_s}, QDir::Files | QDir::Hidden);
        for (const QFileInfo &info : files) {
            const QString sha = info.fileName().chopped(5);
            if (upload::isValidSha256(sha))
                out.append({orgId, sha, info.size(), info.lastModified().toUTC()});
        }
    }
    return out;
}
