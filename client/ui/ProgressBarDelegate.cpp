#include "client/ui/ProgressBarDelegate.h"

#include "client/ui/Theme.h"
#include "common/model/TaskStatus.h"

#include <QPainter>
#include <QPainterPath>

#include <array>

namespace {
constexpr int kBarHeight = 6;
constexpr int kBarInset = 4;
} // namespace

QVariant ProgressBarDelegate::parts(int approved, int sent, int needsRevision, int total)
{
    return QVariantList{approved, sent, needsRevision, total};
}

QRect ProgressBarDelegate::barRect(const QRect &cell)
{
    return QRect(cell.left() + kBarInset, cell.bottom() - kBarHeight - 2,
                 qMax(0, cell.width() - 2 * kBarInset), kBarHeight);
}

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // The text stays centred like the other columns'; sizeHint() made room for the bar below it.
    QStyledItemDelegate::paint(painter, option, index);

    const QVariantList values = index.data(kPartsRole).toList();
    if (values.size() != 4 || values.at(3).toInt() <= 0)
        return;
    const int total = values.at(3).toInt();
    const QRect bar = barRect(option.rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    clip.addRoundedRect(bar, kBarHeight / 2.0, kBarHeight / 2.0);
    painter->setClipPath(clip);
    painter->fillRect(bar, theme::statusColors(TaskStatus::NotStarted).chart);
    const std::array<std::pair<TaskStatus, int>, 3> segments{{
        {TaskStatus::Approved, values.at(0).toInt()},
        {TaskStatus::Submitted, values.at(1).toInt()},
        {TaskStatus::NeedsRevision, values.at(2).toInt()},
    }};
    double x = bar.left();
    for (const auto &[status, count] : segments) {
        if (count <= 0)
            continue;
        const double width = double(bar.width()) * qMin(count, total) / total;
        painter->fillRect(QRectF(x, bar.top(), width, bar.height()),
                          theme::statusColors(status).chart);
        x += width;
    }
    painter->restore();
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + 2 * (kBarHeight + 2));
    size.setWidth(qMax(size.width(), 120));
    return size;
}
