// Sync benchmark: pushes N changed records from one trainee's client core to a server and pulls
// them into a fresh profile of the same trainee, for N = 100, 1,000 and 10,000 by default.
// Prints records/s, requests per sync, wire bytes per record and the ratios of wire bytes to the
// raw JSON payload and to the compressed payload, and compares with the previous run.
// Run against any server (e.g. behind a link emulator) with --server URL; without it the bench
// starts the real pajapolku-server with demo data on a free loopback port for each N.

#include "bench/BenchServer.h"
#include "client/core/ApiClient.h"
#include "client/core/LocalStore.h"
#include "client/core/SyncEngine.h"
#include "common/model/Records.h"
#include "common/protocol/JsonReader.h"
#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QUrl server;
    QString username;
    QString password;
    QList<int> counts;
    QString resultsFile;
    double linkKbit = 0; // 0: no link limit given
    double rttMs = 0;
};

struct Figures
{
    int records = 0;
    qint64 requests = 0;
    double ms = 0;
    qint64 wireBytes = 0;
    qint64 plainBytes = 0;
    qint64 bodyBytes = 0;

    double recordsPerSecond() const { return ms > 0 ? records * 1000.0 / ms : 0; }
    QJsonObject toJson() const
    {
        return {{u"records"_s, records},     {u"requests"_s, requests},
                {u"ms"_s, ms},               {u"wireBytes"_s, wireBytes},
                {u"plainBytes"_s, plainBytes}, {u"bodyBytes"_s, bodyBytes}};
    }
};

// One client core: a profile database, an HTTP client and a sync engine.
struct Client
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> sync;
};

