#pragma once
// Uploads the profile's stored files (FileStore) one at a time, resumably: asks the server what
// it holds for the hash, sends the rest in checksummed chunks (two in flight, sized to about
// kTargetChunkSeconds of measured airtime), sends a chunk damaged on the way (422) again alone,
// goes on at the offset a 409 names or re-asks, and backs off after network failures. Uses its
// own requests, so small-record sync never waits behind a file.

#include "common/protocol/Error.h"
#include "common/protocol/UploadMessages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class ApiReply;
class FileStore;

class UploadQueue : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Asking, Sending, Backoff, Paused };
    Q_ENUM(State)

    // Seconds of airtime one chunk should take on the measured link: a cut loses about one
    // chunk, while two in flight keep the link busy across the round trips.
    static constexpr double kTargetChunkSeconds = 2.0;
    static constexpr int kMaxInFlight = 2;

    UploadQueue(FileStore *files, ApiClient *api, QObject *parent = nullptr);
    ~UploadQueue() override;

    // Starts uploading waiting files (no-op while running or paused).
    void start();
    // Stops every request (what the server confirmed stays); start() goes on from there.
    void stop();
    // Pauses / resumes the whole queue.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Pauses or resumes one file; a failed file resumed is tried again.
    void pauseFile(const QString &sha256);
    void resumeFile(const QString &sha256);
    // Files larger than this wait while Qt says the network is metered (0: off; default from
    // the profile's UploadSettings, 20 MB). Where Qt cannot tell, every network counts as
    // unmetered. A running idle queue looks again at once (a large file may go now).
    void setUnmeteredOnlyAbove(qint64 bytes);
    qint64 unmeteredOnlyAbove() const { return m_unmeteredOnlyAbove; }
    // Bounds of the backoff after network failures (tests shorten them).
    void setRetryDelays(int firstMs, int maxMs);

    State state() const { return m_state; }
    QString currentSha256() const { return m_sha; }
    // Bytes of the current file the server confirmed, plus what is on its way.
    qint64 currentProgress() const;
    double bytesPerSecond() const { return m_rate; }
    qint64 chunkSize() const { return m_chunk; }
    qint64 largestChunkSent() const { return m_largestChunk; }
    Error lastError() const { return m_lastError; }
    // Over every file not done or failed: bytes confirmed (with the current file's progress)
    // and the total; files counts them.
    struct Totals
    {
        qint64 done = 0;
        qint64 total = 0;
        int files = 0;
    };
    Totals totals() const;
    // Seconds until the queue is empty at the measured rate; -1 when unknown.
    int secondsLeft() const;

signals:
    void stateChanged();
    void progressChanged();
    void fileFinished(const QString &sha256);
    void fileFailed(const QString &sha256, const Error &error);

private:
    struct Flight
    {
        QPointer<ApiReply> reply;
        qint64 offset = 0;
        qint64 length = 0;
        qint64 sent = 0;
        qint64 startedMs = 0;
    };

    void setState(State state);
    void startNext();
    void ask();
    void onStatus(const UploadStatus &status);
    void pump();
    void onChunkFinished(ApiReply *reply);
    void onError(const Error &error, int httpStatus);
    // A refused chunk whose answer names the offset (409 conflict, 422 checksum_mismatch): go on
    // sending from there without asking first. False when the answer says no offset.
    bool continueAt(const Error &error, qint64 offset);
    // A chunk refused for its checksum (422): only it is sent again, the others in flight go
    // on. False after too many refusals in a row.
    bool resend(const Flight &flight, const Error &error);
    void finishFile();
    void failFile(const Error &error);
    void abortFlights();
    void clearCurrent();
    void measure(const Flight &flight);
    qint64 skipHeld(qint64 offset) const;
    qint64 nextHeldStart(qint64 offset) const;

    FileStore *m_files;
    ApiClient *m_api;
    State m_state = State::Idle;
    bool m_paused = false;
    bool m_running = false;

    QString m_sha;
    qint64 m_size = 0;
    QString m_mediaType;
    QFile m_file;
    qint64 m_confirmed = 0; // contiguous bytes the server holds
    qint64 m_next = 0; // next byte to send
    QList<HeldRange> m_held;
    qint64 m_maxChunk = 0;
    QPointer<ApiReply> m_asking;
    QList<Flight> m_flights;
    QList<Flight> m_resends; // refused chunks to send again before new bytes (offset, length)
    int m_resyncs = 0; // consecutive refusals answered by asking again

    QElapsedTimer m_clock;
    qint64 m_lastAckMs = 0;
    double m_rate = 0; // bytes per second, smoothed: m_rateBytes over m_rateMs
    double m_rateBytes = 0; // acknowledged chunk bytes, exponentially decayed
    double m_rateMs = 0; // ... and the busy time between their acknowledgements
    qint64 m_chunk = 0;
    qint64 m_largestChunk = 0;

    QTimer m_retryTimer;
    int m_firstRetryMs = 2000;
    int m_maxRetryMs = 120000;
    int m_retryMs = 0;
    Error m_lastError;
    qint64 m_unmeteredOnlyAbove = 20 * 1000 * 1000;
};
