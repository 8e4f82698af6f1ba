#pragma once
// The client side of uploads for server tests: begin, status, chunks and downloads over HTTP,
// plus whole uploads that resume after failures (asking the server where it stands, as a real
// client must) and uploads with several chunks in flight at once.

#include "tests/server/ApiTestClient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// Bytes that a file of the given type starts with, then pseudo-random bytes from the seed.
QByteArray testFile(const QByteArray &magic, qint64 size, quint32 seed = 1);
QByteArray jpegFile(qint64 size, quint32 seed = 1);
QString sha256Hex(const QByteArray &data);

class UploadTestClient
{
public:
    UploadTestClient(const QUrl &base, const QString &token);

    ApiTestClient &api() { return m_api; }

    HttpResult begin(const QString &sha256, qint64 size, const QString &mediaType);
    HttpResult status(const QString &sha256);
    // checksum: the X-Chunk-Sha256 to send (default: the chunk's real SHA-256).
    HttpResult put(const QString &sha256, qint64 offset, const QByteArray &chunk,
                   const QByteArray &checksum = {});
    // range: the Range header's value (e.g. "bytes=100-"), or none.
    HttpResult download(const QString &sha256, const QByteArray &range = {});

    struct Outcome
    {
        bool complete = false;
        int requests = 0;
        int failures = 0; // requests without an answer (cut connections) or with an error
        QJsonObject last; // the last status the server sent
    };
    // Begins, then sends chunks one at a time from where the server stands; after a failure it
    // asks for the status first. Gives up after maxFailures.
    Outcome upload(const QByteArray &file, const QString &mediaType, qint64 chunkBytes,
                   int maxFailures = 20);
    // Begins, then keeps up to inFlight chunk requests going at once (each on its own
    // connection), starting the next whenever one is answered. No failures expected.
    Outcome uploadInFlight(const QByteArray &file, const QString &mediaType, qint64 chunkBytes,
                           int inFlight);

private:
    QUrl m_base;
    ApiTestClient m_api;
};
