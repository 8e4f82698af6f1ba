#pragma once
// Runs the real pajapolku-server binary for command-line tests: one command to completion, with
// its exit code and output.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

struct ServerRun
{
    int exitCode = -1; // -1 when the process crashed
    QString out;
    QString err;
};

inline QString serverBinary()
{
    return QString::fromUtf8(PAJAPOLKU_SERVER_BIN);
}

inline ServerRun runServer(const QString &dataDir, const QStringList &args)
{
    QProcess p;
    p.start(serverBinary(), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
