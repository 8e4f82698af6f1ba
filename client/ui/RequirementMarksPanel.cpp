#include "client/ui/RequirementMarksPanel.h"

#include "client/core/Session.h"
#include "client/ui/Theme.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The texts keep the review page's translation context ("ReviewPage"): they were written for
// that page and are translated there.

RequirementMarksPanel::RequirementMarksPanel(QWidget *parent)
    : QWidget(parent), m_noteTimer(new QTimer(this))
{
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(kNoteDelayMs);
    connect(m_noteTimer, &QTimer::timeout, this, &RequirementMarksPanel::flush);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_caption = new QLabel(this);
    theme::setTextStyle(m_caption, u"h2"_s);
    m_caption->setWordWrap(true);
    m_hint = new QLabel(this);
    theme::setTextStyle(m_hint, u"small"_s);
    m_hint->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_hint);
    m_cardsLayout = new QVBoxLayout;
    m_cardsLayout->setSpacing(6);
    layout->addLayout(m_cardsLayout);
    retranslate();
}

void RequirementMarksPanel::setSession(Session *session)
{
    flush();
    m_session = session;
    m_submissionId.clear();
}

void RequirementMarksPanel::setReview(const SubmissionReview &v)
{
    if (v.submission.id != m_submissionId)
        flush(); // notes written about the previous submission
    m_submissionId = v.submission.id;
    m_updating = true;
    rebuild(v);
    m_updating = false;
}

void RequirementMarksPanel::rebuild(const SubmissionReview &v)
{
    const bool sameSet = m_markBoxes.size() == v.task.requirements.size();
    QHash<QString, const RequirementMark *> markOf;
    for (const RequirementMark &m : v.marks)
        markOf.insert(m.requirement.code, &m);
    if (!sameSet) {
        while (QLayoutItem *item = m_cardsLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_markBoxes.clear();
        m_noteEdits.clear();
        m_notices.clear();
        for (const Requirement &r : v.task.requirements) {
            auto *card = new QFrame(this);
            theme::setCard(card);
            card->setObjectName(u"requirementFrame"_s);
            auto *c = new QVBoxLayout(card);
            c->setContentsMargins(12, 8, 12, 8);
            c->setSpacing(4);
            auto *text = new QLabel(card);
            text->setWordWrap(true);
            text->setTextFormat(Qt::PlainText);
            text->setText(r.text);
            auto *unit = new QLabel(card);
            theme::setTextStyle(unit, u"small"_s);
            unit->setWordWrap(true);
            unit->setText(r.unitName);
            auto *row = new QHBoxLayout;
            auto *box = new QCheckBox(card);
            box->setObjectName(u"demonstratedCheckBox_"_s + r.code);
            auto *note = new QLineEdit(card);
            note->setObjectName(u"markNoteLineEdit_"_s + r.code);
            row->addWidget(box);
            row->addWidget(note, 1);
            // A colleague marked this requirement differently at the same time.
            auto *notice = new QFrame(card);
            notice->setObjectName(u"markConflictFrame_"_s + r.code);
            theme::setCard(notice, u"warning"_s);
            auto *n = new QHBoxLayout(notice);
            n->setContentsMargins(10, 6, 10, 6);
            auto *noticeLabel = new QLabel(notice);
            noticeLabel->setObjectName(u"markConflictLabel_"_s + r.code);
            noticeLabel->setWordWrap(true);
            noticeLabel->setTextFormat(Qt::PlainText);
            n->addWidget(noticeLabel);
            notice->hide();
            c->addWidget(text);
            c->addWidget(unit);
            c->addLayout(row);
            c->addWidget(notice);
            m_cardsLayout->addWidget(card);
            m_markBoxes.insert(r.code, box);
            m_noteEdits.insert(r.code, note);
            m_notices.insert(r.code, noticeLabel);
            const QString code = r.code;
            connect(box, &QCheckBox::toggled, this, [this, code] { saveMark(code); });
            // A note is saved once the coach stops typing; ticking the box meanwhile saves both
            // in one write.
            connect(note, &QLineEdit::textEdited, this, [this, code] {
                m_pendingNotes.insert(code);
                m_noteTimer->start();
            });
            connect(note, &QLineEdit::editingFinished, this, [this, code] {
                if (m_pendingNotes.contains(code))
                    m_noteTimer->start();
            });
        }
        retranslate();
    }
    for (const Requirement &r : v.task.requirements) {
        const RequirementMark *m = markOf.value(r.code);
        QCheckBox *box = m_markBoxes.value(r.code);
        QLineEdit *note = m_noteEdits.value(r.code);
        if (!box || !note)
            continue;
        box->setChecked(m && m->demonstrated());
        if (!note->hasFocus() && !m_pendingNotes.contains(r.code))
            note->setText(m ? m->note() : QString());
        box->setToolTip(m && m->merged.contested(u"demonstrated"_s)
                            ? QCoreApplication::translate(
                                  "ReviewPage",
                                  "A colleague marked this differently at the same time.")
                            : QString());
        showContest(r.code, m ? fieldContest(m->merged, u"demonstrated"_s) : std::nullopt);
    }
    m_hint->setVisible(!v.task.requirements.isEmpty());
}

QString RequirementMarksPanel::markText(const QJsonValue &demonstrated)
{
    if (demonstrated.toBool())
        return QCoreApplication::translate("ReviewPage", "Demonstrated");
    return tr("Not yet");
}

void RequirementMarksPanel::showContest(const QString &code,
                                        const std::optional<FieldContest> &contest)
{
    QLabel *label = m_notices.value(code);
    if (!label)
        return;
    QWidget *frame = label->parentWidget();
    if (!contest) {
        frame->hide();
        label->clear();
        return;
    }
    const QString someone = QCoreApplication::translate("ReviewPage", "a coach");
    const QString other = contest->by.isEmpty() ? someone : contest->by;
    const QString holder = contest->heldBy.isEmpty() ? someone : contest->heldBy;
    if (m_session && contest->byId == m_session->user().id)
        label->setText(tr("A colleague marked this differently at the same time: you marked "
                          "\"%1\", but %2's later mark is the one shown. Both are kept in the "
                          "history.")
                           .arg(markText(contest->value), holder));
    else
        label->setText(tr("A colleague marked this differently at the same time: %1 marked "
                          "\"%2\". The later mark is the one shown. Both are kept in the history.")
                           .arg(other, markText(contest->value)));
    frame->show();
}

void RequirementMarksPanel::flush()
{
    m_noteTimer->stop();
    const QStringList codes(m_pendingNotes.cbegin(), m_pendingNotes.cend());
    for (const QString &code : codes)
        saveNote(code);
}

void RequirementMarksPanel::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}

