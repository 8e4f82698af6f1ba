// The coach's and trainee's competence map read from the profile database, and the phrase bank's
// operations (docs/PROTOCOL.md "phrase"), all offline.

#include <catch2/catch.hpp>

#include "client/core/CoachWorkspace.h"
#include "client/core/LocalStore.h"
#include "client/core/PhraseBank.h"
#include "client/core/TraineeCompetence.h"
#include "common/model/ReviewRecords.h"
#include "common/util/Clock.h"
#include "tests/client/StoreFixtures.h"
#include "tests/support/TempDir.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUuid>

using namespace Qt::StringLiterals;
using fixtures::kindName;

namespace {
constexpr qint64 kTrainee = 7;
constexpr qint64 kOther = 8;

Requirement requirement(const QString &code, const QString &unit)
{
    return {code, u"osaa "_s + code, unit, u"Yksikkö "_s + unit, u"381141"_s,
            u"Puhtausalan perustutkinto"_s};
}

// Trainee 7's program: set s1 (Mop: r1, r2 of unit u1; Sweep: r3 of unit u2), a submission of
// Mop; trainee 8 holds set s2 whose task trains r1 too.
struct Fixture
{
    TempDir dir;
    ManualClock clock;
    LocalStore store{&clock};
    CoachWorkspace coach{&store, 3, u"Kaisa"_s, &clock};
    PhraseBank bank{&store, 3, u"Kaisa"_s, &clock};

    Fixture()
    {
        REQUIRE(store.open(dir.filePath(u"c.sqlite"_s)));
        QList<Change> changes = fixtures::program(kTrainee, u"s1"_s, {u"Mop"_s, u"Sweep"_s});
        changes.append(fixtures::program(kOther, u"s2"_s, {u"Other"_s}, 50));
        for (Change &c : changes) {
            if (c.kind != kindName(kind::kTask))
                continue;
            Error error;
            Task t = *Task::fromJson(c.id, c.data, &error);
            if (t.id == u"s1-t1"_s)
                t.requirements = {requirement(u"r1"_s, u"u1"_s), requirement(u"r2"_s, u"u1"_s)};
            else if (t.id == u"s1-t2"_s)
                t.requirements = {requirement(u"r3"_s, u"u2"_s)};
            else
                t.requirements = {requirement(u"r1"_s, u"u1"_s)};
            c.data = t.toJson();
        }
        Submission s;
        s.traineeId = kTrainee;
        s.taskId = u"s1-t1"_s;
        s.answer = u"Moppasin."_s;
        s.at = QDateTime::currentDateTimeUtc();
        s.version = 1;
        s.receivedAt = s.at;
        changes.append(fixtures::change(u"trainee:7"_s, 90, kindName(kind::kSubmission), u"m1"_s,
                                        s.toJson()));
        Submission o = s;
        o.traineeId = kOther;
        o.taskId = u"s2-t1"_s;
        changes.append(fixtures::change(u"trainee:8"_s, 91, kindName(kind::kSubmission), u"o1"_s,
                                        o.toJson()));
        REQUIRE(store.applySyncResponse(
                         fixtures::response(changes, {{u"trainee:7"_s, 90}, {u"trainee:8"_s, 91}}))
                    .ok);
    }

    Operation lastOperation() const
    {
        const QList<Operation> ops = store.pendingOperations(1000, 1 << 24);
        REQUIRE_FALSE(ops.isEmpty());
        return ops.constLast();
    }
};
} // namespace

TEST_CASE("a trainee's competence map is read from the local records, in program order",
          "[coach][competence]")
{
    Fixture f;
    // Fixture tasks are stored in reverse position: Sweep (position 1) comes before Mop.
    const QList<Task> tasks = programTasksOf(f.store, kTrainee);
    REQUIRE(tasks.size() == 2);
    CHECK(tasks.at(0).id == u"s1-t2"_s);
    CHECK(tasks.at(1).id == u"s1-t1"_s);

    CompetenceMap map = traineeCompetenceMap(f.store, kTrainee);
    REQUIRE(map.qualifications.size() == 1);
    REQUIRE(map.qualifications.first().units.size() == 2);
    CHECK(map.qualifications.first().units.at(0).code == u"u2"_s);
    CHECK(map.requirementCount() == 3);
    CHECK(map.demonstratedCount() == 0);

    // The other trainee's mark of the same requirement does not count for trainee 7.
    REQUIRE_FALSE(f.coach.markRequirement(u"o1"_s, u"r1"_s, true, {}).isError());
    CHECK(traineeCompetenceMap(f.store, kTrainee).demonstratedCount() == 0);
    CHECK(traineeCompetenceMap(f.store, kOther).demonstratedCount() == 1);

    // A coach's mark shows at once, offline, with who marked it and the note.
    REQUIRE_FALSE(f.coach.markRequirement(u"m1"_s, u"r2"_s, true, u"Hyvä järjestys"_s).isError());
    REQUIRE_FALSE(f.coach.markRequirement(u"m1"_s, u"r1"_s, false, {}).isError());
    map = traineeCompetenceMap(f.store, kTrainee);
    CHECK(map.demonstratedCount() == 1);
    const CompetenceRequirement *r2 = map.find(u"381141"_s, u"u1"_s, u"r2"_s);
    REQUIRE(r2 != nullptr);
    CHECK(r2->demonstrated);
    CHECK(r2->note == u"Hyvä järjestys"_s);
    CHECK(r2->markedByName == u"Kaisa"_s);
    const CompetenceRequirement *r1 = map.find(u"381141"_s, u"u1"_s, u"r1"_s);
    REQUIRE(r1 != nullptr);
    CHECK_FALSE(r1->demonstrated);
    CHECK(map.qualifications.first().units.at(1).demonstratedCount() == 1);
    CHECK(traineeCompetenceMap(f.store, 99).qualifications.isEmpty());
}

