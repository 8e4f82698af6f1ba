#include "client/ui/SaveStateLine.h"

#include "client/ui/Icons.h"
#include "client/ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

SaveStateLine::SaveStateLine(QWidget *parent)
    : QWidget(parent)
    , m_localIconLabel(new QLabel(this))
    , m_localLabel(new QLabel(this))
    , m_sendIconLabel(new QLabel(this))
    , m_sendLabel(new QLabel(this))
{
    m_localLabel->setObjectName(u"saveStateLabel"_s);
    m_sendLabel->setObjectName(u"sendStateLabel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_localIconLabel);
    layout->addWidget(m_localLabel);
    layout->addSpacing(16);
    layout->addWidget(m_sendIconLabel);
    layout->addWidget(m_sendLabel);
    layout->addStretch();
    apply();
}

void SaveStateLine::setState(State state, const QString &problem)
{
    m_state = state;
    m_problem = problem;
    apply();
}

void SaveStateLine::apply()
{
    const QColor muted = theme::color(theme::Role::MutedText);
    const QColor success = theme::color(theme::Role::Success);
    switch (m_state) {
    case State::Empty:
        setPart(m_localIconLabel, m_localLabel, {}, muted, {});
        setPart(m_sendIconLabel, m_sendLabel, {}, muted, {});
        break;
    case State::Saving:
        setPart(m_localIconLabel, m_localLabel, u"clock"_s, muted, tr("Saving…"));
        setPart(m_sendIconLabel, m_sendLabel, {}, muted, {});
        break;
    case State::Failed:
        setPart(m_localIconLabel, m_localLabel, u"warning"_s, theme::color(theme::Role::Error),
            m_problem);
        setPart(m_sendIconLabel, m_sendLabel, {}, muted, {});
        break;
    case State::SavedWaiting:
    case State::SavedSent:
        setPart(m_localIconLabel, m_localLabel, u"laptop"_s, success, tr("Saved on this computer"));
        if (m_state == State::SavedWaiting)
            setPart(m_sendIconLabel, m_sendLabel, u"clock"_s, muted, tr("Waiting to be sent"));
        else
            setPart(m_sendIconLabel, m_sendLabel, u"online"_s, success, tr("Sent"));
        break;
    }
    // Only a problem can be long: then it wraps and takes the whole line.
    const bool failed = m_state == State::Failed;
    m_localLabel->setWordWrap(failed);
    static_cast<QHBoxLayout *>(layout())->setStretchFactor(m_localLabel, failed ? 1 : 0);
    setAccessibleName(m_sendLabel->text().isEmpty()
            ? m_localLabel->text()
            : m_localLabel->text() + u", "_s + m_sendLabel->text());
}

void SaveStateLine::setPart(QLabel *icon, QLabel *text, const QString &iconName,
    const QColor &color, const QString &message)
{
    if (!iconName.isEmpty())
        icon->setPixmap(icons::pixmap(iconName, 22, color, devicePixelRatioF()));
    icon->setVisible(!message.isEmpty());
    text->setText(message);
    text->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(color.name()));
    text->setVisible(!message.isEmpty());
}

void SaveStateLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        apply();
    QWidget::changeEvent(event);
}
