#pragma once
// Rows of the coaching tables (schema step 3, CoachingMigration): shared coaching groups and the
// audit trail. Read and written by ServerStore (ServerStoreCoaching.cpp).

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// A group an administrator shares between coaches, possibly of several organisations.
struct GroupRow
{
    qint64 id = 0;
    qint64 orgId = 0; // the organisation whose administrators made it
    QString name;
    QDateTime createdAt;
};

struct GroupMemberRow
{
    qint64 groupId = 0;
    qint64 userId = 0;
    QString role; // "trainee" | "coach" (coaches and admins both coach)
    QDateTime addedAt;
};

// One coaching decision, mark or message: who, when, on which device, and what became of it.
struct AuditRow
{
    qint64 id = 0;
    QDateTime at; // server time
    QDateTime clientTime; // the operation's client time; invalid when it sent none
    qint64 actorId = 0;
    QString actorUsername; // filled when read
    QString deviceId;
    qint64 traineeId = 0; // 0: not about one trainee
    QString kind;
    QString recordId;
    QString subject; // what the record is about: a submission id, "<task id>/<requirement code>"
    QString field; // "decision", "demonstrated", "text", ...
    QJsonValue value;
    QString hlc;
    QString outcome; // "current" | "history" | "added"
    bool conflict = false;
};
