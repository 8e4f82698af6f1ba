#include "client/core/OfflineReadiness.h"

#include "client/core/CoachWorkspace.h"
#include "client/core/DownloadQueue.h"

#include <QSet>

OfflineReadiness::OfflineReadiness(LocalStore *store, CoachWorkspace *coach,
                                   DownloadQueue *downloads, QObject *parent)
    : QObject(parent), m_store(store), m_coach(coach), m_downloads(downloads)
{
    if (coach)
        connect(coach, &CoachWorkspace::changed, this, &OfflineReadiness::reload);
    if (downloads) {
        connect(downloads, &DownloadQueue::fileStored, this, &OfflineReadiness::onFilesChanged);
        connect(downloads, &DownloadQueue::fileFailed, this, &OfflineReadiness::onFilesChanged);
        connect(downloads, &DownloadQueue::queueChanged, this, &OfflineReadiness::onFilesChanged);
        connect(downloads, &DownloadQueue::progressChanged, this, &OfflineReadiness::changed);
    }
    reload();
}

void OfflineReadiness::reload()
{
    m_queue.clear();
    const CoachWorkspace *coach = m_coach.data();
    if (coach != nullptr && m_store != nullptr) {
        const QList<QueueEntry> entries = coach->reviewQueue();
        for (const QueueEntry &e : entries)
            m_queue.append({e.submission.id, DownloadQueue::attachmentsOf(m_store, e.submission)});
    }
    refreshStored();
    emit queueReloaded();
    emit changed();
}

void OfflineReadiness::refreshStored()
{
    m_stored.clear();
    const DownloadQueue *downloads = m_downloads.data();
    if (downloads == nullptr)
        return;
    for (const auto &[id, attachments] : std::as_const(m_queue)) {
        for (const Attachment &a : attachments) {
            if (!m_stored.contains(a.sha256) && downloads->isStored(a.sha256))
                m_stored.insert(a.sha256);
        }
    }
}

void OfflineReadiness::onFilesChanged()
{
    refreshStored();
    emit changed();
}

qint64 OfflineReadiness::missingBytes(const Attachment &a) const
{
    const DownloadQueue *downloads = m_downloads.data();
    if (downloads == nullptr || downloads->currentSha256() != a.sha256)
        return a.size;
    return qMax<qint64>(0, a.size - downloads->currentReceived());
}

EvidenceReadiness OfflineReadiness::of(const QString &submissionId) const
{
    return queue().bySubmission.value(submissionId);
}

QueueReadiness OfflineReadiness::queue() const
{
    QueueReadiness total;
    QSet<QString> seen;
    for (const auto &[id, attachments] : m_queue) {
        ++total.submissions;
        EvidenceReadiness r;
        for (const Attachment &a : attachments) {
            const bool stored = isStored(a.sha256);
            const qint64 missing = stored ? 0 : missingBytes(a);
            ++r.files;
            r.onLaptop += stored ? 1 : 0;
            r.bytesMissing += missing;
            if (seen.contains(a.sha256))
                continue;
            seen.insert(a.sha256);
            ++total.files;
            total.onLaptop += stored ? 1 : 0;
            total.bytesMissing += missing;
        }
        total.bySubmission.insert(id, r);
    }
    return total;
}
