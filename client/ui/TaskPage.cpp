#include "client/ui/TaskPage.h"

#include "client/core/FeedbackThread.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/ui/EvidencePanel.h"
#include "client/ui/FeedbackThreadView.h"
#include "client/ui/Icons.h"
#include "client/ui/SaveStateLine.h"
#include "client/ui/StatusChip.h"
#include "client/ui/TaskHtml.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"
#include "common/protocol/Protocol.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

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

TaskPage::TaskPage(QWidget *parent)
    : QWidget(parent)
    , m_autosaveTimer(new QTimer(this))
{
    setObjectName(u"taskPage"_s);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(kAutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &TaskPage::saveAnswer);

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

    m_answerCaption = heading(u"h2"_s);
    m_answerEdit = new QPlainTextEdit(column);
    m_answerEdit->setObjectName(u"answerPlainTextEdit"_s);
    m_answerEdit->setMinimumHeight(180);
    m_answerEdit->setTabChangesFocus(true);
    m_answerCaption->setBuddy(m_answerEdit);
    connect(m_answerEdit, &QPlainTextEdit::textChanged, this, &TaskPage::onTextChanged);
    layout->addWidget(m_answerCaption);
    layout->addWidget(m_answerEdit, 1);

    m_saveStateLine = new SaveStateLine(column);
    m_saveStateLine->setObjectName(u"saveStateLine"_s);
    layout->addWidget(m_saveStateLine);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    m_markStartedButton = new QPushButton(column);
    m_markStartedButton->setObjectName(u"markStartedButton"_s);
    m_markStartedButton->setIcon(
        icons::icon(u"status-in-progress"_s, theme::color(theme::Role::Primary)));
    m_submitButton = new QPushButton(column);
    m_submitButton->setObjectName(u"submitButton"_s);
    theme::setButtonRole(m_submitButton, u"primary"_s);
    m_submitButton->setIcon(
        icons::icon(u"status-submitted"_s, theme::color(theme::Role::OnPrimary)));
    for (QPushButton *b : { m_markStartedButton, m_submitButton }) {
        b->setMinimumHeight(50);
        b->setIconSize(QSize(22, 22));
    }
    connect(m_markStartedButton, &QPushButton::clicked, this, &TaskPage::markStarted);
    connect(m_submitButton, &QPushButton::clicked, this, &TaskPage::submit);
    buttons->addWidget(m_markStartedButton);
    buttons->addWidget(m_submitButton, 1);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    m_hintLabel = heading(u"muted"_s);
    m_hintLabel->setObjectName(u"submitHintLabel"_s);
    m_hintLabel->setWordWrap(true);
    layout->addWidget(m_hintLabel);
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
    m_dirty = false;
    m_saveError.clear();
    m_autosaveTimer->stop();
    // A shared laptop: nothing of the previous user stays in the widgets.
    m_loading = true;
    m_answerEdit->clear();
    m_loading = false;
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
    m_saveError.clear();
    const auto view = m_session ? m_session->program()->task(taskId) : std::nullopt;
    m_loading = true;
    m_answerEdit->setPlainText(view ? view->answer : QString());
    m_loading = false;
    m_dirty = false;
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
    m_answerEdit->setFocus();
}

void TaskPage::flush()
{
    if (m_dirty)
        saveAnswer();
}

void TaskPage::onTextChanged()
{
    if (m_loading || m_taskId.isEmpty())
        return;
    m_dirty = true;
    m_autosaveTimer->start();
    updateSaveState(m_view);
    if (m_view)
        updateButtons(*m_view);
}

void TaskPage::saveAnswer()
{
    m_autosaveTimer->stop();
    if (!m_dirty || !m_session || m_taskId.isEmpty())
        return;
    const QString text = m_answerEdit->toPlainText();
    if (text.size() > protocol::limits::kMaxAnswerLength) {
        m_saveError = tr("Your answer is too long to save. Make it shorter.");
        updateSaveState(std::nullopt);
        return;
    }
    const Error error = m_session->program()->saveAnswer(m_taskId, text);
    m_saveError = error.isError() ? tr("Saving on this computer did not work. Try again, or ask "
                                       "your coach for help.")
                                  : QString();
    m_dirty = error.isError();
    refresh();
}

