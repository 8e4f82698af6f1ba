// The organisation's phrase bank travels between coaches: edited offline, merged by the server,
// kept within the organisation; a trainee cannot write it.

#include <catch2/catch.hpp>

#include "client/core/CoachWorkspace.h"
#include "client/core/PhraseBank.h"
#include "common/model/ReviewRecords.h"
#include "tests/scenario/ScenarioHarness.h"

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<PhraseBank> bankOf(ClientCore &laptop)
{
    return std::make_unique<PhraseBank>(laptop.store(), laptop.userId(), QString(),
                                        &laptop.clock());
}

QStringList phraseTexts(ClientCore &laptop)
{
    QStringList out;
    for (const PhraseView &p : laptop.session()->coach()->phrases())
        out << p.text;
    return out;
}
} // namespace

TEST_CASE("a phrase a coach adds offline reaches the other coaches of the organisation only",
          "[scenario][coach][phrase]")
{
    TestServer server;
    Workshop w(server);
    const qint64 liisaId = server.createUser(w.orgId, u"liisa"_s,
                                             QString::fromUtf16(Workshop::kPassword), Role::Coach,
                                             u"Liisa Valmentaja"_s);
    const qint64 otherOrg = server.createOrg(u"Kemin työpaja"_s);
    server.createUser(otherOrg, u"olli"_s, QString::fromUtf16(Workshop::kPassword), Role::Coach,
                      u"Olli Muualta"_s);
    REQUIRE(liisaId > 0);
    auto kaisa = w.laptop(u"kaisa"_s);
    auto liisa = w.laptop(u"liisa"_s);
    auto olli = w.laptop(u"olli"_s);
    for (auto *laptop : {kaisa.get(), liisa.get(), olli.get()}) {
        REQUIRE(laptop->login());
        REQUIRE(laptop->sync());
    }

    // Kaisa has no coverage: the phrase is saved on her laptop and offered in her reviews.
    server.stop();
    auto kaisaBank = bankOf(*kaisa);
    QString id;
    REQUIRE_FALSE(kaisaBank->add(u"praise"_s, u"Työjälki on siistiä."_s, &id).isError());
    CHECK(phraseTexts(*kaisa) == QStringList{u"Työjälki on siistiä."_s});
    CHECK(kaisa->store()->pendingCount() == 1);

    REQUIRE(server.restart());
    REQUIRE(kaisa->sync());
    CHECK(kaisa->store()->pendingCount() == 0);
    CHECK(kaisa->store()->rejectedCount() == 0);
    CHECK(server.recordCount(u"phrase"_s) == 1);
    CHECK(compare(*kaisa, server).isEmpty());

    REQUIRE(liisa->sync());
    CHECK(phraseTexts(*liisa) == QStringList{u"Työjälki on siistiä."_s});
    REQUIRE(olli->sync());
    CHECK(phraseTexts(*olli).isEmpty());
    CHECK(olli->store()->recordCount(u"phrase"_s) == 0);

    // Liisa rewords it and Kaisa archives it, both offline: both edits merge field by field.
    server.stop();
    auto liisaBank = bankOf(*liisa);
    REQUIRE_FALSE(liisaBank->setText(id, u"Työjälki on todella siistiä."_s).isError());
    REQUIRE_FALSE(kaisaBank->setArchived(id, true).isError());
    REQUIRE(server.restart());
    REQUIRE(liisa->sync());
    REQUIRE(kaisa->sync());
    REQUIRE(liisa->sync());
    for (auto *laptop : {kaisa.get(), liisa.get()}) {
        const QList<PhraseEntry> entries = bankOf(*laptop)->entries();
        REQUIRE(entries.size() == 1);
        CHECK(entries.first().phrase.text() == u"Työjälki on todella siistiä."_s);
        CHECK(entries.first().phrase.archived());
        CHECK_FALSE(entries.first().pending);
        CHECK(phraseTexts(*laptop).isEmpty()); // archived: not offered in reviews
        CHECK(compare(*laptop, server).isEmpty());
    }
    REQUIRE(olli->sync());
    CHECK(olli->store()->recordCount(u"phrase"_s) == 0);
}

