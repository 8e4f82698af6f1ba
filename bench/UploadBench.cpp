// Upload benchmark: uploads evidence files the way the client core does (FileStore + UploadQueue)
// and prints goodput as a ratio of the link rate when the link is shaped (a loopback FaultProxy,
// available when the tests are built), the bytes re-sent after one forced cut, the cost of
// re-sending a file the server already holds, and the time of the finishing step (the request
// that completes the file: whole-file hash check and move into place) for 1 MiB and 200 MiB
// files. Compares with the previous run. Run against any server with --server URL; without it
// the real pajapolku-server is started with demo data on a free loopback port.

#include "bench/BenchServer.h"
#include "client/core/ApiClient.h"
#include "client/core/FileStore.h"
#include "client/core/LocalStore.h"
#include "client/core/UploadQueue.h"
#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"
#ifdef PAJAPOLKU_BENCH_SHAPER
#include "tests/support/FaultProxy.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QUrl server;
    QString username;
    QString password;
    QList<qint64> finishMib;
    qint64 shapedKib = 0;
    double linkKbit = 0;
    int rttMs = 0;
    QString resultsFile;
};

bool spin(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(5);
    loop.exec();
    return done();
}

// Runs one request to its end; returns its error, and its JSON body in *json.
Error run(ApiReply *reply, QJsonObject *json = nullptr)
{
    bool finished = false;
    Error error(ErrorCode::Timeout, u"no answer"_s);
    QObject::connect(reply, &ApiReply::finished, reply, [&, reply] {
        error = reply->error();
        if (json)
            *json = reply->json();
        finished = true;
    });
    spin([&] { return finished; }, 600000);
    return error;
}

QByteArray randomPdf(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator64 *random = QRandomGenerator64::global();
    const qsizetype words = size / qsizetype(sizeof(quint32));
    random->fillRange(reinterpret_cast<quint32 *>(bytes.data()), words);
    for (qsizetype i = words * qsizetype(sizeof(quint32)); i < size; ++i)
        bytes[i] = char(random->bounded(256));
    bytes.replace(0, 9, "%PDF-1.4\n"_ba);
    return bytes;
}

// A logged-in client core with its own profile: local store, file store, API client, queue.
struct Client
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<FileStore> files;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<UploadQueue> queue;
};

std::unique_ptr<Client> login(const QUrl &url, const Options &o, QString *error)
{
    auto c = std::make_unique<Client>();
    const QString db = c->dir.filePath(u"profile.sqlite"_s);
    c->store = std::make_unique<LocalStore>(&c->clock);
    if (!c->store->open(db)) {
        *error = c->store->errorString();
        return nullptr;
    }
    c->files = std::make_unique<FileStore>(db);
    if (!c->files->open()) {
        *error = c->files->errorString();
        return nullptr;
    }
    c->api = std::make_unique<ApiClient>(url);
    QJsonObject body;
    const Error e = run(c->api->login(LoginRequest{o.username, o.password, u"bench"_s}), &body);
    Error parseError;
    const auto resp = e ? std::nullopt : LoginResponse::fromJson(body, &parseError);
    if (!resp) {
        *error = u"login failed: %1 %2"_s.arg(errorCodeName(e ? e.code : parseError.code),
                                              e ? e.message : parseError.message);
        return nullptr;
    }
    c->api->setToken(resp->token);
    c->queue = std::make_unique<UploadQueue>(c->files.get(), c->api.get());
    c->queue->setRetryDelays(100, 1000);
    return c;
}