void TaskPage::markStarted()
{
    if (!m_session || m_taskId.isEmpty())
        return;
    flush();
    const Error error = m_session->program()->markStarted(m_taskId);
    if (error.isError())
        m_saveError
            = tr("Saving on this computer did not work. Try again, or ask your coach for help.");
    refresh();
}

void TaskPage::submit()
{
    if (!m_session || m_taskId.isEmpty())
        return;
    flush();
    if (m_dirty)
        return; // saving failed: the error is shown, nothing is sent
    const QString answer = m_answerEdit->toPlainText();
    QMessageBox box(this);
    box.setObjectName(u"submitConfirmMessageBox"_s);
    box.setIconPixmap(icons::pixmap(
        u"status-submitted"_s, 48, theme::color(theme::Role::Primary), devicePixelRatioF()));
    box.setWindowTitle(tr("Send for review"));
    box.setText(tr("Send this task to your coach for review?"));
    box.setInformativeText(answer.trimmed().isEmpty()
            ? tr("Your answer is empty. You can still send the task if you did "
                 "the work at the workshop.")
            : tr("Your coach will see your answer as it is now. You can still "
                 "make changes and send the task again later."));
    QPushButton *send = box.addButton(tr("Yes, send"), QMessageBox::AcceptRole);
    box.addButton(tr("Not yet"), QMessageBox::RejectRole);
    theme::setButtonRole(send, u"primary"_s);
    box.setDefaultButton(send);
    box.exec();
    if (box.clickedButton() != send || !m_session)
        return;
    const Error error = m_session->program()->submit(m_taskId, answer);
    if (error.isError()) {
        m_saveError
            = tr("Saving on this computer did not work. Try again, or ask your coach for help.");
    } else {
        m_saveError.clear();
        if (SyncEngine *sync = m_session->sync())
            sync->startSync();
    }
    refresh();
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
        m_answerEdit->setReadOnly(true);
        m_markStartedButton->setEnabled(false);
        m_submitButton->setEnabled(false);
        m_feedbackFrame->hide();
        return;
    }
    m_answerEdit->setReadOnly(false);
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
    updateButtons(*view);
    updateThread();
    updateSaveState(view);
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

void TaskPage::updateButtons(const TaskView &view)
{
    const bool started = view.status != TaskStatus::NotStarted;
    m_markStartedButton->setEnabled(!started);
    m_markStartedButton->setText(started ? tr("Started") : tr("Mark as started"));
    const QString text = m_answerEdit->toPlainText();
    const bool alreadySent = !view.submissions.isEmpty()
        && view.submissions.constLast().answer == text && view.status == TaskStatus::Submitted;
    const bool approved = view.status == TaskStatus::Approved;
    m_submitButton->setEnabled(!approved && !alreadySent);
    m_submitButton->setText(view.submissions.isEmpty() ? tr("Send for review") : tr("Send again"));
    if (approved)
        m_hintLabel->setText(tr("This task is approved. You do not need to do anything more."));
    else if (alreadySent)
        m_hintLabel->setText(
            tr("This answer has been sent. If you change it, you can send it again."));
    else if (view.status == TaskStatus::NeedsRevision)
        m_hintLabel->setText(tr("Change your answer as your coach asked, then send it again."));
    else
        m_hintLabel->setText(tr("When your answer is ready, send it to your coach for review."));
}

void TaskPage::updateSaveState(const std::optional<TaskView> &known)
{
    const auto view = known
        ? known
        : (m_session && !m_taskId.isEmpty() ? m_session->program()->task(m_taskId) : std::nullopt);
    using State = SaveStateLine::State;
    if (!m_saveError.isEmpty())
        m_saveStateLine->setState(State::Failed, m_saveError);
    else if (m_dirty)
        m_saveStateLine->setState(State::Saving);
    else if (!view
        || (view->answer.isEmpty() && view->submissions.isEmpty()
            && view->status == TaskStatus::NotStarted))
        m_saveStateLine->setState(State::Empty);
    else
        m_saveStateLine->setState(
            view->hasUnsyncedChanges ? State::SavedWaiting : State::SavedSent);
}

void TaskPage::retranslate()
{
    m_backButton->setText(tr("Back to my tasks"));
    m_instructionsCaption->setText(tr("What to do"));
    m_skillsCaption->setText(tr("Skills this task trains"));
    m_answerCaption->setText(tr("&Your answer"));
    m_answerEdit->setPlaceholderText(
        tr("Write your answer here. It is saved on this computer automatically."));
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
