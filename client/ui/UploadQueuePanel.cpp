#include "client/ui/UploadQueuePanel.h"

#include "client/core/FileStore.h"
#include "client/core/Session.h"
#include "client/core/UploadQueue.h"
#include "client/core/UploadSettings.h"
#include "client/ui/EvidencePanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UploadQueuePanel::UploadQueuePanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_pauseAllButton(new QPushButton(this)),
      m_table(new QTableWidget(this)), m_downscaleBox(new QCheckBox(this)),
      m_unmeteredBox(new QCheckBox(this)), m_meteredNote(new QLabel(this))
{
    setObjectName(u"uploadQueuePanel"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_summary->setObjectName(u"uploadSummaryLabel"_s);
    m_summary->setWordWrap(true);
    row->addWidget(m_summary, 1);
    m_pauseAllButton->setObjectName(u"pauseAllButton"_s);
    row->addWidget(m_pauseAllButton);
    layout->addLayout(row);
    m_table->setObjectName(u"uploadTable"_s);
    m_table->setColumnCount(4);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);
    m_downscaleBox->setObjectName(u"downscaleLargePhotosBox"_s);
    layout->addWidget(m_downscaleBox);
    m_unmeteredBox->setObjectName(u"largeFilesUnmeteredBox"_s);
    layout->addWidget(m_unmeteredBox);
    m_meteredNote->setObjectName(u"meteredUnknownLabel"_s);
    m_meteredNote->setWordWrap(true);
    m_meteredNote->setVisible(false);
    layout->addWidget(m_meteredNote);
    connect(m_downscaleBox, &QCheckBox::toggled, this, [this](bool on) {
        if (m_session && m_session->files())
            UploadSettings(m_session->files()).setDownscaleLargePhotos(on);
    });
    connect(m_unmeteredBox, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_session || !m_session->files())
            return;
        UploadSettings settings(m_session->files());
        settings.setLargeFilesOnlyUnmetered(on);
        settings.applyTo(m_session->uploads());
    });
    connect(m_pauseAllButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->uploads()->setPaused(!m_session->uploads()->isPaused());
    });
    retranslate();
}

void UploadQueuePanel::setSession(Session *session)
{
    if (m_session) {
        m_session->files()->disconnect(this);
        m_session->uploads()->disconnect(this);
    }
    m_session = session;
    const bool hasFiles = session && session->files();
    m_downscaleBox->setEnabled(hasFiles);
    m_unmeteredBox->setEnabled(hasFiles);
    if (hasFiles) {
        const UploadSettings settings(session->files());
        const QSignalBlocker blockDownscale(m_downscaleBox);
        const QSignalBlocker blockUnmetered(m_unmeteredBox);
        m_downscaleBox->setChecked(settings.downscaleLargePhotos());
        m_unmeteredBox->setChecked(settings.largeFilesOnlyUnmetered());
    }
    m_meteredNote->setVisible(hasFiles && !UploadSettings::canTellMetered());
    if (hasFiles) {
        connect(session->files(), &FileStore::fileAdded, this, &UploadQueuePanel::rebuild);
        connect(session->files(), &FileStore::fileChanged, this, &UploadQueuePanel::updateProgress);
        connect(session->uploads(), &UploadQueue::progressChanged, this,
                &UploadQueuePanel::updateProgress);
    }
    rebuild();
}

QString UploadQueuePanel::formatBytes(qint64 bytes)
{
    if (bytes < 1000 * 1000)
        return tr("%1 kB").arg(QString::number(double(bytes) / 1000.0, 'f', 0));
    return tr("%1 MB").arg(QString::number(double(bytes) / 1e6, 'f', 1));
}

QString UploadQueuePanel::formatDuration(int seconds)
{
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, (seconds + 30) / 60);
    return tr("%n hour(s)", nullptr, (seconds + 1800) / 3600);
}