void RequirementMarksPanel::saveMark(const QString &code)
{
    if (m_updating)
        return;
    m_pendingNotes.remove(code);
    if (!m_session || m_submissionId.isEmpty())
        return;
    QCheckBox *box = m_markBoxes.value(code);
    QLineEdit *note = m_noteEdits.value(code);
    if (!box || !note)
        return;
    const Error error = m_session->coach()->markRequirement(m_submissionId, code, box->isChecked(),
                                                            note->text().trimmed());
    if (error.isError())
        emit saveFailed(error);
}

void RequirementMarksPanel::saveNote(const QString &code)
{
    m_pendingNotes.remove(code);
    QLineEdit *note = m_noteEdits.value(code);
    if (m_updating || !m_session || m_submissionId.isEmpty() || !note)
        return;
    const Error error
        = m_session->coach()->setMarkNote(m_submissionId, code, note->text().trimmed());
    if (error.isError())
        emit saveFailed(error);
}

void RequirementMarksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequirementMarksPanel::retranslate()
{
    m_caption->setText(QCoreApplication::translate("ReviewPage", "Skill requirements"));
    m_hint->setText(QCoreApplication::translate(
        "ReviewPage", "Tick the requirements the trainee demonstrated in this task. No grades: "
                      "demonstrated or not yet."));
    for (QCheckBox *box : std::as_const(m_markBoxes))
        box->setText(QCoreApplication::translate("ReviewPage", "Demonstrated"));
    for (QLineEdit *note : std::as_const(m_noteEdits))
        note->setPlaceholderText(QCoreApplication::translate("ReviewPage", "Note (optional)"));
}
