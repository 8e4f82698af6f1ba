#include "client/ui/ReviewEvidencePanel.h"

#include "client/core/DownloadQueue.h"
#include "client/core/Session.h"
#include "client/ui/ImageViewerDialog.h"
#include "client/ui/Theme.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kIconSide = 96;
constexpr int kIndexRole = Qt::UserRole + 1;

QPixmap loadThumbnail(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > 4 * kIconSide || size.height() > 4 * kIconSide))
        reader.setScaledSize(size.scaled(4 * kIconSide, 4 * kIconSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    return QPixmap::fromImage(
        image.scaled(kIconSide, kIconSide, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

QPixmap placeholder(const QString &mediaType)
{
    QPixmap pixmap(kIconSide, kIconSide);
    pixmap.fill(QColor(0xec, 0xef, 0xf1));
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x60, 0x6a, 0x70));
    QFont font = painter.font();
    font.setPixelSize(14);
    painter.setFont(font);
    QString label = mediaType.section(u'/', 1).toUpper();
    if (label.size() > 6)
        label = mediaType.section(u'/', 0, 0).toUpper();
    painter.drawText(pixmap.rect(), Qt::AlignCenter, label);
    return pixmap;
}
} // namespace

ReviewEvidencePanel::ReviewEvidencePanel(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_empty(new QLabel(this)),
      m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    theme::setTextStyle(m_caption, u"h3"_s);
    m_empty->setObjectName(u"reviewEvidenceEmptyLabel"_s);
    m_list->setObjectName(u"reviewEvidenceList"_s);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kIconSide, kIconSide));
    m_list->setGridSize(QSize(150, 150));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setMovement(QListView::Static);
    m_list->setMaximumHeight(170);
    connect(m_list, &QListWidget::itemClicked, this, &ReviewEvidencePanel::open);
    layout->addWidget(m_caption);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    retranslate();
}

void ReviewEvidencePanel::setSession(Session *session)
{
    if (m_session && m_session->downloads())
        m_session->downloads()->disconnect(this);
    m_session = session;
    if (m_session && m_session->downloads()) {
        DownloadQueue *downloads = m_session->downloads();
        connect(downloads, &DownloadQueue::fileStored, this, &ReviewEvidencePanel::onFileStored);
        // Queued: the list is rebuilt after the click that changed the queue has been handled.
        connect(downloads, &DownloadQueue::queueChanged, this, &ReviewEvidencePanel::refresh,
                Qt::QueuedConnection);
        connect(downloads, &DownloadQueue::progressChanged, this,
                &ReviewEvidencePanel::updateStates);
        connect(downloads, &DownloadQueue::fileFailed, this, &ReviewEvidencePanel::updateStates);
    }
}

void ReviewEvidencePanel::setSubmission(const Submission &submission)
{
    m_submission = submission;
    m_openWhenStored.clear();
    refresh();
    // Thumbnails are small: fetch those missing right away (when online).
    DownloadQueue *downloads = m_session ? m_session->downloads() : nullptr;
    if (!downloads)
        return;
    const QList<Attachment> attachments = m_attachments; // fetch() refreshes m_attachments
    for (const Attachment &a : attachments) {
        if (!a.thumbnailSha256.isEmpty() && !downloads->isStored(a.thumbnailSha256)
            && !downloads->isQueued(a.thumbnailSha256))
            downloads->fetch(a.thumbnailSha256);
    }
}

void ReviewEvidencePanel::refresh()
{
    m_list->clear();
    m_attachments.clear();
    if (m_session && !m_submission.id.isEmpty())
        m_attachments = DownloadQueue::attachmentsOf(m_session->store(), m_submission);
    DownloadQueue *downloads = m_session ? m_session->downloads() : nullptr;
    for (int i = 0; i < m_attachments.size(); ++i) {
        const Attachment &a = m_attachments.at(i);
        const bool stored = downloads && downloads->isStored(a.sha256);
        QPixmap pixmap;
        if (downloads && !a.thumbnailSha256.isEmpty() && downloads->isStored(a.thumbnailSha256))
            pixmap = loadThumbnail(downloads->localPath(a.thumbnailSha256));
        if (pixmap.isNull() && stored && a.mediaType.startsWith(u"image/"_s))
            pixmap = loadThumbnail(downloads->localPath(a.sha256));
        if (pixmap.isNull())
            pixmap = placeholder(a.mediaType);
        auto *item = new QListWidgetItem(QIcon(pixmap), a.fileName, m_list);
        item->setData(kIndexRole, i);
    }
    m_empty->setVisible(m_attachments.isEmpty());
    m_list->setVisible(!m_attachments.isEmpty());
    updateStates();
}

