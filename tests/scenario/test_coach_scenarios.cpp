#include <catch2/catch.hpp>

#include "client/core/CoachWorkspace.h"
#include "client/core/FeedbackThread.h"
#include "common/model/ReviewRecords.h"
#include "server/core/Admin.h"
#include "tests/scenario/ScenarioHarness.h"
#include "tests/support/TempDir.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {
Requirement requirement(const QString &code, const QString &text)
{
    Requirement r;
    r.code = code;
    r.text = text;
    r.unitCode = u"nayte_ylläpitosiivous"_s;
    r.unitName = u"Ylläpitosiivous"_s;
    r.qualificationCode = u"381141"_s;
    r.qualificationName = u"Puhtaus- ja kiinteistöpalvelualan perustutkinto"_s;
    return r;
}

// Kaisa's organisation gets a second coach (liisa) and a task with two skill requirements
// assigned to aino; a second organisation has its own coach (olli).
struct CoachingWorkshop
{
    explicit CoachingWorkshop(TestServer &s) : server(s), w(s)
    {
        liisa = server.createUser(w.orgId, u"liisa"_s, QString::fromUtf16(Workshop::kPassword),
                                  Role::Coach, u"Liisa Valmentaja"_s);
        otherOrg = server.createOrg(u"Kemin työpaja"_s);
        olli = server.createUser(otherOrg, u"olli"_s, QString::fromUtf16(Workshop::kPassword),
                                 Role::Coach, u"Olli Muualta"_s);
        Error error;
        TaskSet set;
        set.title = u"Siivous"_s;
        set.position = 5;
        setId = server.admin()->createTaskSet(w.orgId, set, &error).value_or(QString());
        Task task;
        task.taskSetId = setId;
        task.title = u"Ylläpitosiivous toimistossa"_s;
        task.instructions = u"<p>Siivoa toimisto ja kerro, mitä teit.</p>"_s;
        task.position = 1;
        task.requirements = {requirement(u"req_1"_s, u"osaa valita puhdistusaineet"_s),
                             requirement(u"req_2"_s, u"osaa kuivata lattian"_s)};
        taskId = server.admin()->createTask(w.orgId, task, &error).value_or(QString());
        server.assign(w.aino, setId);
    }
    TestServer &server;
    Workshop w;
    qint64 liisa = 0;
    qint64 otherOrg = 0;
    qint64 olli = 0;
    QString setId;
    QString taskId;
};

// Logs the trainee and the coach in, then the trainee submits `answer` to the task and both
// sync, so that the submission waits in the coach's review queue.
void submitForReview(const CoachingWorkshop &cw, ClientCore &trainee, ClientCore &coach,
                     const QString &answer)
{
    REQUIRE(trainee.login());
    REQUIRE(coach.login());
    REQUIRE(trainee.sync());
    REQUIRE_FALSE(trainee.program()->submit(cw.taskId, answer).isError());
    REQUIRE(trainee.sync());
    REQUIRE(coach.sync());
}

// The server's copy of a review (empty when it has none).
std::optional<ReviewRecord> serverReview(TestServer &server, const QString &submissionId)
{
    const auto row = server.store()->record(QString::fromUtf16(kind::kReview),
                                            reviewIdFor(submissionId));
    Error error;
    return row ? ReviewRecord::fromJson(row->id, row->data, &error) : std::nullopt;
}

// Replaces the server's database file with a copy (the server must be stopped).
bool restoreDatabase(const TempDir &data, const QString &backup)
{
    const QString dbFile = data.filePath(u"pajapolku.sqlite"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(dbFile + suffix);
    return QFile::copy(backup, dbFile);
}

QString decisionOf(ClientCore &laptop, const QString &submissionId)
{
    const auto view = laptop.session()->coach()->submission(submissionId);
    return view && view->review ? view->review->decision() : QString();
}
} // namespace

