#include "client/ui/CompetenceMapView.h"

#include "client/core/CoachWorkspace.h"
#include "client/core/LocalStore.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/core/TraineeCompetence.h"
#include "client/ui/Icons.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *wrapped(const QString &text, QWidget *parent, const QString &style = {})
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (!style.isEmpty())
        theme::setTextStyle(label, style);
    return label;
}
} // namespace

CompetenceMapView::CompetenceMapView(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_introLabel(new QLabel(this))
    , m_totalLabel(new QLabel(this))
    , m_content(new QVBoxLayout)
{
    setObjectName(u"competenceMapView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_titleLabel->setObjectName(u"competenceTitleLabel"_s);
    theme::setTextStyle(m_titleLabel, u"h1"_s);
    m_introLabel->setWordWrap(true);
    theme::setTextStyle(m_introLabel, u"muted"_s);
    m_totalLabel->setObjectName(u"competenceTotalLabel"_s);
    theme::setTextStyle(m_totalLabel, u"h3"_s);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_totalLabel);

    auto *inner = new QWidget;
    inner->setLayout(m_content);
    m_content->setContentsMargins(0, 8, 8, 8);
    m_content->setSpacing(16);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"competenceScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
}

void CompetenceMapView::setMap(const CompetenceMap &map, const QString &traineeName)
{
    m_map = map;
    m_titleLabel->setText(traineeName.isEmpty() ? tr("My competence")
                                                : tr("Competence: %1").arg(traineeName));
    m_introLabel->setText(
        traineeName.isEmpty()
            ? tr("These are the skills your tasks train. When your coach sees that you can do "
                 "a skill, it is marked demonstrated.")
            : tr("The skill requirements of the trainee's goal program. A requirement is "
                 "demonstrated when a coach marked it demonstrated in some task."));
    m_totalLabel->setText(tr("%1 / %n skill(s) demonstrated", nullptr, map.requirementCount())
                              .arg(map.demonstratedCount()));
    m_totalLabel->setVisible(map.requirementCount() > 0);
    while (QLayoutItem *item = m_content->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (map.qualifications.isEmpty()) {
        auto *empty = wrapped(tr("No skills yet. When your tasks are linked to skill requirements "
                                 "of a qualification, they are shown here."),
                              this);
        empty->setObjectName(u"competenceEmptyLabel"_s);
        empty->setContentsMargins(16, 14, 16, 14);
        theme::setCard(empty, u"info"_s);
        m_content->addWidget(empty);
    }
    for (const CompetenceQualification &q : map.qualifications)
        m_content->addWidget(createQualification(q));
    m_content->addStretch(1);
}

QWidget *CompetenceMapView::createQualification(const CompetenceQualification &q)
{
    auto *card = new QFrame;
    card->setObjectName(u"qualificationFrame_"_s + q.code);
    theme::setCard(card);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 20);
    layout->setSpacing(12);
    auto *header = new QHBoxLayout;
    header->addWidget(wrapped(q.name.isEmpty() ? q.code : q.name, card, u"h2"_s), 1);
    auto *count = new QLabel(
        tr("%1 / %n demonstrated", nullptr, q.requirementCount()).arg(q.demonstratedCount()),
        card);
    theme::setTextStyle(count, u"muted"_s);
    header->addWidget(count, 0, Qt::AlignTop);
    layout->addLayout(header);
    for (const CompetenceUnit &unit : q.units)
        layout->addWidget(createUnit(unit));
    return card;
}

QWidget *CompetenceMapView::createUnit(const CompetenceUnit &unit)
{
    auto *box = new QWidget;
    box->setObjectName(u"unitWidget_"_s + unit.code);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(wrapped(unit.name.isEmpty() ? unit.code : unit.name, box, u"h3"_s));
    const int total = static_cast<int>(unit.requirements.size());
    const int done = unit.demonstratedCount();
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    auto *bar = new QProgressBar(box);
    bar->setObjectName(u"unitProgressBar_"_s + unit.code);
    bar->setTextVisible(false);
    bar->setRange(0, qMax(1, total));
    bar->setValue(done);
    bar->setMaximumHeight(14);
    auto *count = new QLabel(tr("%1 / %n demonstrated", nullptr, total).arg(done), box);
    count->setObjectName(u"unitProgressLabel_"_s + unit.code);
    count->setStyleSheet(u"font-weight: bold;"_s);
    bar->setAccessibleName(count->text());
    row->addWidget(bar, 1);
    row->addWidget(count);
    layout->addLayout(row);
    for (const CompetenceRequirement &r : unit.requirements)
        layout->addWidget(createRequirement(r));
    return box;
}

QWidget *CompetenceMapView::createRequirement(const CompetenceRequirement &r)
{
    auto *row = new QFrame;
    row->setObjectName(u"requirementFrame_"_s + r.code);
    row->setProperty("demonstrated", r.demonstrated);
    const QColor tone = theme::color(r.demonstrated ? theme::Role::Success : theme::Role::MutedText);
    row->setStyleSheet(
        u"QFrame#requirementFrame_%1 { background: %2; border: 1px solid %3; border-radius: 8px; }"_s
            .arg(r.code,
                 theme::color(r.demonstrated ? theme::Role::SuccessBackground
                                             : theme::Role::Window)
                     .name(),
                 theme::color(r.demonstrated ? theme::Role::Success : theme::Role::Border)
                     .name()));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    auto *icon = new QLabel(row);
    icon->setPixmap(icons::pixmap(r.demonstrated ? u"status-approved"_s : u"status-not-started"_s,
                                  26, tone, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    auto *text = wrapped(r.text.isEmpty() ? r.code : r.text, row);
    text->setStyleSheet(u"background: transparent; border: none;"_s);
    texts->addWidget(text);
    if (r.demonstrated && (!r.markedByName.isEmpty() || !r.note.isEmpty())) {
        QString detail = r.markedByName;
        if (r.markedAt.isValid())
            detail += (detail.isEmpty() ? QString() : u", "_s) + Texts::dateTime(r.markedAt);
        if (!r.note.isEmpty())
            detail += (detail.isEmpty() ? QString() : u" · "_s) + r.note;
        auto *by = wrapped(detail, row, u"small"_s);
        by->setObjectName(u"requirementDetailLabel_"_s + r.code);
        by->setStyleSheet(u"background: transparent; border: none;"_s);
        texts->addWidget(by);
    }
    texts->addStretch(1); // text, icon and status share the top line
    layout->addLayout(texts, 1);
    auto *status = new QLabel(r.demonstrated ? tr("Demonstrated") : tr("Not yet"), row);
    status->setObjectName(u"requirementStatusLabel_"_s + r.code);
    status->setStyleSheet(u"background: transparent; border: none; font-weight: bold; color: %1;"_s
                              .arg(tone.name()));
    layout->addWidget(status, 0, Qt::AlignTop);
    row->setAccessibleName(text->text() + u": "_s + status->text());
    return row;
}

QWidget *CompetenceMapView::openDialog(QWidget *parent, const CompetenceMap &map,
                                       const QString &traineeName)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"competenceMapDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(traineeName.isEmpty() ? tr("My competence")
                                                 : tr("Competence: %1").arg(traineeName));
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(theme::kPageMargin, theme::kPageMargin, theme::kPageMargin, 20);
    auto *view = new CompetenceMapView(dialog);
    view->setMap(map, traineeName);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(u"competenceCloseButton"_s);
    close->setMinimumHeight(44);
    theme::setButtonRole(close, u"primary"_s);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(parent ? qMin(900, parent->width() - 40) : 900,
                   parent ? qMin(760, parent->height() - 40) : 760);
    dialog->setModal(true);
    dialog->show();
    return dialog;
}

QWidget *CompetenceMapView::openDialog(QWidget *parent, Session *session, qint64 traineeId,
                                       const QString &traineeName)
{
    if (!session || !session->store())
        return nullptr;
    QWidget *dialog
        = openDialog(parent, traineeCompetenceMap(*session->store(), traineeId), traineeName);
    auto *view = dialog->findChild<CompetenceMapView *>();
    const QPointer<Session> guarded(session);
    auto reread = [view, guarded, traineeId, traineeName] {
        if (guarded && guarded->store() && guarded->store()->isOpen())
            view->setMap(traineeCompetenceMap(*guarded->store(), traineeId), traineeName);
    };
    // Marks arrive with a sync; a coach's own marks are saved through the workspace.
    if (SyncEngine *sync = session->sync())
        QObject::connect(sync, &SyncEngine::dataChanged, view, reread);
    if (CoachWorkspace *coach = session->coach())
        QObject::connect(coach, &CoachWorkspace::changed, view, reread);
    return dialog;
}
