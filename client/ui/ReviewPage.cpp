#include "client/ui/ReviewPage.h"

#include "client/core/Session.h"
#include "client/ui/FeedbackComposer.h"
#include "client/ui/FeedbackThreadView.h"
#include "client/ui/Icons.h"
#include "client/ui/RequirementMarksPanel.h"
#include "client/ui/ReviewEvidencePanel.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
class PlainBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QLabel *styled(const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    theme::setTextStyle(label, style);
    label->setWordWrap(true);
    return label;
}
} // namespace

ReviewPage::ReviewPage(QWidget *parent) : QWidget(parent)
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 20, 32, 24);
    layout->setSpacing(12);

    m_backButton = new QPushButton(content);
    m_backButton->setObjectName(u"reviewBackButton"_s);
    theme::setButtonRole(m_backButton, u"link"_s);
    m_backButton->setIcon(icons::icon(u"back"_s, theme::color(theme::Role::Primary)));
    m_backButton->setIconSize(QSize(22, 22));
    connect(m_backButton, &QPushButton::clicked, this, &ReviewPage::backRequested);
    layout->addWidget(m_backButton, 0, Qt::AlignLeft);

    auto *titleRow = new QHBoxLayout;
    m_titleLabel = styled(u"h1"_s, content);
    m_titleLabel->setObjectName(u"reviewTitleLabel"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_decisionChipLabel = new QLabel(content);
    m_decisionChipLabel->setObjectName(u"decisionChipLabel"_s);
    titleRow->addWidget(m_titleLabel, 1);
    titleRow->addWidget(m_decisionChipLabel, 0, Qt::AlignVCenter);
    layout->addLayout(titleRow);
    m_metaLabel = styled(u"muted"_s, content);
    m_metaLabel->setObjectName(u"reviewMetaLabel"_s);
    layout->addWidget(m_metaLabel);

    m_conflictFrame = new QFrame(content);
    m_conflictFrame->setObjectName(u"conflictFrame"_s);
    theme::setCard(m_conflictFrame, u"warning"_s);
    auto *conflictLayout = new QHBoxLayout(m_conflictFrame);
    conflictLayout->setContentsMargins(14, 10, 14, 10);
    auto *warnIcon = new QLabel(m_conflictFrame);
    warnIcon->setPixmap(icons::icon(u"warning"_s, theme::color(theme::Role::Warning)).pixmap(24));
    warnIcon->setAlignment(Qt::AlignTop);
    m_conflictLabel = new QLabel(m_conflictFrame);
    m_conflictLabel->setObjectName(u"conflictLabel"_s);
    m_conflictLabel->setWordWrap(true);
    conflictLayout->addWidget(warnIcon);
    conflictLayout->addWidget(m_conflictLabel, 1);
    m_conflictFrame->hide();
    layout->addWidget(m_conflictFrame);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addWidget(createLeftColumn(), 5);
    columns->addWidget(createRightColumn(), 5);
    layout->addLayout(columns, 1);

    theme::makeScrollingPage(this, content);
    retranslate();
}

QWidget *ReviewPage::createLeftColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_answerCaption = styled(u"h2"_s, column);
    m_versionCombo = new QComboBox(column);
    m_versionCombo->setObjectName(u"versionComboBox"_s);
    connect(m_versionCombo, &QComboBox::currentIndexChanged, this, &ReviewPage::showVersion);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answerCaption, 1);
    answerRow->addWidget(m_versionCombo);
    layout->addLayout(answerRow);
    m_answerBrowser = new PlainBrowser(column);
    m_answerBrowser->setObjectName(u"answerTextBrowser"_s);
    m_answerBrowser->setMinimumHeight(110);
    m_answerBrowser->setMaximumHeight(220);
    layout->addWidget(m_answerBrowser);
    m_evidencePanel = new ReviewEvidencePanel(column);
    layout->addWidget(m_evidencePanel);

    m_instructionsCaption = styled(u"h3"_s, column);
    m_instructionsBrowser = new PlainBrowser(column);
    m_instructionsBrowser->setObjectName(u"taskInstructionsTextBrowser"_s);
    m_instructionsBrowser->setOpenLinks(false);
    m_instructionsBrowser->setMaximumHeight(130);

    m_marksPanel = new RequirementMarksPanel(column);
    connect(m_marksPanel, &RequirementMarksPanel::saveFailed, this, &ReviewPage::showError);
    layout->addSpacing(6);
    layout->addWidget(m_marksPanel);
    layout->addSpacing(6);
    layout->addWidget(m_instructionsCaption);
    layout->addWidget(m_instructionsBrowser);
    layout->addStretch();
    return column;
}

