#include "common/model/Records.h"
#include "common/protocol/Protocol.h"
#include "server/core/Admin.h"
#include "server/core/UploadService.h"
#include "tests/server/ServerFixture.h"
#include "tests/server/UploadTestClient.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MiB = 1024 * 1024;

// Aino attaches a file (and optionally a thumbnail) to her first task through sync.
void attach(ServerFixture &f, const QByteArray &file, const QString &thumbnailSha = {},
            qint64 counter = 1)
{
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    QJsonObject fields{{u"sha256"_s, sha256Hex(file)},
                       {u"size"_s, file.size()},
                       {u"mediaType"_s, u"image/jpeg"_s},
                       {u"fileName"_s, u"portaat.jpg"_s}};
    if (!thumbnailSha.isEmpty())
        fields.insert(u"thumbnailSha256"_s, thumbnailSha);
    std::optional<SyncResponse> r;
    REQUIRE(aino->sync(syncRequest(u"laptop-aino"_s,
                                   {operation(counter, u"attachment"_s, f.tasksA[0], fields)}),
                       &r)
                .status
            == 200);
    REQUIRE(r);
    REQUIRE(r->acks.size() == 1);
    REQUIRE(r->acks[0].status == AckStatus::Applied);
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * 4096;
}
} // namespace

TEST_CASE("a coach downloads an attached file whole and by byte ranges", "[files][download]")
{
    ServerFixture f;
    const QByteArray file = jpegFile(3 * MiB + 5, 30);
    const QString sha = sha256Hex(file);
    REQUIRE(UploadTestClient(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s))
                .upload(file, u"image/jpeg"_s, MiB)
                .complete);
    attach(f, file);
    UploadTestClient coach(f.server.url(), f.server.login(u"veera"_s, u"Veera-pass1"_s));

    HttpResult r = coach.download(sha);
    REQUIRE(r.status == 200);
    CHECK(r.body == file);
    CHECK(r.header("Content-Type") == "image/jpeg");
    CHECK(r.header("Accept-Ranges") == "bytes");
    CHECK(r.header("ETag") == '"' + sha.toLatin1() + '"');
    CHECK(r.header("X-Content-Type-Options") == "nosniff");

    r = coach.download(sha, "bytes=100-199");
    CHECK(r.status == 206);
    CHECK(r.body == file.mid(100, 100));
    CHECK(r.header("Content-Range") == "bytes 100-199/" + QByteArray::number(file.size()));
    r = coach.download(sha, "bytes=" + QByteArray::number(2 * MiB) + "-");
    CHECK(r.status == 206);
    CHECK(r.body == file.mid(2 * MiB));
    r = coach.download(sha, "bytes=-10");
    CHECK(r.body == file.right(10));
    r = coach.download(sha, "bytes=5-" + QByteArray::number(10 * MiB)); // clipped to the end
    CHECK(r.status == 206);
    CHECK(r.body == file.mid(5));
    r = coach.download(sha, "bytes=" + QByteArray::number(file.size()) + "-");
    CHECK(r.status == 416);
    CHECK(r.code() == u"range_not_satisfiable"_s);
    CHECK(r.header("Content-Range") == "bytes */" + QByteArray::number(file.size()));
    // Several ranges or a malformed one: the whole file.
    CHECK(coach.download(sha, "bytes=0-1,5-6").status == 200);
    CHECK(coach.download(sha, "bytes=x-y").body == file);
    // The trainee reads her own attachment too.
    UploadTestClient aino(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s));
    CHECK(aino.download(sha, "bytes=0-3").body == file.left(4));
}

TEST_CASE("a download cut in the middle resumes with a byte range", "[files][download]")
{
    ServerFixture f;
    const QByteArray file = jpegFile(6 * MiB, 31);
    const QString sha = sha256Hex(file);
    REQUIRE(UploadTestClient(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s))
                .upload(file, u"image/jpeg"_s, 2 * MiB)
                .complete);
    attach(f, file);
    FaultProxy proxy(f.server.port());
    REQUIRE(proxy.start());
    proxy.cutAfter(FaultProxy::Direction::Downstream, 2 * MiB + 1000);

    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(proxy.url().toString() + protocol::filePath(sha)));
    request.setRawHeader(protocol::header::kProtocol, "1");
    request.setRawHeader(protocol::header::kAuthorization,
                         "Bearer " + f.server.login(u"veera"_s, u"Veera-pass1"_s).toUtf8());
    QNetworkReply *reply = nam.get(request);
    QByteArray received;
    QObject::connect(reply, &QIODevice::readyRead, reply, [&] { received += reply->readAll(); });
    QSignalSpy(reply, &QNetworkReply::finished).wait(20000);
    received += reply->readAll();
    CHECK(reply->error() != QNetworkReply::NoError);
    CHECK(proxy.cutCount() == 1);
    REQUIRE(received.size() > MiB);
    REQUIRE(received.size() < file.size());
    reply->deleteLater();

    request.setRawHeader(protocol::header::kRange,
                         "bytes=" + QByteArray::number(received.size()) + "-");
    reply = nam.get(request);
    QSignalSpy(reply, &QNetworkReply::finished).wait(20000);
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 206);
    received += reply->readAll();
    reply->deleteLater();
    CHECK(sha256Hex(received) == sha);
}

