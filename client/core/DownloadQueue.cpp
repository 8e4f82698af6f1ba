#include "client/core/DownloadQueue.h"

#include "client/core/ApiClient.h"
#include "client/core/BackgroundTask.h"
#include "client/core/CoachWorkspace.h"
#include "client/core/FileStore.h"
#include "client/core/LocalStore.h"
#include "common/protocol/UploadMessages.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkInformation>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClientDownload, "client.download", QtInfoMsg)

namespace {
bool isMetered()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->supports(QNetworkInformation::Feature::Metered) && info->isMetered();
}
} // namespace

DownloadQueue::DownloadQueue(LocalStore *store, CoachWorkspace *coach, FileStore *files,
                             ApiClient *api, QObject *parent)
    : QObject(parent), m_store(store), m_coach(coach), m_files(files), m_api(api)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadQueue::startNext);
    m_part.written = [this](qint64 position) { onWritten(position); };
    m_progressClock.start();
}

qint64 DownloadQueue::PartFile::writeData(const char *data, qint64 length)
{
    const qint64 n = QFile::writeData(data, length);
    if (n > 0 && written)
        written(pos() + n); // QIODevice moves pos() after this returns
    return n;
}

void DownloadQueue::onWritten(qint64 position)
{
    m_currentReceived = position;
    if (m_progressClock.elapsed() < 100)
        return;
    m_progressClock.restart();
    emit progressChanged(m_current.sha256, m_currentReceived, m_current.size);
}

// Out of line: GCC's -Wnull-dereference misreads inlined accessors behind a QPointer check.
QString DownloadQueue::currentSha256() const
{
    return m_current.sha256;
}

qint64 DownloadQueue::currentReceived() const
{
    return m_currentReceived;
}

bool DownloadQueue::waitsForUnmetered(qint64 size) const
{
    return m_unmeteredOnlyAbove > 0 && size > m_unmeteredOnlyAbove && isMetered();
}

DownloadQueue::~DownloadQueue()
{
    stop();
}

void DownloadQueue::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
}

QList<Attachment> DownloadQueue::attachmentsOf(const LocalStore *store,
                                               const Submission &submission)
{
    QList<Attachment> out;
    const QList<StoredRecord> records
        = store->recordsForTask(QString::fromUtf16(kind::kAttachment), submission.taskId);
    for (const StoredRecord &r : records) {
        Error error;
        const auto a = Attachment::fromJson(r.id, r.data, &error);
        if (!a || a->traineeId != submission.traineeId)
            continue;
        if (!a->submissionId.isEmpty() && a->submissionId != submission.id)
            continue;
        out.append(*a);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Attachment &x, const Attachment &y) { return x.at < y.at; });
    return out;
}

QString DownloadQueue::partPath(const QString &sha256) const
{
    return m_files->pathOf(sha256) + u".part"_s;
}

bool DownloadQueue::isStored(const QString &sha256) const
{
    const QString path = m_files->pathOf(sha256);
    return !path.isEmpty() && QFile::exists(path);
}

bool DownloadQueue::isQueued(const QString &sha256) const
{
    return m_current.sha256 == sha256
        || std::any_of(m_wanted.cbegin(), m_wanted.cend(),
                       [&](const Want &w) { return w.sha256 == sha256; });
}

QString DownloadQueue::localPath(const QString &sha256) const
{
    return isStored(sha256) ? m_files->pathOf(sha256) : QString();
}

void DownloadQueue::enqueue(const Want &want, bool front)
{
    if (!upload::isValidSha256(want.sha256) || isStored(want.sha256)
        || m_current.sha256 == want.sha256)
        return;
    const auto it = std::find_if(m_wanted.begin(), m_wanted.end(),
                                 [&](const Want &w) { return w.sha256 == want.sha256; });
    if (it != m_wanted.end()) {
        if (!front)
            return;
        m_wanted.erase(it);
    }
    if (front)
        m_wanted.prepend(want);
    else
        m_wanted.append(want);
}

void DownloadQueue::prefetch()
{
    m_unavailable.clear();
    QList<Want> files;
    const QList<QueueEntry> queue = m_coach->reviewQueue();
    for (const QueueEntry &entry : queue) {
        for (const Attachment &a : attachmentsOf(m_store, entry.submission)) {
            if (!a.thumbnailSha256.isEmpty())
                enqueue({a.thumbnailSha256, 0}, false);
            files.append({a.sha256, a.size});
        }
    }
    for (const Want &w : std::as_const(files))
        enqueue(w, false);
    emit queueChanged();
    if (!isBusy())
        startNext();
}

void DownloadQueue::fetch(const QString &sha256, qint64 size)
{
    m_unavailable.remove(sha256);
    enqueue({sha256, size}, true);
    emit queueChanged();
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        m_retryMs = 0;
    }
    if (m_current.sha256.isEmpty())
        startNext();
}

void DownloadQueue::stop()
{
    m_retryTimer.stop();
    if (ApiReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
    }
    m_reply = nullptr;
    m_part.close();
    if (!m_current.sha256.isEmpty())
        m_wanted.prepend(m_current);
    m_current = Want();
    m_currentReceived = 0;
    m_verifying = false;
    ++m_generation; // a check still running is of no use any more
}

