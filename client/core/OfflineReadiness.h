#pragma once
// Whether the coach can review offline: for every submission in the review queue, how many of its
// attached files are fully on this laptop and how many bytes are still to fetch, and the same
// over the whole queue. Follows the DownloadQueue live (files stored, progress of the current one).

#include "common/model/Records.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class CoachWorkspace;
class DownloadQueue;
class LocalStore;

// The evidence of one submission.
struct EvidenceReadiness
{
    int files = 0; // attachments of the submission
    int onLaptop = 0; // of them, fully on this laptop
    qint64 bytesMissing = 0; // still to fetch (what has arrived of the current download excluded)
    bool complete() const { return onLaptop == files; }
};

// The evidence of the whole review queue; each file counted once even when attached twice.
struct QueueReadiness
{
    int submissions = 0;
    int files = 0;
    int onLaptop = 0;
    qint64 bytesMissing = 0;
    QHash<QString, EvidenceReadiness> bySubmission; // by submission id
    int missingFiles() const { return files - onLaptop; }
    bool ready() const { return onLaptop == files; }
};

class OfflineReadiness : public QObject
{
    Q_OBJECT
public:
    // downloads may be null (nothing is fetched; files count as missing unless stored).
    OfflineReadiness(LocalStore *store, CoachWorkspace *coach, DownloadQueue *downloads,
                     QObject *parent = nullptr);

    QueueReadiness queue() const;
    EvidenceReadiness of(const QString &submissionId) const; // zero when not in the queue

signals:
    // The review queue or its attachments changed (a sync): per-row figures may differ.
    void queueReloaded();
    // A file arrived, failed or progressed: the figures may differ.
    void changed();

public slots:
    void reload(); // re-reads the queue and its attachments (automatic on CoachWorkspace::changed)

private:
    // Looks at the disk again for which of the queue's files are whole on this laptop; progress
    // ticks (ten a second) only use what was found.
    void refreshStored();
    void onFilesChanged();
    bool isStored(const QString &sha256) const { return m_stored.contains(sha256); }
    qint64 missingBytes(const Attachment &a) const;

    LocalStore *m_store;
    QPointer<CoachWorkspace> m_coach;
    QPointer<DownloadQueue> m_downloads;
    QList<QPair<QString, QList<Attachment>>> m_queue; // submission id, attachments; queue order
    QSet<QString> m_stored; // hashes of the queue's files that are whole on this laptop
};
