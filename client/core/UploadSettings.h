#pragma once
// The trainee's two upload preferences of one profile: scale very large photos down before
// sending, and send large files only on unmetered networks. Kept in preferences.ini in the
// profile's folder (next to its database), so they stay with the profile; on by default.

#include "client/core/FileStore.h"

#include <QString>

class UploadQueue;

class UploadSettings
{
public:
    // Files above this wait for an unmetered network when largeFilesOnlyUnmetered() is on.
    static constexpr qint64 kLargeFileBytes = 20 * 1000 * 1000;

    // The profile whose files these are (the folder above FileStore::directory()).
    explicit UploadSettings(const FileStore *files);
    explicit UploadSettings(const QString &profileDirectory);

    bool downscaleLargePhotos() const;
    void setDownscaleLargePhotos(bool on);
    bool largeFilesOnlyUnmetered() const;
    void setLargeFilesOnlyUnmetered(bool on);

    // What attaching a file uses: the profile's downscale choice, with a thumbnail.
    AttachOptions attachOptions() const;
    // For UploadQueue::setUnmeteredOnlyAbove: kLargeFileBytes, or 0 when the option is off.
    qint64 unmeteredOnlyAbove() const;
    void applyTo(UploadQueue *queue) const;

    // True when Qt's network information can tell whether the network is metered (loads the
    // platform's default backend when none is loaded yet).
    static bool canTellMetered();

private:
    bool value(const char *key) const;
    void setValue(const char *key, bool on);

    QString m_path;
};
