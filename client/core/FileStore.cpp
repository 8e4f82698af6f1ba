#include "client/core/FileStore.h"

#include "client/core/Thumbnailer.h"
#include "common/model/Records.h"
#include "common/protocol/Protocol.h"
#include "common/protocol/UploadMessages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClientFiles, "client.files", QtInfoMsg)

namespace {
constexpr qint64 kCopyBlock = 1024 * 1024;

StoredFile::State stateFromName(const QString &name)
{
    if (name == u"paused"_s)
        return StoredFile::State::Paused;
    if (name == u"done"_s)
        return StoredFile::State::Done;
    if (name == u"failed"_s)
        return StoredFile::State::Failed;
    return StoredFile::State::Waiting;
}

const QString kColumns = u"sha256, size, media_type, file_name, thumbnail_sha256, state, uploaded,"
                         " error, added_at"_s;
} // namespace

FileStore::FileStore(const QString &dbPath, QObject *parent)
    : QObject(parent), m_dbPath(dbPath),
      m_dir(QFileInfo(dbPath).absoluteDir().filePath(u"files"_s)),
      m_maxFileSize(protocol::limits::kDefaultMaxFileSize)
{ }

FileStore::~FileStore()
{
    m_queries.clear();
    m_db.close();
}

bool FileStore::open()
{
    if (!QDir().mkpath(m_dir)) {
        m_error = u"cannot create %1"_s.arg(m_dir);
        return false;
    }
    if (!m_db.open(m_dbPath)) {
        m_error = m_db.errorString();
        return false;
    }
    return true;
}

QString FileStore::stateName(StoredFile::State state)
{
    switch (state) {
    case StoredFile::State::Waiting:
        return u"waiting"_s;
    case StoredFile::State::Paused:
        return u"paused"_s;
    case StoredFile::State::Done:
        return u"done"_s;
    case StoredFile::State::Failed:
        return u"failed"_s;
    }
    return u"waiting"_s;
}

QString FileStore::pathOf(const QString &sha256) const
{
    if (!upload::isValidSha256(sha256))
        return {};
    return m_dir + u'/' + sha256;
}

std::optional<StoredFile> FileStore::add(const QString &sourcePath, const AttachOptions &options,
                                         Error *error)
{
    const std::optional<CopiedFile> copied = copyIn(m_dir, sourcePath, options, m_maxFileSize, error);
    if (!copied)
        return std::nullopt;
    return record(*copied, error);
}

namespace {
struct Blob
{
    QString sha;
    qint64 size = 0;
    QString mediaType;
};

std::optional<Blob> writeBytes(const QString &dir, const QByteArray &bytes, Error *error)
{
    Blob blob;
    blob.sha
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    blob.size = bytes.size();
    blob.mediaType = upload::sniffMediaType(bytes.left(protocol::limits::kSniffBytes), bytes.size());
    const QString path = dir + u'/' + blob.sha;
    if (!QFile::exists(path)) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            *error = Error(ErrorCode::Internal, u"the file cannot be saved: "_s + out.errorString());
            return std::nullopt;
        }
    }
    return blob;
}