TEST_CASE("files not attached in a scope the user reads are not found", "[files][download]")
{
    ServerFixture f;
    const QString ainoToken = f.server.login(u"aino"_s, u"Aino-pass1"_s);
    UploadTestClient aino(f.server.url(), ainoToken);
    const QByteArray file = jpegFile(MiB, 32);
    const QByteArray thumb = jpegFile(20000, 33);
    const QByteArray unattached = jpegFile(MiB, 34);
    const QByteArray unfinished = jpegFile(2 * MiB, 35);
    REQUIRE(aino.upload(file, u"image/jpeg"_s, MiB).complete);
    REQUIRE(aino.upload(thumb, u"image/jpeg"_s, MiB).complete);
    REQUIRE(aino.upload(unattached, u"image/jpeg"_s, MiB).complete);
    REQUIRE(aino.begin(sha256Hex(unfinished), unfinished.size(), u"image/jpeg"_s).status == 200);
    REQUIRE(aino.put(sha256Hex(unfinished), 0, unfinished.left(MiB)).status == 200);
    attach(f, file, sha256Hex(thumb), 1);
    attach(f, unfinished, {}, 2);

    UploadTestClient coach(f.server.url(), f.server.login(u"veera"_s, u"Veera-pass1"_s));
    UploadTestClient mikko(f.server.url(), f.server.login(u"mikko"_s, u"Mikko-pass1"_s));
    UploadTestClient otherOrg(f.server.url(), f.server.login(u"olli"_s, u"Olli-pass1"_s));
    CHECK(coach.download(sha256Hex(file)).status == 200);
    CHECK(coach.download(sha256Hex(thumb)).body == thumb); // a thumbnail of an attachment
    // Another trainee, a coach of another organisation, a file nobody attached, an unfinished
    // upload and a hash nobody has: all the same 404.
    const QList<QPair<UploadTestClient *, QString>> hidden{
        {&mikko, sha256Hex(file)},           {&otherOrg, sha256Hex(file)},
        {&otherOrg, sha256Hex(thumb)},       {&coach, sha256Hex(unattached)},
        {&aino, sha256Hex(unattached)},      {&coach, sha256Hex(unfinished)},
        {&coach, sha256Hex("nothing"_ba)}};
    QByteArray body404;
    for (const auto &[client, sha] : hidden) {
        const HttpResult r = client->download(sha);
        CHECK(r.status == 404);
        CHECK(r.code() == u"not_found"_s);
        if (body404.isEmpty())
            body404 = r.body;
        CHECK(r.body == body404);
    }
}

