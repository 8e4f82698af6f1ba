#include "client/ui/HomePage.h"

#include "client/core/FeedbackThread.h"
#include "client/core/Session.h"
#include "client/ui/CompetenceMapView.h"
#include "client/ui/Icons.h"
#include "client/ui/ProgressDonut.h"
#include "client/ui/StatusChip.h"
#include "client/ui/TaskButton.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QScrollArea>

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr TaskStatus kLegendOrder[] = { TaskStatus::Approved, TaskStatus::Submitted,
    TaskStatus::NeedsRevision, TaskStatus::InProgress, TaskStatus::NotStarted };

int countFor(const ProgramSummary &s, TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return s.notStarted;
    case TaskStatus::InProgress:
        return s.inProgress;
    case TaskStatus::Submitted:
        return s.submitted;
    case TaskStatus::NeedsRevision:
        return s.needsRevision;
    case TaskStatus::Approved:
        return s.approved;
    }
    return 0;
}

QLabel *iconLabel(const QString &icon, const QColor &color, QWidget *parent, int size = 26)
{
    auto *label = new QLabel(parent);
    label->setPixmap(icons::pixmap(icon, size, color, parent->devicePixelRatioF()));
    label->setAlignment(Qt::AlignTop);
    return label;
}
} // namespace

HomePage::HomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"homePage"_s);
    auto *content = new QWidget;
    content->setMaximumWidth(1060);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(
        theme::kPageMargin, theme::kPageMargin, theme::kPageMargin, theme::kPageMargin);
    layout->setSpacing(20);

    m_greetingLabel = new QLabel(content);
    m_greetingLabel->setObjectName(u"greetingLabel"_s);
    theme::setTextStyle(m_greetingLabel, u"h1"_s);
    layout->addWidget(m_greetingLabel);
    m_unreadLabel = new QLabel(content);
    m_unreadLabel->setObjectName(u"unreadFeedbackLabel"_s);
    m_unreadLabel->setWordWrap(true);
    m_unreadLabel->setContentsMargins(16, 12, 16, 12);
    theme::setCard(m_unreadLabel, u"info"_s);
    m_unreadLabel->hide();
    layout->addWidget(m_unreadLabel);
    layout->addWidget(createSummaryCard());
    layout->addWidget(createRejectedCard());

    m_noticeFrame = new QFrame(content);
    theme::setCard(m_noticeFrame, u"info"_s);
    auto *noticeLayout = new QHBoxLayout(m_noticeFrame);
    noticeLayout->setContentsMargins(16, 14, 16, 14);
    noticeLayout->setSpacing(12);
    noticeLayout->addWidget(
        iconLabel(u"info"_s, theme::color(theme::Role::Primary), m_noticeFrame));
    m_noticeLabel = new QLabel(m_noticeFrame);
    m_noticeLabel->setObjectName(u"noticeLabel"_s);
    m_noticeLabel->setWordWrap(true);
    noticeLayout->addWidget(m_noticeLabel, 1);
    layout->addWidget(m_noticeFrame);

    m_programLabel = new QLabel(content);
    theme::setTextStyle(m_programLabel, u"h2"_s);
    layout->addSpacing(4);
    layout->addWidget(m_programLabel);
    m_setsLayout = new QVBoxLayout;
    m_setsLayout->setSpacing(20);
    layout->addLayout(m_setsLayout);
    layout->addStretch(1);

    auto *centered = new QWidget;
    auto *centerLayout = new QHBoxLayout(centered);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addStretch(0);
    centerLayout->addWidget(content, 1);
    centerLayout->addStretch(0);

    theme::makeScrollingPage(this, centered)->setObjectName(u"homeScrollArea"_s);
    refresh();
}