// Stores `content` in the client's file store and uploads it; returns the wall time in ms.
double uploadFile(Client &c, const QByteArray &content, QString *error,
              const std::function<void()> &whenStarted = {})
{
    const QString path = c.dir.filePath(u"evidence.pdf"_s);
    QFile::remove(path);
    if (QFile f(path); !f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        *error = u"cannot write the file"_s;
        return -1;
    }
    Error e;
    const std::optional<StoredFile> stored = c.files->add(path, {}, &e);
    if (!stored) {
        *error = e.message;
        return -1;
    }
    bool done = false;
    QString failed;
    QObject::connect(c.queue.get(), &UploadQueue::fileFinished, c.queue.get(),
                     [&](const QString &sha) { done = done || sha == stored->sha256; });
    QObject::connect(c.queue.get(), &UploadQueue::fileFailed, c.queue.get(),
                     [&](const QString &, const Error &why) { failed = why.message; });
    QElapsedTimer timer;
    timer.start();
    c.queue->start();
    if (whenStarted)
        whenStarted();
    spin([&] { return done || !failed.isEmpty(); }, 3600 * 1000);
    c.queue->disconnect(c.queue.get());
    if (!done) {
        *error = failed.isEmpty() ? u"the upload did not finish"_s : failed;
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

struct FinishFigures
{
    double chunkMs = 0; // a 64 KiB chunk in the middle
    double finishMs = 0; // the last 64 KiB chunk, which completes the file
};

// Sends the file in the largest chunks the server takes, then times a plain 64 KiB chunk and the
// final one: the difference is the finishing step.
bool measureFinish(ApiClient &api, qint64 size, FinishFigures *f, QString *error)
{
    constexpr qint64 kSmall = 64 * 1024;
    const QByteArray content = randomPdf(size);
    const QString sha = crypto::sha256Hex(content);
    QJsonObject json;
    Error e = run(api.beginUpload(UploadBeginRequest{sha, size, u"application/pdf"_s}), &json);
    Error parseError;
    const auto status = e ? std::nullopt : UploadStatus::fromJson(json, &parseError);
    if (!status) {
        *error = u"begin: "_s + (e ? e.message : parseError.message);
        return false;
    }
    const qint64 maxChunk = status->maxChunkBytes > 0 ? status->maxChunkBytes
                                                      : protocol::limits::kMaxChunkBytes;
    const qint64 bulkEnd = size - 2 * kSmall;
    for (qint64 at = 0; at < bulkEnd;) {
        const qint64 n = std::min(maxChunk, bulkEnd - at);
        if ((e = run(api.putChunk(sha, at, content.mid(at, n))))) {
            *error = u"chunk: "_s + e.message;
            return false;
        }
        at += n;
    }
    QElapsedTimer t;
    t.start();
    if ((e = run(api.putChunk(sha, bulkEnd, content.mid(bulkEnd, kSmall))))) {
        *error = u"chunk: "_s + e.message;
        return false;
    }
    f->chunkMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    if ((e = run(api.putChunk(sha, bulkEnd + kSmall, content.mid(bulkEnd + kSmall, kSmall)),
                 &json))) {
        *error = u"last chunk: "_s + e.message;
        return false;
    }
    f->finishMs = double(t.nsecsElapsed()) / 1e6;
    const auto last = UploadStatus::fromJson(json, &parseError);
    if (!last || last->state != UploadState::Complete) {
        *error = u"the last chunk did not complete the file"_s;
        return false;
    }
    return true;
}

QString vsPrevious(double now, double before)
{
    return before > 0 ? u"%1"_s.arg(now / before, 0, 'f', 2) : u"-"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    crypto::initialize();
    QCommandLineParser p;
    p.setApplicationDescription(u"Pajapolku upload benchmark"_s);
    p.addHelpOption();
    p.addOption({u"server"_s, u"Use this server instead of starting one (URL)."_s, u"url"_s});
    p.addOption({u"username"_s, u"Trainee to log in as."_s, u"name"_s, u"aino"_s});
    p.addOption({u"password"_s, u"The trainee's password."_s, u"password"_s, u"Aino-demo1"_s});
    p.addOption({u"finish-mib"_s, u"File sizes (MiB) for the finishing-step timing."_s, u"list"_s,
                 u"1,200"_s});
    p.addOption({u"size-kib"_s, u"File size for the goodput and cut runs (KiB)."_s, u"kib"_s,
                 u"4096"_s});
    p.addOption({u"link-kbit"_s, u"Shaped uplink rate in kbit/s (0: no shaping)."_s, u"kbit"_s,
                 u"5000"_s});
    p.addOption({u"rtt-ms"_s, u"Shaped round-trip time in ms."_s, u"ms"_s, u"60"_s});
    p.addOption({u"results"_s, u"Where the previous and this run's figures are kept."_s, u"file"_s,
                 u"bench-results/upload.json"_s});
    p.process(app);

    Options o;
    o.server = QUrl(p.value(u"server"_s));
    o.username = p.value(u"username"_s);
    o.password = p.value(u"password"_s);
    for (const QString &s : p.value(u"finish-mib"_s).split(u',', Qt::SkipEmptyParts))
        o.finishMib.append(s.toLongLong());
    o.shapedKib = p.value(u"size-kib"_s).toLongLong();
    o.linkKbit = p.value(u"link-kbit"_s).toDouble();
    o.rttMs = p.value(u"rtt-ms"_s).toInt();
    o.resultsFile = p.value(u"results"_s);
#ifndef PAJAPOLKU_BENCH_SHAPER
    o.linkKbit = 0; // no link shaper in this build (tests not built)
#endif

    QJsonObject previous;
    if (QFile f(o.resultsFile); f.open(QIODevice::ReadOnly))
        previous = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject results;

    BenchServer server(o.server);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf("Pajapolku upload benchmark (%s)\n", qPrintable(server.url().toString()));
    int exitCode = 0;

    // 1. Goodput, one forced cut and an already-held file, through the shaped link.
    const qint64 size = o.shapedKib * 1024;
    const double rate = o.linkKbit * 1000.0 / 8.0; // bytes per second
    QUrl linkUrl = server.url();
#ifdef PAJAPOLKU_BENCH_SHAPER
    std::unique_ptr<FaultProxy> proxy;
    if (o.linkKbit > 0) {
        proxy = std::make_unique<FaultProxy>(quint16(server.url().port()));
        if (!proxy->start()) {
            std::fprintf(stderr, "the link shaper cannot listen\n");
            return 2;
        }
        proxy->setBandwidth(FaultProxy::Direction::Upstream, qint64(rate));
        proxy->setRoundTrip(o.rttMs);
        linkUrl = proxy->url();
        std::printf("  link: %.0f kbit/s up, %d ms round trip (loopback shaper)\n", o.linkKbit,
                    o.rttMs);
    }
#endif
    if (o.linkKbit <= 0)
        std::printf("  link: not shaped (goodput in MB/s only; no forced cut)\n");
    if (auto c = login(linkUrl, o, &error)) {
        const QByteArray clean = randomPdf(size);
#ifdef PAJAPOLKU_BENCH_SHAPER
        if (proxy)
            proxy->resetCounters();
#endif
        c->api->resetCounters();
        const double ms = uploadFile(*c, clean, &error);
        if (ms < 0) {
            std::fprintf(stderr, "clean upload: %s\n", qPrintable(error));
            exitCode = 1;
        } else {
            const double bytesPerSecond = double(size) * 1000.0 / ms;
            const double goodput = rate > 0 ? bytesPerSecond / rate : 0;
            QJsonObject prev = previous.value(u"clean"_s).toObject();
            const qint64 requests = c->api->counters().requests;
            std::printf("  clean upload of %lld KiB: %.1f s, %.3f MB/s, goodput %s of the link "
                        "(target >= 0.95), %lld requests, largest chunk %lld, vs prev %s\n",
                        static_cast<long long>(o.shapedKib), ms / 1000.0, bytesPerSecond / 1e6,
                        rate > 0 ? qPrintable(u"%1"_s.arg(goodput, 0, 'f', 3)) : "-",
                        static_cast<long long>(requests),
                        static_cast<long long>(c->queue->largestChunkSent()),
                        qPrintable(vsPrevious(ms, prev.value(u"ms"_s).toDouble())));
            results.insert(u"clean"_s, QJsonObject{{u"ms"_s, ms}, {u"goodput"_s, goodput},
                                                   {u"kib"_s, o.shapedKib},
                                                   {u"requests"_s, requests}});
        }
#ifdef PAJAPOLKU_BENCH_SHAPER
        if (proxy) {
            const QByteArray cut = randomPdf(size);
            proxy->resetCounters();
            c->api->resetCounters();
            const double cutMs = uploadFile(*c, cut, &error, [&] {
                proxy->cutAfter(FaultProxy::Direction::Upstream, size / 2);
            });
            if (cutMs < 0) {
                std::fprintf(stderr, "cut upload: %s\n", qPrintable(error));
                exitCode = 1;
            } else {
                const qint64 resent = proxy->bytesFromClients() - size;
                const double airtime = double(resent) / rate;
                const qint64 requests = c->api->counters().requests;
                std::printf("  one cut at half of %lld KiB: %lld bytes re-sent (with headers), "
                            "%.2f s of airtime (target <= 4 s), %d cut(s), %lld requests, "
                            "%.1f s in all\n",
                            static_cast<long long>(o.shapedKib), static_cast<long long>(resent),
                            airtime, proxy->cutCount(), static_cast<long long>(requests),
                            cutMs / 1000.0);
                results.insert(u"cut"_s, QJsonObject{{u"resentBytes"_s, resent},
                                                     {u"airtimeSeconds"_s, airtime},
                                                     {u"requests"_s, requests}});
            }
            // The same file again from another laptop: one round trip, no file bytes.
            if (auto other = login(linkUrl, o, &error)) {
                proxy->resetCounters();
                other->api->resetCounters();
                const double againMs = uploadFile(*other, clean, &error);
                if (againMs >= 0)
                    std::printf("  a file the server holds: %lld request(s), %lld bytes from the "
                                "client, %.0f ms\n",
                                static_cast<long long>(other->api->counters().requests),
                                static_cast<long long>(proxy->bytesFromClients()), againMs);
            }
        }
#endif
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        exitCode = 1;
    }

    // 2. The finishing step, straight to the server (no shaping).
    if (auto c = login(server.url(), o, &error)) {
        QJsonObject finish;
        for (qint64 mib : o.finishMib) {
            FinishFigures f;
            if (!measureFinish(*c->api, mib * 1024 * 1024, &f, &error)) {
                std::fprintf(stderr, "finish %lld MiB: %s\n", static_cast<long long>(mib),
                             qPrintable(error));
                exitCode = 1;
                continue;
            }
            const QString key = QString::number(mib);
            const QJsonObject prev = previous.value(u"finish"_s).toObject().value(key).toObject();
            std::printf("  finishing step, %4lld MiB file: last 64 KiB chunk %.1f ms, a plain "
                        "64 KiB chunk %.1f ms, finishing %.1f ms, vs prev %s\n",
                        static_cast<long long>(mib), f.finishMs, f.chunkMs,
                        f.finishMs - f.chunkMs,
                        qPrintable(vsPrevious(f.finishMs, prev.value(u"finishMs"_s).toDouble())));
            finish.insert(key, QJsonObject{{u"finishMs"_s, f.finishMs}, {u"chunkMs"_s, f.chunkMs}});
        }
        results.insert(u"finish"_s, finish);
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        exitCode = 1;
    }

    QDir().mkpath(QFileInfo(o.resultsFile).absolutePath());
    if (QFile f(o.resultsFile); f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(results).toJson());
    std::printf("\nFigures saved to %s for the next run's comparison.\n", qPrintable(o.resultsFile));
    return exitCode;
}
