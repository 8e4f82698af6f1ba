#include "tests/support/TestServer.h"

#include "common/model/Records.h"
#include "server/core/Admin.h"
#include "server/core/Auth.h"
#include "server/core/ServerStore.h"
#include "server/core/SyncService.h"
#include "server/core/UploadService.h"
#include "server/http/HttpServer.h"
#include "tests/support/TempDir.h"

#include <QDebug>
#include <QHostAddress>

using namespace Qt::StringLiterals;

TestServer::TestServer(const QString &dataDir)
{
    if (dataDir.isEmpty()) {
        m_tempDir = std::make_unique<TempDir>();
        m_dataDir = m_tempDir->path();
    } else {
        m_dataDir = dataDir;
    }
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start()
{
    if (isRunning())
        return true;
    m_store = std::make_unique<ServerStore>();
    if (!m_store->open(m_dataDir)) {
        qWarning() << "TestServer: cannot open the store:" << m_store->errorString();
        m_store.reset();
        return false;
    }
    m_auth = std::make_unique<Auth>(m_store.get(), &m_clock);
    m_sync = std::make_unique<SyncService>(m_store.get(), &m_clock);
    m_admin = std::make_unique<Admin>(m_store.get(), m_sync.get(), &m_clock);
    m_uploads = std::make_unique<UploadService>(m_store.get(), m_sync.get(), &m_clock, m_dataDir);
    setUploadLimits(m_maxFileSize, m_defaultQuota);
    m_sync->setLimitsSource([this] { return ServerLimits{m_uploads->maxFileSize()}; });
    m_http = std::make_unique<HttpServer>(m_auth.get(), m_sync.get(), m_uploads.get());
    setMinimumClientProtocol(m_minClientProtocol);
    const quint16 port = m_http->listen(QHostAddress(QHostAddress::LocalHost), m_port);
    if (port == 0) {
        qWarning() << "TestServer: cannot listen:" << m_http->errorString();
        stop();
        return false;
    }
    m_port = port;
    return true;
}

void TestServer::stop()
{
    if (m_http)
        m_http->close();
    m_http.reset();
    m_uploads.reset();
    m_admin.reset();
    m_sync.reset();
    m_auth.reset();
    if (m_store)
        m_store->close();
    m_store.reset();
}

bool TestServer::restart()
{
    stop();
    return start();
}

bool TestServer::isRunning() const
{
    return m_http && m_http->isListening();
}

QUrl TestServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QString TestServer::dataDir() const
{
    return m_dataDir;
}

bool TestServer::ensureStarted()
{
    return isRunning() || start();
}

ServerStore *TestServer::store()
{
    return m_store.get();
}

Admin *TestServer::admin()
{
    return m_admin.get();
}

Auth *TestServer::auth()
{
    return m_auth.get();
}

SyncService *TestServer::sync()
{
    return m_sync.get();
}

HttpServer *TestServer::http()
{
    return m_http.get();
}

UploadService *TestServer::uploads()
{
    return m_uploads.get();
}

void TestServer::setUploadLimits(qint64 maxFileSize, qint64 defaultQuota)
{
    m_maxFileSize = maxFileSize;
    m_defaultQuota = defaultQuota;
    if (!m_uploads)
        return;
    if (maxFileSize > 0)
        m_uploads->setMaxFileSize(maxFileSize);
    if (defaultQuota > 0)
        m_uploads->setDefaultQuota(defaultQuota);
}

void TestServer::setMinimumClientProtocol(int version)
{
    m_minClientProtocol = version;
    if (m_http)
        m_http->setMinimumClientProtocol(version); // 0 and below: the server's default
}

qint64 TestServer::createOrg(const QString &name)
{
    if (!ensureStarted())
        return 0;
    Error error;
    const std::optional<qint64> id = m_admin->createOrg(name, &error);
    if (!id)
        qWarning() << "TestServer::createOrg:" << error.message;
    return id.value_or(0);
}

qint64 TestServer::createUser(qint64 orgId, const QString &username, const QString &password,
                              Role role, const QString &displayName)
{
    if (!ensureStarted())
        return 0;
    Error error;
    const std::optional<qint64> id
        = m_admin->createUser({orgId, username, role, displayName, password}, nullptr, &error);
    if (!id)
        qWarning() << "TestServer::createUser:" << error.message;
    return id.value_or(0);
}

QString TestServer::createTaskSet(qint64 orgId, const QString &title,
                                  const QStringList &taskTitles)
{
    if (!ensureStarted())
        return {};
    Error error;
    TaskSet set;
    set.title = title;
    const std::optional<QString> setId = m_admin->createTaskSet(orgId, set, &error);
    if (!setId) {
        qWarning() << "TestServer::createTaskSet:" << error.message;
        return {};
    }
    int position = 0;
    for (const QString &taskTitle : taskTitles) {
        Task task;
        task.taskSetId = *setId;
        task.title = taskTitle;
        task.instructions = u"<p>%1</p>"_s.arg(taskTitle.toHtmlEscaped());
        task.position = ++position;
        if (!m_admin->createTask(orgId, task, &error)) {
            qWarning() << "TestServer::createTaskSet:" << error.message;
            return {};
        }
    }
    return *setId;
}

QStringList TestServer::taskIds(const QString &taskSetId)
{
    QStringList ids;
    if (!ensureStarted())
        return ids;
    for (const RecordRow &task : m_store->tasksOfSet(taskSetId))
        ids.append(task.id);
    return ids;
}

void TestServer::assign(qint64 traineeId, const QString &taskSetId)
{
    if (!ensureStarted())
        return;
    Error error;
    if (!m_admin->assign(traineeId, taskSetId, &error))
        qWarning() << "TestServer::assign:" << error.message;
}

int TestServer::recordCount(const QString &kind)
{
    return ensureStarted() ? m_store->recordCount(kind) : -1;
}

QString TestServer::login(const QString &username, const QString &password)
{
    if (!ensureStarted())
        return {};
    Error error;
    const std::optional<LoginResponse> response
        = m_auth->login(LoginRequest{username, password, u"test"_s}, u"in-process"_s, &error);
    if (!response)
        qWarning() << "TestServer::login:" << error.message;
    return response ? response->token : QString();
}