TEST_CASE("two coaches review the same submission offline and their reviews merge on sync",
          "[scenario][coach]")
{
    TestServer server;
    CoachingWorkshop cw(server);
    REQUIRE_FALSE(cw.taskId.isEmpty());
    auto aino = cw.w.laptop(u"aino"_s);
    auto kaisa = cw.w.laptop(u"kaisa"_s);
    auto liisa = cw.w.laptop(u"liisa"_s);
    for (auto *laptop : {aino.get(), kaisa.get(), liisa.get()})
        REQUIRE(laptop->login());
    REQUIRE(aino->sync());
    REQUIRE_FALSE(aino->program()->submit(cw.taskId, u"Valitsin yleispuhdistusaineen."_s).isError());
    REQUIRE(aino->sync());
    REQUIRE(kaisa->sync());
    REQUIRE(liisa->sync());

    const QList<QueueEntry> queue = kaisa->session()->coach()->reviewQueue();
    REQUIRE(queue.size() == 1);
    const QString submissionId = queue.first().submission.id;
    CHECK(queue.first().taskTitle == u"Ylläpitosiivous toimistossa"_s);
    CHECK(liisa->session()->coach()->reviewQueue().size() == 1);

    // Both coaches are in the van: no coverage. Liisa's laptop clock runs a minute ahead.
    server.stop();
    liisa->clock().setOffset(60'000);
    CoachWorkspace *k = kaisa->session()->coach();
    CoachWorkspace *l = liisa->session()->coach();
    REQUIRE_FALSE(k->decide(submissionId, u"approved"_s, {}).isError());
    REQUIRE_FALSE(k->markRequirement(submissionId, u"req_1"_s, true, u"Hyvä valinta"_s).isError());
    REQUIRE_FALSE(k->sendFeedback(submissionId, u"Hienoa työtä!"_s, {u"req_1"_s}).isError());
    REQUIRE_FALSE(l->decide(submissionId, u"revise"_s, u"Kerro myös kuivauksesta."_s).isError());
    REQUIRE_FALSE(l->markRequirement(submissionId, u"req_1"_s, false, {}).isError());
    REQUIRE_FALSE(l->sendFeedback(submissionId, u"Hyvä alku."_s).isError());
    // Offline, each sees their own decision at once and the queue empties.
    CHECK(decisionOf(*kaisa, submissionId) == u"approved"_s);
    CHECK(decisionOf(*liisa, submissionId) == u"revise"_s);
    CHECK(k->reviewQueue().isEmpty());

    REQUIRE(server.start());
    REQUIRE(kaisa->sync());
    REQUIRE(liisa->sync());
    REQUIRE(kaisa->sync());
    CHECK(compare(*kaisa, server).isEmpty());
    CHECK(compare(*liisa, server).isEmpty());

    // The higher clock (liisa's) wins on both laptops; kaisa's value is kept and shown.
    CHECK(decisionOf(*kaisa, submissionId) == u"revise"_s);
    CHECK(decisionOf(*liisa, submissionId) == u"revise"_s);
    const auto view = k->submission(submissionId);
    REQUIRE(view);
    CHECK(view->decisionContested);
    CHECK(view->contestedValue == QJsonValue(u"approved"_s));
    CHECK_FALSE(view->contestedBy.isEmpty()); // who decided differently
    REQUIRE(view->marks.size() == 1);
    CHECK_FALSE(view->marks.first().demonstrated());
    CHECK(view->marks.first().merged.contested(u"demonstrated"_s));
    CHECK(view->marks.first().note() == u"Hyvä valinta"_s); // only kaisa wrote a note
    CHECK(view->thread.size() == 2); // feedback of both coaches survives
    CHECK(server.recordCount(u"feedback"_s) == 2);

    // The trainee receives everything once, sees two unread messages, reads them and replies.
    REQUIRE(aino->sync());
    CHECK(compare(*aino, server).isEmpty());
    FeedbackThread *thread = aino->session()->feedback();
    CHECK(aino->task(cw.taskId).status == TaskStatus::NeedsRevision);
    CHECK(thread->messages(cw.taskId).size() == 2);
    CHECK(thread->unreadCount() == 2);
    REQUIRE_FALSE(thread->markTaskRead(cw.taskId).isError());
    CHECK(thread->unreadCount() == 0);
    REQUIRE_FALSE(thread->reply(cw.taskId, u"Kiitos, korjaan kuivauksen."_s).isError());
    REQUIRE(aino->sync());
    REQUIRE(aino->sync());
    CHECK(compare(*aino, server).isEmpty());
    CHECK(aino->store()->recordCount(u"feedback"_s) == 3);
    CHECK(aino->store()->recordCount(u"feedback_read"_s) == 2);
    CHECK(server.recordCount(u"feedback_read"_s) == 2);

    // The coach sees the reply, with the trainee's name.
    REQUIRE(kaisa->sync());
    const auto after = k->submission(submissionId);
    REQUIRE(after);
    CHECK(after->thread.size() == 3);
    CHECK(after->thread.constLast().text == u"Kiitos, korjaan kuivauksen."_s);
    CHECK(k->traineeName(cw.w.aino) == after->thread.constLast().authorName);
}

TEST_CASE("a coach of another organisation cannot review a trainee: the operation is rejected "
          "and stays visible",
          "[scenario][coach]")
{
    TestServer server;
    CoachingWorkshop cw(server);
    auto aino = cw.w.laptop(u"aino"_s);
    auto olli = cw.w.laptop(u"olli"_s);
    submitForReview(cw, *aino, *olli, u"Valmis."_s);
    CHECK(olli->session()->coach()->reviewQueue().isEmpty()); // nothing of aino reaches olli
    CHECK(olli->session()->coach()->roster().isEmpty());

    // A review written anyway (an old laptop, a tampered database): the server refuses it.
    const QString submissionId = aino->task(cw.taskId).submissions.first().id;
    const QJsonObject op{
        {u"submissionId"_s, submissionId},
        {u"hlc"_s, Hlc(olli->clock().nowMs(), 0, olli->store()->deviceId()).toString()},
        {u"set"_s, QJsonObject{{u"decision"_s, QJsonObject{{u"value"_s, u"approved"_s},
                                                          {u"base"_s, QString()}}}}}};
    REQUIRE_FALSE(olli->store()
                      ->saveLocal({{QString::fromUtf16(kind::kReview), reviewIdFor(submissionId),
                                    op, {}}})
                      .isError());
    REQUIRE(olli->sync());
    const QList<OutboxEntry> rejected = olli->session()->coach()->rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().error.code == ErrorCode::Forbidden);
    CHECK(olli->store()->rejectedCount() == 1);
    CHECK(server.recordCount(u"review"_s) == 0);
    REQUIRE(aino->sync());
    CHECK(aino->task(cw.taskId).status == TaskStatus::Submitted);
}

