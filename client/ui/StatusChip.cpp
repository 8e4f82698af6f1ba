#include "client/ui/StatusChip.h"

#include "client/ui/Icons.h"
#include "client/ui/Texts.h"
#include "client/ui/Theme.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kPaddingX = 12;
constexpr int kPaddingY = 5;
constexpr int kGap = 7;

QFont chipFont(QFont font)
{
    font.setBold(true);
    return font;
}
} // namespace

StatusChip::StatusChip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    updateAccessibility();
}

void StatusChip::setStatus(TaskStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    updateAccessibility();
    updateGeometry();
    update();
}

QString StatusChip::text() const
{
    return Texts::statusText(m_status);
}

QSize StatusChip::sizeHint() const
{
    return chipSize(font(), m_status);
}

QSize StatusChip::chipSize(const QFont &font, TaskStatus status)
{
    const QFontMetrics fm(chipFont(font));
    const int iconSize = fm.height();
    const int width
        = kPaddingX * 2 + iconSize + kGap + fm.horizontalAdvance(Texts::statusText(status));
    return { width, fm.height() + kPaddingY * 2 };
}

void StatusChip::paintChip(
    QPainter *painter, const QRect &rect, const QFont &font, TaskStatus status)
{
    const theme::StatusColors colors = theme::statusColors(status);
    const QFont bold = chipFont(font);
    const QFontMetrics fm(bold);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    path.addRoundedRect(box, box.height() / 2, box.height() / 2);
    painter->fillPath(path, colors.background);
    painter->setPen(QPen(colors.border, 1));
    painter->drawPath(path);

    const int iconSize = fm.height();
    const QPoint iconPos(rect.left() + kPaddingX, rect.center().y() - iconSize / 2 + 1);
    painter->drawPixmap(iconPos,
        icons::pixmap(Texts::statusIconName(status), iconSize, colors.text,
            painter->device()->devicePixelRatioF()));
    painter->setFont(bold);
    painter->setPen(colors.text);
    const QRect textRect(iconPos.x() + iconSize + kGap, rect.top(),
        rect.right() - (iconPos.x() + iconSize + kGap), rect.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, Texts::statusText(status));
    painter->restore();
}

void StatusChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QSize size = sizeHint();
    paintChip(&painter, QRect(QPoint(0, (height() - size.height()) / 2), size), font(), m_status);
}

void StatusChip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateAccessibility();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void StatusChip::updateAccessibility()
{
    setAccessibleName(Texts::statusText(m_status));
    setAccessibleDescription(Texts::statusExplanation(m_status));
    setToolTip(Texts::statusExplanation(m_status));
}
