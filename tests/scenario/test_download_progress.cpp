#include <catch2/catch.hpp>

#include "client/core/DownloadQueue.h"
#include "client/core/FileStore.h"
#include "tests/client/WaitUntil.h"
#include "tests/scenario/ScenarioHarness.h"
#include "tests/support/FaultProxy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

// A coach's download as the review page shows it: progress while the file arrives, and the
// SHA-256 check of the finished file on a worker thread.

namespace {
QString hashOfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QString writeRandomPdf(const QString &dir, qint64 size, quint32 seed)
{
    QByteArray bytes = "%PDF-1.4\n"_ba;
    QRandomGenerator random(seed);
    bytes.resize(size);
    for (qint64 i = 9; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    const QString path = dir + u"/raportti.pdf"_s;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

// The trainee attaches the file to the first task, submits it and waits until it is uploaded.
Attachment attachSubmitAndUpload(Workshop &w, ClientCore &trainee, const QString &path)
{
    REQUIRE_FALSE(trainee.program()->attach(w.tasks[0], path).isError());
    REQUIRE_FALSE(trainee.program()->submit(w.tasks[0], u"Lumityöt tehty, raportti liitteenä."_s)
                      .isError());
    const QList<Attachment> attached = trainee.program()->attachments(w.tasks[0]);
    REQUIRE(attached.size() == 1);
    const Attachment a = attached.first();
    REQUIRE(trainee.sync());
    REQUIRE(waitUntil(
        [&] {
            const auto f = trainee.session()->files()->file(a.sha256);
            return f && f->state == StoredFile::State::Done;
        },
        60000));
    return a;
}
} // namespace

TEST_CASE("a download reports its progress up to the whole file and is checked off the UI thread",
          "[scenario][download][progress]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    const qint64 size = 16 * 1024 * 1024 + 77;
    const Attachment a
        = attachSubmitAndUpload(w, *aino, writeRandomPdf(aino->profileRoot(), size, 41));

    FaultProxy proxy(server.port());
    REQUIRE(proxy.start());
    proxy.setBandwidth(FaultProxy::Direction::Downstream, 8 * 1000 * 1000); // about 2 s
    auto kaisa = w.laptop(u"kaisa"_s, proxy.url());
    REQUIRE(kaisa->login());
    DownloadQueue *downloads = kaisa->session()->downloads();
    QSignalSpy progress(downloads, &DownloadQueue::progressChanged);
    QSignalSpy stored(downloads, &DownloadQueue::fileStored);
    // The event loop must keep turning while the finished file's SHA-256 is computed: a timer
    // that fires on every turn counts the turns seen while the check runs.
    int turnsWhileChecking = 0;
    QTimer turn;
    turn.setInterval(0);
    QObject::connect(&turn, &QTimer::timeout, [&] {
        if (downloads->isVerifying() && downloads->currentSha256() == a.sha256)
            ++turnsWhileChecking;
    });
    turn.start();
    REQUIRE(kaisa->sync()); // prefetches the thumbnail-less PDF of the waiting submission
    REQUIRE(waitUntil(
        [&] {
            return std::any_of(stored.cbegin(), stored.cend(), [&](const QList<QVariant> &args) {
                return args.at(0).toString() == a.sha256;
            });
        },
        60000));
    turn.stop();

    QList<qint64> seen;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        if (args.at(0).toString() != a.sha256)
            continue;
        CHECK(args.at(2).toLongLong() == size);
        seen.append(args.at(1).toLongLong());
    }
    INFO("progress reports: " << seen.size());
    REQUIRE(seen.size() >= 3); // on the way, not only at the end
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
    CHECK(seen.first() < size);
    CHECK(seen.last() == size);
    CHECK(turnsWhileChecking >= 1);
    CHECK_FALSE(downloads->isVerifying());
    CHECK(hashOfFile(downloads->localPath(a.sha256)) == a.sha256);
}