TEST_CASE("a trainee's phrase is refused and the refused change stays visible",
          "[scenario][coach][phrase]")
{
    TestServer server;
    Workshop w(server);
    auto aino = w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    PhraseBank bank(aino->store(), aino->userId(), QString(), &aino->clock());
    QString id;
    REQUIRE_FALSE(bank.add(u"praise"_s, u"Olen paras."_s, &id).isError());
    REQUIRE(aino->sync());
    CHECK(server.recordCount(u"phrase"_s) == 0);
    CHECK(aino->store()->pendingCount() == 0);
    const QList<OutboxEntry> rejected = aino->store()->rejectedOperations();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().op.kind == u"phrase"_s);
    CHECK(rejected.first().op.id == id);
    CHECK(rejected.first().error.code == ErrorCode::Forbidden);
    const QList<PhraseEntry> entries = bank.entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().rejected);
    CHECK(entries.first().rejection.code == ErrorCode::Forbidden);
    // Still there after another sync: a refused change is never dropped silently.
    REQUIRE(aino->sync());
    CHECK(aino->store()->rejectedOperations().size() == 1);
    CHECK(aino->program()->rejectedChanges().size() == 1);
}

TEST_CASE("the order a coach gives the phrases offline reaches another coach's laptop",
          "[scenario][coach][phrase]")
{
    TestServer server;
    Workshop w(server);
    server.createUser(w.orgId, u"liisa"_s, QString::fromUtf16(Workshop::kPassword), Role::Coach,
                      u"Liisa Valmentaja"_s);
    auto kaisa = w.laptop(u"kaisa"_s);
    auto liisa = w.laptop(u"liisa"_s);
    REQUIRE(kaisa->login());
    REQUIRE(liisa->login());
    auto kaisaBank = bankOf(*kaisa);
    QString first;
    QString third;
    QString guidance;
    REQUIRE_FALSE(kaisaBank->add(u"praise"_s, u"Yksi"_s, &first).isError());
    REQUIRE_FALSE(kaisaBank->add(u"guidance"_s, u"Ohje"_s, &guidance).isError());
    REQUIRE_FALSE(kaisaBank->add(u"praise"_s, u"Kaksi"_s).isError());
    REQUIRE_FALSE(kaisaBank->add(u"praise"_s, u"Kolme"_s, &third).isError());
    REQUIRE(kaisa->sync());
    REQUIRE(liisa->sync());
    CHECK(phraseTexts(*liisa) == QStringList{u"Yksi"_s, u"Ohje"_s, u"Kaksi"_s, u"Kolme"_s});

    // Offline, "Kolme" goes to the top of the praise and "Yksi" one down; the guidance stays.
    server.stop();
    REQUIRE_FALSE(kaisaBank->move(third, -1).isError());
    REQUIRE_FALSE(kaisaBank->move(third, -1).isError());
    REQUIRE_FALSE(kaisaBank->move(third, -1).isError()); // already first: nothing changes
    REQUIRE_FALSE(kaisaBank->move(guidance, 1).isError()); // the only guidance: nothing changes
    QStringList kaisaOrder;
    for (const PhraseEntry &e : kaisaBank->entries())
        kaisaOrder << e.phrase.text();
    CHECK(kaisaOrder == QStringList{u"Kolme"_s, u"Yksi"_s, u"Kaksi"_s, u"Ohje"_s});
    REQUIRE(server.restart());
    REQUIRE(kaisa->sync());
    CHECK(kaisa->store()->rejectedCount() == 0);
    REQUIRE(liisa->sync());
    QStringList liisaOrder;
    for (const PhraseEntry &e : bankOf(*liisa)->entries())
        liisaOrder << e.phrase.text();
    CHECK(liisaOrder == kaisaOrder);
    CHECK(compare(*liisa, server).isEmpty());

    // Liisa moves "Kaksi" up; Kaisa receives it.
    auto liisaBank = bankOf(*liisa);
    QString second;
    for (const PhraseEntry &e : liisaBank->entries()) {
        if (e.phrase.text() == u"Kaksi"_s)
            second = e.phrase.id;
    }
    REQUIRE_FALSE(liisaBank->move(second, -1).isError());
    REQUIRE(liisa->sync());
    REQUIRE(kaisa->sync());
    kaisaOrder.clear();
    for (const PhraseEntry &e : kaisaBank->entries())
        kaisaOrder << e.phrase.text();
    CHECK(kaisaOrder == QStringList{u"Kolme"_s, u"Kaksi"_s, u"Yksi"_s, u"Ohje"_s});
    CHECK(compare(*kaisa, server).isEmpty());
}
