#include "client/ui/ReviewQueuePage.h"

#include "client/core/CoachWorkspace.h"
#include "client/core/DownloadQueue.h"
#include "client/core/OfflineReadiness.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/ui/Icons.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kEvidenceColumn = 4;
}

ReviewQueuePage::ReviewQueuePage(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_readinessLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_openButton(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    theme::setTextStyle(m_titleLabel, u"h2"_s);
    theme::setTextStyle(m_summaryLabel, u"muted"_s);
    m_summaryLabel->setObjectName(u"queueSummaryLabel"_s);
    m_emptyLabel->setObjectName(u"queueEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    theme::setCard(m_emptyLabel, u"success"_s);
    m_emptyLabel->setContentsMargins(14, 12, 14, 12);
    m_tree->setObjectName(u"reviewQueueTreeWidget"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setStyleSheet(u"QTreeView::item { padding: 8px 4px; }"_s); // roomy rows
    m_readinessLabel->setObjectName(u"offlineReadinessLabel"_s);
    m_readinessLabel->setWordWrap(true);
    m_readinessLabel->setContentsMargins(14, 10, 14, 10);
    m_readinessLabel->hide();
    m_checkIcon = icons::icon(u"status-approved"_s, theme::color(theme::Role::Success));
    m_tree->setColumnCount(5);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(kEvidenceColumn, QHeaderView::ResizeToContents);
    m_openButton->setObjectName(u"openReviewButton"_s);
    theme::setButtonRole(m_openButton, u"primary"_s);
    m_openButton->setEnabled(false);
    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_summaryLabel);
    top->addLayout(titles, 1);
    top->addWidget(m_openButton, 0, Qt::AlignBottom);
    layout->addLayout(top);
    layout->addWidget(m_readinessLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ReviewQueuePage::openCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this] { m_openButton->setEnabled(m_tree->currentItem() != nullptr); });
    connect(m_openButton, &QPushButton::clicked, this, &ReviewQueuePage::openCurrent);
    retranslate();
}

void ReviewQueuePage::setSession(Session *session)
{
    if (m_session && m_session->coach())
        m_session->coach()->disconnect(this);
    if (m_session && m_session->sync())
        m_session->sync()->disconnect(this);
    delete m_readiness;
    m_readiness = nullptr;
    m_session = session;
    if (session && session->coach()) {
        connect(session->coach(), &CoachWorkspace::changed, this, &ReviewQueuePage::refresh);
        m_readiness = new OfflineReadiness(session->store(), session->coach(),
                                           session->downloads(), this);
        connect(m_readiness, &OfflineReadiness::changed, this, &ReviewQueuePage::updateEvidence);
        connect(session->sync(), &SyncEngine::statusChanged, this,
                &ReviewQueuePage::updateEvidence);
    }
    refresh();
}

int ReviewQueuePage::count() const
{
    return m_tree->topLevelItemCount();
}

void ReviewQueuePage::refresh()
{
    const QString current = m_tree->currentItem()
                                ? m_tree->currentItem()->data(0, Qt::UserRole).toString()
                                : QString();
    m_tree->clear();
    const QList<QueueEntry> queue
        = m_session && m_session->coach() ? m_session->coach()->reviewQueue() : QList<QueueEntry>();
    for (const QueueEntry &e : queue) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, e.traineeName.isEmpty() ? tr("Trainee %1").arg(e.submission.traineeId)
                                                 : e.traineeName);
        item->setText(1, e.taskTitle);
        item->setText(2, e.submission.version > 1 ? tr("Version %1").arg(e.submission.version)
                                                  : tr("First version"));
        item->setText(3, Texts::dateTime(e.waitingSince));
        item->setData(0, Qt::UserRole, e.submission.id);
        if (e.submission.id == current)
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)); // oldest first: start there
    m_emptyLabel->setVisible(queue.isEmpty());
    m_tree->setVisible(!queue.isEmpty());
    m_summaryLabel->setText(queue.isEmpty()
                                ? QString()
                                : tr("%n submission(s) waiting, oldest first", nullptr,
                                     int(queue.size())));
    m_openButton->setEnabled(m_tree->currentItem() != nullptr);
    updateEvidence();
}

// The evidence column and the readiness line, from the files on this laptop right now.
void ReviewQueuePage::updateEvidence()
{
    const QueueReadiness ready = m_readiness ? m_readiness->queue() : QueueReadiness();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const EvidenceReadiness r
            = ready.bySubmission.value(item->data(0, Qt::UserRole).toString());
        item->setText(kEvidenceColumn,
                      r.files == 0 ? tr("No files")
                                   : tr("%1/%2 on this laptop").arg(r.onLaptop).arg(r.files));
        item->setIcon(kEvidenceColumn, r.files > 0 && r.complete() ? m_checkIcon : QIcon());
        item->setData(kEvidenceColumn, Qt::UserRole, r.complete());
    }
    if (m_tree->topLevelItemCount() == 0 || !m_readiness) {
        m_readinessLabel->hide();
        return;
    }
    const DownloadQueue *downloads = m_session ? m_session->downloads() : nullptr;
    const bool online = m_session && m_session->sync() && m_session->sync()->isOnline()
                        && !(downloads && downloads->isWaitingForNetwork());
    QString state;
    QString tone;
    if (ready.ready()) {
        state = u"ready"_s;
        tone = u"success"_s;
        m_readinessLabel->setText(tr("Everything waiting for review is on this laptop. You can "
                                     "review offline."));
    } else if (online) {
        state = u"downloading"_s;
        tone = u"info"_s;
        const QString size
            = QLocale().formattedDataSize(ready.bytesMissing, 1, QLocale::DataSizeSIFormat);
        m_readinessLabel->setText(tr("Still downloading %n file(s) (%1) for offline review. "
                                     "Keep the laptop online.",
                                     nullptr, ready.missingFiles())
                                      .arg(size));
    } else {
        state = u"offline"_s;
        tone = u"warning"_s;
        m_readinessLabel->setText(tr("%n file(s) are not on this laptop yet; they download when "
                                     "the connection returns.",
                                     nullptr, ready.missingFiles()));
    }
    if (m_readinessLabel->property("readiness").toString() != state) {
        m_readinessLabel->setProperty("readiness", state); // for tests and accessibility tools
        theme::setCard(m_readinessLabel, tone);
    }
    m_readinessLabel->show();
}

void ReviewQueuePage::openCurrent()
{
    if (QTreeWidgetItem *item = m_tree->currentItem())
        emit submissionActivated(item->data(0, Qt::UserRole).toString());
}

void ReviewQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ReviewQueuePage::retranslate()
{
    m_titleLabel->setText(tr("Waiting for review"));
    m_emptyLabel->setText(tr("Nothing is waiting for review. New submissions appear here after "
                             "the next sync."));
    m_openButton->setText(tr("Review"));
    m_tree->setHeaderLabels(
        {tr("Trainee"), tr("Task"), tr("Version"), tr("Sent"), tr("Evidence")});
}
