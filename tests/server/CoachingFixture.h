#pragma once
// The coaching world for the server tests, on top of ServerFixture: a second coach of
// organisation 1 (Ville), a trainee of organisation 2 (Tuula, with her own task set), a task of
// Aino's set with skill requirements, and builders for the coaching operations.

#include "common/model/ReviewRecords.h"
#include "common/protocol/JsonReader.h"
#include "common/util/Crypto.h"
#include "server/core/Admin.h"
#include "tests/server/ServerFixture.h"

#include <QJsonArray>

struct CoachingFixture : ServerFixture
{
    qint64 coach2 = 0;
    qint64 tuula = 0;
    QString setC; // Tuula's (organisation 2)
    QString requirementTask; // in set A (Aino's), with two requirements
    Requirement salting;
    Requirement tools;

    CoachingFixture()
    {
        using namespace Qt::StringLiterals;
        coach2 = server.createUser(org1, u"ville"_s, u"Ville-pass1"_s, Role::Coach, u"Ville"_s);
        tuula = server.createUser(org2, u"tuula"_s, u"Tuula-pass1"_s, Role::Trainee, u"Tuula"_s);
        setC = server.createTaskSet(org2, u"Keittiö"_s, {u"Tiskaus"_s});
        server.assign(tuula, setC);
        salting = {u"piha_1"_s, u"Osaa hiekoittaa liukkaat kohdat."_s, u"nayte_piha"_s,
                   u"Piha- ja ulkoalueiden hoitaminen"_s, u"381141"_s,
                   u"Puhtaus- ja kiinteistöpalvelualan perustutkinto"_s};
        tools = salting;
        tools.code = u"piha_2"_s;
        tools.text = u"Osaa valita työvälineet."_s;
        Task task;
        task.taskSetId = setA;
        task.title = u"Hiekoitus"_s;
        task.requirements = {salting, tools};
        task.position = 4;
        Error error;
        requirementTask = server.admin()->createTask(org1, task, &error).value_or(QString());
        REQUIRE(coach2 > 0);
        REQUIRE(tuula > 0);
        REQUIRE(!requirementTask.isEmpty());
    }

    // The trainee submits the task; returns the submission id.
    QString submit(ApiTestClient &trainee, const QString &device, qint64 counter,
                   const QString &taskId)
    {
        using namespace Qt::StringLiterals;
        const Operation op = operation(counter, u"submission"_s, taskId,
                                       {{u"answer"_s, u"Tein työn ohjeen mukaan."_s}});
        std::optional<SyncResponse> r;
        REQUIRE(trainee.sync(syncRequest(device, {op}), &r).status == 200);
        REQUIRE(r->acks.size() == 1);
        REQUIRE(r->acks[0].status == AckStatus::Applied);
        return op.id;
    }
};

namespace coaching {
using namespace Qt::StringLiterals;

inline QJsonObject field(const QJsonValue &value, const Hlc &base = {})
{
    QJsonObject o{{u"value"_s, value}};
    if (!base.isNull())
        o.insert(u"base"_s, base.toString());
    return o;
}

inline Operation op(qint64 counter, const QString &kindName, const QString &id,
                    const QJsonObject &data)
{
    Operation o;
    o.counter = counter;
    o.kind = kindName;
    o.id = id;
    o.clientTime = QDateTime::currentDateTimeUtc();
    o.data = data;
    return o;
}

inline Operation review(qint64 counter, const QString &submissionId, const Hlc &hlc,
                        const QJsonObject &set)
{
    return op(counter, u"review"_s, reviewIdFor(submissionId),
              {{u"submissionId"_s, submissionId}, {u"hlc"_s, hlc.toString()}, {u"set"_s, set}});
}

inline Operation mark(qint64 counter, qint64 traineeId, const QString &taskId, const QString &code,
                      const Hlc &hlc, const QJsonObject &set)
{
    return op(counter, u"requirement_mark"_s, requirementMarkIdFor(traineeId, taskId, code),
              {{u"traineeId"_s, traineeId},
               {u"taskId"_s, taskId},
               {u"requirementCode"_s, code},
               {u"hlc"_s, hlc.toString()},
               {u"set"_s, set}});
}

inline Operation feedback(qint64 counter, const QString &submissionId, const QString &text,
                          const QJsonObject &extra = {})
{
    QJsonObject data = extra;
    data.insert(u"submissionId"_s, submissionId);
    data.insert(u"text"_s, text);
    data.insert(u"at"_s, toIsoUtc(QDateTime::currentDateTimeUtc()));
    return op(counter, u"feedback"_s, crypto::newUuid(), data);
}

inline Operation feedbackRead(qint64 counter, const QString &feedbackId)
{
    return op(counter, u"feedback_read"_s, feedbackReadIdFor(feedbackId),
              {{u"feedbackId"_s, feedbackId}});
}

inline Operation phrase(qint64 counter, const QString &id, const Hlc &hlc, const QJsonObject &set)
{
    return op(counter, u"phrase"_s, id, {{u"hlc"_s, hlc.toString()}, {u"set"_s, set}});
}

// A timestamp of the device at the given offset from now (milliseconds).
inline Hlc at(const QString &device, qint64 offsetMs = 0, int counter = 0)
{
    return Hlc(QDateTime::currentMSecsSinceEpoch() + offsetMs, counter, device);
}

inline QList<Change> changesOf(const std::optional<SyncResponse> &r, const QString &kindName)
{
    QList<Change> out;
    if (!r)
        return out;
    for (const Change &c : r->changes) {
        if (c.kind == kindName)
            out.append(c);
    }
    return out;
}
} // namespace coaching