std::optional<Blob> copyFile(const QString &dir, const QString &sourcePath, Error *error)
{
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = Error(ErrorCode::NotFound, u"the file cannot be read: "_s + in.errorString());
        return std::nullopt;
    }
    const QString temp = dir + u"/incoming-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = Error(ErrorCode::Internal, u"the file cannot be saved: "_s + out.errorString());
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray head;
    qint64 size = 0;
    while (!in.atEnd()) {
        const QByteArray block = in.read(kCopyBlock);
        if (block.isEmpty() && in.error() != QFileDevice::NoError)
            break;
        if (head.size() < protocol::limits::kSniffBytes)
            head += block.left(protocol::limits::kSniffBytes - head.size());
        hash.addData(block);
        if (out.write(block) != block.size()) {
            out.close();
            QFile::remove(temp);
            *error = Error(ErrorCode::Internal, u"the disk is full or not writable"_s);
            return std::nullopt;
        }
        size += block.size();
    }
    const bool readOk = in.error() == QFileDevice::NoError;
    const bool flushed = out.flush() && out.handle() >= 0;
    out.close();
    if (!readOk || !flushed || size == 0) {
        QFile::remove(temp);
        *error = size == 0 ? Error(ErrorCode::InvalidField, u"the file is empty"_s)
                           : Error(ErrorCode::Internal, u"the file could not be copied"_s);
        return std::nullopt;
    }
    Blob blob;
    blob.mediaType = upload::sniffMediaType(head, size);
    if (blob.mediaType.isEmpty()) {
        QFile::remove(temp);
        *error = Error(ErrorCode::UnsupportedMediaType,
                       u"this kind of file cannot be attached"_s);
        return std::nullopt;
    }
    blob.sha = QString::fromLatin1(hash.result().toHex());
    blob.size = size;
    const QString path = dir + u'/' + blob.sha;
    if (QFile::exists(path))
        QFile::remove(temp);
    else if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        *error = Error(ErrorCode::Internal, u"the file could not be stored"_s);
        return std::nullopt;
    }
    return blob;
}
} // namespace

std::optional<CopiedFile> FileStore::copyIn(const QString &directory, const QString &sourcePath,
                                            const AttachOptions &options, qint64 maxFileSize,
                                            Error *error)
{
    const QFileInfo info(sourcePath);
    const QString fileName = Attachment::sanitizeFileName(info.fileName());
    if (!info.isFile() || !info.isReadable()) {
        *error = Error(ErrorCode::NotFound, u"the file cannot be read"_s);
        return std::nullopt;
    }
    if (maxFileSize > 0 && info.size() > maxFileSize) {
        *error = Error(ErrorCode::PayloadTooLarge,
                       u"the file is larger than the limit of %1 MiB"_s.arg(maxFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    CopiedFile out;
    out.fileName = fileName;
    const bool image = Thumbnailer::isImage(sourcePath);
    if (image && options.makeThumbnail) {
        const QByteArray thumb = Thumbnailer::thumbnailJpeg(sourcePath);
        if (!thumb.isEmpty()) {
            Error thumbError;
            if (auto t = writeBytes(directory, thumb, &thumbError); t && !t->mediaType.isEmpty()) {
                out.thumbnailSha256 = t->sha;
                out.thumbnailSize = t->size;
            }
        }
    }
    std::optional<Blob> blob;
    if (image && options.downscaleLargePhotos) {
        if (std::optional<QByteArray> smaller = Thumbnailer::downscaledJpeg(sourcePath)) {
            if (!fileName.endsWith(u".jpg"_s, Qt::CaseInsensitive)
                && !fileName.endsWith(u".jpeg"_s, Qt::CaseInsensitive))
                out.fileName = QFileInfo(fileName).completeBaseName() + u".jpg"_s;
            blob = writeBytes(directory, *smaller, error);
            if (!blob)
                return std::nullopt;
        }
    }
    if (!blob)
        blob = copyFile(directory, sourcePath, error);
    if (!blob)
        return std::nullopt;
    out.sha256 = blob->sha;
    out.size = blob->size;
    out.mediaType = blob->mediaType;
    return out;
}

std::optional<StoredFile> FileStore::record(const CopiedFile &copied, Error *error)
{
    if (!QFile::exists(pathOf(copied.sha256))) {
        *error = Error(ErrorCode::NotFound, u"the copied file is missing"_s);
        return std::nullopt;
    }
    QString thumbSha;
    if (!copied.thumbnailSha256.isEmpty() && QFile::exists(pathOf(copied.thumbnailSha256))) {
        Error thumbError;
        if (insert(copied.thumbnailSha256, copied.thumbnailSize, u"image/jpeg"_s,
                   u"thumbnail.jpg"_s, {}, &thumbError))
            thumbSha = copied.thumbnailSha256;
    }
    return insert(copied.sha256, copied.size, copied.mediaType, copied.fileName, thumbSha, error);
}

std::optional<StoredFile> FileStore::insert(const QString &sha, qint64 size,
                                            const QString &mediaType, const QString &fileName,
                                            const QString &thumbnailSha, Error *error)
{
    if (mediaType.isEmpty()) {
        *error = Error(ErrorCode::UnsupportedMediaType, u"this kind of file cannot be attached"_s);
        return std::nullopt;
    }
    if (auto existing = file(sha))
        return existing;
    QSqlQuery &q = prepared(
        u"INSERT INTO files (sha256, size, media_type, file_name, thumbnail_sha256, added_at,"
        " position) VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM files))"_s);
    q.addBindValue(sha);
    q.addBindValue(size);
    q.addBindValue(mediaType);
    q.addBindValue(fileName);
    q.addBindValue(thumbnailSha.isEmpty() ? QVariant() : QVariant(thumbnailSha));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        m_error = q.lastError().text();
        *error = Error(ErrorCode::Internal, u"the file could not be recorded: "_s + m_error);
        return std::nullopt;
    }
    q.finish();
    qCInfo(lcClientFiles) << "stored" << sha << size << mediaType;
    emit fileAdded(sha);
    return file(sha);
}

QSqlQuery &FileStore::prepared(const QString &sql) const
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        it = m_queries.insert(sql, QSqlQuery(m_db.connection()));
        if (!it->prepare(sql))
            qCWarning(lcClientFiles) << "cannot prepare:" << it->lastError().text();
    }
    return *it;
}

