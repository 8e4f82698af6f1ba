#include <catch2/catch.hpp>

#include "common/storage/Database.h"
#include "tests/support/TempDir.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QList<Migration> migrations()
{
    return {
        {1, {u"CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s}},
        {2, {u"ALTER TABLE a ADD COLUMN note TEXT"_s, u"CREATE INDEX a_name ON a(name)"_s}},
    };
}
} // namespace

TEST_CASE("a new database gets every migration and the pragmas", "[storage]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(u"x.sqlite"_s)));
    REQUIRE(db.migrate(migrations()));
    CHECK(db.schemaVersion() == 2);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"PRAGMA journal_mode"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"wal"_s);
    REQUIRE(q.exec(u"PRAGMA foreign_keys"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("a database of an earlier version is migrated step by step", "[storage]")
{
    TempDir dir;
    const QString path = dir.filePath(u"x.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path));
        REQUIRE(db.migrate(migrations().mid(0, 1)));
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"INSERT INTO a(name) VALUES ('kept')"_s));
    }
    Database db;
    REQUIRE(db.open(path));
    REQUIRE(db.migrate(migrations()));
    CHECK(db.schemaVersion() == 2);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT name, note FROM a"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"kept"_s);
}

TEST_CASE("a failing migration leaves the database at the previous version", "[storage]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(u"x.sqlite"_s)));
    QList<Migration> bad = migrations();
    bad.append({3, {u"CREATE TABLE b (id INTEGER)"_s, u"THIS IS NOT SQL"_s}});
    CHECK_FALSE(db.migrate(bad));
    CHECK(db.schemaVersion() == 2);
    QSqlQuery q(db.connection());
    CHECK_FALSE(q.exec(u"SELECT * FROM b"_s)); // rolled back with its step
}

TEST_CASE("a database newer than the program is refused", "[storage]")
{
    TempDir dir;
    const QString path = dir.filePath(u"x.sqlite"_s);
    {
        Database db;
        REQUIRE(db.open(path));
        QList<Migration> future = migrations();
        future.append({9, {u"CREATE TABLE z (id INTEGER)"_s}});
        REQUIRE(db.migrate(future));
    }
    Database db;
    REQUIRE(db.open(path));
    CHECK_FALSE(db.migrate(migrations()));
    CHECK(db.errorString().contains(u"newer"_s));
}

TEST_CASE("a transaction whose body fails is rolled back", "[storage]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(u"x.sqlite"_s)));
    REQUIRE(db.migrate(migrations()));
    CHECK_FALSE(db.transaction([&] {
        QSqlQuery q(db.connection());
        q.exec(u"INSERT INTO a(name) VALUES ('half')"_s);
        return false;
    }));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM a"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("migrations listed out of order are applied in version order", "[storage]")
{
    TempDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(u"x.sqlite"_s)));
    QList<Migration> steps = migrations();
    steps.prepend({3, {u"CREATE TABLE c (a_id INTEGER REFERENCES a(id))"_s}});
    REQUIRE(db.migrate(steps));
    CHECK(db.schemaVersion() == 3);
    QSqlQuery q(db.connection());
    CHECK(q.exec(u"SELECT note FROM a"_s)); // step 2 ran before step 3
    CHECK(q.exec(u"SELECT a_id FROM c"_s));
}
