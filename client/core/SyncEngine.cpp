#include "client/core/SyncEngine.h"

#include "client/core/ApiClient.h"
#include "client/core/LocalStore.h"
#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClientSync, "client.sync", QtInfoMsg)

namespace {
constexpr int kDebounceMs = 2000;
constexpr int kPollMs = 2 * 60 * 1000;
constexpr int kFirstRetryMs = 5000;
constexpr int kMaxRetryMs = 5 * 60 * 1000;

bool isAuthError(ErrorCode c)
{
    return c == ErrorCode::Unauthorized || c == ErrorCode::TokenExpired;
}
} // namespace

struct SyncEngine::Private
{
    SyncEngine *q = nullptr;
    LocalStore *store = nullptr;
    ApiClient *api = nullptr;
    Clock *clock = nullptr;
    Reauthenticator reauthenticate;

    State state = State::Idle;
    bool automatic = false;
    bool queued = false;
    bool online = false;
    bool authLost = false; // the server refused us and re-login failed: no automatic retries
    bool updateRequired = false; // the server refused our protocol version: no automatic syncs
    int pending = 0;
    int rejected = 0;
    QDateTime lastSuccess;
    Error lastError;
    QDateTime nextAttempt;
    int failures = 0;

    QTimer debounce;
    QTimer poll;
    QTimer retry;
    QPointer<ApiReply> inFlight;
    QMetaObject::Connection networkConnection;

    // the running sync
    quint64 run = 0; // grows with every sync, so that late callbacks of an old one are ignored
    int rounds = 0;
    int opsTotal = 0;
    int opsDone = 0;
    int pages = 0;
    bool refetched = false;
    bool epochRefetched = false;
    bool reauthTried = false;
    bool changedData = false;

    void refreshCounts();
    void sendRound();
    void onRoundFinished(ApiReply *reply);
    void finish(const Error &error, int retryAfterSeconds = 0);
    void scheduleRetry(int retryAfterSeconds);
    void onReachabilityChanged(QNetworkInformation::Reachability r);
    void startAutomatic();
};

SyncEngine::SyncEngine(LocalStore *store, ApiClient *api, Clock *clock, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->store = store;
    d->api = api;
    d->clock = clock;
    d->lastSuccess = store->lastSyncAt();
    d->refreshCounts();
    d->debounce.setSingleShot(true);
    d->debounce.setInterval(kDebounceMs);
    d->poll.setInterval(kPollMs);
    d->retry.setSingleShot(true);
    connect(&d->debounce, &QTimer::timeout, this, [this] { d->startAutomatic(); });
    connect(&d->retry, &QTimer::timeout, this, [this] {
        d->nextAttempt = QDateTime();
        d->startAutomatic();
    });
    connect(&d->poll, &QTimer::timeout, this, [this] {
        if (d->state == State::Idle && !d->retry.isActive())
            d->startAutomatic();
    });
}

SyncEngine::~SyncEngine()
{
    if (d->inFlight) {
        d->inFlight->disconnect(this);
        d->inFlight->abort();
    }
    QObject::disconnect(d->networkConnection);
}

void SyncEngine::setAutomatic(bool on)
{
    if (d->automatic == on)
        return;
    d->automatic = on;
    if (!on) {
        d->debounce.stop();
        d->poll.stop();
        d->retry.stop();
        d->nextAttempt = QDateTime();
        QObject::disconnect(d->networkConnection);
        emit statusChanged();
        return;
    }
    // The platform's network state is only a hint (it may be missing or wrong); the real test
    // is a request that reaches the server.
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadDefaultBackend();
    if (QNetworkInformation *info = QNetworkInformation::instance()) {
        d->networkConnection
            = connect(info, &QNetworkInformation::reachabilityChanged, this,
                      [this](QNetworkInformation::Reachability r) { d->onReachabilityChanged(r); });
    }
    d->poll.start();
    startSync();
}

void SyncEngine::setReauthenticator(Reauthenticator reauthenticate)
{
    d->reauthenticate = std::move(reauthenticate);
}

