#include "client/ui/EvidencePanel.h"

#include "client/core/FileStore.h"
#include "client/core/Session.h"
#include "client/core/TraineeProgram.h"
#include "client/core/UploadQueue.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kShaRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_hint(new QLabel(this)),
      m_error(new QLabel(this)), m_attachButton(new QPushButton(this)),
      m_list(new QListWidget(this))
{
    setObjectName(u"evidencePanel"_s);
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *row = new QHBoxLayout;
    m_caption->setProperty("role", u"h3"_s);
    row->addWidget(m_caption, 1);
    m_attachButton->setObjectName(u"attachButton"_s);
    m_attachButton->setMinimumHeight(40);
    row->addWidget(m_attachButton);
    layout->addLayout(row);
    m_hint->setProperty("role", u"muted"_s);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_error->setObjectName(u"attachErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_list->setObjectName(u"evidenceList"_s);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(96, 96));
    m_list->setGridSize(QSize(150, 150));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setMovement(QListView::Static);
    m_list->setMaximumHeight(170);
    m_list->setAcceptDrops(false);
    layout->addWidget(m_list);
    connect(m_attachButton, &QPushButton::clicked, this, &EvidencePanel::chooseFiles);
    retranslate();
}

void EvidencePanel::setSession(Session *session)
{
    if (m_session) {
        if (m_session->program())
            m_session->program()->disconnect(this);
        if (m_session->files())
            m_session->files()->disconnect(this);
        if (m_session->uploads())
            m_session->uploads()->disconnect(this);
    }
    m_session = session;
    m_taskId.clear();
    m_list->clear();
    m_error->setVisible(false);
    if (session && session->program()) {
        connect(session->program(), &TraineeProgram::changed, this, &EvidencePanel::refresh);
        connect(session->program(), &TraineeProgram::attachFinished, this,
                &EvidencePanel::onAttachFinished);
        connect(session->files(), &FileStore::fileChanged, this, &EvidencePanel::updateStates);
        connect(session->uploads(), &UploadQueue::progressChanged, this,
                &EvidencePanel::updateStates);
    }
}

void EvidencePanel::setTask(const QString &taskId)
{
    m_taskId = taskId;
    m_error->setVisible(false);
    refresh();
}

void EvidencePanel::chooseFiles()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files to the task"), start,
        tr("Pictures, videos and documents (*.jpg *.jpeg *.png *.gif *.webp *.heic *.mp4 *.mov "
           "*.webm *.mp3 *.m4a *.wav *.ogg *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.doc "
           "*.xls *.ppt *.txt);;All files (*)"));
    if (!paths.isEmpty())
        attachFiles(paths);
}

bool EvidencePanel::attachFiles(const QStringList &paths)
{
    if (!m_session || m_taskId.isEmpty())
        return false;
    // Hashing and copying run in the background (a long video must not freeze the window); the
    // list shows each file when its copy is done.
    m_error->clear();
    m_error->setVisible(false);
    for (const QString &path : paths)
        m_session->program()->attachInBackground(m_taskId, path);
    return true;
}

void EvidencePanel::onAttachFinished(const QString &, const QString &filePath, const Error &error)
{
    if (error.isError()) {
        const QString why = error.code == ErrorCode::UnsupportedMediaType
            ? tr("this kind of file cannot be attached")
            : error.code == ErrorCode::PayloadTooLarge ? failureText(error.code)
            : error.code == ErrorCode::NotFound        ? tr("the file cannot be read")
                                                       : tr("it could not be saved on this computer");
        QString text = m_error->text();
        if (!text.isEmpty())
            text += u'\n';
        m_error->setText(text + tr("%1: %2").arg(QFileInfo(filePath).fileName(), why));
        m_error->setVisible(true);
    }
    refresh();
}

QString EvidencePanel::failureText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::PayloadTooLarge:
        return tr("the file is too large for the server");
    case ErrorCode::UnsupportedMediaType:
        return tr("the server does not accept this kind of file");
    case ErrorCode::QuotaExceeded:
        return tr("the workshop's storage space is full; ask your coach");
    case ErrorCode::NotFound:
        return tr("the saved copy of the file is missing");
    default:
        return tr("the server refused the file");
    }
}

QString EvidencePanel::stateText(Session *session, const QString &sha256)
{
    if (!session || !session->files())
        return {};
    const std::optional<StoredFile> f = session->files()->file(sha256);
    if (!f)
        return tr("on the server");
    UploadQueue *queue = session->uploads();
    if (queue && queue->currentSha256() == sha256 && f->state == StoredFile::State::Waiting) {
        const int percent = f->size > 0 ? int(queue->currentProgress() * 100 / f->size) : 0;
        return tr("uploading %1 %").arg(percent);
    }
    switch (f->state) {
    case StoredFile::State::Waiting:
        return f->uploaded > 0 ? tr("waiting (%1 % sent)").arg(f->uploaded * 100 / f->size)
                               : tr("waiting");
    case StoredFile::State::Paused:
        return tr("paused");
    case StoredFile::State::Done:
        return tr("done");
    case StoredFile::State::Failed:
        return tr("failed: %1").arg(failureText(errorCodeFromName(f->error)));
    }
    return {};
}

void EvidencePanel::refresh()
{
    m_list->clear();
    if (!m_session || m_taskId.isEmpty())
        return;
    for (const Attachment &a : m_session->program()->attachments(m_taskId)) {
        auto *item = new QListWidgetItem(m_list);
        QPixmap pixmap;
        if (!a.thumbnailSha256.isEmpty())
            pixmap.load(m_session->files()->pathOf(a.thumbnailSha256));
        if (pixmap.isNull()) {
            pixmap = QPixmap(96, 96);
            pixmap.fill(QColor(0xe8, 0xec, 0xf0));
        }
        item->setIcon(QIcon(pixmap));
        item->setData(kShaRole, a.sha256);
        item->setData(kNameRole, a.fileName);
        item->setToolTip(a.fileName);
    }
    updateStates();
}

void EvidencePanel::updateStates()
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        QString name = item->data(kNameRole).toString();
        if (name.size() > 18)
            name = name.left(16) + u"…"_s;
        item->setText(name + u'\n' + stateText(m_session, item->data(kShaRole).toString()));
    }
}

void EvidencePanel::retranslate()
{
    m_caption->setText(tr("Pictures and files"));
    m_attachButton->setText(tr("Attach file…"));
    m_hint->setText(tr("Add a photo, video or document as evidence, or drag it here. It is kept "
                       "on this computer and sent when there is a connection."));
    updateStates();
}

void EvidencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_session && !m_taskId.isEmpty() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        attachFiles(paths);
    }
}
