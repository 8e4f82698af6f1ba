#pragma once
// Turns a photo on disk into what evidence needs: an image the right way up (EXIF orientation
// applied), a small JPEG thumbnail, and, for very large photos, a smaller JPEG to upload instead.
// Uses QImageReader only (Qt Gui, no widgets); safe to call from a worker thread.

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

class Thumbnailer
{
public:
    static constexpr int kThumbnailSide = 320; // longest side of a thumbnail, pixels
    static constexpr int kLargePhotoSide = 4096; // photos with a longer side are "very large"
    static constexpr int kDownscaledSide = 2560; // ... and are scaled to this longest side

    // True when the file's bytes look like an image Qt can read.
    static bool isImage(const QString &path);
    // The image with its EXIF orientation applied, optionally scaled down (keeping the aspect
    // ratio) so that its longest side is at most maxSide; null when unreadable.
    static QImage readOriented(const QString &path, int maxSide = 0);
    // A JPEG thumbnail (longest side kThumbnailSide); empty when the file is not an image.
    static QByteArray thumbnailJpeg(const QString &path, int maxSide = kThumbnailSide);
    // For a photo whose longest side exceeds kLargePhotoSide: the photo as a JPEG scaled to
    // kDownscaledSide, the right way up. nullopt for other files (they are uploaded as they are).
    static std::optional<QByteArray> downscaledJpeg(const QString &path);
};
