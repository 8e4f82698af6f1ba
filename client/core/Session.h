#pragma once
// One logged-in user on this laptop: owns the profile's LocalStore, the ApiClient, the
// SyncEngine and the TraineeProgram view. Created by LoginController; destroyed at logout.

#include "common/protocol/AuthMessages.h"
#include "common/protocol/Error.h"

#include <QObject>
#include <QUrl>

#include <memory>

class Clock;
class LocalStore;
class ProfileManager;
class ApiClient;
class SyncEngine;
class TraineeProgram;
class FileStore;
class UploadQueue;
class DownloadQueue;
class CoachWorkspace;
class FeedbackThread;

class Session : public QObject
{
    Q_OBJECT
public:
    ~Session() override;

    const UserInfo &user() const;
    QString profileId() const;
    QUrl serverUrl() const;

    LocalStore *store() const;
    ApiClient *api() const;
    SyncEngine *sync() const;
    TraineeProgram *program() const;
    FileStore *files() const; // the profile's evidence files
    UploadQueue *uploads() const; // uploads them; runs while syncing works
    CoachWorkspace *coach() const; // the coach's workspace (empty for a trainee)
    DownloadQueue *downloads() const; // fetches trainees' evidence (coach/admin; else null)
    FeedbackThread *feedback() const; // the trainee's feedback threads

    // Online only: changes the password on the server and then the local verifier.
    // Emits passwordChangeFinished with an empty Error on success.
    void changePassword(const QString &currentPassword, const QString &newPassword);
    // Revokes the token on the server when reachable; the local profile and its data stay.
    void logout();

signals:
    void passwordChangeFinished(const Error &error);
    void loggedOut();
    // The server no longer accepts this user's password (changed elsewhere, account disabled):
    // syncing stops until the user logs in again. Local work stays and keeps being saved.
    void authenticationLost(const Error &error);

private:
    friend class LoginController;
    Session(QObject *parent = nullptr);
    void start(ProfileManager *profiles, const QString &profileId, const QUrl &serverUrl,
               std::unique_ptr<LocalStore> store, const QString &password, Clock *clock,
               bool automaticSync);
    struct Private;
    std::unique_ptr<Private> d;
};
