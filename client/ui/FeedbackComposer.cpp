#include "client/ui/FeedbackComposer.h"

#include "client/core/CoachWorkspace.h"
#include "client/core/Session.h"
#include "client/ui/Icons.h"
#include "client/ui/Theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The texts keep the review page's translation context ("ReviewPage"): they were written for
// that page and are translated there.

namespace {
QLabel *styled(const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    theme::setTextStyle(label, style);
    label->setWordWrap(true);
    return label;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
} // namespace

FeedbackComposer::FeedbackComposer(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_caption = styled(u"h2"_s, this);
    layout->addWidget(m_caption);
    m_praiseCaption = styled(u"small"_s, this);
    layout->addWidget(m_praiseCaption);
    m_praiseLayout = new QHBoxLayout;
    m_praiseLayout->setSpacing(6);
    layout->addLayout(m_praiseLayout);
    m_phrasesCaption = styled(u"small"_s, this);
    layout->addWidget(m_phrasesCaption);
    m_phrasesLayout = new QGridLayout;
    m_phrasesLayout->setSpacing(6);
    layout->addLayout(m_phrasesLayout);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(u"feedbackPlainTextEdit"_s);
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(96);
    layout->addWidget(m_edit);
    retranslate();
}

void FeedbackComposer::setSession(Session *session)
{
    m_session = session;
    m_requirements.clear();
    clear();
}

void FeedbackComposer::setRequirements(const QList<Requirement> &requirements)
{
    m_requirements = requirements;
    rebuild();
}

void FeedbackComposer::clear()
{
    m_edit->clear();
    m_praise.clear();
    m_phraseIds.clear();
    rebuild();
}

QString FeedbackComposer::text() const
{
    return m_edit->toPlainText();
}

bool FeedbackComposer::isEmpty() const
{
    return m_edit->toPlainText().trimmed().isEmpty();
}

void FeedbackComposer::rebuild()
{
    clearLayout(m_praiseLayout);
    clearLayout(m_phrasesLayout);
    if (!m_session || !m_session->coach())
        return;
    // Praise for specific things: one toggle per skill requirement of the task.
    for (const Requirement &r : std::as_const(m_requirements)) {
        auto *b = new QPushButton(this);
        b->setObjectName(u"praiseButton_"_s + r.code);
        b->setCheckable(true);
        theme::setButtonRole(b, u"secondary"_s);
        b->setIcon(icons::icon(u"status-approved"_s, theme::color(theme::Role::Success)));
        b->setText(r.text.left(34) + (r.text.size() > 34 ? u"…"_s : QString()));
        b->setToolTip(QCoreApplication::translate("ReviewPage", "Praise: %1").arg(r.text));
        const QString code = r.code;
        const QString text = r.text;
        connect(b, &QPushButton::toggled, this, [this, code, text](bool on) {
            if (on) {
                m_praise.append(code);
                QString thing = text.trimmed();
                while (thing.endsWith(u'.'))
                    thing.chop(1);
                insertPhrase(
                    QCoreApplication::translate("ReviewPage", "Well done: %1.").arg(thing));
            } else {
                m_praise.removeAll(code);
            }
        });
        m_praiseLayout->addWidget(b);
    }
    m_praiseLayout->addStretch();
    m_praiseCaption->setVisible(!m_requirements.isEmpty());

    QList<PhraseView> phrases = m_session->coach()->phrases();
    if (phrases.isEmpty()) {
        phrases = {
            {{}, u"praise"_s, QCoreApplication::translate("ReviewPage", "Great work!")},
            {{}, u"praise"_s,
             QCoreApplication::translate("ReviewPage", "You worked carefully and safely.")},
            {{}, u"praise"_s,
             QCoreApplication::translate("ReviewPage", "Your description is clear and thorough.")},
            {{}, u"guidance"_s,
             QCoreApplication::translate("ReviewPage", "Tell more about how you did it.")},
            {{}, u"guidance"_s,
             QCoreApplication::translate("ReviewPage", "Add a photo of the result.")},
            {{}, u"guidance"_s,
             QCoreApplication::translate("ReviewPage",
                                         "Check the safety instructions once more.")}};
    }
    int praiseCount = 0;
    for (const PhraseView &p : phrases)
        praiseCount += p.type == u"praise"_s ? 1 : 0;
    const int praiseRows = (praiseCount + 1) / 2;
    int praiseIndex = 0;
    int guidanceIndex = 0;
    for (const PhraseView &p : phrases) {
        auto *b = new QPushButton(this);
        b->setObjectName(u"phraseButton"_s);
        theme::setButtonRole(b, u"link"_s);
        b->setText(p.text);
        const bool praise = p.type == u"praise"_s;
        const QString id = p.id;
        const QString text = p.text;
        connect(b, &QPushButton::clicked, this, [this, id, text] {
            if (!id.isEmpty() && !m_phraseIds.contains(id))
                m_phraseIds.append(id);
            insertPhrase(text);
        });
        if (praise) {
            b->setIcon(icons::icon(u"status-approved"_s, theme::color(theme::Role::Success)));
            m_phrasesLayout->addWidget(b, praiseIndex / 2, praiseIndex % 2, Qt::AlignLeft);
            ++praiseIndex;
        } else {
            b->setIcon(icons::icon(u"info"_s, theme::color(theme::Role::Primary)));
            m_phrasesLayout->addWidget(b, praiseRows + guidanceIndex / 2, guidanceIndex % 2,
                                       Qt::AlignLeft);
            ++guidanceIndex;
        }
    }
}

void FeedbackComposer::insertPhrase(const QString &text)
{
    QString current = m_edit->toPlainText();
    if (!current.isEmpty() && !current.endsWith(u' ') && !current.endsWith(u'\n'))
        current += u' ';
    m_edit->setPlainText(current + text);
    m_edit->moveCursor(QTextCursor::End);
    m_edit->setFocus();
}

void FeedbackComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FeedbackComposer::retranslate()
{
    m_caption->setText(QCoreApplication::translate("ReviewPage", "Feedback"));
    m_praiseCaption->setText(
        QCoreApplication::translate("ReviewPage", "Praise something specific:"));
    m_phrasesCaption->setText(QCoreApplication::translate("ReviewPage", "Quick phrases:"));
    m_edit->setPlaceholderText(
        QCoreApplication::translate("ReviewPage", "Write feedback to the trainee…"));
}
