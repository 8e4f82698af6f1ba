#pragma once
// Loads the application's SVG icons (resources/icons, compiled in under :/icons) and tints them:
// every icon is drawn with "currentColor", which is replaced by the colour asked for.

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace icons {

// A crisp pixmap of the icon `name` (file name without .svg) at `size` logical pixels.
QPixmap pixmap(const QString &name, int size, const QColor &color, qreal devicePixelRatio = 1.0);
// An icon for buttons and actions; disabled state is drawn in a muted colour.
QIcon icon(const QString &name, const QColor &color);

} // namespace icons
