#include "tests/scenario/ScenarioHarness.h"

#include "client/core/FileStore.h"
#include "client/core/LoginController.h"
#include "server/core/ServerStore.h"
#include "tests/client/WaitUntil.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

ClientCore::ClientCore(const QUrl &serverUrl, const QString &username, const QString &password,
                       const QString &profileRoot)
    : m_profileRoot(profileRoot), m_serverUrl(serverUrl), m_username(username), m_password(password)
{
    if (m_profileRoot.isEmpty()) {
        m_ownRoot = std::make_unique<TempDir>();
        m_profileRoot = m_ownRoot->path();
    }
    m_profiles = std::make_unique<ProfileManager>(m_profileRoot);
}

ClientCore::~ClientCore()
{
    quit();
}

bool ClientCore::login(bool automaticSync)
{
    quit();
    LoginController controller(m_profiles.get(), &m_clock);
    controller.setAutomaticSync(automaticSync);
    bool done = false;
    m_loginError = Error();
    QObject::connect(&controller, &LoginController::loggedIn, [&](Session *s) {
        m_session.reset(s);
        done = true;
    });
    QObject::connect(&controller, &LoginController::loginFailed, [&](const Error &e) {
        m_loginError = e;
        done = true;
    });
    controller.login(m_serverUrl, m_username, m_password);
    if (!waitUntil([&] { return done; }, 30000))
        m_loginError = Error(ErrorCode::Timeout, u"the login did not finish"_s);
    return m_session != nullptr;
}

bool ClientCore::sync(int timeoutMs)
{
    REQUIRE(m_session);
    SyncEngine *engine = m_session->sync();
    // A sync already running (e.g. started by a timer) ends first; ours starts afresh.
    REQUIRE(waitUntil([&] { return engine->state() == SyncEngine::State::Idle; }, timeoutMs));
    bool finished = false;
    bool ok = false;
    QObject context;
    QObject::connect(engine, &SyncEngine::syncFinished, &context, [&](bool result) {
        if (!finished)
            ok = result;
        finished = true;
    });
    engine->startSync();
    REQUIRE(waitUntil([&] { return finished; }, timeoutMs));
    return ok;
}

void ClientCore::quit()
{
    m_session.reset();
}

QString ClientCore::databasePath() const
{
    const auto profile = m_profiles->find(m_serverUrl, m_username);
    return profile ? m_profiles->databasePath(profile->id) : QString();
}

TaskView ClientCore::task(const QString &taskId) const
{
    REQUIRE(m_session);
    const std::optional<TaskView> view = m_session->program()->task(taskId);
    REQUIRE(view.has_value());
    return *view;
}

namespace {
QString describe(const Change &c)
{
    return u"%1/%2 seq %3%4 %5"_s.arg(c.kind, c.id)
        .arg(c.seq)
        .arg(c.deleted ? u" deleted"_s : QString())
        .arg(QString::fromUtf8(QJsonDocument(c.data).toJson(QJsonDocument::Compact)).left(200));
}
} // namespace

