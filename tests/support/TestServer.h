#pragma once
// An in-process pajapolku server on 127.0.0.1 with a random port and a temporary data directory
// (or a given one), for tests of every layer. Its clock is a ManualClock that starts at the real
// time, so tests can move time forward (token expiry, rate limits). The helpers create the data a
// test needs directly through the server's Admin; they start the server when it is not running.

#include "common/protocol/AuthMessages.h"
#include "common/util/Clock.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class Admin;
class Auth;
class HttpServer;
class ServerStore;
class SyncService;
class TempDir;
class UploadService;

class TestServer
{
public:
    explicit TestServer(const QString &dataDir = {}); // empty: own temporary directory
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    bool start(); // listen on 127.0.0.1, port 0 the first time, the same port on restart
    void stop(); // closes listener and all connections, closes the database
    bool restart(); // stop() + start() on the same data dir and port
    bool isRunning() const;
    QUrl url() const; // http://127.0.0.1:<port>
    quint16 port() const { return m_port; }
    QString dataDir() const;

    ServerStore *store(); // the live store (valid while started)
    Admin *admin();
    Auth *auth();
    SyncService *sync();
    HttpServer *http();
    UploadService *uploads(); // files: uploads, stored blobs, quotas, cleaning (valid while started)
    ManualClock *clock() { return &m_clock; }
    // Upload limits, kept across restarts (0: the server's default).
    void setUploadLimits(qint64 maxFileSize, qint64 defaultQuota);
    // The oldest client protocol accepted (HttpServer::setMinimumClientProtocol), applied now
    // and on every start; 0: the server's default. Above protocol::kVersion every client gets
    // 426, as from a server of a later generation.
    void setMinimumClientProtocol(int version);

    qint64 createOrg(const QString &name);
    qint64 createUser(qint64 orgId, const QString &username, const QString &password, Role role,
                      const QString &displayName = {});
    // Creates a task set with tasks (titles given) in the org; returns the set id; taskIds(setId)
    // lists its tasks in order.
    QString createTaskSet(qint64 orgId, const QString &title, const QStringList &taskTitles);
    QStringList taskIds(const QString &taskSetId);
    void assign(qint64 traineeId, const QString &taskSetId);
    // Counts for assertions: records of a kind in the server DB (e.g. "submission")
    int recordCount(const QString &kind);
    // A bearer token for the user, made by the server's Auth directly (no HTTP); empty on failure.
    QString login(const QString &username, const QString &password);

private:
    bool ensureStarted();

    std::unique_ptr<TempDir> m_tempDir;
    QString m_dataDir;
    quint16 m_port = 0;
    ManualClock m_clock;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<Auth> m_auth;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<Admin> m_admin;
    std::unique_ptr<UploadService> m_uploads;
    std::unique_ptr<HttpServer> m_http;
    qint64 m_maxFileSize = 0;
    qint64 m_defaultQuota = 0;
    int m_minClientProtocol = 0;
};