void SyncEngine::startSync()
{
    if (d->state == State::Syncing) {
        d->queued = true;
        return;
    }
    d->debounce.stop();
    d->retry.stop();
    d->nextAttempt = QDateTime();
    d->state = State::Syncing;
    d->queued = false;
    ++d->run;
    d->rounds = 0;
    d->pages = 0;
    d->opsDone = 0;
    d->opsTotal = d->store->pendingCount();
    d->refetched = false;
    d->epochRefetched = false;
    d->reauthTried = false;
    d->changedData = false;
    qCDebug(lcClientSync) << "sync started," << d->opsTotal << "operations pending";
    emit syncStarted();
    emit statusChanged();
    d->sendRound();
}

void SyncEngine::cancel()
{
    setAutomatic(false);
    d->queued = false;
    if (d->state != State::Syncing)
        return;
    if (d->inFlight)
        d->inFlight->abort(); // finishes the run with an error; the outbox is untouched
    else // waiting for a re-login
        d->finish(Error(ErrorCode::NetworkError, u"the sync was cancelled"_s));
}

void SyncEngine::notifyLocalChange()
{
    d->refreshCounts();
    emit statusChanged();
    if (d->automatic)
        d->debounce.start();
}

SyncEngine::State SyncEngine::state() const
{
    return d->state;
}

bool SyncEngine::isOnline() const
{
    return d->online;
}

int SyncEngine::pendingCount() const
{
    return d->pending;
}

int SyncEngine::rejectedCount() const
{
    return d->rejected;
}

QDateTime SyncEngine::lastSuccessAt() const
{
    return d->lastSuccess;
}

Error SyncEngine::lastError() const
{
    return d->lastError;
}

QDateTime SyncEngine::nextAttemptAt() const
{
    return d->nextAttempt;
}

bool SyncEngine::updateRequired() const
{
    return d->updateRequired;
}

void SyncEngine::Private::startAutomatic()
{
    if (updateRequired) {
        qCDebug(lcClientSync) << "no automatic sync: the app must be updated first";
        return;
    }
    q->startSync();
}

void SyncEngine::Private::refreshCounts()
{
    pending = store->pendingCount();
    rejected = store->rejectedCount();
}

void SyncEngine::Private::sendRound()
{
    SyncRequest request;
    request.protocol = protocol::kVersion;
    request.deviceId = store->deviceId();
    request.deviceEpoch = store->deviceEpoch();
    request.serverEpoch = store->serverEpoch();
    request.cursors = store->cursors();
    request.ops = store->pendingOperations(
        std::min(kMaxBatchOps, protocol::limits::kMaxOpsPerRequest), kMaxBatchBytes);
    ++rounds;
    qCDebug(lcClientSync) << "round" << rounds << "pushing" << request.ops.size() << "operations,"
                          << request.cursors.size() << "cursors";
    ApiReply *reply = api->sync(request);
    inFlight = reply;
    QObject::connect(reply, &ApiReply::finished, q, [this, reply] { onRoundFinished(reply); });
}

