#pragma once
// The scenario harness: ClientCore is one laptop running the real client core (LoginController,
// Session, LocalStore, ApiClient, SyncEngine, TraineeProgram) against a TestServer, with sync()
// that runs one sync to its end, and compare() that checks a client holds exactly what the
// server holds. A Workshop seeds the usual people and tasks, so each scenario reads as a story.

#include "client/core/ApiClient.h"
#include "client/core/LocalStore.h"
#include "client/core/ProfileManager.h"
#include "client/core/Session.h"
#include "client/core/SyncEngine.h"
#include "client/core/TraineeProgram.h"
#include "common/util/Clock.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestServer.h"

#include <QUrl>

#include <memory>

class ClientCore
{
public:
    // profileRoot: the laptop's profile folder; empty for a fresh laptop of its own.
    ClientCore(const QUrl &serverUrl, const QString &username, const QString &password,
               const QString &profileRoot = {});
    ~ClientCore();

    // Logs in as the app does (online the first time, offline afterwards). Automatic syncing is
    // off unless asked for, so that the test decides when syncs happen.
    bool login(bool automaticSync = false);
    // Runs one whole sync (all its rounds) and returns whether it succeeded.
    bool sync(int timeoutMs = 30000);
    // Closes the session as quitting the app would (the profile stays on the laptop).
    void quit();

    ManualClock &clock() { return m_clock; }
    Error loginError() const { return m_loginError; }
    QString profileRoot() const { return m_profileRoot; }
    QString databasePath() const;
    Session *session() const { return m_session.get(); }
    LocalStore *store() const { return m_session->store(); }
    ApiClient *api() const { return m_session->api(); }
    SyncEngine *engine() const { return m_session->sync(); }
    TraineeProgram *program() const { return m_session->program(); }
    qint64 userId() const { return m_session->user().id; }

    // This laptop's view of a task of its program (fails the test when it is not there).
    TaskView task(const QString &taskId) const;

private:
    std::unique_ptr<TempDir> m_ownRoot;
    QString m_profileRoot;
    QUrl m_serverUrl;
    QString m_username;
    QString m_password;
    ManualClock m_clock;
    std::unique_ptr<ProfileManager> m_profiles;
    std::unique_ptr<Session> m_session;
    Error m_loginError;
};

// Differences between what the client holds and what the server holds, for every scope the
// client syncs: the same records (kind, id, data, tombstone) with the same sequence numbers,
// the same digest, and nothing left in the client's outbox. Empty when equal.
QString compare(ClientCore &client, TestServer &server);

// One organisation with two trainees (aino, eero), a coach (kaisa), and a task set of three
// tasks assigned to both trainees. Every password is kPassword.
struct Workshop
{
    static constexpr char16_t kPassword[] = u"salasana-123";
    explicit Workshop(TestServer &server);

    TestServer &server;
    qint64 orgId = 0;
    qint64 aino = 0;
    qint64 eero = 0;
    qint64 kaisa = 0;
    QString setId;
    QStringList tasks;
    QString otherSetId; // a set of the organisation assigned to nobody
    QStringList otherTasks;

    std::unique_ptr<ClientCore> laptop(const QString &username, const QUrl &url = {},
                                       const QString &profileRoot = {}) const;
    // laptop(username, url), logged in (online) and synced once.
    std::unique_ptr<ClientCore> syncedLaptop(const QString &username, const QUrl &url = {}) const;
};

// The fault and upload scenarios' set-up, as a TEST_CASE_METHOD fixture: a Workshop on its own
// server, and aino's laptop talking to it through a fault proxy, logged in and synced once.
struct ProxiedWorkshop
{
    ProxiedWorkshop();

    TestServer server;
    Workshop w{server};
    FaultProxy proxy{server.port()};
    std::unique_ptr<ClientCore> aino;
};

// The trainee attaches the file at `path` to the workshop's first task, submits it with `answer`
// and syncs, then waits until the file and its thumbnail (when it has one) are uploaded.
Attachment attachSubmitAndUpload(Workshop &w, ClientCore &trainee, const QString &path,
                                 const QString &answer, int timeoutMs);