QString ReviewEvidencePanel::stateText(const Attachment &a) const
{
    DownloadQueue *downloads = m_session ? m_session->downloads() : nullptr;
    if (!downloads)
        return tr("Waiting to download");
    if (downloads->isStored(a.sha256))
        return tr("Downloaded");
    if (downloads->currentSha256() == a.sha256) {
        if (downloads->isVerifying())
            return tr("Checking the file…");
        const qint64 total = downloads->currentTotal() > 0 ? downloads->currentTotal() : a.size;
        if (total <= 0)
            return tr("Downloading…");
        const qint64 percent = std::min<qint64>(100, downloads->currentReceived() * 100 / total);
        return tr("Downloading %1 %").arg(percent);
    }
    if (downloads->hasFailed(a.sha256))
        return tr("Download failed; click to try again");
    if (downloads->isQueued(a.sha256)) {
        if (downloads->isWaitingForNetwork())
            return tr("Waiting for the network");
        if (downloads->waitsForUnmetered(a.size))
            return tr("Waiting for an unmetered network");
    }
    return tr("Waiting to download");
}

void ReviewEvidencePanel::updateStates()
{
    DownloadQueue *downloads = m_session ? m_session->downloads() : nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const int index = item->data(kIndexRole).toInt();
        if (index < 0 || index >= m_attachments.size())
            continue;
        const Attachment &a = m_attachments.at(index);
        const bool stored = downloads && downloads->isStored(a.sha256);
        const QString text = a.fileName + u'\n' + stateText(a);
        if (item->text() != text)
            item->setText(text);
        item->setData(Qt::UserRole, stored);
        item->setToolTip(stored ? tr("Open %1").arg(a.fileName)
                                : tr("%1 is not on this laptop yet; click to download it when "
                                     "online.")
                                      .arg(a.fileName));
    }
}

void ReviewEvidencePanel::open(QListWidgetItem *item)
{
    const int index = item ? item->data(kIndexRole).toInt() : -1;
    if (index < 0 || index >= m_attachments.size() || !m_session || !m_session->downloads())
        return;
    const Attachment a = m_attachments.at(index);
    DownloadQueue *downloads = m_session->downloads();
    if (downloads->isStored(a.sha256)) {
        openLocal(a);
        return;
    }
    m_openWhenStored = a.sha256;
    downloads->fetch(a.sha256, a.size);
}

void ReviewEvidencePanel::openLocal(const Attachment &a)
{
    const QString path = m_session->downloads()->localPath(a.sha256);
    if (a.mediaType.startsWith(u"image/"_s)) {
        ImageViewerDialog viewer(path, a.fileName, this);
        if (viewer.isValid()) {
            viewer.exec();
            return;
        }
    }
    // The desktop's application goes by the name: give it a copy named as the trainee named it.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
        + u"/pajapolku-open/"_s + a.sha256.left(16);
    const QString name = a.fileName.isEmpty() ? a.sha256 : Attachment::sanitizeFileName(a.fileName);
    const QString copy = dir + u'/' + name;
    if (!QFile::exists(copy) && (!QDir().mkpath(dir) || !QFile::copy(path, copy)))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(copy));
}

void ReviewEvidencePanel::onFileStored(const QString &sha256)
{
    refresh();
    if (sha256 != m_openWhenStored || !isVisible())
        return;
    m_openWhenStored.clear();
    const QList<Attachment> attachments = m_attachments;
    for (const Attachment &a : attachments) {
        if (a.sha256 == sha256) {
            openLocal(a);
            return;
        }
    }
}

void ReviewEvidencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ReviewEvidencePanel::retranslate()
{
    m_caption->setText(tr("Evidence"));
    m_empty->setText(tr("No files attached."));
}