void UploadQueuePanel::rebuild()
{
    m_table->setRowCount(0);
    if (!m_session || !m_session->files()) {
        updateProgress();
        return;
    }
    // A photo's thumbnail travels first but is part of the photo, not a file of its own to the
    // trainee: it is not listed.
    QList<StoredFile> files = m_session->files()->files();
    QSet<QString> thumbnails;
    for (const StoredFile &f : std::as_const(files))
        if (!f.thumbnailSha256.isEmpty())
            thumbnails.insert(f.thumbnailSha256);
    files.removeIf([&](const StoredFile &f) { return thumbnails.contains(f.sha256); });
    m_table->setRowCount(int(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        const StoredFile &f = files.at(row);
        auto *name = new QTableWidgetItem(f.fileName);
        name->setData(Qt::UserRole, f.sha256);
        m_table->setItem(row, 0, name);
        auto *bar = new QProgressBar(m_table);
        bar->setRange(0, 1000);
        m_table->setCellWidget(row, 1, bar);
        m_table->setItem(row, 2, new QTableWidgetItem);
        auto *button = new QPushButton(m_table);
        const QString sha = f.sha256;
        connect(button, &QPushButton::clicked, this, [this, sha] {
            if (!m_session)
                return;
            const auto file = m_session->files()->file(sha);
            if (!file)
                return;
            if (file->state == StoredFile::State::Paused
                || file->state == StoredFile::State::Failed)
                m_session->uploads()->resumeFile(sha);
            else if (file->state == StoredFile::State::Waiting)
                m_session->uploads()->pauseFile(sha);
        });
        m_table->setCellWidget(row, 3, button);
    }
    updateProgress();
}

void UploadQueuePanel::updateProgress()
{
    if (!m_session || !m_session->files()) {
        m_summary->setText(tr("No files."));
        return;
    }
    UploadQueue *queue = m_session->uploads();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString sha = m_table->item(row, 0)->data(Qt::UserRole).toString();
        const auto f = m_session->files()->file(sha);
        if (!f)
            continue;
        qint64 done = f->state == StoredFile::State::Done ? f->size : f->uploaded;
        if (queue->currentSha256() == sha)
            done = queue->currentProgress();
        if (auto *bar = qobject_cast<QProgressBar *>(m_table->cellWidget(row, 1)))
            bar->setValue(f->size > 0 ? int(done * 1000 / f->size) : 0);
        m_table->item(row, 2)->setText(EvidencePanel::stateText(m_session, sha));
        if (f->state == StoredFile::State::Done) {
            // Nothing left to do with a sent file. (An index widget cannot just be hidden: the
            // view shows it again on every layout.)
            m_table->removeCellWidget(row, 3);
        } else if (auto *button = qobject_cast<QPushButton *>(m_table->cellWidget(row, 3))) {
            button->setText(f->state == StoredFile::State::Waiting ? tr("Pause")
                            : f->state == StoredFile::State::Failed ? tr("Try again")
                                                                     : tr("Resume"));
        }
    }
    const UploadQueue::Totals t = queue->totals();
    QString text;
    if (t.files == 0)
        text = tr("All files have been sent.");
    else {
        text = tr("%n file(s) to send, %1 of %2.", nullptr, t.files)
                   .arg(formatBytes(t.done), formatBytes(t.total));
        if (queue->state() == UploadQueue::State::Sending && queue->bytesPerSecond() > 0) {
            const QString speed = formatBytes(qint64(queue->bytesPerSecond()));
            const int left = queue->secondsLeft();
            text += u' '
                + (left < 60 ? tr("Speed %1/s, less than a minute left.").arg(speed)
                             : tr("Speed %1/s, about %2 left.").arg(speed, formatDuration(left)));
        } else if (queue->isPaused())
            text += u' ' + tr("Paused.");
        else if (queue->state() == UploadQueue::State::Backoff)
            text += u' ' + tr("Waiting for a connection.");
    }
    m_summary->setText(text);
    m_pauseAllButton->setText(queue->isPaused() ? tr("Resume all") : tr("Pause all"));
}

void UploadQueuePanel::retranslate()
{
    m_downscaleBox->setText(tr("Scale very large photos down before sending"));
    m_unmeteredBox->setText(tr("Send large files (over %1 MB) only on unmetered networks")
                                .arg(UploadSettings::kLargeFileBytes / (1000 * 1000)));
    m_meteredNote->setText(tr("This computer cannot tell whether the network is metered, so "
                              "large files are sent on any network."));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Progress"), tr("State"), QString()});
    if (m_session)
        updateProgress();
    else
        m_pauseAllButton->setText(tr("Pause all"));
}

void UploadQueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