TEST_CASE("a coach of another organisation granted a shared group reviews its trainee",
          "[scenario][coach]")
{
    TestServer server;
    CoachingWorkshop cw(server);
    Error error;
    const auto group = server.admin()->createGroup(cw.w.orgId, u"Yhteisryhmä"_s, &error);
    REQUIRE(group);
    REQUIRE_FALSE(server.admin()->addGroupMember(QString::number(*group), u"aino"_s,
                                                 GroupRole::Trainee).isError());
    REQUIRE_FALSE(server.admin()->addGroupMember(QString::number(*group), u"olli"_s,
                                                 GroupRole::Coach).isError());
    auto aino = cw.w.laptop(u"aino"_s);
    auto olli = cw.w.laptop(u"olli"_s);
    submitForReview(cw, *aino, *olli, u"Valmis."_s);
    const QList<QueueEntry> queue = olli->session()->coach()->reviewQueue();
    REQUIRE(queue.size() == 1);
    CHECK(olli->session()->coach()->roster().size() == 1); // only the shared group's trainee
    REQUIRE_FALSE(olli->session()->coach()
                      ->decide(queue.first().submission.id, u"approved"_s, {})
                      .isError());
    REQUIRE(olli->sync());
    CHECK(olli->store()->rejectedCount() == 0);
    CHECK(compare(*olli, server).isEmpty());
    REQUIRE(aino->sync());
    CHECK(aino->task(cw.taskId).status == TaskStatus::Approved);
}

