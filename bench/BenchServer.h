#pragma once
// Starts the real pajapolku-server binary with demo data on a free loopback port for a benchmark
// run, or stands for an external server given with --server (for runs behind a link emulator).

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class BenchServer
{
public:
    // external: use that server as it is; empty: start our own with --demo in a temporary dir.
    explicit BenchServer(const QUrl &external);
    ~BenchServer();

    bool start(QString *error);
    QUrl url() const { return m_url; }
    bool isOwn() const { return !m_external; }

private:
    bool m_external;
    QUrl m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
};