QWidget *ReviewPage::createRightColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_composer = new FeedbackComposer(column);
    layout->addWidget(m_composer);

    m_revisionCaption = styled(u"h3"_s, column);
    m_revisionEdit = new QPlainTextEdit(column);
    m_revisionEdit->setObjectName(u"revisionPlainTextEdit"_s);
    m_revisionEdit->setTabChangesFocus(true);
    m_revisionEdit->setFixedHeight(64);
    m_revisionCaption->setBuddy(m_revisionEdit);
    layout->addWidget(m_revisionCaption);
    layout->addWidget(m_revisionEdit);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    m_approveButton = new QPushButton(column);
    m_approveButton->setObjectName(u"approveButton"_s);
    theme::setButtonRole(m_approveButton, u"primary"_s);
    m_approveButton->setIcon(icons::icon(u"status-approved"_s, theme::color(theme::Role::OnPrimary)));
    m_reviseButton = new QPushButton(column);
    m_reviseButton->setObjectName(u"reviseButton"_s);
    theme::setButtonRole(m_reviseButton, u"secondary"_s);
    m_reviseButton->setIcon(
        icons::icon(u"status-needs-revision"_s, theme::color(theme::Role::Primary)));
    m_sendFeedbackButton = new QPushButton(column);
    m_sendFeedbackButton->setObjectName(u"sendFeedbackButton"_s);
    theme::setButtonRole(m_sendFeedbackButton, u"link"_s);
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_reviseButton);
    buttons->addStretch();
    buttons->addWidget(m_sendFeedbackButton);
    layout->addLayout(buttons);
    connect(m_approveButton, &QPushButton::clicked, this, &ReviewPage::approve);
    connect(m_reviseButton, &QPushButton::clicked, this, &ReviewPage::askRevision);
    connect(m_sendFeedbackButton, &QPushButton::clicked, this, &ReviewPage::sendFeedback);
    m_stateLabel = styled(u"small"_s, column);
    m_stateLabel->setObjectName(u"reviewStateLabel"_s);
    layout->addWidget(m_stateLabel);

    layout->addSpacing(8);
    m_threadView = new FeedbackThreadView(column);
    m_threadView->setObjectName(u"reviewThreadView"_s);
    layout->addWidget(m_threadView);
    layout->addStretch();
    return column;
}

void ReviewPage::setSession(Session *session)
{
    if (m_session && m_session->coach())
        m_session->coach()->disconnect(this);
    m_session = session;
    if (session && session->coach())
        connect(session->coach(), &CoachWorkspace::changed, this, &ReviewPage::refresh);
    m_evidencePanel->setSession(session);
    m_marksPanel->setSession(session);
    m_composer->setSession(session);
    m_submissionId.clear();
    m_view.reset();
    m_revisionEdit->clear();
}

void ReviewPage::openSubmission(const QString &submissionId)
{
    m_submissionId = submissionId;
    m_stateLabel->clear();
    m_view.reset();
    refresh();
    if (m_view && m_view->review)
        m_revisionEdit->setPlainText(m_view->review->instructions());
    else
        m_revisionEdit->clear();
    m_composer->setRequirements(m_view ? m_view->task.requirements : QList<Requirement>());
    m_composer->clear();
}

