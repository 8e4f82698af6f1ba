// ServerStore, the coaching part: shared coaching groups and the audit trail of coaching
// decisions, marks and messages (schema step 3, CoachingMigration).
#include "server/core/ServerStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// A JSON value as text (wrapped in an array, since a bare scalar is no JSON document for Qt).
QString valueText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue valueFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

GroupRow groupFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            fromMs(q.value(3))};
}
} // namespace

std::optional<qint64> ServerStore::insertGroup(qint64 orgId, const QString &name,
                                               const QDateTime &now)
{
    QSqlQuery *q = run(u"INSERT INTO coaching_groups (org_id, name, created_at) VALUES (?, ?, ?)"_s,
                       {orgId, name, ms(now)});
    if (!q)
        return std::nullopt;
    const qint64 id = q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

std::optional<GroupRow> ServerStore::group(qint64 id)
{
    QSqlQuery *q = run(u"SELECT id, org_id, name, created_at FROM coaching_groups WHERE id = ?"_s,
                       {id});
    if (!q || !q->next())
        return std::nullopt;
    const GroupRow g = groupFrom(*q);
    q->finish();
    return g;
}

QList<GroupRow> ServerStore::groups(qint64 orgId)
{
    QList<GroupRow> out;
    QSqlQuery *q = orgId == 0
                       ? run(u"SELECT id, org_id, name, created_at FROM coaching_groups"
                             " ORDER BY org_id, name"_s)
                       : run(u"SELECT id, org_id, name, created_at FROM coaching_groups"
                             " WHERE org_id = ? ORDER BY name"_s,
                             {orgId});
    while (q && q->next())
        out.append(groupFrom(*q));
    if (q)
        q->finish();
    return out;
}

QList<GroupRow> ServerStore::groupsNamed(const QString &name)
{
    QList<GroupRow> out;
    QSqlQuery *q = run(u"SELECT id, org_id, name, created_at FROM coaching_groups"
                       " WHERE name = ? ORDER BY id"_s,
                       {name});
    while (q && q->next())
        out.append(groupFrom(*q));
    if (q)
        q->finish();
    return out;
}

bool ServerStore::addGroupMember(qint64 groupId, qint64 userId, const QString &role,
                                 const QDateTime &now)
{
    return exec(u"INSERT INTO group_members (group_id, user_id, role, added_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (group_id, user_id) DO NOTHING"_s,
                {groupId, userId, role, ms(now)});
}

QList<GroupMemberRow> ServerStore::groupMembers(qint64 groupId)
{
    QList<GroupMemberRow> out;
    QSqlQuery *q = run(u"SELECT group_id, user_id, role, added_at FROM group_members"
                       " WHERE group_id = ? ORDER BY role, user_id"_s,
                       {groupId});
    while (q && q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                    fromMs(q->value(3))});
    if (q)
        q->finish();
    return out;
}

QList<qint64> ServerStore::groupTraineesOf(qint64 coachId)
{
    QList<qint64> out;
    QSqlQuery *q = run(u"SELECT DISTINCT t.user_id FROM group_members c"
                       " JOIN group_members t ON t.group_id = c.group_id AND t.role = 'trainee'"
                       " WHERE c.user_id = ? AND c.role = 'coach' ORDER BY t.user_id"_s,
                       {coachId});
    while (q && q->next())
        out.append(q->value(0).toLongLong());
    if (q)
        q->finish();
    return out;
}

bool ServerStore::insertAudit(const AuditRow &a)
{
    return exec(u"INSERT INTO audit (at, client_time, actor_id, device_id, trainee_id, kind,"
                " record_id, subject, field, value, hlc, outcome, conflict)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {ms(a.at), a.clientTime.isValid() ? QVariant(ms(a.clientTime)) : QVariant(),
                 a.actorId, a.deviceId, a.traineeId > 0 ? QVariant(a.traineeId) : QVariant(),
                 a.kind, a.recordId, a.subject, a.field, valueText(a.value),
                 a.hlc.isEmpty() ? QVariant() : QVariant(a.hlc), a.outcome, a.conflict});
}

QList<AuditRow> ServerStore::auditOfTrainee(qint64 traineeId)
{
    QList<AuditRow> out;
    QSqlQuery *q = run(u"SELECT a.id, a.at, a.client_time, a.actor_id, u.username, a.device_id,"
                       " a.trainee_id, a.kind, a.record_id, a.subject, a.field, a.value, a.hlc,"
                       " a.outcome, a.conflict FROM audit a LEFT JOIN users u ON u.id = a.actor_id"
                       " WHERE a.trainee_id = ? ORDER BY a.id"_s,
                       {traineeId});
    while (q && q->next()) {
        AuditRow a;
        a.id = q->value(0).toLongLong();
        a.at = fromMs(q->value(1));
        a.clientTime = fromMs(q->value(2));
        a.actorId = q->value(3).toLongLong();
        a.actorUsername = q->value(4).toString();
        a.deviceId = q->value(5).toString();
        a.traineeId = q->value(6).toLongLong();
        a.kind = q->value(7).toString();
        a.recordId = q->value(8).toString();
        a.subject = q->value(9).toString();
        a.field = q->value(10).toString();
        a.value = valueFromText(q->value(11).toString());
        a.hlc = q->value(12).toString();
        a.outcome = q->value(13).toString();
        a.conflict = q->value(14).toBool();
        out.append(a);
    }
    if (q)
        q->finish();
    return out;
}
