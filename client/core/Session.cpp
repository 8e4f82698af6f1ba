#include "client/core/Session.h"

#include "client/core/ApiClient.h"
#include "client/core/BackgroundTask.h"
#include "client/core/CoachWorkspace.h"
#include "client/core/DownloadQueue.h"
#include "client/core/FeedbackThread.h"
#include "client/core/FileStore.h"
#include "client/core/LocalStore.h"
#include "client/core/ProfileManager.h"
#include "client/core/SyncEngine.h"
#include "client/core/TraineeProgram.h"
#include "client/core/UploadQueue.h"
#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClientSession, "client.session", QtInfoMsg)

namespace {
constexpr int kLogoutTimeoutMs = 5000;
}

struct Session::Private
{
    Session *q = nullptr;
    UserInfo user;
    QString profileId;
    QUrl serverUrl;
    ProfileManager *profiles = nullptr;
    Clock *clock = nullptr;
    std::unique_ptr<LocalStore> store;
    ApiClient *api = nullptr;
    SyncEngine *sync = nullptr;
    TraineeProgram *program = nullptr;
    FileStore *files = nullptr;
    UploadQueue *uploads = nullptr;
    CoachWorkspace *coach = nullptr;
    DownloadQueue *downloads = nullptr;
    FeedbackThread *feedback = nullptr;
    QString password; // in memory only, for silent re-login; cleared when the server refuses it
    bool loggingOut = false;
    bool changingPassword = false;

    void relogin(const std::function<void(const Error &)> &done);
    void applyServerLimits();
    void finishLogout();
};

Session::Session(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
}

Session::~Session()
{
    // Everything that uses the store goes before it.
    delete d->downloads;
    delete d->uploads;
    delete d->files;
    delete d->program;
    delete d->coach;
    delete d->feedback;
    delete d->sync;
    delete d->api;
    d->store.reset();
}

void Session::start(ProfileManager *profiles, const QString &profileId, const QUrl &serverUrl,
                    std::unique_ptr<LocalStore> store, const QString &password, Clock *clock,
                    bool automaticSync)
{
    d->profiles = profiles;
    d->profileId = profileId;
    d->serverUrl = serverUrl;
    d->clock = clock;
    d->password = password;
    d->store = std::move(store);
    d->user = d->store->userInfo().value_or(UserInfo());
    d->api = new ApiClient(serverUrl, this);
    d->api->setToken(d->store->token());
    d->sync = new SyncEngine(d->store.get(), d->api, clock, this);
    d->program = new TraineeProgram(d->store.get(), d->user.id, clock, this);
    connect(d->store.get(), &LocalStore::localChangeSaved, d->sync, &SyncEngine::notifyLocalChange);
    connect(d->sync, &SyncEngine::dataChanged, d->program, &TraineeProgram::reload);
    d->files = new FileStore(d->store->path(), this);
    if (!d->files->open())
        qCWarning(lcClientSession) << "the file store cannot be opened:" << d->files->errorString();
    d->program->setFileStore(d->files);
    // The server's largest file, as last announced (kept offline), else the protocol's default.
    d->applyServerLimits();
    connect(d->sync, &SyncEngine::syncFinished, this, [this] { d->applyServerLimits(); });
    d->uploads = new UploadQueue(d->files, d->api, this);
    // Files follow their records: the queue (re)starts whenever a sync round reached the server.
    connect(d->sync, &SyncEngine::syncFinished, d->uploads, [this](bool ok) {
        if (ok && !d->loggingOut)
            d->uploads->start();
    });
    const QString name = d->user.displayName.isEmpty() ? d->user.username : d->user.displayName;
    d->coach = new CoachWorkspace(d->store.get(), d->user.id, name, clock, this);
    d->feedback = new FeedbackThread(d->store.get(), d->user.id, name, clock, this);
    connect(d->sync, &SyncEngine::dataChanged, d->coach, &CoachWorkspace::reload);
    connect(d->sync, &SyncEngine::dataChanged, d->feedback, &FeedbackThread::reload);
    if (d->user.role != Role::Trainee) {
        // Evidence of submissions waiting for review follows every successful sync.
        d->downloads = new DownloadQueue(d->store.get(), d->coach, d->files, d->api, this);
        connect(d->sync, &SyncEngine::syncFinished, d->downloads, [this](bool ok) {
            if (ok && !d->loggingOut)
                d->downloads->prefetch();
        });
    }
    d->sync->setReauthenticator(
        [this](std::function<void(const Error &)> done) { d->relogin(done); });
    if (automaticSync)
        d->sync->setAutomatic(true);
}

const UserInfo &Session::user() const
{
    return d->user;
}

QString Session::profileId() const
{
    return d->profileId;
}

QUrl Session::serverUrl() const
{
    return d->serverUrl;
}

LocalStore *Session::store() const
{
    return d->store.get();
}