QString compare(ClientCore &client, TestServer &server)
{
    QStringList diffs;
    LocalStore *local = client.store();
    ServerStore *remote = server.store();
    if (!remote)
        return u"the server is not running"_s;
    if (local->pendingCount() > 0)
        diffs << u"%1 operations are still waiting in the outbox"_s.arg(local->pendingCount());
    const QMap<QString, qint64> cursors = local->cursors();
    if (cursors.isEmpty())
        diffs << u"the client has no scopes: it never synced"_s;
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        const QString &scope = it.key();
        const QList<Change> theirs = remote->changesAfter(scope, 0, 10000000);
        const QList<Change> ours = local->scopeContents(scope);
        QHash<QString, Change> byKey;
        for (const Change &c : ours)
            byKey.insert(c.kind + u'/' + c.id, c);
        qint64 newest = 0;
        for (const Change &c : theirs) {
            newest = std::max(newest, c.seq);
            const auto mine = byKey.constFind(c.kind + u'/' + c.id);
            if (mine == byKey.cend()) {
                diffs << scope + u": missing "_s + describe(c);
                continue;
            }
            if (mine->seq != c.seq || mine->deleted != c.deleted
                || (!c.deleted && mine->data != c.data))
                diffs << scope + u": client has "_s + describe(*mine) + u", server has "_s
                        + describe(c);
            byKey.remove(c.kind + u'/' + c.id);
        }
        for (const Change &extra : std::as_const(byKey))
            diffs << scope + u": only on the client: "_s + describe(extra);
        if (it.value() != newest)
            diffs << u"%1: cursor %2, server's newest change %3"_s.arg(scope)
                         .arg(it.value())
                         .arg(newest);
        if (!(local->scopeDigest(scope) == remote->digest(scope)))
            diffs << scope + u": digests differ"_s;
    }
    return diffs.mid(0, 20).join(u'\n');
}

Workshop::Workshop(TestServer &s) : server(s)
{
    REQUIRE(server.start());
    const QString password = QString::fromUtf16(kPassword);
    orgId = server.createOrg(u"Lapin työpaja"_s);
    aino = server.createUser(orgId, u"aino"_s, password, Role::Trainee, u"Aino Ahonen"_s);
    eero = server.createUser(orgId, u"eero"_s, password, Role::Trainee, u"Eero Eskola"_s);
    kaisa = server.createUser(orgId, u"kaisa"_s, password, Role::Coach, u"Kaisa Koskela"_s);
    setId = server.createTaskSet(orgId, u"Siivous"_s,
                                 {u"Lattian pesu"_s, u"Ikkunat"_s, u"Roskien lajittelu"_s});
    tasks = server.taskIds(setId);
    server.assign(aino, setId);
    server.assign(eero, setId);
    otherSetId = server.createTaskSet(orgId, u"Maalaus"_s, {u"Seinän maalaus"_s});
    otherTasks = server.taskIds(otherSetId);
    REQUIRE(orgId > 0);
    REQUIRE(aino > 0);
    REQUIRE(eero > 0);
    REQUIRE(kaisa > 0);
    REQUIRE(tasks.size() == 3);
    REQUIRE(otherTasks.size() == 1);
}

std::unique_ptr<ClientCore> Workshop::laptop(const QString &username, const QUrl &url,
                                             const QString &profileRoot) const
{
    return std::make_unique<ClientCore>(url.isEmpty() ? server.url() : url, username,
                                        QString::fromUtf16(kPassword), profileRoot);
}

std::unique_ptr<ClientCore> Workshop::syncedLaptop(const QString &username, const QUrl &url) const
{
    auto client = laptop(username, url);
    REQUIRE(client->login());
    REQUIRE(client->sync());
    return client;
}

ProxiedWorkshop::ProxiedWorkshop()
{
    REQUIRE(proxy.start());
    aino = w.syncedLaptop(u"aino"_s, proxy.url());
}

Attachment attachSubmitAndUpload(Workshop &w, ClientCore &trainee, const QString &path,
                                 const QString &answer, int timeoutMs)
{
    REQUIRE_FALSE(trainee.program()->attach(w.tasks[0], path).isError());
    REQUIRE_FALSE(trainee.program()->submit(w.tasks[0], answer).isError());
    const QList<Attachment> attached = trainee.program()->attachments(w.tasks[0]);
    REQUIRE(attached.size() == 1);
    const Attachment a = attached.first();
    REQUIRE(trainee.sync());
    const auto uploaded = [&](const QString &sha) {
        const auto f = trainee.session()->files()->file(sha);
        return sha.isEmpty() || (f && f->state == StoredFile::State::Done);
    };
    REQUIRE(waitUntil([&] { return uploaded(a.sha256) && uploaded(a.thumbnailSha256); },
                      timeoutMs));
    return a;
}
