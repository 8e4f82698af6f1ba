#pragma once
// Small builders of server changes and local writes for client tests, so that each test states
// only what matters to it. The records are the same JSON the server sends.

#include "client/core/LocalStore.h"
#include "common/model/Records.h"
#include "common/protocol/Protocol.h"

#include <QStringList>

namespace fixtures {

inline QString kindName(const char16_t *k)
{
    return QString::fromUtf16(k);
}

inline Change change(const QString &scope, qint64 seq, const QString &kind, const QString &id,
                     const QJsonObject &data)
{
    Change c;
    c.scope = scope;
    c.seq = seq;
    c.kind = kind;
    c.id = id;
    c.data = data;
    return c;
}

// A trainee's program as the server would send it in the trainee's scope: one assignment, the
// set and its tasks (titles in position order). Task ids are "<setId>-t<n>".
inline QList<Change> program(qint64 traineeId, const QString &setId, const QStringList &taskTitles,
                             qint64 firstSeq = 1, int setPosition = 0)
{
    using namespace Qt::StringLiterals;
    const QString scope = protocol::traineeScope(traineeId);
    QList<Change> out;
    qint64 seq = firstSeq;
    TaskSet set {setId, u"Set "_s + setId, QString(), setPosition};
    out.append(change(scope, seq++, kindName(kind::kTaskSet), setId, set.toJson()));
    for (int i = 0; i < taskTitles.size(); ++i) {
        Task t;
        t.id = setId + u"-t"_s + QString::number(i + 1);
        t.taskSetId = setId;
        t.title = taskTitles.at(i);
        t.position = taskTitles.size() - i; // stored in reverse, shown by position
        out.append(change(scope, seq++, kindName(kind::kTask), t.id, t.toJson()));
    }
    Assignment a;
    a.traineeId = traineeId;
    a.taskSetId = setId;
    a.assignedBy = 1;
    a.assignedAt = QDateTime::currentDateTimeUtc();
    out.append(change(scope, seq++, kindName(kind::kAssignment), u"a-"_s + setId, a.toJson()));
    return out;
}

inline SyncResponse response(const QList<Change> &changes, const QMap<QString, qint64> &cursors,
                             const QString &serverEpoch = QStringLiteral("epoch-1"))
{
    SyncResponse r;
    r.protocol = protocol::kVersion;
    r.serverEpoch = serverEpoch;
    r.changes = changes;
    r.cursors = cursors;
    return r;
}

inline Ack ack(qint64 counter, AckStatus status, const Error &error = {})
{
    Ack a;
    a.counter = counter;
    a.status = status;
    a.error = error;
    return a;
}

inline LocalWrite answerWrite(const QString &id, const QString &taskId, const QString &text)
{
    using namespace Qt::StringLiterals;
    AnswerVersion a;
    a.taskId = taskId;
    a.text = text;
    a.at = QDateTime::currentDateTimeUtc();
    return {kindName(kind::kAnswer), id, a.toJson(), {}};
}

} // namespace fixtures
