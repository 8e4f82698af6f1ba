#include "client/ui/TaskPage.h"

#include "client/core/FeedbackThread.h"
#include "client/core/Session.h"
#include "client/ui/AnswerPanel.h"
#include "client/ui/EvidencePanel.h"
#include "client/ui/FeedbackThreadView.h"
#include "client/ui/Icons.h"
#include "client/ui/StatusChip.h"
#include "client/ui/TaskHtml.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

static_assert(TaskPage::kAutosaveDelayMs == AnswerPanel::kAutosaveDelayMs);

namespace {
// Shows the coach's rich text without ever loading files or remote images.
class ContentBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QTextBrowser *contentBrowser(const QString &objectName)
{
    auto *browser = new ContentBrowser;
    browser->setObjectName(objectName);
    browser->setOpenLinks(false);
    browser->document()->setDocumentMargin(12);
    QObject::connect(browser, &QTextBrowser::anchorClicked, browser, [](const QUrl &url) {
        if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
            QDesktopServices::openUrl(url);
    });
    return browser;
}

QLabel *heading(const QString &style)
{
    auto *label = new QLabel;
    theme::setTextStyle(label, style);
    return label;
}
} // namespace

TaskPage::TaskPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"taskPage"_s);

    // On a small screen the page scrolls instead of squeezing the answer box.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(theme::kPageMargin, 16, theme::kPageMargin, theme::kPageMargin);
    layout->setSpacing(12);
    layout->addWidget(createHeader());
    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addWidget(createLeftColumn(), 5);
    columns->addWidget(createRightColumn(), 6);
    layout->addLayout(columns, 1);
    theme::makeScrollingPage(this, content);
    retranslate();
}

QWidget *TaskPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_backButton = new QPushButton(header);
    m_backButton->setObjectName(u"backButton"_s);
    theme::setButtonRole(m_backButton, u"link"_s);
    m_backButton->setIcon(icons::icon(u"back"_s, theme::color(theme::Role::Primary)));
    m_backButton->setIconSize(QSize(22, 22));
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        flush();
        emit backRequested();
    });
    layout->addWidget(m_backButton, 0, Qt::AlignLeft);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(16);
    m_titleLabel = heading(u"h1"_s);
    m_titleLabel->setObjectName(u"taskTitleLabel"_s);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_statusChip = new StatusChip(header);
    m_statusChip->setObjectName(u"taskStatusChip"_s);
    titleRow->addWidget(m_titleLabel, 1);
    titleRow->addWidget(m_statusChip, 0, Qt::AlignVCenter);
    layout->addLayout(titleRow);
    m_metaLabel = heading(u"muted"_s);
    m_metaLabel->setTextFormat(Qt::PlainText);
    m_metaLabel->setWordWrap(true);
    layout->addWidget(m_metaLabel);
    return header;
}

QWidget *TaskPage::createLeftColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_instructionsCaption = heading(u"h2"_s);
    m_instructionsBrowser = contentBrowser(u"instructionsTextBrowser"_s);
    m_instructionsBrowser->setMinimumHeight(180);
    m_skillsCaption = heading(u"h2"_s);
    m_skillsBrowser = contentBrowser(u"skillsTextBrowser"_s);
    layout->addWidget(m_instructionsCaption);
    layout->addWidget(m_instructionsBrowser, 1);
    layout->addSpacing(8);
    layout->addWidget(m_skillsCaption);
    layout->addWidget(m_skillsBrowser);
    // The skills list is as tall as its text (up to a limit); the instructions get the rest.
    connect(m_skillsBrowser->document()->documentLayout(),
        &QAbstractTextDocumentLayout::documentSizeChanged, this, &TaskPage::fitSkills);
    m_leftColumn = column;
    return column;
}

