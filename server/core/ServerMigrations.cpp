#include "server/core/ServerMigrations.h"

#include "server/core/CoachingMigration.h"

using namespace Qt::StringLiterals;

QList<Migration> serverMigrations()
{
    return {
        {1,
         {
             // meta: the server epoch (random, made with the database) and the global sequence.
             u"CREATE TABLE meta (key TEXT PRIMARY KEY, value NOT NULL)"_s,
             u"INSERT INTO meta (key, value) VALUES ('server_epoch', lower(hex(randomblob(16))))"_s,
             u"INSERT INTO meta (key, value) VALUES ('last_seq', 0)"_s,
             u"CREATE TABLE orgs (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE,"
             " created_at INTEGER NOT NULL)"_s,
             u"CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " org_id INTEGER NOT NULL REFERENCES orgs(id), username TEXT NOT NULL UNIQUE,"
             " display_name TEXT, role TEXT NOT NULL CHECK (role IN ('trainee', 'coach', 'admin')),"
             " password_hash TEXT NOT NULL, must_change_password INTEGER NOT NULL DEFAULT 0,"
             " disabled INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)"_s,
             u"CREATE INDEX users_org ON users (org_id, role)"_s,
             // Only the SHA-256 of a token is stored; the token itself exists only on the client.
             u"CREATE TABLE tokens (id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " user_id INTEGER NOT NULL REFERENCES users(id), token_hash TEXT NOT NULL UNIQUE,"
             " device_name TEXT, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,"
             " revoked_at INTEGER)"_s,
             u"CREATE INDEX tokens_user ON tokens (user_id)"_s,
             u"CREATE INDEX tokens_expiry ON tokens (expires_at)"_s,
             // Every record once, in the scope of its owner (org:<id> or trainee:<id>).
             u"CREATE TABLE records (kind TEXT NOT NULL, id TEXT NOT NULL, scope TEXT NOT NULL,"
             " data TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
             " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
             " PRIMARY KEY (kind, id)) WITHOUT ROWID"_s,
             u"CREATE INDEX records_scope_kind ON records (scope, kind)"_s,
             u"CREATE INDEX records_task_set ON records"
             " (kind, json_extract(data, '$.taskSetId'))"_s,
             // One row per (scope, kind, record) with the latest sequence number.
             u"CREATE TABLE changes (scope TEXT NOT NULL, kind TEXT NOT NULL,"
             " record_id TEXT NOT NULL, seq INTEGER NOT NULL,"
             " PRIMARY KEY (scope, kind, record_id)) WITHOUT ROWID"_s,
             u"CREATE UNIQUE INDEX changes_scope_seq ON changes (scope, seq)"_s,
             // Count and XOR hash of each scope's change rows, kept up to date with every change.
             u"CREATE TABLE scope_digests (scope TEXT PRIMARY KEY, count INTEGER NOT NULL,"
             " hash TEXT NOT NULL)"_s,
             u"CREATE TABLE devices (device_id TEXT NOT NULL, epoch INTEGER NOT NULL,"
             " user_id INTEGER NOT NULL REFERENCES users(id), last_counter INTEGER NOT NULL,"
             " PRIMARY KEY (device_id, epoch)) WITHOUT ROWID"_s,
             u"CREATE TABLE applied_ops (device_id TEXT NOT NULL, epoch INTEGER NOT NULL,"
             " counter INTEGER NOT NULL, status TEXT NOT NULL, error_code TEXT,"
             " error_message TEXT, PRIMARY KEY (device_id, epoch, counter)) WITHOUT ROWID"_s,
         }},
        {2,
         {
             // v1: files. Stored files, content-addressed per organisation (one row and one file
             // per (org, sha256)); the bytes live in <data>/blobs/<org>/<aa>/<sha256>.
             u"CREATE TABLE blobs (org_id INTEGER NOT NULL REFERENCES orgs(id),"
             " sha256 TEXT NOT NULL, size INTEGER NOT NULL, media_type TEXT NOT NULL,"
             " created_at INTEGER NOT NULL, PRIMARY KEY (org_id, sha256)) WITHOUT ROWID"_s,
             // Uploads in progress (<data>/uploads/<org>/<sha256>.part): `received` bytes from
             // the start are durable and hashed into hash_state (a saved SHA-256 state).
             u"CREATE TABLE uploads (org_id INTEGER NOT NULL REFERENCES orgs(id),"
             " sha256 TEXT NOT NULL, size INTEGER NOT NULL, media_type TEXT NOT NULL,"
             " received INTEGER NOT NULL DEFAULT 0, hash_state BLOB NOT NULL,"
             " started_by INTEGER NOT NULL REFERENCES users(id), created_at INTEGER NOT NULL,"
             " updated_at INTEGER NOT NULL, PRIMARY KEY (org_id, sha256)) WITHOUT ROWID"_s,
             u"CREATE INDEX uploads_updated ON uploads (updated_at)"_s,
             // Durable byte ranges beyond `received` (chunks that arrived ahead), merged.
             u"CREATE TABLE upload_ranges (org_id INTEGER NOT NULL, sha256 TEXT NOT NULL,"
             " start INTEGER NOT NULL, end INTEGER NOT NULL,"
             " PRIMARY KEY (org_id, sha256, start)) WITHOUT ROWID"_s,
             // NULL: the server's default quota.
             u"ALTER TABLE orgs ADD COLUMN quota_bytes INTEGER"_s,
             // Downloads are allowed through attachment records naming the file or thumbnail.
             u"CREATE INDEX records_attachment_sha ON records (json_extract(data, '$.sha256'))"
             " WHERE kind = 'attachment'"_s,
             u"CREATE INDEX records_attachment_thumb ON records"
             " (json_extract(data, '$.thumbnailSha256')) WHERE kind = 'attachment'"_s,
         }},
        coachingMigration(), // version 3
        {4,
         {
             // Pruning of applied_ops (ServerStore::pruneAppliedOps): when each row was written
             // (existing rows get the migration time) and, per device, the highest counter whose
             // row may be gone; a re-sent op at or below it is acknowledged as a duplicate.
             u"ALTER TABLE applied_ops ADD COLUMN applied_at INTEGER NOT NULL DEFAULT 0"_s,
             u"UPDATE applied_ops SET applied_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000"_s,
             u"ALTER TABLE devices ADD COLUMN pruned_through INTEGER NOT NULL DEFAULT 0"_s,
         }},
    };
}
