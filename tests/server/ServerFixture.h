#pragma once
// A small world for the server tests: organisation 1 with a coach and the trainees Aino and
// Mikko, organisation 2 with its own coach; set A (three tasks) assigned to Aino, set B (two
// tasks) to Mikko.

#include "tests/server/ApiTestClient.h"
#include "tests/support/TestServer.h"

#include <catch2/catch.hpp>

struct ServerFixture
{
    TestServer server;
    qint64 org1 = 0;
    qint64 org2 = 0;
    qint64 coach = 0;
    qint64 aino = 0;
    qint64 mikko = 0;
    qint64 otherCoach = 0;
    QString setA;
    QString setB;
    QStringList tasksA;
    QStringList tasksB;

    ServerFixture()
    {
        using namespace Qt::StringLiterals;
        REQUIRE(server.start());
        org1 = server.createOrg(u"Työpaja Yksi"_s);
        org2 = server.createOrg(u"Työpaja Kaksi"_s);
        coach = server.createUser(org1, u"veera"_s, u"Veera-pass1"_s, Role::Coach, u"Veera"_s);
        aino = server.createUser(org1, u"aino"_s, u"Aino-pass1"_s, Role::Trainee, u"Aino"_s);
        mikko = server.createUser(org1, u"mikko"_s, u"Mikko-pass1"_s, Role::Trainee, u"Mikko"_s);
        otherCoach = server.createUser(org2, u"olli"_s, u"Olli-pass1"_s, Role::Coach);
        setA = server.createTaskSet(org1, u"Kiinteistö"_s,
                                    {u"Lumityöt"_s, u"Porrassiivous"_s, u"Jätekatos"_s});
        setB = server.createTaskSet(org1, u"Media"_s, {u"Luontokuvaus"_s, u"Julkaisu"_s});
        tasksA = server.taskIds(setA);
        tasksB = server.taskIds(setB);
        server.assign(aino, setA);
        server.assign(mikko, setB);
        REQUIRE(org2 > 0);
        REQUIRE(otherCoach > 0);
        REQUIRE(tasksA.size() == 3);
        REQUIRE(tasksB.size() == 2);
    }

    // Logs in over HTTP and returns a client holding the token.
    std::unique_ptr<ApiTestClient> client(const QString &username, const QString &password)
    {
        auto c = std::make_unique<ApiTestClient>(server.url());
        const HttpResult r = c->login(username, password);
        REQUIRE(r.status == 200);
        return c;
    }
};