TEST_CASE("hostile hashes and paths are refused with 400 and write nothing outside the data"
          " directory",
          "[files][input]")
{
    TempDir outer;
    const QString dataDir = outer.filePath(u"data"_s);
    TestServer server(dataDir);
    REQUIRE(server.start());
    const qint64 org = server.createOrg(u"Paja"_s);
    server.createUser(org, u"aino"_s, u"Aino-pass1"_s, Role::Trainee);
    UploadTestClient aino(server.url(), server.login(u"aino"_s, u"Aino-pass1"_s));
    const QString good = sha256Hex("x"_ba);
    const QStringList hostile{u"../../../../tmp/pajapolku-escape"_s,
                              u"..%2F..%2F..%2Fescape"_s,
                              good.toUpper(),
                              good.left(63),
                              good + u"0"_s,
                              good.left(63) + u"g"_s,
                              u"%00"_s + good.left(61),
                              u"."_s,
                              u""_s,
                              QString(64, u'é'),
                              good.left(32) + u"/"_s + good.left(31)};
    for (const QString &name : hostile) {
        INFO(name.toStdString());
        HttpResult r = aino.begin(name, 10, u"text/plain"_s);
        CHECK(r.status == 400);
        for (const HttpResult &result :
             {aino.status(name), aino.put(name, 0, "hello"_ba), aino.download(name)}) {
            // A path that no longer names an upload at all is simply not found.
            CHECK((result.status == 400 || result.status == 404));
            if (result.status == 400)
                CHECK(result.code() == u"invalid_field"_s);
        }
    }
    // A hostile thumbnail or file hash never reaches the database either.
    auto client = std::make_unique<ApiTestClient>(server.url());
    REQUIRE(client->login(u"aino"_s, u"Aino-pass1"_s).status == 200);
    const QString set = server.createTaskSet(org, u"T"_s, {u"t"_s});
    server.assign(server.store()->userByUsername(u"aino"_s)->id, set);
    std::optional<SyncResponse> r;
    client->sync(syncRequest(u"dev"_s, {operation(1, u"attachment"_s, server.taskIds(set)[0],
                                                  {{u"sha256"_s, u"../../etc/passwd"_s},
                                                   {u"size"_s, 5},
                                                   {u"mediaType"_s, u"text/plain"_s}})}),
                 &r);
    REQUIRE(r);
    CHECK(r->acks[0].status == AckStatus::Rejected);
    CHECK(r->acks[0].error.code == ErrorCode::InvalidField);

    CHECK(QDir(outer.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
          == QStringList{u"data"_s});
    CHECK_FALSE(QFileInfo::exists(u"/tmp/pajapolku-escape"_s));
    QStringList inside = QDir(dataDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    inside.removeIf([](const QString &n) { return n.startsWith(u"pajapolku.sqlite"_s); });
    CHECK(inside.isEmpty()); // not even an upload directory
}

TEST_CASE("a download to a slow reader keeps the server's memory flat", "[files][download]")
{
    ServerFixture f;
    const qint64 size = 64 * MiB;
    {
        const QByteArray file = jpegFile(size, 36);
        REQUIRE(UploadTestClient(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s))
                    .upload(file, u"image/jpeg"_s, 16 * MiB)
                    .complete);
        attach(f, file);
    }
    const QString sha = sha256Hex(jpegFile(size, 36));
    FaultProxy proxy(f.server.port());
    REQUIRE(proxy.start());
    proxy.setBandwidth(FaultProxy::Direction::Downstream, 2 * MiB);
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(proxy.url().toString() + protocol::filePath(sha)));
    request.setRawHeader(protocol::header::kProtocol, "1");
    request.setRawHeader(protocol::header::kAuthorization,
                         "Bearer " + f.server.login(u"veera"_s, u"Veera-pass1"_s).toUtf8());
    QTest::qWait(200);
    const qint64 before = residentBytes();
    QNetworkReply *reply = nam.get(request);
    qint64 received = 0;
    QObject::connect(reply, &QIODevice::readyRead, reply,
                     [&] { received += reply->readAll().size(); });
    qint64 peak = 0;
    for (int i = 0; i < 40; ++i) { // one second
        QTest::qWait(25);
        peak = std::max(peak, residentBytes() - before);
    }
    INFO("resident growth " << peak / 1024 << " KiB after " << received / 1024 << " KiB");
    CHECK(received > 0);
    CHECK(received < size / 4);
    CHECK(peak < 16 * MiB); // a server pumping the file into its socket would hold ~64 MiB
    reply->abort();
    reply->deleteLater();
}

TEST_CASE("a coach of a shared group downloads a trainee's file from the trainee's organisation",
          "[files][download]")
{
    ServerFixture f;
    const QByteArray file = jpegFile(MiB + 9, 37);
    const QString sha = sha256Hex(file);
    REQUIRE(UploadTestClient(f.server.url(), f.server.login(u"aino"_s, u"Aino-pass1"_s))
                .upload(file, u"image/jpeg"_s, MiB)
                .complete);
    attach(f, file);
    UploadTestClient olli(f.server.url(), f.server.login(u"olli"_s, u"Olli-pass1"_s));
    CHECK(olli.download(sha).status == 404); // another organisation's coach
    // An administrator puts Olli (organisation 2) and Aino (organisation 1) in one group.
    Error error;
    const std::optional<qint64> group
        = f.server.admin()->createGroup(f.org1, u"Yhteinen"_s, &error);
    REQUIRE(group);
    REQUIRE_FALSE(f.server.admin()->addGroupMember(QString::number(*group), u"olli"_s,
                                                   GroupRole::Coach));
    REQUIRE_FALSE(f.server.admin()->addGroupMember(QString::number(*group), u"aino"_s,
                                                   GroupRole::Trainee));
    const HttpResult r = olli.download(sha);
    CHECK(r.status == 200);
    CHECK(r.body == file);
    // Olli's own organisation still holds nothing of it.
    CHECK(f.server.uploads()->used(f.org2) == 0);
}
