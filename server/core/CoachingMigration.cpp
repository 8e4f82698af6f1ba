#include "server/core/CoachingMigration.h"

using namespace Qt::StringLiterals;

Migration coachingMigration()
{
    return {
        3,
        {
            // A group an administrator shares between coaches, possibly of several
            // organisations (a mixed group of trainees of several foundations).
            u"CREATE TABLE coaching_groups (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " org_id INTEGER NOT NULL REFERENCES orgs(id), name TEXT NOT NULL,"
            " created_at INTEGER NOT NULL, UNIQUE (org_id, name))"_s,
            u"CREATE TABLE group_members (group_id INTEGER NOT NULL REFERENCES coaching_groups(id),"
            " user_id INTEGER NOT NULL REFERENCES users(id),"
            " role TEXT NOT NULL CHECK (role IN ('trainee', 'coach')),"
            " added_at INTEGER NOT NULL, PRIMARY KEY (group_id, user_id)) WITHOUT ROWID"_s,
            u"CREATE INDEX group_members_user ON group_members (user_id, role)"_s,
            // Who decided or marked what, when (server and client time) and on which device.
            // outcome: 'current' (the write became the value), 'history' (kept as an earlier or
            // concurrent value), 'added' (an append-only message).
            u"CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " at INTEGER NOT NULL, client_time INTEGER,"
            " actor_id INTEGER NOT NULL REFERENCES users(id), device_id TEXT NOT NULL,"
            " trainee_id INTEGER REFERENCES users(id), kind TEXT NOT NULL,"
            " record_id TEXT NOT NULL, subject TEXT NOT NULL, field TEXT NOT NULL,"
            " value TEXT NOT NULL, hlc TEXT,"
            " outcome TEXT NOT NULL CHECK (outcome IN ('current', 'history', 'added')),"
            " conflict INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX audit_trainee ON audit (trainee_id, id)"_s,
        },
    };
}
