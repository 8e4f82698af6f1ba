#include <catch2/catch.hpp>

#include "common/util/Clock.h"
#include "common/util/Hlc.h"

using namespace Qt::StringLiterals;

namespace {
const QDateTime kNoon = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
constexpr qint64 kYearMs = qint64(365) * 24 * 3600 * 1000;
} // namespace

TEST_CASE("hybrid timestamps order by wall time, then counter, then device", "[hlc]")
{
    const Hlc a(1000, 5, u"b-laptop"_s);
    CHECK(a < Hlc(1001, 0, u"a-laptop"_s));
    CHECK(a < Hlc(1000, 6, u"a-laptop"_s));
    CHECK(a < Hlc(1000, 5, u"c-laptop"_s));
    CHECK(a > Hlc(1000, 5, u"a-laptop"_s));
    CHECK(a == Hlc(1000, 5, u"b-laptop"_s));
    CHECK(Hlc() < Hlc(0, 0, u"x"_s));
    CHECK(Hlc().isNull());
}

TEST_CASE("the string form round-trips and sorts like the timestamps", "[hlc]")
{
    const Hlc a(kNoon.toMSecsSinceEpoch(), 3, u"coach-laptop:1"_s);
    const Hlc b(kNoon.toMSecsSinceEpoch() + 1, 0, u"a"_s);
    const Hlc c(999, 12, u"zz"_s);
    CHECK(a.toString() == u"001796385600000-000003-coach-laptop:1"_s);
    CHECK(Hlc::fromString(a.toString()) == a);
    CHECK(Hlc::fromString(QString())->isNull());
    CHECK(Hlc().toString().isEmpty());
    CHECK((a.toString() < b.toString()) == (a < b));
    CHECK((c.toString() < a.toString()) == (c < a));
    for (const QString &bad : {u"x"_s, u"001796385600000-000003-"_s, u"00179638560000-000003-d"_s,
                               u"001796385600000_000003-d"_s, u"001796385600000-00000x-d"_s,
                               u"001796385600000-000003-bad device"_s,
                               u"-01796385600000-000003-d"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(Hlc::fromString(bad).has_value());
    }
}

TEST_CASE("a device's clock never runs backwards, even when its wall clock does", "[hlc]")
{
    ManualClock wall;
    wall.freezeAt(kNoon);
    HlcClock clock(u"laptop-1"_s, &wall);
    const Hlc first = clock.now();
    CHECK(first.wallMs() == kNoon.toMSecsSinceEpoch());
    CHECK(first.counter() == 0);
    const Hlc second = clock.now(); // same millisecond
    CHECK(second > first);
    CHECK(second.counter() == 1);
    wall.freezeAt(kNoon.addSecs(-3600)); // the clock was set back an hour
    const Hlc third = clock.now();
    CHECK(third > second);
    CHECK(third.wallMs() == first.wallMs());
    wall.freezeAt(kNoon.addSecs(60));
    const Hlc fourth = clock.now();
    CHECK(fourth.wallMs() == kNoon.addSecs(60).toMSecsSinceEpoch());
    CHECK(fourth.counter() == 0);
}

TEST_CASE("a received timestamp moves the clock above it", "[hlc]")
{
    ManualClock wall;
    wall.freezeAt(kNoon);
    HlcClock clock(u"laptop-1"_s, &wall);
    const Hlc remote(kNoon.toMSecsSinceEpoch() + 5000, 7, u"laptop-2"_s);
    const Hlc after = clock.receive(remote);
    CHECK(after > remote);
    CHECK(after.wallMs() == remote.wallMs());
    CHECK(after.counter() == 8);
    CHECK(after.device() == u"laptop-1"_s);
    CHECK(clock.now() > after);
    // An older remote time changes nothing but the counter.
    const Hlc old(kNoon.toMSecsSinceEpoch() - 5000, 99, u"laptop-3"_s);
    CHECK(clock.receive(old) > after);
}

TEST_CASE("a clock a year behind still writes above everything it has seen", "[hlc]")
{
    ManualClock right;
    right.freezeAt(kNoon);
    ManualClock behind;
    behind.freezeAt(kNoon.addMSecs(-kYearMs));
    HlcClock coachA(u"coach-a"_s, &right);
    HlcClock coachB(u"coach-b"_s, &behind);

    const Hlc decidedByA = coachA.now();
    // Concurrent (B has not seen A's write): B's timestamp is lower, A's value wins. Deterministic.
    const Hlc concurrentB = coachB.now();
    CHECK(concurrentB < decidedByA);
    // After a sync B has seen A's value: B's overwrite wins although B's clock is a year behind.
    coachB.receive(decidedByA);
    const Hlc overwriteByB = coachB.now();
    CHECK(overwriteByB > decidedByA);
    CHECK(overwriteByB.wallMs() == decidedByA.wallMs());
}

TEST_CASE("a clock a year ahead is accepted and the others follow it", "[hlc]")
{
    ManualClock right;
    right.freezeAt(kNoon);
    ManualClock ahead;
    ahead.freezeAt(kNoon.addMSecs(kYearMs));
    HlcClock fast(u"fast"_s, &ahead);
    HlcClock normal(u"normal"_s, &right);

    const Hlc future = fast.now();
    CHECK(future > normal.now()); // a concurrent write of the fast device wins
    const Hlc seen = normal.receive(future); // never refused, however far ahead
    CHECK(seen > future);
    Hlc previous = seen;
    for (int i = 0; i < 1000; ++i) { // and the normal device goes on writing, always upwards
        const Hlc next = normal.now();
        REQUIRE(next > previous);
        previous = next;
    }
    CHECK(previous.wallMs() == future.wallMs());
}

TEST_CASE("the counter carries into the wall time instead of overflowing", "[hlc]")
{
    const Hlc top(5000, Hlc::kMaxCounter, u"d"_s);
    const Hlc next = top.successor(u"d"_s);
    CHECK(next > top);
    CHECK(next.wallMs() == 5001);
    CHECK(next.counter() == 0);
    const Hlc end(Hlc::kMaxWallMs, Hlc::kMaxCounter, u"d"_s);
    CHECK(end.successor(u"d"_s) == end); // the end of time stays there
    CHECK(Hlc(-5, -1, u"d"_s) == Hlc(0, 0, u"d"_s)); // out-of-range parts are clamped
}

TEST_CASE("a restored clock continues above its persisted value", "[hlc]")
{
    ManualClock wall;
    wall.freezeAt(kNoon.addSecs(-600)); // the laptop's clock lost ten minutes over a restart
    HlcClock clock(u"laptop-1"_s, &wall);
    const Hlc saved(kNoon.toMSecsSinceEpoch(), 4, u"laptop-1"_s);
    clock.restore(saved);
    CHECK(clock.now() > saved);
    clock.restore(Hlc(1, 0, u"laptop-1"_s)); // an older value is ignored
    CHECK(clock.last() > saved);
}
