#pragma once
// Shared by the coach UI tests: the UI test server (tests/ui/UiTestSupport.h) where the trainee
// (maija) has sent a task with two skill requirements for review, and two coaches (kaisa, liisa)
// who log in through the main window as a user would.

#include "common/model/Records.h"
#include "common/util/Crypto.h"
#include "server/core/Admin.h"
#include "server/core/ServerStore.h"
#include "tests/ui/UiTestSupport.h"

#include <catch2/catch.hpp>

namespace {
using namespace Qt::StringLiterals;

struct CoachUiFixture : UiServerFixture
{
    QString taskId;
    QString submissionId = crypto::newUuid();

    CoachUiFixture()
    {
        server.createUser(orgId, u"kaisa"_s, kPassword, Role::Coach, u"Kaisa Koutsi"_s);
        server.createUser(orgId, u"liisa"_s, kPassword, Role::Coach, u"Liisa Laine"_s);
        const QString setId = server.createTaskSet(orgId, u"Toimitilojen ylläpitosiivous"_s,
                                                   {u"Ikkunoiden pesu"_s, u"Lattian pyyhintä"_s});
        taskId = server.taskIds(setId).first();
        const auto row = server.store()->record(QString::fromUtf16(kind::kTask), taskId);
        REQUIRE(row);
        Error error;
        auto task = Task::fromJson(taskId, row->data, &error);
        REQUIRE(task);
        task->instructions = u"<p>Pese kahvion ikkunat ja kerro, mitä teit.</p>"_s;
        const QString q = u"Puhtaus- ja kiinteistöpalvelualan perustutkinto"_s;
        task->requirements = {
            {u"nayte_1"_s, u"Osaa valita oikeat välineet ja puhdistusaineet."_s,
             u"nayte_yllapito"_s, u"Ylläpitosiivous"_s, u"381141"_s, q},
            {u"nayte_2"_s, u"Osaa tehdä työn järkevässä järjestyksessä."_s, u"nayte_yllapito"_s,
             u"Ylläpitosiivous"_s, u"381141"_s, q}};
        REQUIRE_FALSE(server.admin()->updateTask(orgId, *task).isError());
        server.assign(traineeId, setId);
        // Maija sent her work from the workshop laptop earlier.
        Submission s;
        s.taskId = taskId;
        s.answer = u"Pesin ikkunat lastalla ylhäältä alas ja kuivasin reunat liinalla."_s;
        s.at = QDateTime::currentDateTimeUtc();
        Operation op;
        op.counter = 1;
        op.kind = QString::fromUtf16(kind::kSubmission);
        op.id = submissionId;
        op.clientTime = s.at;
        op.data = s.toJson();
        applyAs(u"maija"_s, u"workshop-laptop"_s, op);
    }
};
} // namespace