QWidget *HomePage::createSummaryCard()
{
    auto *card = new QFrame;
    card->setObjectName(u"summaryCard"_s);
    theme::setCard(card);
    auto *layout = new QHBoxLayout(card);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(24);
    m_donut = new ProgressDonut(card);
    layout->addWidget(m_donut, 0, Qt::AlignVCenter);

    auto *middle = new QVBoxLayout;
    middle->setSpacing(10);
    m_summaryLabel = new QLabel(card);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    theme::setTextStyle(m_summaryLabel, u"h3"_s);
    m_summaryLabel->setWordWrap(true);
    m_progressBar = new QProgressBar(card);
    m_progressBar->setObjectName(u"programProgressBar"_s);
    m_progressBar->setTextVisible(false);
    m_progressBar->installEventFilter(this);
    m_continueButton = new QPushButton(card);
    m_continueButton->setObjectName(u"continueButton"_s);
    theme::setButtonRole(m_continueButton, u"primary"_s);
    m_continueButton->setMinimumHeight(50);
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        if (!m_continueTaskId.isEmpty())
            emit taskActivated(m_continueTaskId);
    });
    middle->addStretch();
    middle->addWidget(m_summaryLabel);
    middle->addWidget(m_progressBar);
    middle->addSpacing(6);
    m_competenceButton = new QPushButton(card);
    m_competenceButton->setObjectName(u"myCompetenceButton"_s);
    theme::setButtonRole(m_competenceButton, u"secondary"_s);
    m_competenceButton->setMinimumHeight(50);
    connect(m_competenceButton, &QPushButton::clicked, this, &HomePage::openCompetence);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_continueButton);
    buttons->addWidget(m_competenceButton);
    buttons->addStretch(1);
    middle->addLayout(buttons);
    middle->addStretch();
    layout->addLayout(middle, 1);

    auto *legend = new QGridLayout;
    legend->setHorizontalSpacing(12);
    legend->setVerticalSpacing(6);
    int row = 0;
    for (TaskStatus status : kLegendOrder) {
        auto *chip = new StatusChip(card);
        chip->setStatus(status);
        auto *count = new QLabel(card);
        count->setObjectName(u"legendCount_"_s + taskStatusName(status) + u"Label"_s);
        count->setStyleSheet(u"font-weight: bold;"_s);
        count->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(u"000"_s));
        legend->addWidget(chip, row, 0, Qt::AlignLeft);
        legend->addWidget(count, row, 1, Qt::AlignRight);
        m_legendCounts.insert(static_cast<int>(status), count);
        ++row;
    }
    layout->addLayout(legend);
    return card;
}

QWidget *HomePage::createRejectedCard()
{
    m_rejectedFrame = new QFrame;
    m_rejectedFrame->setObjectName(u"rejectedFrame"_s);
    theme::setCard(m_rejectedFrame, u"warning"_s);
    auto *layout = new QHBoxLayout(m_rejectedFrame);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(12);
    layout->addWidget(
        iconLabel(u"warning"_s, theme::color(theme::Role::Warning), m_rejectedFrame, 30));
    auto *texts = new QVBoxLayout;
    m_rejectedTitleLabel = new QLabel(m_rejectedFrame);
    theme::setTextStyle(m_rejectedTitleLabel, u"h3"_s);
    m_rejectedLabel = new QLabel(m_rejectedFrame);
    m_rejectedLabel->setObjectName(u"rejectedLabel"_s);
    m_rejectedLabel->setWordWrap(true);
    m_rejectedLabel->setTextFormat(Qt::RichText);
    texts->addWidget(m_rejectedTitleLabel);
    texts->addWidget(m_rejectedLabel);
    layout->addLayout(texts, 1);
    m_rejectedFrame->hide();
    return m_rejectedFrame;
}

void HomePage::setSession(Session *session)
{
    if (m_session && m_session->program())
        m_session->program()->disconnect(this);
    m_session = session;
    if (session && session->program())
        connect(session->program(), &TraineeProgram::changed, this, &HomePage::refresh);
    if (session && session->feedback())
        connect(session->feedback(), &FeedbackThread::changed, this, &HomePage::updateUnread);
    m_structureKey.clear();
    refresh();
}