QList<StoredFile> FileStore::read(QSqlQuery &q) const
{
    QList<StoredFile> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcClientFiles) << "query failed:" << m_error;
        return out;
    }
    while (q.next()) {
        StoredFile f;
        f.sha256 = q.value(0).toString();
        f.size = q.value(1).toLongLong();
        f.mediaType = q.value(2).toString();
        f.fileName = q.value(3).toString();
        f.thumbnailSha256 = q.value(4).toString();
        f.state = stateFromName(q.value(5).toString());
        f.uploaded = q.value(6).toLongLong();
        f.error = q.value(7).toString();
        f.addedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        out.append(f);
    }
    q.finish();
    return out;
}

std::optional<StoredFile> FileStore::file(const QString &sha256) const
{
    QSqlQuery &q = prepared(u"SELECT "_s + kColumns + u" FROM files WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    const QList<StoredFile> rows = read(q);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<StoredFile> FileStore::files() const
{
    QSqlQuery &q = prepared(u"SELECT "_s + kColumns + u" FROM files ORDER BY position"_s);
    return read(q);
}

std::optional<StoredFile> FileStore::nextWaiting() const
{
    QSqlQuery &q = prepared(u"SELECT "_s + kColumns
                            + u" FROM files WHERE state = 'waiting' ORDER BY position LIMIT 1"_s);
    const QList<StoredFile> rows = read(q);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

bool FileStore::setProgress(const QString &sha256, qint64 uploaded)
{
    QSqlQuery &q = prepared(u"UPDATE files SET uploaded = ? WHERE sha256 = ?"_s);
    q.addBindValue(uploaded);
    q.addBindValue(sha256);
    const bool ok = q.exec();
    if (!ok) {
        m_error = q.lastError().text();
        qCWarning(lcClientFiles) << "cannot update" << sha256 << m_error;
    }
    q.finish();
    if (ok)
        emit fileChanged(sha256);
    return ok;
}

bool FileStore::setState(const QString &sha256, StoredFile::State state, const QString &error)
{
    QSqlQuery &q = prepared(u"UPDATE files SET state = ?, error = ? WHERE sha256 = ?"_s);
    q.addBindValue(stateName(state));
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(sha256);
    const bool ok = q.exec();
    if (!ok) {
        m_error = q.lastError().text();
        qCWarning(lcClientFiles) << "cannot update" << sha256 << m_error;
    }
    q.finish();
    if (ok)
        emit fileChanged(sha256);
    return ok;
}