TEST_CASE("phrase bank edits are saved at once as field-edit operations the server accepts",
          "[coach][phrase]")
{
    Fixture f;
    QSignalSpy changed(&f.bank, &PhraseBank::changed);
    QString id;
    REQUIRE_FALSE(f.bank.add(u"praise"_s, u"  Työjälki on siistiä.  "_s, &id).isError());
    CHECK(changed.size() == 1);
    CHECK_FALSE(QUuid::fromString(id).isNull());
    const Operation add = f.lastOperation();
    CHECK(add.kind == u"phrase"_s);
    CHECK(add.id == id);
    CHECK_FALSE(validateCoachingOperation(add.kind, add.id, add.data).isError());
    CHECK(add.data.keys() == QStringList{u"hlc"_s, u"set"_s});
    const QJsonObject set = add.data.value(u"set"_s).toObject();
    CHECK(set.keys() == QStringList{u"position"_s, u"text"_s, u"type"_s});
    CHECK(set.value(u"text"_s).toObject().value(u"value"_s).toString()
          == u"Työjälki on siistiä."_s);
    CHECK(set.value(u"type"_s).toObject().value(u"value"_s).toString() == u"praise"_s);
    CHECK_FALSE(set.value(u"text"_s).toObject().contains(u"base"_s)); // nothing seen before

    // Shown at once in the bank and in the review's phrase list.
    REQUIRE(f.bank.entries().size() == 1);
    CHECK(f.bank.entries().first().pending);
    REQUIRE(f.coach.phrases().size() == 1);
    CHECK(f.coach.phrases().first().id == id);

    // A second phrase goes after the first.
    QString second;
    REQUIRE_FALSE(f.bank.add(u"guidance"_s, u"Muista suojakäsineet."_s, &second).isError());
    CHECK(f.lastOperation().data.value(u"set"_s).toObject().value(u"position"_s).toObject()
              .value(u"value"_s).toInt()
          == 1);

    // Editing the text sends only the text, based on the write the coach saw.
    const QString firstHlc = add.data.value(u"hlc"_s).toString();
    REQUIRE_FALSE(f.bank.setText(id, u"Työjälki on todella siistiä."_s).isError());
    const Operation edit = f.lastOperation();
    CHECK(edit.id == id);
    CHECK_FALSE(validateCoachingOperation(edit.kind, edit.id, edit.data).isError());
    const QJsonObject editSet = edit.data.value(u"set"_s).toObject();
    CHECK(editSet.keys() == QStringList{u"text"_s});
    CHECK(editSet.value(u"text"_s).toObject().value(u"base"_s).toString() == firstHlc);
    CHECK(edit.data.value(u"hlc"_s).toString() > firstHlc);

    // Archiving hides it from reviews but keeps it in the bank; nothing is deleted.
    REQUIRE_FALSE(f.bank.setArchived(id, true).isError());
    const QJsonObject archiveSet = f.lastOperation().data.value(u"set"_s).toObject();
    CHECK(archiveSet.keys() == QStringList{u"archived"_s});
    CHECK(archiveSet.value(u"archived"_s).toObject().value(u"value"_s).toBool());
    REQUIRE(f.coach.phrases().size() == 1);
    CHECK(f.coach.phrases().first().id == second);
    const QList<PhraseEntry> entries = f.bank.entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).phrase.id == id); // praise first
    CHECK(entries.at(0).phrase.archived());
    CHECK(entries.at(0).phrase.text() == u"Työjälki on todella siistiä."_s);

    // Unchanged values and invalid input write nothing.
    const int pending = f.store.pendingCount();
    CHECK_FALSE(f.bank.setArchived(id, true).isError());
    CHECK_FALSE(f.bank.setText(id, u"Työjälki on todella siistiä."_s).isError());
    CHECK(f.bank.add(u"praise"_s, u"   "_s).isError());
    CHECK(f.bank.add(u"grade"_s, u"Kiitettävä"_s).isError());
    CHECK(f.bank.add(u"praise"_s, QString(501, u'a')).isError());
    CHECK(f.bank.setText(u"no-such-phrase"_s, u"x"_s).code == ErrorCode::NotFound);
    CHECK(f.store.pendingCount() == pending);
}
