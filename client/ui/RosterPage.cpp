#include "client/ui/RosterPage.h"

#include "client/core/CoachWorkspace.h"
#include "client/core/Session.h"
#include "client/ui/ProgressBarDelegate.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { Name, Groups, Progress, Waiting, Activity, LastSync };
constexpr int kGroupsRole = Qt::UserRole + 1;
constexpr int kWaitingRole = Qt::UserRole + 2;
constexpr int kRevisionRole = Qt::UserRole + 3;
constexpr int kTraineeRole = Qt::UserRole + 4;
} // namespace

RosterPage::RosterPage(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_groupCombo(new QComboBox(this))
    , m_statusCombo(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_competenceButton(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    theme::setTextStyle(m_titleLabel, u"h2"_s);
    m_searchEdit->setObjectName(u"rosterSearchLineEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_groupCombo->setObjectName(u"groupComboBox"_s);
    m_statusCombo->setObjectName(u"statusComboBox"_s);
    m_tree->setObjectName(u"rosterTreeWidget"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setStyleSheet(u"QTreeView::item { padding: 8px 4px; }"_s); // roomy rows
    m_tree->setColumnCount(6);
    m_tree->setItemDelegateForColumn(Progress, new ProgressBarDelegate(m_tree));
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Groups, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c : {int(Progress), int(Waiting), int(Activity), int(LastSync)})
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    theme::setTextStyle(m_emptyLabel, u"muted"_s);
    m_emptyLabel->setWordWrap(true);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_searchEdit, 2);
    filters->addWidget(m_groupCombo, 1);
    filters->addWidget(m_statusCombo, 1);
    layout->addWidget(m_titleLabel);
    layout->addLayout(filters);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_tree, 1);
    m_competenceButton->setObjectName(u"competenceButton"_s);
    theme::setButtonRole(m_competenceButton, u"secondary"_s);
    m_competenceButton->setEnabled(false);
    layout->addWidget(m_competenceButton, 0, Qt::AlignLeft);
    auto requestCompetence = [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            emit competenceRequested(item->data(0, kTraineeRole).toLongLong(), item->text(Name));
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, requestCompetence);
    connect(m_competenceButton, &QPushButton::clicked, this, requestCompetence);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_competenceButton->setEnabled(current != nullptr); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &RosterPage::applyFilter);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, &RosterPage::applyFilter);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &RosterPage::applyFilter);
    retranslate();
}

void RosterPage::setSession(Session *session)
{
    if (m_session && m_session->coach())
        m_session->coach()->disconnect(this);
    m_session = session;
    if (session && session->coach())
        connect(session->coach(), &CoachWorkspace::changed, this, &RosterPage::refresh);
    m_searchEdit->clear();
    refresh();
}

int RosterPage::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        n += m_tree->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

void RosterPage::refresh()
{
    m_tree->clear();
    const QList<RosterEntry> roster
        = m_session && m_session->coach() ? m_session->coach()->roster() : QList<RosterEntry>();
    QSet<QString> groups;
    for (const RosterEntry &e : roster) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(Name, e.name.isEmpty() ? tr("Trainee %1").arg(e.traineeId) : e.name);
        item->setText(Groups, e.groups.join(u", "_s));
        item->setToolTip(Name, tr("Goal program: %1").arg(e.taskSetTitles.join(u", "_s)));
        item->setText(Progress, tr("%1 / %2 approved").arg(e.approvedCount).arg(e.taskCount));
        item->setData(Progress, ProgressBarDelegate::kPartsRole,
                      ProgressBarDelegate::parts(e.approvedCount, e.submittedCount,
                                                 e.needsRevisionCount, e.taskCount));
        item->setToolTip(Progress, tr("Approved %1, waiting for review %2, to be revised %3, of "
                                      "%4 tasks")
                                       .arg(e.approvedCount)
                                       .arg(e.submittedCount)
                                       .arg(e.needsRevisionCount)
                                       .arg(e.taskCount));
        item->setText(Waiting, e.waitingCount > 0 ? QString::number(e.waitingCount) : u"–"_s);
        item->setText(Activity, e.lastActivity.isValid() ? Texts::timeOrDateTime(e.lastActivity)
                                                         : tr("No activity yet"));
        // When the trainee's laptop last reached the server: old work may still be on it.
        item->setText(LastSync, e.lastSyncAt.isValid() ? Texts::timeOrDateTime(e.lastSyncAt)
                                                       //: Last sync: the trainee never synced
                                                       : tr("Never"));
        item->setToolTip(LastSync, tr("When the trainee's laptop last synced with the server "
                                      "(to within 15 minutes). Work done on it after that has "
                                      "not reached you yet."));
        item->setData(0, kGroupsRole, e.groups);
        item->setData(0, kWaitingRole, e.waitingCount);
        item->setData(0, kRevisionRole, e.needsRevisionCount);
        item->setData(0, kTraineeRole, e.traineeId);
        if (e.waitingCount > 0) {
            QFont bold = item->font(Waiting);
            bold.setBold(true);
            item->setFont(Waiting, bold);
        }
        for (const QString &g : e.groups)
            groups.insert(g);
    }
    const QString selected = m_groupCombo->currentData().toString();
    m_groupCombo->blockSignals(true);
    m_groupCombo->clear();
    m_groupCombo->addItem(tr("All groups"), QString());
    QStringList sorted = groups.values();
    sorted.sort(Qt::CaseInsensitive);
    for (const QString &g : sorted)
        m_groupCombo->addItem(g, g);
    m_groupCombo->setCurrentIndex(qMax(0, m_groupCombo->findData(selected)));
    m_groupCombo->blockSignals(false);
    applyFilter();
}

void RosterPage::applyFilter()
{
    const QString search = m_searchEdit->text().trimmed();
    const QString group = m_groupCombo->currentData().toString();
    const int status = m_statusCombo->currentIndex(); // 0 all, 1 waiting, 2 needs revision
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        bool show = search.isEmpty() || item->text(Name).contains(search, Qt::CaseInsensitive);
        if (!group.isEmpty())
            show = show && item->data(0, kGroupsRole).toStringList().contains(group);
        if (status == 1)
            show = show && item->data(0, kWaitingRole).toInt() > 0;
        if (status == 2)
            show = show && item->data(0, kRevisionRole).toInt() > 0;
        item->setHidden(!show);
    }
    const bool none = m_tree->topLevelItemCount() == 0;
    m_emptyLabel->setVisible(none || visibleCount() == 0);
    m_emptyLabel->setText(none ? tr("No trainees yet. Trainees appear here after the next sync "
                                    "once an administrator has assigned them tasks.")
                               : tr("Nobody matches the search."));
}

void RosterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void RosterPage::retranslate()
{
    m_titleLabel->setText(tr("My trainees"));
    m_searchEdit->setPlaceholderText(tr("Search by name"));
    m_competenceButton->setText(tr("Show competence"));
    m_competenceButton->setToolTip(tr("The chosen trainee's demonstrated skills"));
    const int status = qMax(0, m_statusCombo->currentIndex());
    m_statusCombo->blockSignals(true);
    m_statusCombo->clear();
    m_statusCombo->addItems({tr("Everyone"), tr("Work waiting for review"), tr("Asked to revise")});
    m_statusCombo->setCurrentIndex(status);
    m_statusCombo->blockSignals(false);
    m_tree->setHeaderLabels(
        {tr("Name"), tr("Groups"), tr("Progress"), tr("Waiting"), tr("Last activity"),
         //: Column: when the trainee's laptop last synced with the server
         tr("Last sync")});
}