ApiClient *Session::api() const
{
    return d->api;
}

SyncEngine *Session::sync() const
{
    return d->sync;
}

TraineeProgram *Session::program() const
{
    return d->program;
}

FileStore *Session::files() const
{
    return d->files;
}

UploadQueue *Session::uploads() const
{
    return d->uploads;
}

CoachWorkspace *Session::coach() const
{
    return d->coach;
}

DownloadQueue *Session::downloads() const
{
    return d->downloads;
}

FeedbackThread *Session::feedback() const
{
    return d->feedback;
}

void Session::Private::applyServerLimits()
{
    const qint64 announced = store->announcedMaxFileSize();
    files->setMaxFileSize(announced > 0 ? announced : protocol::limits::kDefaultMaxFileSize);
}

void Session::Private::relogin(const std::function<void(const Error &)> &done)
{
    if (password.isEmpty()) {
        done(Error(ErrorCode::Unauthorized, u"log in again to continue syncing"_s));
        return;
    }
    LoginRequest request {user.username, password, QSysInfo::machineHostName()};
    ApiReply *reply = api->login(request);
    QObject::connect(reply, &ApiReply::finished, q, [this, reply, done] {
        Error error = reply->error();
        std::optional<LoginResponse> response;
        if (loggingOut)
            error = Error(ErrorCode::Unauthorized, u"logged out"_s); // keep no new token
        else if (!error.isError())
            response = LoginResponse::fromJson(reply->json(), &error);
        if (error.isError()) {
            if (error.code == ErrorCode::WrongCredentials
                || error.code == ErrorCode::AccountDisabled) {
                // Trying again would only lock the account (rate limit): wait for the user.
                password.clear();
                qCWarning(lcClientSession)
                    << "the server refused the saved password:" << errorCodeName(error.code);
                emit q->authenticationLost(error);
            }
            done(error);
            return;
        }
        store->setToken(response->token, response->expiresAt);
        store->setUserInfo(response->user);
        api->setToken(response->token);
        user = response->user;
        if (profiles)
            profiles->upsert(serverUrl, user);
        qCInfo(lcClientSession) << "logged in again; token valid until" << response->expiresAt;
        done(Error());
    });
}

void Session::changePassword(const QString &currentPassword, const QString &newPassword)
{
    if (d->changingPassword) {
        emit passwordChangeFinished(
            Error(ErrorCode::Conflict, u"a password change is already running"_s));
        return;
    }
    if (!isAcceptablePassword(newPassword)) {
        emit passwordChangeFinished(
            Error(ErrorCode::InvalidField,
                  u"the password must be %1 to %2 characters long"_s.arg(kMinPasswordLength)
                      .arg(kMaxPasswordLength)));
        return;
    }
    d->changingPassword = true;
    ApiReply *reply = d->api->changePassword({currentPassword, newPassword});
    connect(reply, &ApiReply::finished, this, [this, reply, newPassword] {
        if (reply->error().isError()) {
            d->changingPassword = false;
            emit passwordChangeFinished(reply->error());
            return;
        }
        const bool wasBlocked = d->user.mustChangePassword;
        runInBackground<QString>(
            this, [newPassword] { return crypto::hashPassword(newPassword); },
            [this, newPassword, wasBlocked](QString verifier) {
                d->changingPassword = false;
                d->password = newPassword;
                d->user.mustChangePassword = false;
                const bool stored = !verifier.isEmpty() && d->store->setPasswordVerifier(verifier)
                    && d->store->setUserInfo(d->user);
                if (!stored) {
                    // The server has the new password; offline logins keep the old one until
                    // the next online login stores it again.
                    emit passwordChangeFinished(Error(
                        ErrorCode::Internal,
                        u"the password was changed on the server but could not be saved on this "
                        "laptop: "_s
                            + d->store->errorString()));
                    return;
                }
                emit passwordChangeFinished(Error());
                if (wasBlocked)
                    d->sync->startSync();
            });
    });
}

void Session::logout()
{
    if (d->loggingOut)
        return;
    d->loggingOut = true;
    d->sync->cancel();
    d->uploads->stop();
    if (d->downloads)
        d->downloads->stop();
    if (d->api->token().isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { d->finishLogout(); }, Qt::QueuedConnection);
        return;
    }
    ApiReply *reply = d->api->logout();
    QTimer::singleShot(kLogoutTimeoutMs, reply, &ApiReply::abort);
    connect(reply, &ApiReply::finished, this, [this] { d->finishLogout(); });
}

void Session::Private::finishLogout()
{
    // The token goes even when the server could not be told; the next login gets a new one.
    if (!store->setToken(QString(), QDateTime()))
        qCWarning(lcClientSession) << "could not forget the token:" << store->errorString();
    api->setToken(QString());
    password.clear();
    emit q->loggedOut();
}
