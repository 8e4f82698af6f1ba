#include "client/ui/AnswerPanel.h"

#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/ui/Icons.h"
#include "client/ui/SaveStateLine.h"
#include "client/ui/Theme.h"
#include "common/protocol/Protocol.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The texts keep the task page's translation context ("TaskPage"): they were written for that
// page and are translated there.

namespace {
QString saveFailedText()
{
    return QCoreApplication::translate(
        "TaskPage", "Saving on this computer did not work. Try again, or ask your coach for help.");
}
} // namespace

AnswerPanel::AnswerPanel(QWidget *parent) : QWidget(parent), m_autosaveTimer(new QTimer(this))
{
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(kAutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &AnswerPanel::saveAnswer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_caption = new QLabel(this);
    theme::setTextStyle(m_caption, u"h2"_s);
    m_answerEdit = new QPlainTextEdit(this);
    m_answerEdit->setObjectName(u"answerPlainTextEdit"_s);
    m_answerEdit->setMinimumHeight(180);
    m_answerEdit->setTabChangesFocus(true);
    m_caption->setBuddy(m_answerEdit);
    connect(m_answerEdit, &QPlainTextEdit::textChanged, this, &AnswerPanel::onTextChanged);
    layout->addWidget(m_caption);
    layout->addWidget(m_answerEdit, 1);

    m_saveStateLine = new SaveStateLine(this);
    m_saveStateLine->setObjectName(u"saveStateLine"_s);
    layout->addWidget(m_saveStateLine);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    m_markStartedButton = new QPushButton(this);
    m_markStartedButton->setObjectName(u"markStartedButton"_s);
    m_markStartedButton->setIcon(
        icons::icon(u"status-in-progress"_s, theme::color(theme::Role::Primary)));
    m_submitButton = new QPushButton(this);
    m_submitButton->setObjectName(u"submitButton"_s);
    theme::setButtonRole(m_submitButton, u"primary"_s);
    m_submitButton->setIcon(
        icons::icon(u"status-submitted"_s, theme::color(theme::Role::OnPrimary)));
    for (QPushButton *b : {m_markStartedButton, m_submitButton}) {
        b->setMinimumHeight(50);
        b->setIconSize(QSize(22, 22));
    }
    connect(m_markStartedButton, &QPushButton::clicked, this, &AnswerPanel::markStarted);
    connect(m_submitButton, &QPushButton::clicked, this, &AnswerPanel::submit);
    buttons->addWidget(m_markStartedButton);
    buttons->addWidget(m_submitButton, 1);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    m_hintLabel = new QLabel(this);
    theme::setTextStyle(m_hintLabel, u"muted"_s);
    m_hintLabel->setObjectName(u"submitHintLabel"_s);
    m_hintLabel->setWordWrap(true);
    layout->addWidget(m_hintLabel);
    retranslate();
}

void AnswerPanel::setSession(Session *session)
{
    m_session = session;
    m_taskId.clear();
    m_view.reset();
    m_dirty = false;
    m_saveError.clear();
    m_autosaveTimer->stop();
    // A shared laptop: nothing of the previous user stays in the widgets.
    m_loading = true;
    m_answerEdit->clear();
    m_loading = false;
}

void AnswerPanel::openTask(const QString &taskId, const std::optional<TaskView> &view)
{
    flush();
    m_taskId = taskId;
    m_saveError.clear();
    m_loading = true;
    m_answerEdit->setPlainText(view ? view->answer : QString());
    m_loading = false;
    m_dirty = false;
}

void AnswerPanel::focusAnswer()
{
    m_answerEdit->setFocus();
}

void AnswerPanel::showView(const std::optional<TaskView> &view)
{
    m_view = view;
    if (!view) {
        m_answerEdit->setReadOnly(true);
        m_markStartedButton->setEnabled(false);
        m_submitButton->setEnabled(false);
        return;
    }
    m_answerEdit->setReadOnly(false);
    updateButtons(*view);
    updateSaveState(view);
}

void AnswerPanel::flush()
{
    if (m_dirty)
        saveAnswer();
}

void AnswerPanel::onTextChanged()
{
    if (m_loading || m_taskId.isEmpty())
        return;
    m_dirty = true;
    m_autosaveTimer->start();
    updateSaveState(m_view);
    if (m_view)
        updateButtons(*m_view);
}

void AnswerPanel::saveAnswer()
{
    m_autosaveTimer->stop();
    if (!m_dirty || !m_session || m_taskId.isEmpty())
        return;
    const QString text = m_answerEdit->toPlainText();
    if (text.size() > protocol::limits::kMaxAnswerLength) {
        m_saveError = QCoreApplication::translate(
            "TaskPage", "Your answer is too long to save. Make it shorter.");
        updateSaveState(std::nullopt);
        return;
    }
    const Error error = m_session->program()->saveAnswer(m_taskId, text);
    m_saveError = error.isError() ? saveFailedText() : QString();
    m_dirty = error.isError();
    emit saved();
}

void AnswerPanel::markStarted()
{
    if (!m_session || m_taskId.isEmpty())
        return;
    flush();
    const Error error = m_session->program()->markStarted(m_taskId);
    if (error.isError())
        m_saveError = saveFailedText();
    emit saved();
}

void AnswerPanel::submit()
{
    if (!m_session || m_taskId.isEmpty())
        return;
    flush();
    if (m_dirty)
        return; // saving failed: the error is shown, nothing is sent
    const QString answer = m_answerEdit->toPlainText();
    QMessageBox box(this);
    box.setObjectName(u"submitConfirmMessageBox"_s);
    box.setIconPixmap(icons::pixmap(u"status-submitted"_s, 48,
                                    theme::color(theme::Role::Primary), devicePixelRatioF()));
    box.setWindowTitle(QCoreApplication::translate("TaskPage", "Send for review"));
    box.setText(
        QCoreApplication::translate("TaskPage", "Send this task to your coach for review?"));
    box.setInformativeText(
        answer.trimmed().isEmpty()
            ? QCoreApplication::translate("TaskPage",
                                          "Your answer is empty. You can still send the task if "
                                          "you did the work at the workshop.")
            : QCoreApplication::translate("TaskPage",
                                          "Your coach will see your answer as it is now. You can "
                                          "still make changes and send the task again later."));
    QPushButton *send = box.addButton(QCoreApplication::translate("TaskPage", "Yes, send"),
                                      QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("TaskPage", "Not yet"), QMessageBox::RejectRole);
    theme::setButtonRole(send, u"primary"_s);
    box.setDefaultButton(send);
    box.exec();
    if (box.clickedButton() != send || !m_session)
        return;
    const Error error = m_session->program()->submit(m_taskId, answer);
    if (error.isError()) {
        m_saveError = saveFailedText();
    } else {
        m_saveError.clear();
        if (SyncEngine *sync = m_session->sync())
            sync->startSync();
    }
    emit saved();
}

void AnswerPanel::updateButtons(const TaskView &view)
{
    const bool started = view.status != TaskStatus::NotStarted;
    m_markStartedButton->setEnabled(!started);
    m_markStartedButton->setText(started ? QCoreApplication::translate("TaskPage", "Started")
                                         : QCoreApplication::translate("TaskPage",
                                                                       "Mark as started"));
    const QString text = m_answerEdit->toPlainText();
    const bool alreadySent = !view.submissions.isEmpty()
                             && view.submissions.constLast().answer == text
                             && view.status == TaskStatus::Submitted;
    const bool approved = view.status == TaskStatus::Approved;
    m_submitButton->setEnabled(!approved && !alreadySent);
    m_submitButton->setText(view.submissions.isEmpty()
                                ? QCoreApplication::translate("TaskPage", "Send for review")
                                : QCoreApplication::translate("TaskPage", "Send again"));
    if (approved)
        m_hintLabel->setText(QCoreApplication::translate(
            "TaskPage", "This task is approved. You do not need to do anything more."));
    else if (alreadySent)
        m_hintLabel->setText(QCoreApplication::translate(
            "TaskPage", "This answer has been sent. If you change it, you can send it again."));
    else if (view.status == TaskStatus::NeedsRevision)
        m_hintLabel->setText(QCoreApplication::translate(
            "TaskPage", "Change your answer as your coach asked, then send it again."));
    else
        m_hintLabel->setText(QCoreApplication::translate(
            "TaskPage", "When your answer is ready, send it to your coach for review."));
}

void AnswerPanel::updateSaveState(const std::optional<TaskView> &known)
{
    const auto view = known ? known
                            : (m_session && !m_taskId.isEmpty()
                                   ? m_session->program()->task(m_taskId)
                                   : std::nullopt);
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
        m_saveStateLine->setState(view->hasUnsyncedChanges ? State::SavedWaiting
                                                           : State::SavedSent);
}

void AnswerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnswerPanel::retranslate()
{
    m_caption->setText(QCoreApplication::translate("TaskPage", "&Your answer"));
    m_answerEdit->setPlaceholderText(QCoreApplication::translate(
        "TaskPage", "Write your answer here. It is saved on this computer automatically."));
}
