// A client process killed (SIGKILL) mid-upload and started again: the upload goes on from the
// offset the profile keeps on disk, and the server ends up with exactly the original bytes.
#include <catch2/catch.hpp>

#include "client/core/FileStore.h"
#include "server/core/BlobStore.h"
#include "tests/client/WaitUntil.h"
#include "tests/scenario/ScenarioHarness.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {
// Reads the tool's output line by line while the event loop (and the in-process server) runs.
class ToolOutput
{
public:
    explicit ToolOutput(QProcess &process) : m_process(process) { }
    // Waits for a line starting with `prefix`; returns its words after the prefix.
    std::optional<QStringList> waitFor(const QString &prefix, int timeoutMs)
    {
        std::optional<QStringList> found;
        waitUntil(
            [&] {
                m_buffer += m_process.readAllStandardOutput();
                qsizetype nl;
                while ((nl = m_buffer.indexOf('\n')) >= 0) {
                    const QString line = QString::fromUtf8(m_buffer.left(nl)).trimmed();
                    m_buffer.remove(0, nl + 1);
                    m_lines.append(line);
                    if (line.startsWith(prefix)) {
                        found = line.mid(prefix.size()).split(u' ', Qt::SkipEmptyParts);
                        return true;
                    }
                }
                return m_process.state() == QProcess::NotRunning && m_buffer.isEmpty()
                    && m_process.bytesAvailable() == 0;
            },
            timeoutMs);
        return found;
    }
    QStringList lines() const { return m_lines; }

private:
    QProcess &m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};
} // namespace

TEST_CASE_METHOD(ProxiedWorkshop,
                 "a client process killed mid-upload resumes from its durable offset after a "
                 "restart",
                 "[scenario][upload][process]")
{
    const QString database = aino->databasePath();
    aino->quit(); // the tool runs the profile now

    const qint64 size = 3 * 1024 * 1024 + 777;
    const QByteArray content = randomPdf(size, 31);
    const QString sha = sha256Hex(content);
    const QString path = writeTestFile(aino->profileRoot(), u"lumityo.pdf"_s, content);
    proxy.setBandwidth(FaultProxy::Direction::Upstream, 250 * 1000); // a slow mobile uplink
    proxy.setRoundTrip(60);
    const QStringList args{u"upload"_s, database, w.tasks[0], path, proxy.url().toString()};

    QProcess first;
    first.setProgram(QStringLiteral(PAJAPOLKU_CLIENT_TOOL));
    first.setArguments(args);
    first.start();
    REQUIRE(first.waitForStarted(10000));
    ToolOutput out1(first);
    const auto attached = out1.waitFor(u"attached "_s, 20000);
    REQUIRE(attached);
    CHECK(attached->value(0) == sha);
    CHECK(attached->value(2) == u"0"_s);
    const auto progress = out1.waitFor(u"progress "_s, 30000);
    REQUIRE(progress);
    first.kill(); // SIGKILL mid-upload: chunks in flight are lost, no shutdown code runs
    REQUIRE(waitUntil([&] { return first.state() == QProcess::NotRunning; }, 10000));
    CHECK(first.exitStatus() == QProcess::CrashExit);
    qint64 durable = progress->value(0).toLongLong();
    for (const QString &line : out1.lines()) // a later line may have come before the kill
        if (line.startsWith(u"progress "_s))
            durable = line.mid(9).toLongLong();
    INFO("killed with " << durable << " of " << size << " bytes confirmed");
    REQUIRE(durable > 0);
    REQUIRE(durable < size);

    // What the dead process's socket still held drains to the server (the kernel sends it after
    // the kill); count only the restarted process's bytes.
    REQUIRE(waitUntil([&] { return proxy.connectionCount() == 0; }, 60000));
    proxy.resetCounters();
    QProcess second;
    second.setProgram(QStringLiteral(PAJAPOLKU_CLIENT_TOOL));
    second.setArguments(args);
    second.start();
    REQUIRE(second.waitForStarted(10000));
    ToolOutput out2(second);
    const auto resumed = out2.waitFor(u"attached "_s, 20000);
    REQUIRE(resumed);
    CHECK(resumed->value(0) == sha); // the same stored file, not a second copy
    CHECK(resumed->value(2).toLongLong() >= durable); // the offset survived the kill
    const auto done = out2.waitFor(u"done "_s, 120000);
    REQUIRE(done);
    // (waitForFinished() would say false for a process that has already ended)
    REQUIRE(waitUntil([&] { return second.state() == QProcess::NotRunning; }, 10000));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);

    QFile stored(BlobStore(server.dataDir()).blobPath(w.orgId, sha));
    REQUIRE(stored.open(QIODevice::ReadOnly));
    CHECK(QCryptographicHash::hash(stored.readAll(), QCryptographicHash::Sha256).toHex()
          == sha.toLatin1());
    const qint64 sent = proxy.bytesFromClients();
    const qint64 chunk = done->value(0).toLongLong();
    const qint64 requests = done->value(1).toLongLong();
    WARN("after the kill: " << sent << " bytes sent for the " << (size - durable)
                            << " missing, largest chunk " << chunk << ", " << requests
                            << " requests");
    CHECK(sent < size); // it did not start over
    CHECK(sent <= size - durable + 2 * chunk + 600 * requests);

    // The app started again sees one attachment, uploaded.
    REQUIRE(aino->login());
    CHECK(aino->program()->attachments(w.tasks[0]).size() == 1);
    const auto file = aino->session()->files()->file(sha);
    REQUIRE(file);
    CHECK(file->state == StoredFile::State::Done);
}
