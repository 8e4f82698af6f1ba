#include "client/ui/SyncIndicator.h"

#include "client/core/SyncEngine.h"
#include "client/core/UploadQueue.h"
#include "client/ui/Icons.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setStyleSheet(u"color: #C9C4B9;"_s);
    return line;
}
} // namespace

SyncIndicator::SyncIndicator(QWidget *parent)
    : QWidget(parent)
    , m_onlineIconLabel(new QLabel(this))
    , m_onlineLabel(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_lastSyncLabel(new QLabel(this))
    , m_errorIconLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_syncNowButton(new QPushButton(this))
    , m_minuteTimer(new QTimer(this))
{
    setObjectName(u"syncIndicator"_s);
    m_onlineLabel->setObjectName(u"onlineLabel"_s);
    m_pendingLabel->setObjectName(u"pendingLabel"_s);
    m_lastSyncLabel->setObjectName(u"lastSyncLabel"_s);
    m_errorLabel->setObjectName(u"syncErrorLabel"_s);
    m_progressBar->setObjectName(u"syncProgressBar"_s);
    m_syncNowButton->setObjectName(u"syncNowButton"_s);

    m_onlineLabel->setStyleSheet(u"font-weight: bold;"_s);
    m_errorLabel->setStyleSheet(u"color: %1;"_s.arg(theme::color(theme::Role::Error).name()));
    m_errorLabel->setWordWrap(true);
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedWidth(140);
    m_progressBar->setProperty("busy", true);
    m_progressBar->hide();
    m_syncNowButton->setIcon(icons::icon(u"sync"_s, theme::color(theme::Role::Primary)));
    m_syncNowButton->setIconSize(QSize(20, 20));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 12, 6);
    layout->setSpacing(12);
    layout->addWidget(m_onlineIconLabel);
    layout->addWidget(m_onlineLabel);
    layout->addWidget(separator(this));
    layout->addWidget(m_pendingLabel);
    layout->addWidget(separator(this));
    layout->addWidget(m_lastSyncLabel);
    layout->addWidget(m_errorIconLabel);
    layout->addWidget(m_errorLabel, 1);
    layout->addStretch();
    layout->addWidget(m_progressBar);
    m_uploadsButton = new QPushButton(this);
    m_uploadsButton->setObjectName(u"uploadsButton"_s);
    m_uploadsButton->setFlat(true);
    m_uploadsButton->hide();
    connect(m_uploadsButton, &QPushButton::clicked, this, &SyncIndicator::uploadsRequested);
    layout->addWidget(m_uploadsButton);
    layout->addWidget(m_syncNowButton);

    m_minuteTimer->setInterval(30 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, &SyncIndicator::refresh);
    connect(m_syncNowButton, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->startSync();
    });
    refresh();
}

void SyncIndicator::setEngine(SyncEngine *engine)
{
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    if (engine) {
        connect(engine, &SyncEngine::statusChanged, this, &SyncIndicator::refresh);
        connect(engine, &SyncEngine::syncStarted, this, &SyncIndicator::onSyncStarted);
        connect(engine, &SyncEngine::syncProgress, this, &SyncIndicator::onSyncProgress);
        connect(engine, &SyncEngine::syncFinished, this, &SyncIndicator::onSyncFinished);
        m_minuteTimer->start();
    } else {
        m_minuteTimer->stop();
    }
    m_progressBar->setVisible(engine && engine->state() == SyncEngine::State::Syncing);
    refresh();
}

void SyncIndicator::setUploads(UploadQueue *uploads)
{
    if (m_uploads)
        m_uploads->disconnect(this);
    m_uploads = uploads;
    if (uploads)
        connect(uploads, &UploadQueue::progressChanged, this, &SyncIndicator::updateUploads);
    updateUploads();
}

void SyncIndicator::updateUploads()
{
    UploadQueue *uploads = m_uploads.data();
    const UploadQueue::Totals t = uploads ? uploads->totals() : UploadQueue::Totals();
    m_uploadsButton->setVisible(uploads && t.files > 0);
    if (!uploads || t.files == 0)
        return;
    const int percent = t.total > 0 ? int(t.done * 100 / t.total) : 0;
    m_uploadsButton->setText(uploads->isPaused() ? tr("Files paused (%1 %)").arg(percent)
                                                 : tr("Files %1 %").arg(percent));
}

void SyncIndicator::onSyncStarted()
{
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    refresh();
}

void SyncIndicator::onSyncProgress(int done, int total)
{
    if (total <= 0) {
        m_progressBar->setRange(0, 0);
    } else {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(qMin(done, total));
    }
    m_progressBar->show();
}

void SyncIndicator::onSyncFinished()
{
    m_progressBar->hide();
    refresh();
}

void SyncIndicator::refresh()
{
    const bool attached = !m_engine.isNull();
    const bool syncing = attached && m_engine->state() == SyncEngine::State::Syncing;
    const bool online = attached && m_engine->isOnline();

    const QColor onlineColor
        = online ? theme::color(theme::Role::Success) : theme::color(theme::Role::MutedText);
    m_onlineIconLabel->setPixmap(
        icons::pixmap(online ? u"online"_s : u"offline"_s, 24, onlineColor, devicePixelRatioF()));
    if (syncing)
        m_onlineLabel->setText(tr("Syncing…"));
    else
        m_onlineLabel->setText(online ? tr("Online") : tr("Offline"));
    m_onlineLabel->setStyleSheet(u"font-weight: bold; color: %1;"_s.arg(onlineColor.name()));

    const int pending = attached ? m_engine->pendingCount() : 0;
    m_pendingLabel->setText(pending == 0 ? tr("All changes sent")
                                         : tr("%n change(s) waiting to be sent", nullptr, pending));

    const QDateTime last = attached ? m_engine->lastSuccessAt() : QDateTime();
    m_lastSyncLabel->setText(
        last.isValid() ? tr("Synced %1").arg(Texts::timeOrDateTime(last)) : tr("Not synced yet"));

    QString problem;
    const Error error = attached ? m_engine->lastError() : Error();
    if (error.isError() && !syncing) {
        problem = Texts::syncErrorText(error);
        const QDateTime next = m_engine->nextAttemptAt();
        if (next.isValid())
            problem += u' ' + tr("Next try %1.").arg(Texts::timeOrDateTime(next));
    }
    const int rejected = attached ? m_engine->rejectedCount() : 0;
    if (rejected > 0) {
        const QString refused
            = tr("%n change(s) not accepted: see your home page.", nullptr, rejected);
        problem = problem.isEmpty() ? refused : problem + u' ' + refused;
    }
    m_errorLabel->setText(problem);
    m_errorLabel->setVisible(!problem.isEmpty());
    m_errorIconLabel->setPixmap(
        icons::pixmap(u"warning"_s, 22, theme::color(theme::Role::Error), devicePixelRatioF()));
    m_errorIconLabel->setVisible(!problem.isEmpty());

    m_syncNowButton->setText(tr("Sync now"));
    m_syncNowButton->setToolTip(tr("Send your work and fetch new tasks now"));
    m_syncNowButton->setEnabled(attached && !syncing);
    setAccessibleName(m_onlineLabel->text() + u". "_s + m_pendingLabel->text() + u". "_s
        + m_lastSyncLabel->text() + u". "_s + problem);
}

void SyncIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
        updateUploads();
    }
    QWidget::changeEvent(event);
}
