#include "client/core/UploadSettings.h"

#include "client/core/UploadQueue.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkInformation>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
constexpr char kDownscaleKey[] = "uploads/downscaleLargePhotos";
constexpr char kUnmeteredKey[] = "uploads/largeFilesOnlyUnmetered";
} // namespace

UploadSettings::UploadSettings(const FileStore *files)
    : UploadSettings(files ? QFileInfo(files->directory()).absolutePath() : QString())
{ }

UploadSettings::UploadSettings(const QString &profileDirectory)
    : m_path(profileDirectory.isEmpty() ? QString()
                                        : QDir(profileDirectory).filePath(u"preferences.ini"_s))
{ }

bool UploadSettings::value(const char *key) const
{
    if (m_path.isEmpty())
        return true;
    const QSettings settings(m_path, QSettings::IniFormat);
    return settings.value(QString::fromLatin1(key), true).toBool();
}

void UploadSettings::setValue(const char *key, bool on)
{
    if (m_path.isEmpty())
        return;
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(QString::fromLatin1(key), on);
    settings.sync();
}

bool UploadSettings::downscaleLargePhotos() const
{
    return value(kDownscaleKey);
}

void UploadSettings::setDownscaleLargePhotos(bool on)
{
    setValue(kDownscaleKey, on);
}

bool UploadSettings::largeFilesOnlyUnmetered() const
{
    return value(kUnmeteredKey);
}

void UploadSettings::setLargeFilesOnlyUnmetered(bool on)
{
    setValue(kUnmeteredKey, on);
}

AttachOptions UploadSettings::attachOptions() const
{
    AttachOptions options;
    options.downscaleLargePhotos = downscaleLargePhotos();
    return options;
}

qint64 UploadSettings::unmeteredOnlyAbove() const
{
    return largeFilesOnlyUnmetered() ? kLargeFileBytes : 0;
}

void UploadSettings::applyTo(UploadQueue *queue) const
{
    if (queue)
        queue->setUnmeteredOnlyAbove(unmeteredOnlyAbove());
}

bool UploadSettings::canTellMetered()
{
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadDefaultBackend();
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->supports(QNetworkInformation::Feature::Metered);
}
