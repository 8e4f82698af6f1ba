#include <catch2/catch.hpp>

#include "common/model/CompetenceMap.h"

using namespace Qt::StringLiterals;

namespace {
const QString kQual = u"381141"_s;

Requirement requirement(const QString &unit, const QString &code)
{
    return {code, u"Osaa "_s + code, unit, u"Yksikkö "_s + unit, kQual,
            u"Puhtaus- ja kiinteistöpalvelualan perustutkinto"_s};
}

Task task(const QString &id, const QList<Requirement> &requirements)
{
    Task t;
    t.id = id;
    t.taskSetId = u"set"_s;
    t.title = id;
    t.requirements = requirements;
    return t;
}

RequirementMark mark(qint64 trainee, const QString &taskId, const Requirement &req,
                     bool demonstrated, qint64 wall, const QString &note = {})
{
    RequirementMark m;
    m.id = requirementMarkIdFor(trainee, taskId, req.code);
    m.traineeId = trainee;
    m.taskId = taskId;
    m.requirement = req;
    FieldWrite w;
    w.value = demonstrated;
    w.hlc = Hlc(wall, 0, u"coach"_s);
    w.by = 7;
    w.byName = u"Veera"_s;
    m.merged.apply(u"demonstrated"_s, w);
    if (!note.isEmpty()) {
        w.value = note;
        m.merged.apply(u"note"_s, w);
    }
    return m;
}

const Requirement kPiha1 = requirement(u"piha"_s, u"piha_1"_s);
const Requirement kPiha2 = requirement(u"piha"_s, u"piha_2"_s);
const Requirement kSiivous1 = requirement(u"siivous"_s, u"siivous_1"_s);
} // namespace

TEST_CASE("the competence map groups the program's requirements by qualification and unit",
          "[competence]")
{
    const QList<Task> tasks{task(u"lumityot"_s, {kPiha1, kPiha2}),
                            task(u"porras"_s, {kSiivous1, kPiha1})};
    const CompetenceMap map = buildCompetenceMap(3, tasks, {});
    REQUIRE(map.qualifications.size() == 1);
    const CompetenceQualification &q = map.qualifications[0];
    CHECK(q.code == kQual);
    REQUIRE(q.units.size() == 2);
    CHECK(q.units[0].code == u"piha"_s);
    CHECK(q.units[0].requirements.size() == 2);
    CHECK(q.units[1].code == u"siivous"_s);
    CHECK(map.requirementCount() == 3);
    CHECK(map.demonstratedCount() == 0);
    const CompetenceRequirement *piha1 = map.find(kQual, u"piha"_s, u"piha_1"_s);
    REQUIRE(piha1);
    CHECK(piha1->taskIds == QStringList{u"lumityot"_s, u"porras"_s});
    CHECK_FALSE(piha1->demonstrated);
}

TEST_CASE("a requirement is demonstrated when a task's mark says so", "[competence]")
{
    const QList<Task> tasks{task(u"lumityot"_s, {kPiha1, kPiha2}),
                            task(u"porras"_s, {kSiivous1, kPiha1})};
    const QList<RequirementMark> marks{
        mark(3, u"lumityot"_s, kPiha1, false, 1000, u"Harjoitellaan vielä"_s),
        mark(3, u"porras"_s, kPiha1, true, 500, u"Hiekoitus tehty huolellisesti"_s),
        mark(3, u"porras"_s, kSiivous1, true, 800),
        mark(4, u"lumityot"_s, kPiha2, true, 900), // another trainee's
    };
    const CompetenceMap map = buildCompetenceMap(3, tasks, marks);
    const CompetenceRequirement *piha1 = map.find(kQual, u"piha"_s, u"piha_1"_s);
    REQUIRE(piha1);
    CHECK(piha1->demonstrated);
    CHECK(piha1->demonstratedInTaskIds == QStringList{u"porras"_s});
    CHECK(piha1->note == u"Hiekoitus tehty huolellisesti"_s); // the demonstrating mark decides
    CHECK(piha1->markedBy == 7);
    CHECK(piha1->markedByName == u"Veera"_s);
    CHECK_FALSE(map.find(kQual, u"piha"_s, u"piha_2"_s)->demonstrated);
    CHECK(map.demonstratedCount() == 2);
    CHECK(map.qualifications[0].units[0].demonstratedCount() == 1);
    CHECK(map.qualifications[0].units[1].demonstratedCount() == 1);

    // The same marks in another order give the same map.
    QList<RequirementMark> reversed(marks.crbegin(), marks.crend());
    const CompetenceMap again = buildCompetenceMap(3, tasks, reversed);
    CHECK(again.find(kQual, u"piha"_s, u"piha_1"_s)->note == piha1->note);
    CHECK(again.demonstratedCount() == 2);
}

TEST_CASE("a mark overwritten to not yet no longer counts, and a retired task still does",
          "[competence]")
{
    const QList<Task> tasks{task(u"lumityot"_s, {kPiha1})};
    RequirementMark m = mark(3, u"lumityot"_s, kPiha1, true, 1000);
    FieldWrite undo;
    undo.value = false;
    undo.hlc = Hlc(2000, 0, u"coach-2"_s);
    undo.base = Hlc(1000, 0, u"coach"_s);
    m.merged.apply(u"demonstrated"_s, undo);
    CompetenceMap map = buildCompetenceMap(3, tasks, {m});
    CHECK_FALSE(map.find(kQual, u"piha"_s, u"piha_1"_s)->demonstrated);
    CHECK_FALSE(map.find(kQual, u"piha"_s, u"piha_1"_s)->contested); // a deliberate change

    // A mark of a task that is no longer in the program is placed by its copied requirement.
    const Requirement media = {u"kuva_1"_s, u"Osaa kuvata"_s, u"kuvaus"_s, u"Valokuvaus"_s,
                               u"321604"_s, u"Media-alan perustutkinto"_s};
    map = buildCompetenceMap(3, tasks, {mark(3, u"vanha-tehtava"_s, media, true, 3000)});
    REQUIRE(map.qualifications.size() == 2);
    CHECK(map.qualifications[1].code == u"321604"_s);
    CHECK(map.qualifications[1].name == u"Media-alan perustutkinto"_s);
    const CompetenceRequirement *kuva = map.find(u"321604"_s, u"kuvaus"_s, u"kuva_1"_s);
    REQUIRE(kuva);
    CHECK(kuva->demonstrated);
    CHECK(kuva->taskIds == QStringList{u"vanha-tehtava"_s});
}
