#include "client/ui/Icons.h"

#include "client/ui/Theme.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace icons {

namespace {
QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    QFile file(u":/icons/"_s + name + u".svg"_s);
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.readAll();
    cache.insert(name, data);
    return data;
}
} // namespace

QPixmap pixmap(const QString &name, int size, const QColor &color, qreal devicePixelRatio)
{
    QByteArray svg = svgSource(name);
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    const int px = qRound(size * devicePixelRatio);
    QPixmap result(px, px);
    result.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    if (renderer.isValid()) {
        QPainter painter(&result);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, px, px));
    }
    result.setDevicePixelRatio(devicePixelRatio);
    return result;
}

QIcon icon(const QString &name, const QColor &color)
{
    QIcon result;
    for (int size : { 16, 20, 24, 32, 48, 64 }) {
        result.addPixmap(pixmap(name, size, color), QIcon::Normal);
        result.addPixmap(pixmap(name, size, theme::color(theme::Role::MutedText)), QIcon::Disabled);
    }
    return result;
}

} // namespace icons
