#include "client/ui/ProgressDonut.h"

#include "client/ui/Theme.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <array>
#include <utility>

ProgressDonut::ProgressDonut(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
    updateAccessibility();
}

void ProgressDonut::setSummary(const ProgramSummary &summary)
{
    m_summary = summary;
    updateAccessibility();
    update();
}

QString ProgressDonut::percentText() const
{
    const int percent = qRound(m_summary.completion() * 100);
    //: A percentage; Finnish writes a space before the sign: "%1 %"
    return tr("%1%").arg(QLocale().toString(percent));
}

void ProgressDonut::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(width(), height());
    const int thickness = qMax(14, side / 8);
    const QRectF ring
        = QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side)
              .adjusted(thickness / 2.0, thickness / 2.0, -thickness / 2.0, -thickness / 2.0);

    QPen pen(
        theme::statusColors(TaskStatus::NotStarted).chart, thickness, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(pen);
    painter.drawEllipse(ring);

    if (m_summary.total > 0) {
        const std::array<std::pair<TaskStatus, int>, 4> parts { {
            { TaskStatus::Approved, m_summary.approved },
            { TaskStatus::Submitted, m_summary.submitted },
            { TaskStatus::NeedsRevision, m_summary.needsRevision },
            { TaskStatus::InProgress, m_summary.inProgress },
        } };
        int start = 90 * 16; // twelve o'clock, clockwise (negative spans)
        for (const auto &[status, count] : parts) {
            if (count == 0)
                continue;
            const int span = -qRound(360.0 * 16 * count / m_summary.total);
            pen.setColor(theme::statusColors(status).chart);
            painter.setPen(pen);
            painter.drawArc(ring, start, span);
            start += span;
        }
    }

    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * 1.9);
    painter.setFont(big);
    painter.setPen(theme::color(theme::Role::Text));
    QRectF textRect = ring.adjusted(thickness, thickness, -thickness, -thickness);
    const QFontMetricsF bigMetrics(big);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.92);
    const QFontMetricsF smallMetrics(small);
    const qreal blockHeight = bigMetrics.height() + smallMetrics.height();
    const qreal top = ring.center().y() - blockHeight / 2;
    painter.drawText(QRectF(textRect.left(), top, textRect.width(), bigMetrics.height()),
        Qt::AlignCenter, percentText());
    painter.setFont(small);
    painter.setPen(theme::color(theme::Role::MutedText));
    painter.drawText(QRectF(textRect.left() - thickness, top + bigMetrics.height(),
                         textRect.width() + 2 * thickness, smallMetrics.height()),
        Qt::AlignCenter, tr("sent"));
}

void ProgressDonut::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibility();
        update();
    }
    QWidget::changeEvent(event);
}

void ProgressDonut::updateAccessibility()
{
    setAccessibleName(tr("Progress chart"));
    setAccessibleDescription(
        tr("%1 of the tasks are sent for review or approved.").arg(percentText()));
}
