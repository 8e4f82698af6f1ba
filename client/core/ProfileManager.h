#pragma once
// Knows the profiles kept on this laptop. A profile is one user on one server: its own folder
// with its own SQLite database (profile.sqlite), so no profile can read another's data through
// the app. The index (profiles.json in the profile root) holds only what the login screen shows.

#include "common/protocol/AuthMessages.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

struct ProfileSummary
{
    QString id; // folder name under the profile root
    QUrl serverUrl;
    QString username;
    QString displayName;
    Role role = Role::Trainee;
    QString orgName;
    QDateTime lastLoginAt;
    qint64 userId = 0; // the server's id of the user (0 in entries written before it was known)
};

class ProfileManager
{
public:
    explicit ProfileManager(QString rootDir);

    QString rootDir() const { return m_root; }
    QList<ProfileSummary> profiles() const; // most recently used first
    std::optional<ProfileSummary> find(const QUrl &serverUrl, const QString &username) const;
    // Creates the folder and index entry for a new profile, or refreshes an existing one.
    ProfileSummary upsert(const QUrl &serverUrl, const UserInfo &user);
    void touch(const QString &profileId, const QDateTime &when);
    bool remove(const QString &profileId);
    QString databasePath(const QString &profileId) const;
    // The form of a server address profiles are matched by (no trailing slash, clean path).
    static QUrl normalizedServerUrl(const QUrl &url);

private:
    QList<ProfileSummary> load() const;
    bool save(const QList<ProfileSummary> &profiles) const;

    QString m_root;
};
