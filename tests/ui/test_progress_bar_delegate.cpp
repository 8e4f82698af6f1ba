#include <catch2/catch.hpp>

#include "client/ui/ProgressBarDelegate.h"
#include "client/ui/Theme.h"
#include "common/model/TaskStatus.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>

using namespace Qt::StringLiterals;

namespace {
// Paints one cell with the delegate and returns the picture.
QImage paintCell(const QVariant &parts, const QRect &cell)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), u"2 / 4"_s);
    model.setData(model.index(0, 0), parts, ProgressBarDelegate::kPartsRole);
    QImage image(cell.size() + QSize(cell.left(), cell.top()), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = cell;
    option.state = QStyle::State_Enabled;
    ProgressBarDelegate delegate;
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    return image;
}

QColor barColourAt(const QImage &image, const QRect &cell, double fraction)
{
    const QRect bar = ProgressBarDelegate::barRect(cell);
    return image.pixelColor(bar.left() + qRound(bar.width() * fraction), bar.center().y());
}
} // namespace

TEST_CASE("the roster's progress bar shows approved, waiting and to-be-revised tasks in their "
          "colours, in proportion",
          "[ui][roster]")
{
    const QRect cell(0, 0, 200, 40);
    // 1 approved, 1 waiting, 1 to revise, 1 not sent of 4: a quarter each.
    const QImage image = paintCell(ProgressBarDelegate::parts(1, 1, 1, 4), cell);
    CHECK(barColourAt(image, cell, 0.125) == theme::statusColors(TaskStatus::Approved).chart);
    CHECK(barColourAt(image, cell, 0.375) == theme::statusColors(TaskStatus::Submitted).chart);
    CHECK(barColourAt(image, cell, 0.625)
          == theme::statusColors(TaskStatus::NeedsRevision).chart);
    CHECK(barColourAt(image, cell, 0.875) == theme::statusColors(TaskStatus::NotStarted).chart);
}

TEST_CASE("a trainee without tasks gets no progress bar", "[ui][roster]")
{
    const QRect cell(0, 0, 200, 40);
    const QImage image = paintCell(ProgressBarDelegate::parts(0, 0, 0, 0), cell);
    CHECK(barColourAt(image, cell, 0.5) == QColor(Qt::white));
}
