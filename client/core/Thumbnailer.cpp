#include "client/core/Thumbnailer.h"

#include <QBuffer>
#include <QImageReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", quality))
        return {};
    return bytes;
}
} // namespace

bool Thumbnailer::isImage(const QString &path)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    return reader.canRead();
}

QImage Thumbnailer::readOriented(const QString &path, int maxSide)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (maxSide > 0 && std::max(image.width(), image.height()) > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QByteArray Thumbnailer::thumbnailJpeg(const QString &path, int maxSide)
{
    const QImage image = readOriented(path, maxSide);
    return image.isNull() ? QByteArray() : encodeJpeg(image, 80);
}

std::optional<QByteArray> Thumbnailer::downscaledJpeg(const QString &path)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size(); // from the header, before any decoding
    if (!size.isValid() || std::max(size.width(), size.height()) <= kLargePhotoSide)
        return std::nullopt;
    const QImage image = readOriented(path, kDownscaledSide);
    if (image.isNull())
        return std::nullopt;
    QByteArray jpeg = encodeJpeg(image, 88);
    if (jpeg.isEmpty())
        return std::nullopt;
    return jpeg;
}