void SyncEngine::Private::onRoundFinished(ApiReply *reply)
{
    inFlight = nullptr;
    const bool wasOnline = online;
    online = reply->reachedServer();
    if (online != wasOnline)
        emit q->statusChanged();
    if (reply->error().isError()) {
        const Error error = reply->error();
        if (isAuthError(error.code) && reauthenticate && !reauthTried) {
            reauthTried = true;
            qCInfo(lcClientSync) << "the server refused the token; logging in again";
            QPointer<SyncEngine> guard(q);
            const quint64 thisRun = run;
            reauthenticate([this, guard, thisRun](const Error &loginError) {
                if (!guard || state != State::Syncing || run != thisRun)
                    return;
                if (loginError.isError()) {
                    authLost = loginError.code == ErrorCode::WrongCredentials
                        || loginError.code == ErrorCode::AccountDisabled
                        || isAuthError(loginError.code);
                    finish(loginError);
                } else {
                    authLost = false;
                    sendRound();
                }
            });
            return;
        }
        if (isAuthError(error.code))
            authLost = true;
        finish(error, reply->retryAfterSeconds());
        return;
    }
    authLost = false;

    Error parseError;
    const auto response = SyncResponse::fromJson(reply->json(), &parseError);
    if (!response) {
        finish(Error(ErrorCode::InvalidResponse, parseError.message));
        return;
    }
    const ApplyResult result = store->applySyncResponse(*response);
    if (!result.ok) {
        finish(result.error);
        return;
    }
    // Kept for offline use; a response without limits leaves what was known.
    if (response->limits.maxFileSize > 0
        && response->limits.maxFileSize != store->announcedMaxFileSize()
        && !store->setAnnouncedMaxFileSize(response->limits.maxFileSize))
        qCWarning(lcClientSync) << "could not store the server's limits:" << store->errorString();
    ++pages;
    opsDone += result.acknowledged + result.rejected;
    if (result.changes > 0)
        changedData = true;
    if (result.rejected > 0)
        qCWarning(lcClientSync) << result.rejected << "operations were refused by the server";
    refreshCounts();
    emit q->syncProgress(opsDone + pages,
                         std::max(opsTotal, opsDone) + pages + (response->more ? 1 : 0));
    emit q->statusChanged();

    const bool progressMade = result.acknowledged + result.rejected > 0;
    bool again = response->more || (pending > 0 && progressMade);
    if (result.serverEpochChanged) {
        // Pull everything again at once, but only once: a server whose epoch keeps changing
        // must not turn into a stream of requests.
        again = again || !epochRefetched;
        epochRefetched = true;
    }
    if (!result.scopesReset.isEmpty()) {
        // One immediate re-fetch per sync; should it disagree again, the next sync tries anew.
        again = again || !refetched;
        refetched = true;
    }
    if (again && rounds >= kMaxRoundsPerSync) {
        qCInfo(lcClientSync) << "round limit reached; continuing in a new sync";
        queued = true;
        again = false;
    }
    if (again) {
        sendRound();
        return;
    }
    if (pending > 0 && !progressMade)
        qCWarning(lcClientSync) << pending << "operations were sent but not acknowledged";
    finish(Error());
}

void SyncEngine::Private::finish(const Error &error, int retryAfterSeconds)
{
    state = State::Idle;
    inFlight = nullptr;
    lastError = error;
    if (error.code == ErrorCode::ProtocolUnsupported) {
        if (!updateRequired)
            qCWarning(lcClientSync) << "the server does not speak protocol version"
                                    << protocol::kVersion << "any more: update the app";
        updateRequired = true;
    }
    if (!error.isError()) {
        failures = 0;
        updateRequired = false;
        lastSuccess = clock->now();
        qCDebug(lcClientSync) << "sync finished after" << rounds << "rounds";
    } else {
        ++failures;
        qCInfo(lcClientSync) << "sync failed:" << errorCodeName(error.code) << error.message;
        if (automatic && !authLost && !updateRequired)
            scheduleRetry(retryAfterSeconds);
    }
    refreshCounts();
    if (changedData)
        emit q->dataChanged();
    changedData = false;
    emit q->statusChanged();
    emit q->syncFinished(!error.isError());
    if (queued) {
        queued = false;
        QMetaObject::invokeMethod(q, &SyncEngine::startSync, Qt::QueuedConnection);
    }
}

void SyncEngine::Private::scheduleRetry(int retryAfterSeconds)
{
    // 5 s, 10 s, 20 s ... capped at 5 min, each with +-20 % jitter so that the laptops of a
    // workshop do not all return at the same moment.
    const int exponent = std::min(failures - 1, 10);
    const qint64 base = std::min<qint64>(qint64(kFirstRetryMs) << exponent, kMaxRetryMs);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    qint64 delay = std::min<qint64>(qint64(double(base) * jitter), kMaxRetryMs);
    if (retryAfterSeconds > 0)
        delay = std::max<qint64>(delay, qint64(retryAfterSeconds) * 1000);
    retry.start(static_cast<int>(delay));
    nextAttempt = clock->now().addMSecs(delay);
    qCDebug(lcClientSync) << "next attempt in" << delay << "ms";
}

void SyncEngine::Private::onReachabilityChanged(QNetworkInformation::Reachability r)
{
    qCDebug(lcClientSync) << "network reachability changed:" << int(r);
    if (!automatic || r == QNetworkInformation::Reachability::Disconnected
        || r == QNetworkInformation::Reachability::Unknown)
        return;
    failures = 0;
    if (state == State::Idle)
        startAutomatic();
}
