#include "client/core/ProfileManager.h"

#include "common/protocol/JsonReader.h"
#include "common/util/Crypto.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClientProfiles, "client.profiles", QtInfoMsg)

namespace {
const QString kIndexFile = u"profiles.json"_s;
const QString kDatabaseFile = u"profile.sqlite"_s;

QString normalizedUrl(const QUrl &url)
{
    return ProfileManager::normalizedServerUrl(url).toString();
}

bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-';
    });
}

QJsonObject toJson(const ProfileSummary &p)
{
    return {{u"id"_s, p.id},
            {u"serverUrl"_s, p.serverUrl.toString()},
            {u"username"_s, p.username},
            {u"displayName"_s, p.displayName},
            {u"role"_s, roleName(p.role)},
            {u"orgName"_s, p.orgName},
            {u"lastLoginAt"_s, toIsoUtc(p.lastLoginAt)},
            {u"userId"_s, p.userId}};
}

ProfileSummary fromJson(const QJsonObject &o)
{
    ProfileSummary p;
    p.id = o.value(u"id"_s).toString();
    p.serverUrl = QUrl(o.value(u"serverUrl"_s).toString());
    p.username = o.value(u"username"_s).toString();
    p.displayName = o.value(u"displayName"_s).toString();
    p.role = roleFromName(o.value(u"role"_s).toString()).value_or(Role::Trainee);
    p.orgName = o.value(u"orgName"_s).toString();
    p.lastLoginAt = fromIsoUtc(o.value(u"lastLoginAt"_s).toString());
    p.userId = o.value(u"userId"_s).toInteger();
    return p;
}
} // namespace

ProfileManager::ProfileManager(QString rootDir) : m_root(std::move(rootDir)) { }

QList<ProfileSummary> ProfileManager::load() const
{
    QFile file(QDir(m_root).filePath(kIndexFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QList<ProfileSummary> out;
    for (const QJsonValue &v : root.value(u"profiles"_s).toArray()) {
        ProfileSummary p = fromJson(v.toObject());
        if (isSafeId(p.id))
            out.append(p);
    }
    return out;
}

bool ProfileManager::save(const QList<ProfileSummary> &profiles) const
{
    if (!QDir().mkpath(m_root))
        return false;
    QJsonArray list;
    for (const ProfileSummary &p : profiles)
        list.append(toJson(p));
    QSaveFile file(QDir(m_root).filePath(kIndexFile));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcClientProfiles) << "cannot write" << file.fileName() << file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject {{u"version"_s, 1}, {u"profiles"_s, list}}).toJson());
    return file.commit();
}

QList<ProfileSummary> ProfileManager::profiles() const
{
    QList<ProfileSummary> list = load();
    std::stable_sort(list.begin(), list.end(),
                     [](const ProfileSummary &a, const ProfileSummary &b) {
                         return a.lastLoginAt > b.lastLoginAt;
                     });
    return list;
}

std::optional<ProfileSummary> ProfileManager::find(const QUrl &serverUrl,
                                                   const QString &username) const
{
    const QString url = normalizedUrl(serverUrl);
    for (const ProfileSummary &p : profiles()) {
        if (normalizedUrl(p.serverUrl) == url
            && p.username.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

ProfileSummary ProfileManager::upsert(const QUrl &serverUrl, const UserInfo &user)
{
    QList<ProfileSummary> list = load();
    const QString url = normalizedUrl(serverUrl);
    auto it = std::find_if(list.begin(), list.end(), [&](const ProfileSummary &p) {
        return normalizedUrl(p.serverUrl) == url
            && p.username.compare(user.username, Qt::CaseInsensitive) == 0
            && (p.userId == 0 || p.userId == user.id);
    });
    if (it == list.end()) {
        ProfileSummary p;
        p.id = crypto::newUuid();
        list.append(p);
        it = list.end() - 1;
    }
    it->serverUrl = QUrl(url);
    it->username = user.username;
    it->displayName = user.displayName;
    it->role = user.role;
    it->orgName = user.orgName;
    it->userId = user.id;
    const ProfileSummary result = *it;
    QDir().mkpath(QDir(m_root).filePath(result.id));
    save(list);
    return result;
}

void ProfileManager::touch(const QString &profileId, const QDateTime &when)
{
    QList<ProfileSummary> list = load();
    for (ProfileSummary &p : list) {
        if (p.id == profileId)
            p.lastLoginAt = when.toUTC();
    }
    save(list);
}

bool ProfileManager::remove(const QString &profileId)
{
    QList<ProfileSummary> list = load();
    const auto removed = list.removeIf([&](const ProfileSummary &p) { return p.id == profileId; });
    if (removed == 0 || !isSafeId(profileId))
        return false;
    if (!save(list))
        return false;
    return QDir(QDir(m_root).filePath(profileId)).removeRecursively();
}

QUrl ProfileManager::normalizedServerUrl(const QUrl &url)
{
    QUrl out = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments
                            | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = out.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    out.setPath(path);
    return out;
}

QString ProfileManager::databasePath(const QString &profileId) const
{
    if (!isSafeId(profileId))
        return {};
    return QDir(QDir(m_root).filePath(profileId)).filePath(kDatabaseFile);
}
