#include "client/ui/TaskButton.h"

#include "client/ui/Icons.h"
#include "client/ui/StatusChip.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPadding = 14;
constexpr int kGap = 14;
constexpr int kArrowSize = 22;
} // namespace

TaskButton::TaskButton(const QString &taskId, QWidget *parent)
    : QAbstractButton(parent)
    , m_taskId(taskId)
{
    setObjectName(u"taskButton_"_s + taskId);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TaskButton::setContent(const QString &title, const QString &detail, TaskStatus status)
{
    if (title == text() && detail == m_detail && status == m_status)
        return;
    setText(title);
    m_detail = detail;
    m_status = status;
    updateAccessibility();
    updateGeometry();
    update();
}

QFont TaskButton::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.08);
    return f;
}

TaskButton::Layout TaskButton::layoutFor(int width) const
{
    Layout l;
    const QSize chip = StatusChip::chipSize(font(), m_status);
    const int right = width - kPadding;
    l.arrow = QRect(right - kArrowSize, 0, kArrowSize, kArrowSize);
    l.chip = QRect(l.arrow.left() - kGap - chip.width(), 0, chip.width(), chip.height());
    const int textWidth = qMax(80, l.chip.left() - kGap - kPadding);
    const QFontMetrics titleMetrics(titleFont());
    l.title = titleMetrics.boundingRect(
        QRect(kPadding, kPadding, textWidth, 100000), Qt::TextWordWrap | Qt::AlignLeft, text());
    l.title.setWidth(textWidth);
    int contentHeight = l.title.height();
    if (!m_detail.isEmpty()) {
        const QFontMetrics fm(font());
        l.detail = fm.boundingRect(QRect(kPadding, l.title.bottom() + 5, textWidth, 100000),
            Qt::TextWordWrap | Qt::AlignLeft, m_detail);
        l.detail.setWidth(textWidth);
        contentHeight = l.detail.bottom() - kPadding + 1;
    }
    const int height = qMax(contentHeight, chip.height()) + 2 * kPadding;
    const int middle = height / 2;
    l.chip.moveTop(middle - chip.height() / 2);
    l.arrow.moveTop(middle - kArrowSize / 2);
    // Centre a short text block vertically.
    const int shift = qMax(0, (height - 2 * kPadding - contentHeight) / 2);
    l.title.translate(0, shift);
    l.detail.translate(0, shift);
    l.height = height;
    return l;
}

int TaskButton::heightForWidth(int width) const
{
    return layoutFor(width).height;
}

QSize TaskButton::sizeHint() const
{
    const int width = 560;
    return { width, qMax(64, heightForWidth(width)) };
}

QSize TaskButton::minimumSizeHint() const
{
    return { 320, 64 };
}

void TaskButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool focused = hasFocus();
    QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(box, 10, 10);
    QColor background = theme::color(theme::Role::Surface);
    if (isDown())
        background = QColor(0xD3, 0xE2, 0xF5);
    else if (m_hovered)
        background = theme::color(theme::Role::InfoBackground);
    painter.fillPath(path, background);
    const QColor border = focused ? theme::color(theme::Role::Focus)
        : m_hovered               ? theme::color(theme::Role::Primary)
                                  : theme::color(theme::Role::Border);
    painter.setPen(QPen(border, focused ? 3 : 1.5));
    painter.drawPath(path);

    const Layout l = layoutFor(width());
    painter.setFont(titleFont());
    painter.setPen(theme::color(theme::Role::Text));
    painter.drawText(l.title, Qt::TextWordWrap | Qt::AlignLeft, text());
    if (!m_detail.isEmpty()) {
        painter.setFont(font());
        painter.setPen(theme::color(theme::Role::MutedText));
        painter.drawText(l.detail, Qt::TextWordWrap | Qt::AlignLeft, m_detail);
    }
    StatusChip::paintChip(&painter, l.chip, font(), m_status);
    if (m_unread > 0) {
        // New feedback: a round red badge with the count at the top right corner.
        QFont badgeFont = font();
        badgeFont.setBold(true);
        const QString count = QString::number(m_unread);
        const int diameter = qMax(QFontMetrics(badgeFont).height() + 4,
                                  QFontMetrics(badgeFont).horizontalAdvance(count) + 12);
        const QRect badge(l.chip.left() - diameter - 10, l.chip.center().y() - diameter / 2,
                          diameter, diameter);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme::color(theme::Role::Error));
        painter.drawEllipse(badge);
        painter.setFont(badgeFont);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, count);
    }
    painter.drawPixmap(l.arrow.topLeft(),
        icons::pixmap(u"chevron-right"_s, kArrowSize, theme::color(theme::Role::Primary),
            devicePixelRatioF()));
}

void TaskButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateAccessibility();
        updateGeometry();
    }
    QAbstractButton::changeEvent(event);
}

void TaskButton::keyPressEvent(QKeyEvent *event)
{
    // Enter opens it too, not only Space: people expect Enter to "press" the focused button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        animateClick();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void TaskButton::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void TaskButton::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void TaskButton::updateAccessibility()
{
    QString name = text() + u", "_s + Texts::statusText(m_status);
    if (!m_detail.isEmpty())
        name += u", "_s + m_detail;
    if (m_unread > 0)
        name += u", "_s + tr("%n new message(s) from your coach", nullptr, m_unread);
    setAccessibleName(name);
    setToolTip(Texts::statusExplanation(m_status));
}

void TaskButton::setUnreadCount(int count)
{
    if (count == m_unread)
        return;
    m_unread = count;
    updateAccessibility();
    update();
}