QWidget *TaskPage::createRightColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_feedbackFrame = new QFrame(column);
    m_feedbackFrame->setObjectName(u"feedbackFrame"_s);
    auto *feedbackLayout = new QHBoxLayout(m_feedbackFrame);
    feedbackLayout->setContentsMargins(14, 12, 14, 12);
    feedbackLayout->setSpacing(12);
    m_feedbackIconLabel = new QLabel(m_feedbackFrame);
    m_feedbackIconLabel->setAlignment(Qt::AlignTop);
    m_feedbackLabel = new QLabel(m_feedbackFrame);
    m_feedbackLabel->setObjectName(u"feedbackLabel"_s);
    m_feedbackLabel->setWordWrap(true);
    m_feedbackLabel->setTextFormat(Qt::RichText);
    feedbackLayout->addWidget(m_feedbackIconLabel);
    feedbackLayout->addWidget(m_feedbackLabel, 1);
    m_feedbackFrame->hide();
    layout->addWidget(m_feedbackFrame);

    // The conversation with the coach (issue 4): messages of every version and a reply box.
    m_threadView = new FeedbackThreadView(column);
    m_threadView->setObjectName(u"taskThreadView"_s);
    m_threadView->setReplyEnabled(true);
    connect(m_threadView, &FeedbackThreadView::replyRequested, this, [this](const QString &text) {
        if (!m_session || m_session->feedback()->reply(m_taskId, text).isError())
            return;
        m_threadView->clearReply();
    });
    layout->addWidget(m_threadView);

    m_answerPanel = new AnswerPanel(column);
    connect(m_answerPanel, &AnswerPanel::saved, this, &TaskPage::refresh);
    layout->addWidget(m_answerPanel, 1);
    m_evidencePanel = new EvidencePanel(column);
    layout->addWidget(m_evidencePanel);

    m_historyCaption = heading(u"h3"_s);
    m_historyLabel = new QLabel(column);
    m_historyLabel->setObjectName(u"historyLabel"_s);
    m_historyLabel->setWordWrap(true);
    m_historyLabel->setTextFormat(Qt::RichText);
    layout->addSpacing(6);
    layout->addWidget(m_historyCaption);
    layout->addWidget(m_historyLabel);
    return column;
}

void TaskPage::updateThread()
{
    if (!m_session || m_taskId.isEmpty())
        return;
    const QList<Feedback> messages = m_session->feedback()->messages(m_taskId);
    QHash<QString, QString> names;
    for (const Requirement &r : m_view ? m_view->task.requirements : QList<Requirement>())
        names.insert(r.code, r.text);
    m_threadView->setPraiseNames(names);
    m_threadView->setMessages(messages, m_session->user().id, m_newFeedbackIds);
    // A reply needs something sent; before that there is nobody to answer.
    m_threadView->setVisible(!messages.isEmpty());
}

void TaskPage::fitSkills()
{
    const int wanted = qCeil(m_skillsBrowser->document()->size().height())
        + 2 * m_skillsBrowser->frameWidth() + 2;
    const int limit = qMax(120, m_leftColumn->height() * 45 / 100);
    m_skillsBrowser->setFixedHeight(qMin(wanted, limit));
}

void TaskPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSkills();
}

void TaskPage::setSession(Session *session)
{
    if (m_session && m_session->program())
        m_session->program()->disconnect(this);
    m_session = session;
    m_evidencePanel->setSession(session);
    if (session && session->program())
        connect(session->program(), &TraineeProgram::changed, this, &TaskPage::refresh);
    if (session && session->feedback())
        connect(session->feedback(), &FeedbackThread::changed, this, &TaskPage::updateThread);
    m_newFeedbackIds.clear();
    m_threadView->setMessages({}, 0);
    m_threadView->clearReply();
    m_taskId.clear();
    m_view.reset();
    // A shared laptop: nothing of the previous user stays in the widgets.
    m_answerPanel->setSession(session);
    m_instructionsBrowser->clear();
    m_skillsBrowser->clear();
    m_historyLabel->clear();
    m_feedbackLabel->clear();
}

