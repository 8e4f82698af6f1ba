#include "client/core/LoginController.h"

#include "client/core/ApiClient.h"
#include "client/core/BackgroundTask.h"
#include "client/core/LocalStore.h"
#include "client/core/ProfileManager.h"
#include "client/core/Session.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSysInfo>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClientLogin, "client.login", QtInfoMsg)

struct LoginController::Private
{
    LoginController *q = nullptr;
    ProfileManager *profiles = nullptr;
    Clock *clock = nullptr;
    bool busy = false;
    bool automaticSync = true;

    // the running login
    QUrl url;
    QString username;
    QString password;
    std::optional<ProfileSummary> profile;
    std::unique_ptr<LocalStore> store;
    ApiClient *api = nullptr;

    void fail(const Error &error);
    bool openStore(const QString &profileId);
    void loginOnline();
    void onOnlineLogin(ApiReply *reply);
    void finish();
    void reset();
};

LoginController::LoginController(ProfileManager *profiles, Clock *clock, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->profiles = profiles;
    d->clock = clock;
}

LoginController::~LoginController() = default;

bool LoginController::isBusy() const
{
    return d->busy;
}

void LoginController::setAutomaticSync(bool on)
{
    d->automaticSync = on;
}

void LoginController::login(const QUrl &serverUrl, const QString &username, const QString &password)
{
    if (d->busy) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit loginFailed(Error(ErrorCode::Conflict, u"a login is already running"_s));
            },
            Qt::QueuedConnection);
        return;
    }
    d->busy = true;
    d->url = ProfileManager::normalizedServerUrl(serverUrl);
    d->username = username.trimmed();
    d->password = password;
    d->profile = d->profiles->find(d->url, d->username);
    if (!d->profile) {
        d->loginOnline();
        return;
    }
    if (!d->openStore(d->profile->id))
        return;
    const QString verifier = d->store->passwordVerifier();
    if (verifier.isEmpty()) {
        d->loginOnline();
        return;
    }
    // Offline first: the laptop knows the password's verifier, so no network is needed.
    runInBackground<bool>(
        this, [verifier, password] { return crypto::verifyPassword(verifier, password); },
        [this](bool matches) {
            if (matches) {
                qCInfo(lcClientLogin) << "logged in offline";
                d->finish();
            } else {
                // Perhaps the password was changed on another device: ask the server.
                d->loginOnline();
            }
        });
}

bool LoginController::Private::openStore(const QString &profileId)
{
    if (store)
        return true;
    store = std::make_unique<LocalStore>(clock);
    if (!store->open(profiles->databasePath(profileId))) {
        const QString why = store->errorString();
        store.reset();
        fail(Error(ErrorCode::Internal, u"cannot open the profile on this laptop: "_s + why));
        return false;
    }
    return true;
}

void LoginController::Private::loginOnline()
{
    api = new ApiClient(url, q);
    ApiReply *reply = api->login({username, password, QSysInfo::machineHostName()});
    QObject::connect(reply, &ApiReply::finished, q, [this, reply] { onOnlineLogin(reply); });
}

void LoginController::Private::onOnlineLogin(ApiReply *reply)
{
    Error error = reply->error();
    std::optional<LoginResponse> response;
    if (!error.isError())
        response = LoginResponse::fromJson(reply->json(), &error);
    api->deleteLater();
    api = nullptr;
    if (error.isError()) {
        const bool unreachable
            = error.code == ErrorCode::NetworkError || error.code == ErrorCode::Timeout;
        if (store && unreachable) {
            // The laptop rejected the password and the server cannot be asked.
            fail(Error(ErrorCode::WrongCredentials,
                       u"the password does not match the one saved on this laptop and the "
                       "server cannot be reached: "_s
                           + error.message));
        } else {
            fail(error);
        }
        return;
    }
    if (store) {
        const auto stored = store->userInfo();
        if (stored && stored->id != response->user.id) {
            // The same name now belongs to another account: keep the old profile untouched.
            store.reset();
            profile.reset();
        }
    }
    profile = profiles->upsert(url, response->user);
    if (!openStore(profile->id))
        return;
    if (!store->setServerUrl(url) || !store->setUserInfo(response->user)
        || !store->setToken(response->token, response->expiresAt)) {
        fail(Error(ErrorCode::Internal, u"cannot save the login: "_s + store->errorString()));
        return;
    }
    const QString pw = password;
    runInBackground<QString>(
        q, [pw] { return crypto::hashPassword(pw); },
        [this](QString verifier) {
            if (verifier.isEmpty() || !store->setPasswordVerifier(verifier)) {
                fail(Error(ErrorCode::Internal,
                           u"cannot save the password check: "_s + store->errorString()));
                return;
            }
            qCInfo(lcClientLogin) << "logged in online";
            finish();
        });
}

void LoginController::Private::finish()
{
    profiles->touch(profile->id, clock->now());
    auto *session = new Session();
    session->start(profiles, profile->id, url, std::move(store), password, clock, automaticSync);
    reset();
    emit q->loggedIn(session);
}

void LoginController::Private::fail(const Error &error)
{
    reset();
    qCInfo(lcClientLogin) << "login failed:" << errorCodeName(error.code) << error.message;
    // Always after login() returned, so that callers see one signal in every case.
    QMetaObject::invokeMethod(
        q, [self = q, error] { emit self->loginFailed(error); }, Qt::QueuedConnection);
}

void LoginController::Private::reset()
{
    busy = false;
    password.clear();
    profile.reset();
    store.reset();
}
