#pragma once
// The profile's content-addressed file store: evidence is copied in at attach time, named by
// its SHA-256, under <profile folder>/files, so later edits to the original cannot corrupt an
// upload. The `files` table (same profile database, own connection) keeps each file's upload
// state in queue order. Used from the UI thread, except the static copyIn() (any thread).

#include "common/protocol/Error.h"
#include "common/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct StoredFile
{
    enum class State { Waiting, Paused, Done, Failed };
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString fileName; // for display only
    QString thumbnailSha256; // a stored JPEG thumbnail, empty for non-images
    State state = State::Waiting;
    qint64 uploaded = 0; // bytes the server confirmed holding contiguously
    QString error; // why it failed: an error code name (errorCodeName), shown translated
    QDateTime addedAt;
};

struct AttachOptions
{
    bool downscaleLargePhotos = true; // photos above Thumbnailer::kLargePhotoSide are scaled
    bool makeThumbnail = true;
};

// Bytes copied into the store directory by FileStore::copyIn (on any thread), not yet recorded.
struct CopiedFile
{
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString fileName;
    QString thumbnailSha256; // empty when there is none
    qint64 thumbnailSize = 0;
};

class FileStore : public QObject
{
    Q_OBJECT
public:
    // dbPath: the profile database (already migrated by LocalStore); files live next to it.
    explicit FileStore(const QString &dbPath, QObject *parent = nullptr);
    ~FileStore() override;

    bool open();
    QString errorString() const { return m_error; }
    QString directory() const { return m_dir; }

    // Copies the file into the store (hashing while copying), makes its thumbnail (stored and
    // queued too, before the file) and queues it for upload. Adding the same content again
    // returns the existing entry. The media type comes from the bytes, never the name.
    std::optional<StoredFile> add(const QString &sourcePath, const AttachOptions &options,
                                  Error *error);
    // add() in two steps, so that the slow part runs off the UI thread: copyIn hashes and copies
    // the file (and its thumbnail) into `directory` and touches nothing else (thread-safe);
    // record() then records and queues it (UI thread). Files above maxFileSize are refused
    // (PayloadTooLarge) before anything is copied.
    static std::optional<CopiedFile> copyIn(const QString &directory, const QString &sourcePath,
                                            const AttachOptions &options, qint64 maxFileSize,
                                            Error *error);
    std::optional<StoredFile> record(const CopiedFile &copied, Error *error);
    // The largest file accepted: the server's limit (default 500 MiB, protocol::limits).
    void setMaxFileSize(qint64 bytes) { m_maxFileSize = bytes; }
    qint64 maxFileSize() const { return m_maxFileSize; }

    QString pathOf(const QString &sha256) const; // where the bytes are (may not exist)
    std::optional<StoredFile> file(const QString &sha256) const;
    QList<StoredFile> files() const; // queue order, every state
    // The next file to upload: the first waiting one in queue order.
    std::optional<StoredFile> nextWaiting() const;

    bool setProgress(const QString &sha256, qint64 uploaded);
    bool setState(const QString &sha256, StoredFile::State state, const QString &error = {});

    static QString stateName(StoredFile::State state);

signals:
    void fileChanged(const QString &sha256);
    void fileAdded(const QString &sha256);

private:
    std::optional<StoredFile> insert(const QString &sha, qint64 size, const QString &mediaType,
                                     const QString &fileName, const QString &thumbnailSha,
                                     Error *error);
    QSqlQuery &prepared(const QString &sql) const;
    QList<StoredFile> read(QSqlQuery &q) const;

    QString m_dbPath;
    QString m_dir;
    mutable Database m_db;
    mutable QHash<QString, QSqlQuery> m_queries;
    mutable QString m_error;
    qint64 m_maxFileSize;
};