void DownloadQueue::startNext()
{
    if (!m_current.sha256.isEmpty())
        return;
    const bool metered = isMetered();
    for (qsizetype i = 0; i < m_wanted.size(); ++i) {
        const Want w = m_wanted.at(i);
        if (isStored(w.sha256) || m_unavailable.contains(w.sha256)) {
            m_wanted.removeAt(i--);
            continue;
        }
        if (metered && m_unmeteredOnlyAbove > 0 && w.size > m_unmeteredOnlyAbove)
            continue; // waits for an unmetered link
        m_wanted.removeAt(i);
        m_current = w;
        break;
    }
    if (m_current.sha256.isEmpty())
        return;
    m_part.setFileName(partPath(m_current.sha256));
    if (!m_part.open(QIODevice::ReadWrite) || !m_part.seek(m_part.size())) {
        giveUp(Error(ErrorCode::Internal, u"cannot write "_s + m_part.fileName()));
        return;
    }
    const qint64 from = m_part.size();
    m_currentReceived = from;
    if (m_current.size > 0 && from >= m_current.size) {
        complete(); // everything arrived before; only the check is left
        return;
    }
    qCDebug(lcClientDownload) << "downloading" << m_current.sha256 << "from" << from;
    m_reply = m_api->downloadFile(m_current.sha256, from, &m_part);
    ApiReply *reply = m_reply.data();
    connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
}

void DownloadQueue::onFinished(ApiReply *reply)
{
    if (reply != m_reply.data())
        return;
    m_reply = nullptr;
    m_bytesReceived += reply->bodyBytesReceived();
    m_part.flush();
    const Error &error = reply->error();
    if (!error.isError()) {
        complete();
    } else if (reply->httpStatus() == 416) {
        complete(); // the part holds the whole file already (or too much: the check decides)
    } else if (reply->httpStatus() == 404 || error.code == ErrorCode::Forbidden
               || error.code == ErrorCode::InvalidField) {
        giveUp(error);
    } else {
        retryLater(error);
    }
}

void DownloadQueue::complete()
{
    const QString sha = m_current.sha256;
    m_currentReceived = m_part.size();
    m_part.close();
    emit progressChanged(sha, m_currentReceived,
                         m_current.size > 0 ? m_current.size : m_currentReceived);
    // Hashing hundreds of megabytes takes seconds: off the UI thread. The queue stays busy
    // with this file until the answer is back.
    m_verifying = true;
    emit queueChanged();
    const quint64 generation = ++m_generation;
    const QString path = m_part.fileName();
    runInBackground<bool>(
        this,
        [path, sha] {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            return file.open(QIODevice::ReadOnly) && hash.addData(&file)
                && QString::fromLatin1(hash.result().toHex()) == sha;
        },
        [this, generation](bool ok) { onVerified(generation, ok); });
}

void DownloadQueue::onVerified(quint64 generation, bool ok)
{
    if (generation != m_generation || !m_verifying)
        return; // stopped meanwhile: the file is queued again and checked again later
    m_verifying = false;
    const QString sha = m_current.sha256;
    if (!ok) {
        QFile::remove(m_part.fileName());
        giveUp(Error(ErrorCode::HashMismatch, u"the downloaded file does not match its hash"_s));
        return;
    }
    const QString target = m_files->pathOf(sha);
    if (QFile::exists(target))
        QFile::remove(m_part.fileName());
    else if (!QFile::rename(m_part.fileName(), target)) {
        giveUp(Error(ErrorCode::Internal, u"the downloaded file cannot be stored"_s));
        return;
    }
    qCInfo(lcClientDownload) << "stored" << sha;
    m_current = Want();
    m_currentReceived = 0;
    m_retryMs = 0;
    emit fileStored(sha);
    emit queueChanged();
    startNext();
}

void DownloadQueue::retryLater(const Error &error)
{
    m_lastError = error;
    m_part.close();
    m_wanted.prepend(m_current);
    m_current = Want();
    m_currentReceived = 0;
    m_retryMs = m_retryMs == 0 ? m_firstRetryMs : std::min(m_retryMs * 2, m_maxRetryMs);
    qCDebug(lcClientDownload) << "download failed:" << errorCodeName(error.code) << "retry in"
                              << m_retryMs << "ms";
    m_retryTimer.start(m_retryMs);
}

void DownloadQueue::giveUp(const Error &error)
{
    const QString sha = m_current.sha256;
    m_lastError = error;
    if (m_part.isOpen()) {
        const bool empty = m_part.size() == 0;
        m_part.close();
        if (empty || error.code == ErrorCode::NotFound)
            QFile::remove(m_part.fileName());
    }
    m_unavailable.insert(sha);
    m_current = Want();
    m_currentReceived = 0;
    qCInfo(lcClientDownload) << "cannot download" << sha << errorCodeName(error.code);
    emit fileFailed(sha, error);
    emit queueChanged();
    startNext();
}
