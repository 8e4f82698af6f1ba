#include "client/ui/ReviewQueuePage.h"

#include "client/core/CoachWorkspace.h"
#include "client/core/Session.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReviewQueuePage::ReviewQueuePage(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
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
    m_tree->setColumnCount(4);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
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
    m_session = session;
    if (session && session->coach())
        connect(session->coach(), &CoachWorkspace::changed, this, &ReviewQueuePage::refresh);
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
    m_tree->setHeaderLabels({tr("Trainee"), tr("Task"), tr("Version"), tr("Sent")});
}
