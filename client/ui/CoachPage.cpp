#include "client/ui/CoachPage.h"

#include "client/core/CoachWorkspace.h"
#include "client/core/Session.h"
#include "client/ui/CompetenceMapView.h"
#include "client/ui/PhraseBankDialog.h"
#include "client/ui/ReviewPage.h"
#include "client/ui/ReviewQueuePage.h"
#include "client/ui/RosterPage.h"
#include "client/ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CoachPage::CoachPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_overview(new QWidget(m_stack))
    , m_greetingLabel(new QLabel(m_overview))
    , m_introLabel(new QLabel(m_overview))
    , m_phrasesButton(new QPushButton(m_overview))
    , m_tabs(new QTabWidget(m_overview))
    , m_queuePage(new ReviewQueuePage(m_tabs))
    , m_rosterPage(new RosterPage(m_tabs))
    , m_reviewPage(new ReviewPage(m_stack))
{
    auto *overviewLayout = new QVBoxLayout(m_overview);
    overviewLayout->setContentsMargins(32, 20, 32, 24);
    overviewLayout->setSpacing(8);
    theme::setTextStyle(m_greetingLabel, u"h1"_s);
    m_greetingLabel->setObjectName(u"coachGreetingLabel"_s);
    theme::setTextStyle(m_introLabel, u"muted"_s);
    m_introLabel->setWordWrap(true);
    m_tabs->setObjectName(u"coachTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_queuePage, {});
    m_tabs->addTab(m_rosterPage, {});
    m_queuePage->setObjectName(u"reviewQueuePage"_s);
    m_rosterPage->setObjectName(u"rosterPage"_s);
    m_reviewPage->setObjectName(u"reviewPage"_s);
    m_phrasesButton->setObjectName(u"phraseBankButton"_s);
    theme::setButtonRole(m_phrasesButton, u"secondary"_s);
    auto *header = new QHBoxLayout;
    header->addWidget(m_greetingLabel, 1);
    header->addWidget(m_phrasesButton, 0, Qt::AlignVCenter);
    overviewLayout->addLayout(header);
    overviewLayout->addWidget(m_introLabel);
    overviewLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_reviewPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_queuePage, &ReviewQueuePage::submissionActivated, this,
            &CoachPage::openSubmission);
    connect(m_reviewPage, &ReviewPage::backRequested, this, &CoachPage::showOverview);
    connect(m_phrasesButton, &QPushButton::clicked, this, &CoachPage::openPhraseBank);
    connect(m_rosterPage, &RosterPage::competenceRequested, this, &CoachPage::openCompetence);
    retranslate();
}

void CoachPage::setSession(Session *session)
{
    if (m_session && m_session->coach())
        m_session->coach()->disconnect(this);
    m_session = session;
    m_queuePage->setSession(session);
    m_rosterPage->setSession(session);
    m_reviewPage->setSession(session);
    if (session && session->coach())
        connect(session->coach(), &CoachWorkspace::changed, this, &CoachPage::updateTabTitles);
    retranslate();
    showOverview();
}

void CoachPage::showOverview()
{
    m_stack->setCurrentWidget(m_overview);
}

void CoachPage::openSubmission(const QString &submissionId)
{
    m_reviewPage->openSubmission(submissionId);
    m_stack->setCurrentWidget(m_reviewPage);
}

void CoachPage::openPhraseBank()
{
    if (!m_session)
        return;
    auto *dialog = new PhraseBankDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    dialog->show();
}

void CoachPage::openCompetence(qint64 traineeId, const QString &name)
{
    if (!m_session || traineeId == 0)
        return;
    CompetenceMapView::openDialog(this, m_session, traineeId, name);
}

void CoachPage::updateTabTitles()
{
    const int waiting = m_queuePage->count();
    m_tabs->setTabText(0, waiting > 0 ? tr("Review queue (%1)").arg(waiting)
                                      : tr("Review queue"));
    m_tabs->setTabText(1, tr("Trainees"));
}

void CoachPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CoachPage::retranslate()
{
    QString name;
    if (m_session)
        name = m_session->user().displayName.isEmpty() ? m_session->user().username
                                                       : m_session->user().displayName;
    m_greetingLabel->setText(name.isEmpty() ? tr("Coaching") : tr("Hello, %1!").arg(name));
    m_introLabel->setText(tr("Review your trainees' work and give feedback. Everything you do "
                             "is saved on this computer and sent at the next sync, so you can "
                             "work without a connection."));
    m_phrasesButton->setText(tr("Quick phrases"));
    m_phrasesButton->setToolTip(tr("Edit your organisation's ready-made feedback sentences"));
    updateTabTitles();
}
