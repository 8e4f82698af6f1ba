#pragma once
// Thin wrappers over libsodium: random tokens and ids, SHA-256, argon2id password hashes.
// Nothing here implements cryptography itself.

#include <QByteArray>
#include <QString>

namespace crypto {

// Must succeed before any other call; safe to call many times.
bool initialize();

QByteArray randomBytes(int count);
// 256 random bits, base64url without padding (43 characters).
QString newToken();
// A random RFC 4122 version-4 UUID without braces.
QString newUuid();

QByteArray sha256(const QByteArray &data);
QString sha256Hex(const QByteArray &data);

enum class HashCost { Interactive, Minimum };
// Tests lower the cost so that hundreds of users can be created quickly. Production never does.
void setPasswordHashCost(HashCost cost);

// argon2id in libsodium's self-describing string format ($argon2id$v=19$m=...,t=...,p=...$...).
QString hashPassword(const QString &password);
bool verifyPassword(const QString &storedHash, const QString &password);

// Constant-time comparison of two equal-length byte arrays.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace crypto
