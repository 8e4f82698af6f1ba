#include "client/ui/ProfileButton.h"

#include "client/ui/Icons.h"
#include "client/ui/Theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPadding = 14;
constexpr int kBadge = 52;
} // namespace

ProfileButton::ProfileButton(
    const QString &profileId, const QString &name, const QString &detail, QWidget *parent)
    : QAbstractButton(parent)
    , m_profileId(profileId)
    , m_detail(detail)
{
    setObjectName(u"profileButton_"_s + profileId);
    setText(name);
    setAccessibleName(detail.isEmpty() ? name : name + u", "_s + detail);
    setToolTip(accessibleName());
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QFont ProfileButton::nameFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    return f;
}

QString ProfileButton::initials() const
{
    QString result;
    const QStringList words = text().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (result.size() == 2)
            break;
        result += word.front().toUpper();
    }
    return result;
}

QSize ProfileButton::sizeHint() const
{
    const QFontMetrics nameMetrics(nameFont());
    const QFontMetrics detailMetrics(font());
    const int textHeight
        = nameMetrics.height() + (m_detail.isEmpty() ? 0 : detailMetrics.height() + 2);
    const int width = kPadding * 3 + kBadge
        + qMax(nameMetrics.horizontalAdvance(text()), detailMetrics.horizontalAdvance(m_detail))
        + 40;
    return { width, qMax(kBadge, textHeight) + 2 * kPadding };
}

void ProfileButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool focused = hasFocus();
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(box, 12, 12);
    QColor background = theme::color(theme::Role::Surface);
    if (isDown())
        background = QColor(0xD3, 0xE2, 0xF5);
    else if (m_hovered)
        background = theme::color(theme::Role::InfoBackground);
    painter.fillPath(path, background);
    painter.setPen(QPen(focused ? theme::color(theme::Role::Focus)
            : m_hovered         ? theme::color(theme::Role::Primary)
                                : theme::color(theme::Role::Border),
        focused ? 3 : 1.5));
    painter.drawPath(path);

    const QRect badge(kPadding, (height() - kBadge) / 2, kBadge, kBadge);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::color(theme::Role::Primary));
    painter.drawEllipse(badge);
    QFont badgeFont = nameFont();
    painter.setFont(badgeFont);
    painter.setPen(theme::color(theme::Role::OnPrimary));
    painter.drawText(badge, Qt::AlignCenter, initials());

    const int textLeft = badge.right() + kPadding + 4;
    const int arrow = 24;
    const int textWidth = width() - textLeft - kPadding - arrow - 8;
    const QFontMetrics nameMetrics(nameFont());
    const QFontMetrics detailMetrics(font());
    const int blockHeight
        = nameMetrics.height() + (m_detail.isEmpty() ? 0 : detailMetrics.height() + 2);
    int y = (height() - blockHeight) / 2;
    painter.setFont(nameFont());
    painter.setPen(theme::color(theme::Role::Text));
    painter.drawText(QRect(textLeft, y, textWidth, nameMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(text(), Qt::ElideRight, textWidth));
    if (!m_detail.isEmpty()) {
        y += nameMetrics.height() + 2;
        painter.setFont(font());
        painter.setPen(theme::color(theme::Role::MutedText));
        painter.drawText(QRect(textLeft, y, textWidth, detailMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            detailMetrics.elidedText(m_detail, Qt::ElideRight, textWidth));
    }
    painter.drawPixmap(QPoint(width() - kPadding - arrow, (height() - arrow) / 2),
        icons::pixmap(
            u"chevron-right"_s, arrow, theme::color(theme::Role::Primary), devicePixelRatioF()));
}

void ProfileButton::keyPressEvent(QKeyEvent *event)
{
    // Enter opens it too, not only Space: people expect Enter to "press" the focused button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        animateClick();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void ProfileButton::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void ProfileButton::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}
