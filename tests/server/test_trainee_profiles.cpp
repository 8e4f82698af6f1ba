#include "common/model/Records.h"
#include "common/protocol/Protocol.h"
#include "server/core/Admin.h"
#include "tests/server/ServerFixture.h"

using namespace Qt::StringLiterals;

namespace {
// The trainee_profile records a user pulls in one complete sync, by trainee id.
QMap<qint64, TraineeProfile> pulledProfiles(ApiTestClient &c, const QString &deviceId,
                                            QMap<QString, qint64> *cursors = nullptr)
{
    std::optional<SyncResponse> resp;
    REQUIRE(c.sync(syncRequest(deviceId, {}, cursors ? *cursors : QMap<QString, qint64>{}), &resp)
                .status
            == 200);
    REQUIRE(resp);
    REQUIRE_FALSE(resp->more);
    if (cursors)
        *cursors = resp->cursors;
    QMap<qint64, TraineeProfile> out;
    for (const Change &ch : resp->changes) {
        if (ch.kind != QString::fromUtf16(kind::kTraineeProfile))
            continue;
        Error e;
        const auto p = TraineeProfile::fromJson(ch.data, &e);
        REQUIRE(p);
        CHECK(ch.id == traineeProfileIdFor(p->userId));
        CHECK(ch.scope == protocol::traineeScope(p->userId));
        out.insert(p->userId, *p);
    }
    return out;
}
} // namespace

TEST_CASE("a coach's roster learns every trainee's name and organisation", "[sync][profiles]")
{
    ServerFixture f;
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    const QMap<qint64, TraineeProfile> seen = pulledProfiles(*veera, u"dev-veera"_s);
    REQUIRE(seen.size() == 2);
    CHECK(seen.value(f.aino).displayName == u"Aino"_s);
    CHECK(seen.value(f.aino).username == u"aino"_s);
    CHECK(seen.value(f.mikko).orgName == u"Työpaja Yksi"_s);
    CHECK(seen.value(f.mikko).groups.isEmpty());

    // The other organisation's coach learns nobody of organisation 1.
    auto olli = f.client(u"olli"_s, u"Olli-pass1"_s);
    CHECK(pulledProfiles(*olli, u"dev-olli"_s).isEmpty());
    // A trainee sees only their own profile.
    auto aino = f.client(u"aino"_s, u"Aino-pass1"_s);
    const auto own = pulledProfiles(*aino, u"dev-aino"_s);
    CHECK(own.keys() == QList<qint64>{f.aino});
}

TEST_CASE("joining a shared group updates the trainee's profile once", "[sync][profiles][groups]")
{
    ServerFixture f;
    auto veera = f.client(u"veera"_s, u"Veera-pass1"_s);
    QMap<QString, qint64> cursors;
    REQUIRE(pulledProfiles(*veera, u"dev-veera"_s, &cursors).size() == 2);
    // Nothing changed: the profiles are not sent again.
    CHECK(pulledProfiles(*veera, u"dev-veera"_s, &cursors).isEmpty());

    Error error;
    REQUIRE(f.server.admin()->createGroup(f.org1, u"Lapin yhteisryhmä"_s, &error));
    REQUIRE_FALSE(f.server.admin()->addGroupMember(u"Lapin yhteisryhmä"_s, u"aino"_s,
                                                   GroupRole::Trainee));
    const auto changed = pulledProfiles(*veera, u"dev-veera"_s, &cursors);
    REQUIRE(changed.keys() == QList<qint64>{f.aino});
    CHECK(changed.value(f.aino).groups == QStringList{u"Lapin yhteisryhmä"_s});
}
