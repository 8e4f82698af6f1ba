#pragma once
// Thin wrappers over libsodium: random tokens and ids, SHA-256, argon2id password hashes.
// Nothing here implements cryptography itself.

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct crypto_hash_sha256_state; // libsodium's, kept out of this header

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

// SHA-256 over data added piece by piece, whose state can be saved as bytes and resumed later
// (the server keeps a running upload hash across requests and restarts). The saved state is
// libsodium's crypto_hash_sha256_state: valid for this build on this architecture only.
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream &other);
    Sha256Stream &operator=(const Sha256Stream &other);

    // nullopt when the bytes are not a state saved by state().
    static std::optional<Sha256Stream> fromState(const QByteArray &state);

    void add(const char *data, qsizetype size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    QByteArray state() const;
    // The digest (32 bytes) of everything added so far; the stream itself stays usable.
    QByteArray result() const;
    QString resultHex() const { return QString::fromLatin1(result().toHex()); }

private:
    std::unique_ptr<crypto_hash_sha256_state> m_state;
};

} // namespace crypto
