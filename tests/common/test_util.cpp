#include <catch2/catch.hpp>

#include "common/protocol/Protocol.h"
#include "common/util/Clock.h"
#include "common/util/Compression.h"
#include "common/util/Crypto.h"

#include <QSet>

using namespace Qt::StringLiterals;

TEST_CASE("zstd bodies round trip and hostile ones are refused", "[util]")
{
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "{\"kind\":\"task\",\"title\":\"Lumityöt piha-alueella\"},";
    const QByteArray packed = compression::zstdCompress(text);
    CHECK(packed.size() < text.size() / 10);
    auto back = compression::zstdDecompress(packed, 1 << 20);
    REQUIRE(back);
    CHECK(*back == text);

    SECTION("an expansion over the limit is refused")
    {
        const QByteArray zeros(8 * 1024 * 1024, '\0');
        const QByteArray bomb = compression::zstdCompress(zeros);
        CHECK(bomb.size() < 4096);
        CHECK_FALSE(compression::zstdDecompress(bomb, 1024 * 1024));
    }
    SECTION("garbage and truncated frames are refused")
    {
        CHECK_FALSE(compression::zstdDecompress("not zstd at all", 1 << 20));
        CHECK_FALSE(compression::zstdDecompress(packed.left(packed.size() / 2), 1 << 20));
    }
}

TEST_CASE("tokens and ids are random and well formed", "[util][crypto]")
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString t = crypto::newToken();
        CHECK(t.size() == 43);
        seen.insert(t);
    }
    CHECK(seen.size() == 200);
    const QString id = crypto::newUuid();
    CHECK(id.size() == 36);
    CHECK(id.at(14) == u'4');
    CHECK(crypto::sha256Hex("abc")
          == u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

TEST_CASE("argon2id hashes verify only the right password", "[util][crypto]")
{
    const QString h = crypto::hashPassword(u"Kemijärvi-2026"_s);
    CHECK(h.startsWith(u"$argon2id$"_s));
    CHECK(crypto::verifyPassword(h, u"Kemijärvi-2026"_s));
    CHECK_FALSE(crypto::verifyPassword(h, u"kemijärvi-2026"_s));
    CHECK_FALSE(crypto::verifyPassword(u"garbage"_s, u"x"_s));
    CHECK_FALSE(crypto::verifyPassword(QString(), u"x"_s));
    CHECK(crypto::hashPassword(u"Kemijärvi-2026"_s) != h); // salted
}

TEST_CASE("the production password cost is memory-hard", "[util][crypto]")
{
    crypto::setPasswordHashCost(crypto::HashCost::Interactive);
    const QString h = crypto::hashPassword(u"correct horse"_s);
    crypto::setPasswordHashCost(crypto::HashCost::Minimum);
    // libsodium's interactive limit: 64 MiB (m=65536 KiB), 2 passes.
    CHECK(h.contains(u"m=65536"_s));
    CHECK(crypto::verifyPassword(h, u"correct horse"_s));
}

TEST_CASE("a manual clock can be frozen, advanced and set a year wrong", "[util]")
{
    ManualClock c;
    const QDateTime t(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    c.freezeAt(t);
    CHECK(c.now() == t);
    c.advance(1500);
    CHECK(c.now() == t.addMSecs(1500));
    ManualClock wrong;
    wrong.setOffset(365LL * 24 * 3600 * 1000);
    CHECK(wrong.now() > QDateTime::currentDateTimeUtc().addDays(360));
}