std::unique_ptr<Client> login(const QUrl &url, const Options &o, QString *error)
{
    auto c = std::make_unique<Client>();
    c->store = std::make_unique<LocalStore>(&c->clock);
    if (!c->store->open(c->dir.filePath(u"profile.sqlite"_s))) {
        *error = c->store->errorString();
        return nullptr;
    }
    c->api = std::make_unique<ApiClient>(url);
    // An ApiReply deletes itself after finished(): read it inside the slot.
    ApiReply *reply = c->api->login(LoginRequest{o.username, o.password, u"bench"_s});
    Error replyError(ErrorCode::Timeout, u"login timed out"_s);
    QJsonObject body;
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &loop, [&] {
        replyError = reply->error();
        body = reply->json();
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (replyError) {
        *error = u"login failed: %1 %2"_s.arg(errorCodeName(replyError.code), replyError.message);
        return nullptr;
    }
    Error parseError;
    const auto resp = LoginResponse::fromJson(body, &parseError);
    if (!resp) {
        *error = parseError.message;
        return nullptr;
    }
    c->api->setToken(resp->token);
    c->store->setServerUrl(url);
    c->store->setUserInfo(resp->user);
    c->store->setToken(resp->token, resp->expiresAt);
    c->sync = std::make_unique<SyncEngine>(c->store.get(), c->api.get(), &c->clock);
    return c;
}

bool runSync(Client &c, Figures *f, QString *error)
{
    c.api->resetCounters();
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    QEventLoop loop;
    QObject::connect(c.sync.get(), &SyncEngine::syncFinished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    c.sync->startSync();
    loop.exec();
    f->ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const ApiClient::Counters &k = c.api->counters();
    f->requests = c.api->requestCount(QString::fromUtf16(protocol::path::kSync));
    f->wireBytes = k.bytesSent + k.bytesReceived;
    f->plainBytes = k.plainBytesSent + k.plainBytesReceived;
    f->bodyBytes = k.bodyBytesSent + k.bodyBytesReceived;
    if (!ok)
        *error = u"sync failed: %1 %2"_s.arg(errorCodeName(c.sync->lastError().code),
                                             c.sync->lastError().message);
    return ok;
}

bool makeChanges(Client &c, int n, QString *error)
{
    QStringList taskIds;
    for (const StoredRecord &r : c.store->records(QString::fromUtf16(kind::kTask)))
        taskIds.append(r.id);
    if (taskIds.isEmpty()) {
        *error = u"the user has no assigned tasks to answer"_s;
        return false;
    }
    const QString now = toIsoUtc(c.clock.now());
    QList<LocalWrite> batch;
    for (int i = 0; i < n; ++i) {
        const QString taskId = taskIds.at(i % taskIds.size());
        batch.append(LocalWrite{
            QString::fromUtf16(kind::kAnswer), crypto::newUuid(),
            QJsonObject{{u"taskId"_s, taskId},
                        {u"text"_s, u"Vastaus %1: lumityöt tehty, hiekoitus portailla ja "
                                    u"piha-alueella, jäte lajiteltu."_s.arg(i)},
                        {u"at"_s, now}},
            {}});
        if (batch.size() == 1000 || i == n - 1) {
            const Error e = c.store->saveLocal(batch);
            if (e) {
                *error = e.message;
                return false;
            }
            batch.clear();
        }
    }
    return true;
}

QString ratioText(double now, double before)
{
    if (before <= 0)
        return u"   -"_s;
    return u"%1"_s.arg(now / before, 5, 'f', 2);
}

void printRow(const char *dir, const Figures &f, const Options &o, const QJsonObject &previous)
{
    const double perRecord = f.records ? double(f.wireBytes) / f.records : 0;
    const double wirePlain = f.plainBytes ? double(f.wireBytes) / f.plainBytes : 0;
    const double wireBody = f.bodyBytes ? double(f.wireBytes) / f.bodyBytes : 0;
    QString link = u"     -"_s;
    if (o.linkKbit > 0) {
        // SYNC.md target: <= 2 R + 1.15 P / B for changed records, P = the compressed payload.
        const double targetMs
            = 2 * o.rttMs + 1.15 * (double(f.bodyBytes) * 8.0 / (o.linkKbit * 1000.0)) * 1000.0;
        link = u"%1"_s.arg(f.ms / targetMs, 6, 'f', 2);
    }
    std::printf("%7d  %-4s %8lld %10.1f %11.0f %10.1f %10.3f %10.3f %8s %8s\n", f.records, dir,
                static_cast<long long>(f.requests), f.ms, f.recordsPerSecond(), perRecord,
                wirePlain, wireBody, qPrintable(link),
                qPrintable(ratioText(f.recordsPerSecond(),
                                     previous.value(u"recordsPerSecond"_s).toDouble())));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    crypto::initialize();
    QCommandLineParser p;
    p.setApplicationDescription(u"Pajapolku sync benchmark"_s);
    p.addHelpOption();
    p.addOption({u"server"_s, u"Use this server instead of starting one (URL)."_s, u"url"_s});
    p.addOption({u"username"_s, u"Trainee to log in as."_s, u"name"_s, u"aino"_s});
    p.addOption({u"password"_s, u"The trainee's password."_s, u"password"_s, u"Aino-demo1"_s});
    p.addOption({u"counts"_s, u"Comma-separated record counts."_s, u"list"_s, u"100,1000,10000"_s});
    p.addOption({u"results"_s, u"Where the previous and this run's figures are kept."_s, u"file"_s,
                 u"bench-results/sync.json"_s});
    p.addOption({u"link-kbit"_s, u"Link goodput in kbit/s, for the ratio to the target."_s, u"kbit"_s});
    p.addOption({u"rtt-ms"_s, u"Link round-trip time in ms, for the ratio to the target."_s, u"ms"_s});
    p.process(app);

    Options o;
    o.server = QUrl(p.value(u"server"_s));
    o.username = p.value(u"username"_s);
    o.password = p.value(u"password"_s);
    for (const QString &s : p.value(u"counts"_s).split(u',', Qt::SkipEmptyParts))
        o.counts.append(s.toInt());
    o.resultsFile = p.value(u"results"_s);
    o.linkKbit = p.value(u"link-kbit"_s).toDouble();
    o.rttMs = p.value(u"rtt-ms"_s).toDouble();

    QJsonObject previousAll;
    if (QFile f(o.resultsFile); f.open(QIODevice::ReadOnly))
        previousAll = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject results;

    std::printf("Pajapolku sync benchmark (%s)\n",
                o.server.isEmpty() ? "own server per run, loopback" : qPrintable(o.server.toString()));
    std::printf("  push = N changed records sent by one client; pull = a new profile of the same "
                "trainee fetching everything.\n");
    std::printf("  wire/plain = bytes on the wire (headers included) / raw JSON bodies; "
                "wire/body = bytes on the wire / compressed bodies (target <= 1.15)\n");
    std::printf("  vs link = time / (2 RTT + 1.15 body / goodput), target <= 1 (needs --link-kbit, "
                "--rtt-ms); vs prev = records/s / previous run's\n\n");
    std::printf("%7s  %-4s %8s %10s %11s %10s %10s %10s %8s %8s\n", "N", "dir", "requests", "ms",
                "records/s", "wire B/rec", "wire/plain", "wire/body", "vs link", "vs prev");

    int exitCode = 0;
    for (int n : o.counts) {
        BenchServer server(o.server);
        QString error;
        if (!server.start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        auto writer = login(server.url(), o, &error);
        Figures first, push, pull;
        if (!writer || !runSync(*writer, &first, &error) || !makeChanges(*writer, n, &error)
            || !runSync(*writer, &push, &error)) {
            std::fprintf(stderr, "N=%d: %s\n", n, qPrintable(error));
            exitCode = 1;
            continue;
        }
        push.records = n;
        auto reader = login(server.url(), o, &error);
        if (!reader || !runSync(*reader, &pull, &error)) {
            std::fprintf(stderr, "N=%d pull: %s\n", n, qPrintable(error));
            exitCode = 1;
            continue;
        }
        pull.records = reader->store->recordCount(QString::fromUtf16(kind::kAnswer));
        const QString key = QString::number(n);
        const QJsonObject prev = previousAll.value(key).toObject();
        printRow("push", push, o, prev.value(u"push"_s).toObject());
        printRow("pull", pull, o, prev.value(u"pull"_s).toObject());
        QJsonObject pushJson = push.toJson();
        pushJson.insert(u"recordsPerSecond"_s, push.recordsPerSecond());
        QJsonObject pullJson = pull.toJson();
        pullJson.insert(u"recordsPerSecond"_s, pull.recordsPerSecond());
        results.insert(key, QJsonObject{{u"push"_s, pushJson}, {u"pull"_s, pullJson}});
    }

    QDir().mkpath(QFileInfo(o.resultsFile).absolutePath());
    if (QFile f(o.resultsFile); f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(results).toJson());
    std::printf("\nFigures saved to %s for the next run's comparison.\n", qPrintable(o.resultsFile));
    return exitCode;
}