void ReviewPage::refresh()
{
    if (!m_session || m_submissionId.isEmpty())
        return;
    const bool opened = !m_view || m_view->submission.id != m_submissionId;
    m_view = m_session->coach()->submission(m_submissionId);
    if (!m_view)
        return;
    if (opened)
        m_evidencePanel->setSubmission(m_view->submission);
    const SubmissionReview &v = *m_view;
    const QString trainee = v.traineeName.isEmpty()
                                ? tr("Trainee %1").arg(v.submission.traineeId)
                                : v.traineeName;
    m_titleLabel->setText(v.task.title);
    m_metaLabel->setText(tr("%1 · version %2 · sent %3")
                             .arg(trainee)
                             .arg(v.submission.version)
                             .arg(Texts::dateTime(v.submission.receivedAt.isValid()
                                                      ? v.submission.receivedAt
                                                      : v.submission.at)));
    const QString decision = v.review ? v.review->decision() : QString();
    TaskStatus status = TaskStatus::Submitted;
    if (decision == u"approved"_s)
        status = TaskStatus::Approved;
    else if (decision == u"revise"_s)
        status = TaskStatus::NeedsRevision;
    const theme::StatusColors colors = theme::statusColors(status);
    m_decisionChipLabel->setText(decision.isEmpty() ? tr("Waiting for review")
                                                    : Texts::statusText(status));
    m_decisionChipLabel->setStyleSheet(
        u"QLabel { color: %1; background: %2; border: 1px solid %3; border-radius: 14px;"
        " padding: 4px 14px; font-weight: 600; }"_s.arg(colors.text.name(),
                                                         colors.background.name(),
                                                         colors.border.name()));
    m_instructionsBrowser->setHtml(v.task.instructions);

    const int previous = m_versionCombo->currentIndex();
    const bool sameCount = m_versionCombo->count() == v.versions.size();
    m_versionCombo->clear();
    int current = 0;
    for (int i = 0; i < v.versions.size(); ++i) {
        const Submission &s = v.versions.at(i);
        m_versionCombo->addItem(tr("Version %1 (%2)")
                                    .arg(s.version)
                                    .arg(Texts::dateTime(s.receivedAt.isValid() ? s.receivedAt
                                                                                : s.at)),
                                s.id);
        if (s.id == v.submission.id)
            current = i;
    }
    m_versionCombo->setCurrentIndex(sameCount && previous >= 0 ? previous : current);
    showVersion(m_versionCombo->currentIndex());

    if (v.decisionContested) {
        const QString other = v.contestedValue.toString();
        QString otherText = other;
        if (other == u"approved"_s)
            otherText = Texts::statusText(TaskStatus::Approved);
        else if (other == u"revise"_s)
            otherText = Texts::statusText(TaskStatus::NeedsRevision);
        const QString winner = v.decidedBy.isEmpty() ? tr("a coach") : v.decidedBy;
        if (v.contestedById == m_session->user().id)
            m_conflictLabel->setText(
                tr("A colleague decided differently at the same time: you chose \"%1\", but %2's "
                   "later decision is the one shown here and seen by the trainee. Both are kept in "
                   "the history. Decide again if you disagree.")
                    .arg(otherText, winner));
        else
            m_conflictLabel->setText(
                tr("A colleague decided differently at the same time: %1 chose \"%2\". The "
                   "decision shown here was made later and is the one the trainee sees. Both are "
                   "kept in the history.")
                    .arg(v.contestedBy.isEmpty() ? tr("a coach") : v.contestedBy, otherText));
        m_conflictFrame->show();
    } else {
        m_conflictFrame->hide();
    }
    m_marksPanel->setReview(v);
    QHash<QString, QString> names;
    for (const Requirement &r : v.task.requirements)
        names.insert(r.code, r.text);
    m_threadView->setPraiseNames(names);
    m_threadView->setMessages(v.thread, m_session->user().id);
    m_stateLabel->setText(v.hasPendingChanges
                              ? tr("Saved on this computer. Sent to the trainee at the next sync.")
                              : QString());
}

void ReviewPage::showVersion(int index)
{
    if (!m_view || index < 0 || index >= m_view->versions.size())
        return;
    m_answerBrowser->setPlainText(m_view->versions.at(index).answer);
}

void ReviewPage::approve()
{
    if (!m_session)
        return;
    Error error = m_session->coach()->decide(m_submissionId, u"approved"_s,
                                             m_revisionEdit->toPlainText().trimmed());
    if (!error.isError() && !m_composer->isEmpty())
        error = m_session->coach()->sendFeedback(m_submissionId, m_composer->text(),
                                                 m_composer->praise(), m_composer->phraseIds());
    showError(error);
    if (!error.isError())
        openSubmission(m_submissionId);
}

void ReviewPage::askRevision()
{
    if (!m_session)
        return;
    if (m_revisionEdit->toPlainText().trimmed().isEmpty()) {
        m_stateLabel->setText(tr("Write what the trainee should do next."));
        m_revisionEdit->setFocus();
        return;
    }
    Error error = m_session->coach()->decide(m_submissionId, u"revise"_s,
                                             m_revisionEdit->toPlainText().trimmed());
    if (!error.isError() && !m_composer->isEmpty())
        error = m_session->coach()->sendFeedback(m_submissionId, m_composer->text(),
                                                 m_composer->praise(), m_composer->phraseIds());
    showError(error);
    if (!error.isError())
        openSubmission(m_submissionId);
}

void ReviewPage::sendFeedback()
{
    if (!m_session || m_composer->isEmpty())
        return;
    const Error error = m_session->coach()->sendFeedback(
        m_submissionId, m_composer->text(), m_composer->praise(), m_composer->phraseIds());
    showError(error);
    if (!error.isError())
        m_composer->clear();
}

void ReviewPage::showError(const Error &error)
{
    if (error.isError())
        m_stateLabel->setText(tr("Could not save on this computer: %1").arg(error.message));
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ReviewPage::retranslate()
{
    m_backButton->setText(tr("Back to the review queue"));
    m_answerCaption->setText(tr("The trainee's answer"));
    m_instructionsCaption->setText(tr("Task instructions"));
    m_revisionCaption->setText(tr("What should be done next (for a revision)"));
    m_revisionEdit->setPlaceholderText(tr("For example: add a photo of the dried floor."));
    m_approveButton->setText(tr("Approve"));
    m_reviseButton->setText(tr("Ask for revision"));
    m_sendFeedbackButton->setText(tr("Send feedback only"));
    m_threadView->setCaption(tr("Conversation"));
}