TEST_CASE("a server restored from an older backup gets back the coach's review, marks and "
          "feedback and the trainee's reply, each once",
          "[scenario][coach][epoch]")
{
    TempDir data;
    TestServer server(data.path());
    REQUIRE(server.start());
    CoachingWorkshop cw(server);
    auto aino = cw.w.laptop(u"aino"_s);
    auto kaisa = cw.w.laptop(u"kaisa"_s);
    submitForReview(cw, *aino, *kaisa, u"Valitsin yleispuhdistusaineen."_s);
    const QString backup = data.filePath(u"backup.sqlite"_s);
    server.stop(); // closing checkpoints the WAL into the file
    REQUIRE(QFile::copy(data.filePath(u"pajapolku.sqlite"_s), backup));
    REQUIRE(server.start());

    // After the backup: the coach reviews, marks and writes feedback; the trainee reads it and
    // replies; the coach then approves (a second write of the decision).
    CoachWorkspace *k = kaisa->session()->coach();
    const QString submissionId = k->reviewQueue().value(0).submission.id;
    REQUIRE_FALSE(submissionId.isEmpty());
    REQUIRE_FALSE(k->decide(submissionId, u"revise"_s, u"Kerro kuivauksesta."_s).isError());
    REQUIRE_FALSE(k->markRequirement(submissionId, u"req_1"_s, true, u"Hyvä valinta"_s).isError());
    REQUIRE_FALSE(k->markRequirement(submissionId, u"req_2"_s, false, u"Vielä harjoittelua"_s)
                      .isError());
    REQUIRE_FALSE(k->sendFeedback(submissionId, u"Hyvä alku!"_s, {u"req_1"_s}).isError());
    REQUIRE(kaisa->sync());
    REQUIRE(aino->sync());
    FeedbackThread *thread = aino->session()->feedback();
    REQUIRE_FALSE(thread->markTaskRead(cw.taskId).isError());
    REQUIRE_FALSE(thread->reply(cw.taskId, u"Kiitos!"_s).isError());
    REQUIRE(aino->sync());
    REQUIRE(kaisa->sync());
    REQUIRE_FALSE(k->decide(submissionId, u"approved"_s, u"Kerro kuivauksesta."_s).isError());
    REQUIRE(kaisa->sync());
    const std::optional<ReviewRecord> before = serverReview(server, submissionId);
    REQUIRE(before);
    REQUIRE(before->decision() == u"approved"_s);
    REQUIRE(before->merged.history().size() == 1); // the earlier "revise"

    // The disk fails; last night's backup is restored and the epoch renewed.
    server.stop();
    REQUIRE(restoreDatabase(data, backup));
    REQUIRE(server.start());
    REQUIRE(server.recordCount(u"review"_s) == 0);
    Error error;
    REQUIRE_FALSE(server.admin()->renewServerEpoch(&error).isEmpty());

    // The coach's laptop offers its writes again first, then the trainee's laptop its own.
    REQUIRE(kaisa->sync());
    REQUIRE(kaisa->sync());
    REQUIRE(aino->sync());
    REQUIRE(aino->sync());
    REQUIRE(kaisa->sync());
    CHECK(server.recordCount(u"review"_s) == 1);
    CHECK(server.recordCount(u"requirement_mark"_s) == 2);
    CHECK(server.recordCount(u"feedback"_s) == 2);
    CHECK(server.recordCount(u"feedback_read"_s) == 1);
    CHECK(server.recordCount(u"submission"_s) == 1);
    for (ClientCore *laptop : {kaisa.get(), aino.get()}) {
        CHECK(laptop->store()->pendingCount() == 0);
        CHECK(laptop->store()->rejectedCount() == 0);
        CHECK(compare(*laptop, server).isEmpty());
    }
    const std::optional<ReviewRecord> after = serverReview(server, submissionId);
    REQUIRE(after);
    CHECK(after->decision() == u"approved"_s);
    CHECK(after->instructions() == u"Kerro kuivauksesta."_s);
    CHECK(after->merged.history().size() == before->merged.history().size());
    CHECK(after->merged.current(u"decision"_s)->hlc == before->merged.current(u"decision"_s)->hlc);
    const auto view = k->submission(submissionId);
    REQUIRE(view);
    REQUIRE(view->marks.size() == 2);
    CHECK(view->thread.size() == 2);
    CHECK(aino->task(cw.taskId).status == TaskStatus::Approved);
    CHECK(thread->unreadCount() == 0);

    // The epoch renewed once more while the server lost nothing: everything is a duplicate.
    const QJsonObject reviewData
        = server.store()->record(u"review"_s, reviewIdFor(submissionId))->data;
    REQUIRE_FALSE(server.admin()->renewServerEpoch(&error).isEmpty());
    REQUIRE(kaisa->sync());
    REQUIRE(kaisa->sync());
    REQUIRE(aino->sync());
    REQUIRE(aino->sync());
    CHECK(server.store()->record(u"review"_s, reviewIdFor(submissionId))->data == reviewData);
    CHECK(server.recordCount(u"requirement_mark"_s) == 2);
    CHECK(server.recordCount(u"feedback"_s) == 2);
    CHECK(server.recordCount(u"feedback_read"_s) == 1);
    CHECK(kaisa->store()->rejectedCount() == 0);
    CHECK(aino->store()->rejectedCount() == 0);
}

