#pragma once
// Fetches evidence files for a coach into the profile's FileStore folder, so that review works
// offline: thumbnails first, then the full files of submissions waiting for review, one at a
// time. Each download streams into <sha256>.part, resumes with a byte range from what is already
// held after a cut, and is moved into place only when its SHA-256 matches its name (checked on a
// worker thread, so a large file does not freeze the window). Network failures back off and
// retry; files already stored are skipped.

#include "common/model/Records.h"
#include "common/protocol/Error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class ApiClient;
class ApiReply;
class CoachWorkspace;
class FileStore;
class LocalStore;

class DownloadQueue : public QObject
{
    Q_OBJECT
public:
    DownloadQueue(LocalStore *store, CoachWorkspace *coach, FileStore *files, ApiClient *api,
                  QObject *parent = nullptr);
    ~DownloadQueue() override;

    // The attachments of a submission: the trainee's attachment records of its task (those
    // naming another submission left out), oldest first.
    static QList<Attachment> attachmentsOf(const LocalStore *store, const Submission &submission);

    // Queues what the review queue needs (every thumbnail, then every full file, oldest
    // submission first) and starts. Called after each successful sync.
    void prefetch();
    // Fetches one file next (before the prefetched ones), e.g. when the coach opens it.
    void fetch(const QString &sha256, qint64 size = 0);
    // Stops the running download (what arrived stays in its .part file); no-op when idle.
    void stop();

    bool isStored(const QString &sha256) const;
    bool isQueued(const QString &sha256) const;
    QString localPath(const QString &sha256) const; // empty unless stored
    QString currentSha256() const;
    bool isBusy() const { return !m_current.sha256.isEmpty() || m_retryTimer.isActive(); }
    // Files larger than this wait while Qt says the network is metered (0: never wait).
    void setUnmeteredOnlyAbove(qint64 bytes) { m_unmeteredOnlyAbove = bytes; }
    void setRetryDelays(int firstMs, int maxMs);
    // The file being fetched: bytes of it on this laptop, and its size (0: unknown).
    qint64 currentReceived() const;
    qint64 currentTotal() const { return m_current.size; }
    // The current file has arrived and its SHA-256 is being checked (on a worker thread).
    bool isVerifying() const { return m_verifying; }
    // After a network failure: waiting before the next try.
    bool isWaitingForNetwork() const { return m_retryTimer.isActive(); }
    // Refused since the last prefetch (not on the server, or damaged); fetch() tries again.
    bool hasFailed(const QString &sha256) const { return m_unavailable.contains(sha256); }
    // A file of this size waits because the network is metered (setUnmeteredOnlyAbove).
    bool waitsForUnmetered(qint64 size) const;
    // Body bytes received over all downloads (what a resume re-fetched shows here).
    qint64 bytesReceived() const { return m_bytesReceived; }
    Error lastError() const { return m_lastError; }

signals:
    void fileStored(const QString &sha256);
    void fileFailed(const QString &sha256, const Error &error);
    void queueChanged();
    // While a file arrives (at most about ten times a second, and once when all of it is
    // there): bytes of it on this laptop and its size (0: unknown).
    void progressChanged(const QString &sha256, qint64 received, qint64 total);

private:
    struct Want
    {
        QString sha256;
        qint64 size = 0; // 0: unknown (thumbnails)
    };

    // The .part file; tells the queue after every write (download progress).
    class PartFile : public QFile
    {
    public:
        std::function<void(qint64)> written; // with the position after the write

    protected:
        qint64 writeData(const char *data, qint64 length) override;
    };

    void enqueue(const Want &want, bool front);
    void onWritten(qint64 position);
    void onVerified(quint64 generation, bool ok);
    void startNext();
    void onFinished(ApiReply *reply);
    void complete();
    void retryLater(const Error &error);
    void giveUp(const Error &error);
    QString partPath(const QString &sha256) const;

    LocalStore *m_store;
    CoachWorkspace *m_coach;
    FileStore *m_files;
    ApiClient *m_api;
    QList<Want> m_wanted;
    QSet<QString> m_unavailable; // refused (404, wrong hash) since the last prefetch
    Want m_current;
    PartFile m_part;
    qint64 m_currentReceived = 0;
    bool m_verifying = false;
    quint64 m_generation = 0; // changes when the current download is abandoned
    QElapsedTimer m_progressClock;
    QPointer<ApiReply> m_reply;
    QTimer m_retryTimer;
    int m_firstRetryMs = 2000;
    int m_maxRetryMs = 120000;
    int m_retryMs = 0;
    qint64 m_unmeteredOnlyAbove = 20 * 1000 * 1000;
    qint64 m_bytesReceived = 0;
    Error m_lastError;
};
