#pragma once
// Evidence files for the scenario and UI tests: PDF-looking bytes of random content
// (incompressible, the same for the same seed), written into a folder, and their SHA-256 names in
// hex as the client and the server use them.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

// A PDF-looking file of `size` bytes with random content from `seed`.
inline QByteArray randomPdf(qint64 size, quint32 seed)
{
    QByteArray bytes = QByteArrayLiteral("%PDF-1.4\n");
    QRandomGenerator random(seed);
    bytes.resize(size);
    for (qint64 i = 9; i < size; ++i)
        bytes[i] = static_cast<char>(random.bounded(256));
    return bytes;
}

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The SHA-256 of a file's bytes; empty when it cannot be read.
inline QString sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

// Writes `bytes` as dir/name (the test fails when it cannot) and returns the path.
inline QString writeTestFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

// randomPdf(size, seed) written as dir/name; returns the path.
inline QString writeRandomPdf(const QString &dir, const QString &name, qint64 size, quint32 seed)
{
    return writeTestFile(dir, name, randomPdf(size, seed));
}