TEST_CASE("a trainee who sent a new version offline replies to the feedback on the previous one",
          "[scenario][coach][feedback]")
{
    TestServer server;
    CoachingWorkshop cw(server);
    auto aino = cw.w.laptop(u"aino"_s);
    auto kaisa = cw.w.laptop(u"kaisa"_s);
    submitForReview(cw, *aino, *kaisa, u"Ensimmäinen versio."_s);
    const QString first = aino->task(cw.taskId).submissions.first().id;
    CoachWorkspace *k = kaisa->session()->coach();
    REQUIRE_FALSE(k->decide(first, u"revise"_s, u"Lisää kuva."_s).isError());
    REQUIRE_FALSE(k->sendFeedback(first, u"Hyvä alku, lisää kuva."_s).isError());
    REQUIRE(kaisa->sync());
    REQUIRE(aino->sync());

    // In the van: a new version, then a reply to the coach's feedback on the first one.
    server.stop();
    REQUIRE_FALSE(aino->program()->submit(cw.taskId, u"Toinen versio kuvan kera."_s).isError());
    FeedbackThread *thread = aino->session()->feedback();
    REQUIRE_FALSE(thread->reply(cw.taskId, u"Lisäsin kuvan uuteen versioon."_s).isError());
    QList<Feedback> messages = thread->messages(cw.taskId);
    REQUIRE(messages.size() == 2);
    CHECK(messages.last().submissionId == first);
    REQUIRE(server.start());
    REQUIRE(aino->sync());
    CHECK(aino->store()->rejectedCount() == 0);
    CHECK(server.recordCount(u"submission"_s) == 2);
    CHECK(server.recordCount(u"feedback"_s) == 2);

    // Both versions synced: a further reply still belongs to the version the feedback is on.
    REQUIRE_FALSE(thread->reply(cw.taskId, u"Kiitos!"_s).isError());
    messages = thread->messages(cw.taskId);
    REQUIRE(messages.size() == 3);
    CHECK(messages.last().submissionId == first);
    REQUIRE(aino->sync());
    CHECK(aino->store()->rejectedCount() == 0);
    CHECK(server.recordCount(u"feedback"_s) == 3);
    CHECK(compare(*aino, server).isEmpty());
    REQUIRE(kaisa->sync());
    const auto view = k->submission(first);
    REQUIRE(view);
    CHECK(view->thread.size() == 3);
}

