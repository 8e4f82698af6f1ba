#include "tests/server/UploadTestClient.h"

#include "common/protocol/Protocol.h"
#include "common/util/Crypto.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>


using namespace Qt::StringLiterals;

QByteArray testFile(const QByteArray &magic, qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    const qsizetype words = data.size() / 4;
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), words);
    for (qsizetype i = words * 4; i < data.size(); ++i)
        data[i] = static_cast<char>(rng.generate());
    data.replace(0, std::min<qsizetype>(magic.size(), data.size()), magic.left(data.size()));
    return data;
}

QByteArray jpegFile(qint64 size, quint32 seed)
{
    return testFile("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00"_ba, size, seed);
}

QString sha256Hex(const QByteArray &data)
{
    return crypto::sha256Hex(data);
}

UploadTestClient::UploadTestClient(const QUrl &base, const QString &token)
    : m_base(base), m_api(base)
{
    m_api.setToken(token);
}

HttpResult UploadTestClient::begin(const QString &sha256, qint64 size, const QString &mediaType)
{
    return m_api.post(QString::fromUtf16(protocol::path::kUploads),
                      {{u"sha256"_s, sha256}, {u"size"_s, size}, {u"mediaType"_s, mediaType}});
}

HttpResult UploadTestClient::status(const QString &sha256)
{
    return m_api.get(protocol::uploadPath(sha256));
}

HttpResult UploadTestClient::put(const QString &sha256, qint64 offset, const QByteArray &chunk,
                                 const QByteArray &checksum)
{
    return m_api.send("PUT", protocol::uploadPath(sha256), chunk,
                      {{"Content-Type", "application/octet-stream"},
                       {protocol::header::kUploadOffset, QByteArray::number(offset)},
                       {protocol::header::kChunkSha256,
                        checksum.isEmpty() ? crypto::sha256(chunk).toHex() : checksum}});
}

HttpResult UploadTestClient::download(const QString &sha256, const QByteArray &range)
{
    RawHeaders headers;
    if (!range.isEmpty())
        headers.append({protocol::header::kRange, range});
    return m_api.get(protocol::filePath(sha256), headers);
}

UploadTestClient::Outcome UploadTestClient::upload(const QByteArray &file,
                                                   const QString &mediaType, qint64 chunkBytes,
                                                   int maxFailures)
{
    Outcome out;
    const QString sha = sha256Hex(file);
    bool ask = true; // begin (idempotent) first and after every failure
    qint64 offset = 0;
    while (out.failures <= maxFailures) {
        if (ask) {
            ++out.requests;
            const HttpResult r = begin(sha, file.size(), mediaType);
            if (r.status != 200) {
                ++out.failures;
                continue;
            }
            out.last = r.json;
            offset = r.json.value(u"offset"_s).toInteger();
            ask = false;
        }
        if (out.last.value(u"state"_s).toString() == u"complete"_s) {
            out.complete = true;
            return out;
        }
        ++out.requests;
        const HttpResult r = put(sha, offset, file.mid(offset, chunkBytes));
        if (r.status == 200) {
            out.last = r.json;
            offset = r.json.value(u"offset"_s).toInteger();
        } else {
            ++out.failures;
            ask = r.status == 0 || r.json.value(u"offset"_s).toInteger(-1) < 0;
            if (!ask)
                offset = r.json.value(u"offset"_s).toInteger();
            if (r.status >= 400 && r.status != 409 && r.status != 422 && r.status < 500)
                return out; // a permanent refusal
        }
    }
    return out;
}

UploadTestClient::Outcome UploadTestClient::uploadInFlight(const QByteArray &file,
                                                           const QString &mediaType,
                                                           qint64 chunkBytes, int inFlight)
{
    Outcome out;
    const QString sha = sha256Hex(file);
    ++out.requests;
    const HttpResult first = begin(sha, file.size(), mediaType);
    out.last = first.json;
    if (first.status != 200)
        return out;
    qint64 next = first.json.value(u"offset"_s).toInteger();
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QUrl url = m_base;
    url.setPath(protocol::uploadPath(sha));
    int running = 0;
    auto startNext = [&] {
        const QByteArray chunk = file.mid(next, chunkBytes);
        QNetworkRequest request(url);
        request.setRawHeader(protocol::header::kProtocol, QByteArray::number(protocol::kVersion));
        request.setRawHeader(protocol::header::kAuthorization, "Bearer " + m_api.token().toUtf8());
        request.setRawHeader("Content-Type", "application/octet-stream");
        request.setRawHeader(protocol::header::kUploadOffset, QByteArray::number(next));
        request.setRawHeader(protocol::header::kChunkSha256, crypto::sha256(chunk).toHex());
        QNetworkReply *reply = nam.put(request, chunk);
        next += chunk.size();
        ++running;
        ++out.requests;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            --running;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            if (status != 200)
                ++out.failures;
            else if (json.value(u"offset"_s).toInteger() >= out.last.value(u"offset"_s).toInteger())
                out.last = json;
            reply->deleteLater();
        });
    };
    while (out.failures == 0) {
        while (running < inFlight && next < file.size())
            startNext();
        if (running == 0)
            break;
        QTest::qWait(1);
    }
    out.complete = out.last.value(u"state"_s).toString() == u"complete"_s;
    return out;
}
