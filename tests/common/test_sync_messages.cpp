#include <catch2/catch.hpp>

#include "common/model/Records.h"
#include "common/protocol/JsonReader.h"
#include "common/protocol/SyncMessages.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

constexpr char kResponse[] = R"({"protocol": 1, "serverEpoch": "e1", "acks": [], "changes": [],
                           "cursors": {}, "more": false %1})";

std::optional<SyncResponse> parse(const QString &extra, Error *error)
{
    const QString text = QString::fromLatin1(kResponse).arg(extra);
    return SyncResponse::fromJson(QJsonDocument::fromJson(text.toUtf8()).object(), error);
}
} // namespace

TEST_CASE("a sync response carries the server's limits, and old responses parse without them",
          "[protocol][sync][limits]")
{
    Error error;
    const auto old = parse(QString(), &error);
    REQUIRE(old);
    CHECK(old->limits.isEmpty());
    CHECK(old->limits.maxFileSize == 0);
    CHECK_FALSE(old->toJson().contains(u"limits"_s)); // nothing announced: nothing sent

    const auto announced = parse(u", \"limits\": {\"maxFileSize\": 1048576, \"future\": 5}"_s,
                                 &error);
    REQUIRE(announced);
    CHECK(announced->limits.maxFileSize == 1048576); // limits it does not know are ignored
    const QJsonObject again = announced->toJson();
    CHECK(again.value(u"limits"_s).toObject() == json(R"({"maxFileSize": 1048576})"));
    const auto roundTrip = SyncResponse::fromJson(again, &error);
    REQUIRE(roundTrip);
    CHECK(roundTrip->limits.maxFileSize == 1048576);

    CHECK(parse(u", \"limits\": {}"_s, &error)->limits.isEmpty());
    for (const QString &bad : {u", \"limits\": {\"maxFileSize\": 0}"_s,
                              u", \"limits\": {\"maxFileSize\": \"big\"}"_s,
                              u", \"limits\": {\"maxFileSize\": 1.5}"_s, u", \"limits\": 5"_s}) {
        INFO(bad.toStdString());
        error = Error();
        CHECK_FALSE(parse(bad, &error));
        CHECK(error.code == ErrorCode::InvalidField);
    }
}

TEST_CASE("a trainee profile carries the last sync when there was one", "[protocol][profiles]")
{
    TraineeProfile p;
    p.userId = 7;
    p.username = u"aino"_s;
    p.orgId = 1;
    CHECK_FALSE(p.toJson().contains(u"lastSyncAt"_s));
    Error error;
    auto parsed = TraineeProfile::fromJson(p.toJson(), &error);
    REQUIRE(parsed);
    CHECK_FALSE(parsed->lastSyncAt.isValid());

    p.lastSyncAt = fromIsoUtc(u"2026-12-04T09:15:00.120Z"_s);
    CHECK(p.toJson().value(u"lastSyncAt"_s).toString() == u"2026-12-04T09:15:00.120Z"_s);
    parsed = TraineeProfile::fromJson(p.toJson(), &error);
    REQUIRE(parsed);
    CHECK(parsed->lastSyncAt == p.lastSyncAt);

    QJsonObject bad = p.toJson();
    bad.insert(u"lastSyncAt"_s, u"yesterday"_s);
    CHECK_FALSE(TraineeProfile::fromJson(bad, &error));
}