TEST_CASE("a coach whose token expired offline gets a new one and the decisions arrive",
          "[scenario][coach][auth]")
{
    TestServer server;
    CoachingWorkshop cw(server);
    auto aino = cw.w.laptop(u"aino"_s);
    auto kaisa = cw.w.laptop(u"kaisa"_s);
    submitForReview(cw, *aino, *kaisa, u"Valmis."_s);
    const QString token = kaisa->store()->token();
    CoachWorkspace *k = kaisa->session()->coach();
    const QString submissionId = k->reviewQueue().value(0).submission.id;
    REQUIRE_FALSE(k->decide(submissionId, u"approved"_s, {}).isError());
    REQUIRE_FALSE(k->markRequirement(submissionId, u"req_1"_s, true, {}).isError());
    REQUIRE_FALSE(k->sendFeedback(submissionId, u"Hienoa!"_s).isError());
    REQUIRE(kaisa->store()->pendingCount() == 3);

    // A month in the field: the token has expired when coverage returns.
    server.clock()->advance(qint64(31) * 24 * 3600 * 1000);
    REQUIRE(kaisa->sync());
    CHECK(kaisa->store()->token() != token);
    CHECK(kaisa->store()->pendingCount() == 0);
    CHECK(kaisa->store()->rejectedCount() == 0);
    CHECK(server.recordCount(u"review"_s) == 1);
    CHECK(server.recordCount(u"requirement_mark"_s) == 1);
    CHECK(server.recordCount(u"feedback"_s) == 1);
    CHECK(compare(*kaisa, server).isEmpty());
    REQUIRE(aino->sync());
    CHECK(aino->task(cw.taskId).status == TaskStatus::Approved);
}

TEST_CASE("a review and a mark a trainee's laptop writes are refused and nothing is stored",
          "[scenario][coach][security]")
{
    TestServer server;
    CoachingWorkshop cw(server);
    auto aino = cw.w.laptop(u"aino"_s);
    REQUIRE(aino->login());
    REQUIRE(aino->sync());
    REQUIRE_FALSE(aino->program()->submit(cw.taskId, u"Valmis."_s).isError());
    REQUIRE(aino->sync());
    const QString submissionId = aino->task(cw.taskId).submissions.first().id;

    // A tampered laptop approves its own work and marks a requirement demonstrated.
    const QString hlc = Hlc(aino->clock().nowMs(), 0, aino->store()->deviceId()).toString();
    const QJsonObject review{
        {u"submissionId"_s, submissionId},
        {u"hlc"_s, hlc},
        {u"set"_s, QJsonObject{{u"decision"_s, QJsonObject{{u"value"_s, u"approved"_s}}}}}};
    const QJsonObject mark{
        {u"traineeId"_s, cw.w.aino},
        {u"taskId"_s, cw.taskId},
        {u"requirementCode"_s, u"req_1"_s},
        {u"submissionId"_s, submissionId},
        {u"hlc"_s, hlc},
        {u"set"_s, QJsonObject{{u"demonstrated"_s, QJsonObject{{u"value"_s, true}}}}}};
    REQUIRE_FALSE(
        aino->store()
            ->saveLocal({{QString::fromUtf16(kind::kReview), reviewIdFor(submissionId), review, {}},
                         {QString::fromUtf16(kind::kRequirementMark),
                          requirementMarkIdFor(cw.w.aino, cw.taskId, u"req_1"_s), mark, {}}})
            .isError());
    REQUIRE(aino->sync());
    const QList<RejectedChange> rejected = aino->program()->rejectedChanges();
    REQUIRE(rejected.size() == 2); // kept and shown
    for (const RejectedChange &c : rejected)
        CHECK(c.error.code == ErrorCode::Forbidden);
    CHECK(aino->store()->pendingCount() == 0);
    CHECK(server.recordCount(u"review"_s) == 0);
    CHECK(server.recordCount(u"requirement_mark"_s) == 0);
    REQUIRE(aino->sync()); // not sent again
    CHECK(aino->store()->rejectedCount() == 2);
    CHECK(server.recordCount(u"review"_s) == 0);
}