void HomePage::refresh()
{
    TraineeProgram *program = m_session ? m_session->program() : nullptr;
    const QList<TaskSetView> sets = program ? program->taskSets() : QList<TaskSetView>();
    const ProgramSummary summary = program ? program->summary() : ProgramSummary();

    if (m_session) {
        const UserInfo &user = m_session->user();
        const QString name
            = user.displayName.isEmpty() ? user.username : user.displayName.section(u' ', 0, 0);
        m_greetingLabel->setText(tr("Hello, %1!").arg(name));
    } else {
        m_greetingLabel->clear();
    }
    m_programLabel->setText(tr("My tasks"));
    m_competenceButton->setText(tr("My competence"));
    m_competenceButton->setToolTip(tr("The skills you have shown in your tasks"));
    m_competenceButton->setVisible(m_session && m_session->user().role == Role::Trainee);
    updateSummary(summary, sets);
    updateRejected();

    QString notice;
    if (m_session && m_session->user().role != Role::Trainee)
        notice = tr("This window shows the tasks of a trainee. Your account is a coach account, so "
                    "there are no tasks for you here.");
    else if (sets.isEmpty())
        notice
            = tr("You have no tasks yet. Your coach adds tasks to your goal program. They appear "
                 "here when this laptop is connected to the network.");
    m_noticeLabel->setText(notice);
    m_noticeFrame->setVisible(!notice.isEmpty());
    m_programLabel->setVisible(!sets.isEmpty());

    const QString key = structureKey(sets);
    if (key != m_structureKey) {
        m_structureKey = key;
        rebuildTaskSets(sets);
        updateUnread();
        return;
    }
    for (const TaskSetView &set : sets) {
        int sent = 0;
        for (const TaskView &task : set.tasks) {
            if (TaskButton *button = m_taskButtons.value(task.task.id))
                button->setContent(task.task.title, detailFor(task), task.status);
            sent += task.status == TaskStatus::Submitted || task.status == TaskStatus::Approved;
        }
        if (QLabel *label = m_setCountLabels.value(set.taskSet.id))
            label->setText(
                tr("%1 / %n sent", nullptr, static_cast<int>(set.tasks.size())).arg(sent));
    }
    updateUnread();
}

void HomePage::openCompetence()
{
    if (!m_session)
        return;
    CompetenceMapView::openDialog(window(), m_session, m_session->user().id);
}

void HomePage::updateUnread()
{
    const bool trainee = m_session && m_session->user().role == Role::Trainee;
    const QHash<QString, int> unread
        = trainee ? m_session->feedback()->unreadByTask() : QHash<QString, int>();
    int total = 0;
    for (auto it = m_taskButtons.cbegin(); it != m_taskButtons.cend(); ++it) {
        const int n = unread.value(it.key());
        it.value()->setUnreadCount(n);
        total += n;
    }
    m_unreadLabel->setText(tr("You have %n new message(s) from your coach. The tasks with a red "
                              "number have them.",
                              nullptr, total));
    m_unreadLabel->setVisible(total > 0);
}

void HomePage::updateSummary(const ProgramSummary &summary, const QList<TaskSetView> &sets)
{
    const int done = summary.submitted + summary.approved;
    m_summaryLabel->setText(
        tr("%1 / %n task(s) sent for review", nullptr, summary.total).arg(done));
    m_progressBar->setRange(0, qMax(1, summary.total));
    m_progressBar->setValue(done);
    m_progressBar->setAccessibleName(m_summaryLabel->text());
    m_donut->setSummary(summary);
    for (TaskStatus status : kLegendOrder)
        m_legendCounts.value(static_cast<int>(status))
            ->setText(QString::number(countFor(summary, status)));

    // Suggest the task to continue with: changes asked first, then started, then new ones.
    m_continueTaskId.clear();
    QString title;
    for (TaskStatus wanted :
        { TaskStatus::NeedsRevision, TaskStatus::InProgress, TaskStatus::NotStarted }) {
        for (const TaskSetView &set : sets) {
            for (const TaskView &task : set.tasks) {
                if (m_continueTaskId.isEmpty() && task.status == wanted) {
                    m_continueTaskId = task.task.id;
                    title = task.task.title;
                }
            }
        }
    }
    m_continueText = summary.inProgress + summary.needsRevision > 0 ? tr("Continue: %1").arg(title)
                                                                    : tr("Start: %1").arg(title);
    elideContinueText();
    m_continueButton->setToolTip(title);
    m_continueButton->setVisible(!m_continueTaskId.isEmpty());
}

void HomePage::updateRejected()
{
    TraineeProgram *program = m_session ? m_session->program() : nullptr;
    const QList<RejectedChange> rejected
        = program ? program->rejectedChanges() : QList<RejectedChange>();
    m_rejectedFrame->setVisible(!rejected.isEmpty());
    if (rejected.isEmpty())
        return;
    m_rejectedTitleLabel->setText(tr("Some of your changes were not accepted"));
    QString html = u"<ul style=\"margin-left: -20px;\">"_s;
    for (const RejectedChange &change : rejected) {
        html += u"<li>"_s + Texts::rejectedChangeText(change.kind, change.taskTitle).toHtmlEscaped()
            + u" "_s + Texts::rejectedReasonText(change.error).toHtmlEscaped() + u"</li>"_s;
    }
    html += u"</ul><p>"_s
        + tr("Your work is still saved on this computer. Show this message to your coach.")
              .toHtmlEscaped()
        + u"</p>"_s;
    m_rejectedLabel->setText(html);
}

