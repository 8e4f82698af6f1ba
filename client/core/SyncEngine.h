#pragma once
// Runs sync rounds for one profile: sends the outbox in counter order with the cursors, stores
// acknowledgements, changes and new cursors in one transaction, and repeats while the server says
// `more` or operations remain. Syncs on start, shortly after local changes, when the network
// returns, and on a retry timer with jittered exponential backoff (5 s ... 5 min). A server that
// no longer speaks this app's protocol (426) pauses automatic syncing until the app is updated.

#include "common/protocol/Error.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

class ApiClient;
class Clock;
class LocalStore;

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Syncing };
    Q_ENUM(State)

    SyncEngine(LocalStore *store, ApiClient *api, Clock *clock, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Turns on automatic syncing (timers, network-change signal, sync after local changes).
    void setAutomatic(bool on);
    // Starts a round now unless one is running; a request while running queues one more round.
    void startSync();
    // Stops the running sync (its operations stay in the outbox) and every timer.
    void cancel();

    // Called when the server refuses the token (401): should log in again and call done with an
    // empty Error on success. The round is repeated once after a successful re-login.
    using Reauthenticator = std::function<void(std::function<void(const Error &)> done)>;
    void setReauthenticator(Reauthenticator reauthenticate);

    // Limits of one push batch (defaults: 1000 operations, about 1 MiB of JSON).
    static constexpr int kMaxBatchOps = 1000;
    static constexpr qint64 kMaxBatchBytes = 1024 * 1024;
    // Bound on rounds in one sync; a longer backlog continues in the next sync.
    static constexpr int kMaxRoundsPerSync = 50;

    State state() const;
    bool isOnline() const; // the last request reached the server
    int pendingCount() const; // outbox operations not yet acknowledged (rejected ones excluded)
    int rejectedCount() const; // operations the server refused; kept on the laptop, never dropped
    QDateTime lastSuccessAt() const;
    Error lastError() const; // empty after a successful round
    QDateTime nextAttemptAt() const; // when the retry timer fires next; invalid when none is due
    // The server refused this app's protocol version (426 protocol_unsupported): the app must be
    // updated. No automatic sync is attempted any more (no retries, polls or syncs after local
    // changes) until startSync() is called explicitly or the session starts again; the work
    // stays in the outbox. Cleared by a successful sync.
    bool updateRequired() const;

public slots:
    // A local write was saved: counts change now, and in automatic mode a sync follows shortly
    // (2 s after the last of a burst of writes).
    void notifyLocalChange();

signals:
    void syncStarted();
    // done/total operations pushed and pages pulled in the running sync, for a progress bar
    void syncProgress(int done, int total);
    void syncFinished(bool ok);
    // Anything the indicator shows changed (online state, counts, last sync, error).
    void statusChanged();
    // Records changed because of pulled data (views refresh).
    void dataChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
