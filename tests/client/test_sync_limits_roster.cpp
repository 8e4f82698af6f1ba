#include <catch2/catch.hpp>

#include "client/core/CoachWorkspace.h"
#include "client/core/LocalStore.h"
#include "common/protocol/JsonReader.h"
#include "common/util/Clock.h"
#include "tests/client/StoreFixtures.h"
#include "tests/support/TempDir.h"

using namespace Qt::StringLiterals;
using fixtures::kindName;

TEST_CASE("the file limit a server announced is kept in the profile, also after reopening",
          "[sync][limits]")
{
    TempDir dir;
    ManualClock clock;
    const QString path = dir.filePath(u"p.sqlite"_s);
    {
        LocalStore store(&clock);
        REQUIRE(store.open(path));
        CHECK(store.announcedMaxFileSize() == 0); // never announced: the default applies
        REQUIRE(store.setAnnouncedMaxFileSize(3 * 1024 * 1024));
        CHECK(store.announcedMaxFileSize() == 3 * 1024 * 1024);
    }
    LocalStore reopened(&clock);
    REQUIRE(reopened.open(path));
    CHECK(reopened.announcedMaxFileSize() == 3 * 1024 * 1024);
}

TEST_CASE("the coach's roster row carries each trainee's last sync from their profile",
          "[sync][coach][profiles]")
{
    TempDir dir;
    ManualClock clock;
    LocalStore store(&clock);
    REQUIRE(store.open(dir.filePath(u"c.sqlite"_s)));
    CoachWorkspace coach(&store, 3, u"Kaisa"_s, &clock);
    auto profile = [](qint64 id, const QString &name, const QDateTime &lastSync) {
        TraineeProfile p;
        p.userId = id;
        p.username = name.toLower();
        p.displayName = name;
        p.orgId = 1;
        p.orgName = u"Paja"_s;
        p.lastSyncAt = lastSync;
        return fixtures::change(protocol::traineeScope(id), 1, kindName(kind::kTraineeProfile),
                                traineeProfileIdFor(id), p.toJson());
    };
    const QDateTime synced = fromIsoUtc(u"2026-12-04T09:15:00.000Z"_s);
    REQUIRE(store
                .applySyncResponse(fixtures::response(
                    {profile(7, u"Aino"_s, synced), profile(8, u"Eero"_s, QDateTime())},
                    {{u"trainee:7"_s, 1}, {u"trainee:8"_s, 1}}))
                .ok);
    QList<RosterEntry> roster = coach.roster();
    REQUIRE(roster.size() == 2);
    CHECK(roster.at(0).name == u"Aino"_s);
    CHECK(roster.at(0).lastSyncAt == synced);
    CHECK(roster.at(1).name == u"Eero"_s);
    CHECK_FALSE(roster.at(1).lastSyncAt.isValid()); // never synced

    // A newer profile (the trainee synced again) moves it on.
    const QDateTime later = synced.addSecs(20 * 60);
    Change again = profile(7, u"Aino"_s, later);
    again.seq = 2;
    REQUIRE(store.applySyncResponse(fixtures::response({again}, {{u"trainee:7"_s, 2},
                                                                 {u"trainee:8"_s, 1}}))
                .ok);
    roster = coach.roster();
    REQUIRE(roster.size() == 2);
    CHECK(roster.at(0).lastSyncAt == later);
}