void HomePage::rebuildTaskSets(const QList<TaskSetView> &sets)
{
    const auto *focused = qobject_cast<TaskButton *>(focusWidget());
    const QString focusedTaskId = focused ? focused->taskId() : QString();
    while (QLayoutItem *item = m_setsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_taskButtons.clear();
    m_setCountLabels.clear();
    for (const TaskSetView &set : sets)
        m_setsLayout->addWidget(createTaskSetCard(set));
    if (TaskButton *button = m_taskButtons.value(focusedTaskId))
        button->setFocus();
}

QFrame *HomePage::createTaskSetCard(const TaskSetView &set)
{
    auto *card = new QFrame;
    card->setObjectName(u"taskSetFrame_"_s + set.taskSet.id);
    theme::setCard(card);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 20);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(set.taskSet.title, card);
    title->setWordWrap(true);
    theme::setTextStyle(title, u"h2"_s);
    header->addWidget(title, 1);
    auto *count = new QLabel(card);
    theme::setTextStyle(count, u"muted"_s);
    int sent = 0;
    for (const TaskView &task : set.tasks)
        sent += task.status == TaskStatus::Submitted || task.status == TaskStatus::Approved;
    count->setText(tr("%1 / %n sent", nullptr, static_cast<int>(set.tasks.size())).arg(sent));
    m_setCountLabels.insert(set.taskSet.id, count);
    header->addWidget(count, 0, Qt::AlignTop);
    layout->addLayout(header);

    if (!set.taskSet.description.isEmpty()) {
        auto *description = new QLabel(set.taskSet.description, card);
        description->setTextFormat(Qt::PlainText);
        description->setWordWrap(true);
        theme::setTextStyle(description, u"muted"_s);
        layout->addWidget(description);
    }
    if (set.dueDate.isValid()) {
        auto *dueRow = new QHBoxLayout;
        dueRow->setSpacing(8);
        dueRow->addWidget(iconLabel(u"calendar"_s, theme::color(theme::Role::MutedText), card, 22));
        auto *due = new QLabel(tr("Finish by %1").arg(Texts::date(set.dueDate)), card);
        due->setStyleSheet(u"font-weight: bold;"_s);
        dueRow->addWidget(due, 1);
        layout->addLayout(dueRow);
    }
    layout->addSpacing(4);
    for (const TaskView &task : set.tasks) {
        auto *button = new TaskButton(task.task.id, card);
        button->setContent(task.task.title, detailFor(task), task.status);
        m_taskButtons.insert(task.task.id, button);
        connect(button, &TaskButton::clicked, this,
            [this, id = task.task.id] { emit taskActivated(id); });
        layout->addWidget(button);
    }
    return card;
}

QString HomePage::structureKey(const QList<TaskSetView> &sets)
{
    QString key;
    for (const TaskSetView &set : sets) {
        key += set.taskSet.id + u'|' + set.taskSet.title + u'|' + set.taskSet.description + u'|'
            + set.dueDate.toString(Qt::ISODate) + u'\n';
        for (const TaskView &task : set.tasks)
            key += task.task.id + u'\t';
        key += u'\n';
    }
    return key;
}

QString HomePage::detailFor(const TaskView &task)
{
    QStringList parts;
    if (task.task.estimatedMinutes > 0)
        parts << tr("About %n minute(s)", nullptr, task.task.estimatedMinutes);
    if (task.hasUnsyncedChanges)
        parts << tr("Saved on this computer, waiting to be sent");
    return parts.join(u" · "_s);
}

void HomePage::elideContinueText()
{
    // As wide as the progress bar above it; long task titles end with "…" (full title in the
    // tooltip).
    // The "My competence" button shares the row.
    const int beside = m_competenceButton && m_competenceButton->isVisible()
        ? m_competenceButton->sizeHint().width() + 12
        : 0;
    const int available
        = m_progressBar->width() > 100 + beside ? m_progressBar->width() - 40 - beside : 320;
    m_continueButton->setText(QFontMetrics(m_continueButton->font())
                                  .elidedText(m_continueText, Qt::ElideRight, available));
}

bool HomePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_progressBar && event->type() == QEvent::Resize)
        elideContinueText();
    return QWidget::eventFilter(watched, event);
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_structureKey.clear();
        refresh();
    }
    QWidget::changeEvent(event);
}
