#include "bench/BenchServer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

BenchServer::BenchServer(const QUrl &external) : m_external(!external.isEmpty()), m_url(external) {}

BenchServer::~BenchServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
}

bool BenchServer::start(QString *error)
{
    if (m_external)
        return true;
    m_dir = std::make_unique<QTemporaryDir>();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QString::fromUtf8(PAJAPOLKU_SERVER_BIN),
                     {u"--data-dir"_s, m_dir->path(), u"--listen"_s, u"127.0.0.1:0"_s, u"--demo"_s});
    if (!m_process->waitForStarted(10000)) {
        *error = u"cannot start %1"_s.arg(QString::fromUtf8(PAJAPOLKU_SERVER_BIN));
        return false;
    }
    static const QRegularExpression listening(u"Listening on (http://[0-9.]+:[0-9]+)"_s);
    QByteArray out;
    while (m_process->waitForReadyRead(30000)) {
        out += m_process->readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_url = QUrl(m.captured(1));
            return true;
        }
    }
    *error = u"the server did not say where it listens: %1 %2"_s.arg(
        QString::fromUtf8(out), QString::fromUtf8(m_process->readAllStandardError()));
    return false;
}
