#include "common/util/Crypto.h"

#include <sodium.h>

#include <atomic>
#include <cstring>

namespace crypto {

namespace {
std::atomic<HashCost> g_cost{HashCost::Interactive};
}

bool initialize()
{
    return sodium_init() >= 0;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(out.size()));
    return out;
}

QString newToken()
{
    return QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding
                                                       | QByteArray::OmitTrailingEquals));
}

QString newUuid()
{
    QByteArray b = randomBytes(16);
    b[6] = static_cast<char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<char>((b[8] & 0x3f) | 0x80);
    const QByteArray hex = b.toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
                               + hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

void setPasswordHashCost(HashCost cost)
{
    g_cost = cost;
}

QString hashPassword(const QString &password)
{
    const QByteArray pw = password.toUtf8();
    const bool minimum = g_cost.load() == HashCost::Minimum;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pw.constData(), static_cast<unsigned long long>(pw.size()),
                          minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &storedHash, const QString &password)
{
    const QByteArray hash = storedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(hash.constData(), pw.constData(),
                                    static_cast<unsigned long long>(pw.size()))
           == 0;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

Sha256Stream::Sha256Stream() : m_state(std::make_unique<crypto_hash_sha256_state>())
{
    crypto_hash_sha256_init(m_state.get());
}

Sha256Stream::~Sha256Stream() = default;

Sha256Stream::Sha256Stream(const Sha256Stream &other)
    : m_state(std::make_unique<crypto_hash_sha256_state>(*other.m_state))
{
}

Sha256Stream &Sha256Stream::operator=(const Sha256Stream &other)
{
    *m_state = *other.m_state;
    return *this;
}

std::optional<Sha256Stream> Sha256Stream::fromState(const QByteArray &state)
{
    if (state.size() != static_cast<qsizetype>(sizeof(crypto_hash_sha256_state)))
        return std::nullopt;
    Sha256Stream stream;
    std::memcpy(stream.m_state.get(), state.constData(), sizeof(crypto_hash_sha256_state));
    return stream;
}

void Sha256Stream::add(const char *data, qsizetype size)
{
    crypto_hash_sha256_update(m_state.get(), reinterpret_cast<const unsigned char *>(data),
                              static_cast<unsigned long long>(size));
}

QByteArray Sha256Stream::state() const
{
    QByteArray out(static_cast<qsizetype>(sizeof(crypto_hash_sha256_state)), Qt::Uninitialized);
    std::memcpy(out.data(), m_state.get(), sizeof(crypto_hash_sha256_state));
    return out;
}

QByteArray Sha256Stream::result() const
{
    crypto_hash_sha256_state copy = *m_state;
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&copy, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace crypto