void TaskPage::openTask(const QString &taskId)
{
    flush();
    m_taskId = taskId;
    m_evidencePanel->setTask(taskId);
    const auto view = m_session ? m_session->program()->task(taskId) : std::nullopt;
    m_answerPanel->openTask(taskId, view);
    m_instructionsBrowser->setHtml(view ? view->task.instructions : QString());
    m_skillsBrowser->setHtml(view ? TaskHtml::skills(view->task) : QString());
    m_skillsCaption->setVisible(view && !view->task.requirements.isEmpty());
    m_skillsBrowser->setVisible(view && !view->task.requirements.isEmpty());
    // Messages unread until now are shown as new this time, then marked read.
    m_newFeedbackIds.clear();
    m_threadView->clearReply();
    if (m_session && view) {
        for (const Feedback &f : m_session->feedback()->messages(taskId)) {
            if (m_session->feedback()->isUnread(f))
                m_newFeedbackIds.append(f.id);
        }
        m_session->feedback()->markTaskRead(taskId);
    }
    retranslate();
    refresh();
    m_answerPanel->focusAnswer();
}

void TaskPage::flush()
{
    m_answerPanel->flush();
}

void TaskPage::refresh()
{
    if (!m_session || m_taskId.isEmpty())
        return;
    const auto view = m_session->program()->task(m_taskId);
    m_view = view;
    if (!view) {
        m_titleLabel->setText(tr("This task is no longer in your program"));
        m_metaLabel->clear();
        m_answerPanel->showView(view);
        m_feedbackFrame->hide();
        return;
    }
    m_titleLabel->setText(view->task.title);
    m_statusChip->setStatus(view->status);
    QStringList meta;
    for (const TaskSetView &set : m_session->program()->taskSets()) {
        if (set.taskSet.id == view->task.taskSetId)
            meta << set.taskSet.title;
    }
    if (view->task.estimatedMinutes > 0)
        meta << tr("About %n minute(s)", nullptr, view->task.estimatedMinutes);
    m_metaLabel->setText(meta.join(u" · "_s));
    m_metaLabel->setVisible(!meta.isEmpty());
    updateFeedback(*view);
    m_answerPanel->showView(view);
    updateThread();
    m_historyCaption->setVisible(!view->submissions.isEmpty());
    m_historyLabel->setVisible(!view->submissions.isEmpty());
    m_historyLabel->setText(TaskHtml::history(*view));
}

void TaskPage::updateFeedback(const TaskView &view)
{
    if (view.reviews.isEmpty()
        || (view.status != TaskStatus::NeedsRevision && view.status != TaskStatus::Approved)) {
        m_feedbackFrame->hide();
        return;
    }
    const Review &review = view.reviews.constLast();
    const bool approved = view.status == TaskStatus::Approved;
    theme::setCard(m_feedbackFrame, approved ? u"success"_s : u"warning"_s);
    const theme::StatusColors colors = theme::statusColors(view.status);
    m_feedbackIconLabel->setPixmap(
        icons::pixmap(Texts::statusIconName(view.status), 28, colors.text, devicePixelRatioF()));
    QString html = u"<b>"_s
        + (approved ? tr("Your coach approved this task.")
                    : tr("Your coach asked you to make changes."))
              .toHtmlEscaped()
        + u"</b>"_s;
    if (!review.comment.isEmpty())
        html += u"<br>"_s + review.comment.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    m_feedbackLabel->setText(html);
    m_feedbackFrame->show();
}

void TaskPage::retranslate()
{
    m_backButton->setText(tr("Back to my tasks"));
    m_instructionsCaption->setText(tr("What to do"));
    m_skillsCaption->setText(tr("Skills this task trains"));
    m_historyCaption->setText(tr("Sent versions"));
    if (m_session && !m_taskId.isEmpty()) {
        const auto view = m_session->program()->task(m_taskId);
        if (view && view->task.instructions.trimmed().isEmpty())
            m_instructionsBrowser->setPlainText(tr("Your coach has not written instructions for "
                                                   "this task. Ask your coach what to do."));
    }
}

void TaskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void TaskPage::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}
