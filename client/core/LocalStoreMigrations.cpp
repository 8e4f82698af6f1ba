// The schema of a profile database, one numbered step per released change. Steps are never edited
// after release; a change is a new step (tests build every earlier version and migrate it).
#include "client/core/LocalStore.h"

using namespace Qt::StringLiterals;

QList<Migration> LocalStore::migrations()
{
    return {
        // 1: profile meta, records with their per-scope membership, cursors and the outbox.
        {1,
         {u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
          u"CREATE TABLE records ("
          "  kind TEXT NOT NULL,"
          "  id TEXT NOT NULL,"
          "  data TEXT NOT NULL,"
          "  seq INTEGER," // NULL while the record exists only on this laptop
          "  deleted INTEGER NOT NULL DEFAULT 0,"
          "  PRIMARY KEY (kind, id))"_s,
          u"CREATE TABLE scope_records ("
          "  scope TEXT NOT NULL,"
          "  kind TEXT NOT NULL,"
          "  id TEXT NOT NULL,"
          "  seq INTEGER NOT NULL,"
          "  PRIMARY KEY (scope, kind, id)) WITHOUT ROWID"_s,
          u"CREATE TABLE cursors (scope TEXT PRIMARY KEY, seq INTEGER NOT NULL)"_s,
          u"CREATE TABLE outbox ("
          "  counter INTEGER PRIMARY KEY,"
          "  kind TEXT NOT NULL,"
          "  record_id TEXT NOT NULL,"
          "  data TEXT NOT NULL,"
          "  client_time TEXT NOT NULL,"
          "  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),"
          "  error_code TEXT,"
          "  error_message TEXT)"_s,
          u"CREATE INDEX outbox_state ON outbox (state, counter)"_s}},
        // 2: indexed lookups for the program views (records of a task, tasks of a set).
        {2,
         {u"ALTER TABLE records ADD COLUMN task_id TEXT"
          "  GENERATED ALWAYS AS (json_extract(data, '$.taskId')) VIRTUAL"_s,
          u"ALTER TABLE records ADD COLUMN task_set_id TEXT"
          "  GENERATED ALWAYS AS (json_extract(data, '$.taskSetId')) VIRTUAL"_s,
          u"CREATE INDEX records_task ON records (kind, task_id)"_s,
          u"CREATE INDEX records_task_set ON records (kind, task_set_id)"_s,
          u"ALTER TABLE outbox ADD COLUMN task_id TEXT"
          "  GENERATED ALWAYS AS (json_extract(data, '$.taskId')) VIRTUAL"_s,
          u"CREATE INDEX outbox_task ON outbox (task_id, state)"_s}},
        // 3: the profile's content-addressed files (evidence) and their upload state (FileStore).
        {3,
         {u"CREATE TABLE files ("
          "  sha256 TEXT PRIMARY KEY,"
          "  size INTEGER NOT NULL,"
          "  media_type TEXT NOT NULL,"
          "  file_name TEXT NOT NULL,"
          "  thumbnail_sha256 TEXT,"
          "  state TEXT NOT NULL DEFAULT 'waiting'"
          "    CHECK (state IN ('waiting', 'paused', 'done', 'failed')),"
          "  uploaded INTEGER NOT NULL DEFAULT 0,"
          "  error TEXT,"
          "  added_at TEXT NOT NULL,"
          "  position INTEGER NOT NULL)"_s,
          u"CREATE INDEX files_queue ON files (state, position)"_s}},
    };
}

int LocalStore::latestSchemaVersion()
{
    return migrations().constLast().version;
}
