// LocalStore, the sync half: cursors, per-scope membership and digests, and applying a response.
#include "client/core/LocalStore.h"

#include "common/model/FeedbackRecords.h"
#include "common/model/Records.h"
#include "common/model/ReviewRecords.h"
#include "common/protocol/JsonReader.h"
#include "common/util/Clock.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcClientStore)

namespace {
QString k(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// The kinds whose fields merge by hybrid logical clock (several writers, one record).
QStringList mergedKinds()
{
    return {k(kind::kReview), k(kind::kRequirementMark), k(kind::kPhrase)};
}

// The operation that wrote an append-only record of this user, as it was sent; nullopt when
// the record is not the user's own.
std::optional<LocalWrite> ownRecord(const QString &recordKind, const QString &id,
                                    QJsonObject data, const UserInfo &me)
{
    Error error;
    if (traineeWritableKinds().contains(recordKind)) {
        if (data.value(u"traineeId"_s).toInteger() != me.id)
            return std::nullopt;
        // Fields the server assigns are assigned again by the new database.
        data.remove(u"version"_s);
        data.remove(u"receivedAt"_s);
        return LocalWrite{recordKind, id, data, {}};
    }
    if (recordKind == k(kind::kFeedback)) {
        const std::optional<Feedback> f = Feedback::fromJson(id, data, &error);
        if (!f || f->authorId != me.id)
            return std::nullopt;
        return LocalWrite{recordKind, id, f->clientJson(), {}};
    }
    if (recordKind == k(kind::kFeedbackRead)) {
        const std::optional<FeedbackRead> r = FeedbackRead::fromJson(id, data, &error);
        if (!r || me.role != Role::Trainee || r->traineeId != me.id)
            return std::nullopt;
        FeedbackRead sent;
        sent.feedbackId = r->feedbackId;
        sent.at = r->at;
        return LocalWrite{recordKind, id, sent.toJson(), {}};
    }
    return std::nullopt;
}

// This user's writes of a merged record as the operations that made them: one per timestamp
// (an operation gives all its fields one timestamp), oldest first, current values and history.
QList<LocalWrite> ownFieldWrites(const QString &recordKind, const QString &id,
                                 const QJsonObject &data, qint64 userId)
{
    Error error;
    QJsonObject envelope;
    MergedFields merged;
    if (recordKind == k(kind::kReview)) {
        const std::optional<ReviewRecord> r = ReviewRecord::fromJson(id, data, &error);
        if (!r)
            return {};
        merged = r->merged;
        envelope.insert(u"submissionId"_s, r->submissionId);
    } else if (recordKind == k(kind::kRequirementMark)) {
        const std::optional<RequirementMark> m = RequirementMark::fromJson(id, data, &error);
        if (!m)
            return {};
        merged = m->merged;
        envelope.insert(u"traineeId"_s, m->traineeId);
        envelope.insert(u"taskId"_s, m->taskId);
        envelope.insert(u"requirementCode"_s, m->requirement.code);
        if (!m->submissionId.isEmpty())
            envelope.insert(u"submissionId"_s, m->submissionId);
    } else {
        const std::optional<Phrase> p = Phrase::fromJson(id, data, &error);
        if (!p)
            return {};
        merged = p->merged;
    }
    QMap<QString, QJsonObject> setByHlc; // the string form of a timestamp sorts like it
    auto take = [&](const QString &field, const FieldWrite &w) {
        if (w.by != userId || w.hlc.isNull())
            return;
        QJsonObject edit{{u"value"_s, w.value}};
        if (!w.base.isNull())
            edit.insert(u"base"_s, w.base.toString());
        setByHlc[w.hlc.toString()].insert(field, edit);
    };
    for (auto it = merged.fields().cbegin(); it != merged.fields().cend(); ++it)
        take(it.key(), it.value());
    for (const FieldHistoryEntry &h : merged.history())
        take(h.field, h.write);
    QList<LocalWrite> out;
    for (auto it = setByHlc.cbegin(); it != setByHlc.cend(); ++it) {
        QJsonObject op = envelope;
        op.insert(u"hlc"_s, it.key());
        op.insert(u"set"_s, it.value());
        out.append(LocalWrite{recordKind, id, op, {}});
    }
    return out;
}
} // namespace

QMap<QString, qint64> LocalStore::cursors() const
{
    QSqlQuery &q = prepared(u"SELECT scope, seq FROM cursors ORDER BY scope"_s);
    QMap<QString, qint64> out;
    if (run(q)) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    q.finish();
    return out;
}

ScopeDigest LocalStore::scopeDigest(const QString &scope) const
{
    QSqlQuery &q = prepared(u"SELECT kind, id, seq FROM scope_records WHERE scope = ?"_s);
    q.bindValue(0, scope);
    DigestBuilder builder;
    if (run(q)) {
        while (q.next())
            builder.add(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong());
    }
    q.finish();
    return builder.result();
}

QList<Change> LocalStore::scopeContents(const QString &scope) const
{
    QSqlQuery &q = prepared(u"SELECT m.kind, m.id, m.seq, r.data, r.deleted FROM scope_records m "
                            "JOIN records r ON r.kind = m.kind AND r.id = m.id "
                            "WHERE m.scope = ? ORDER BY m.seq"_s);
    q.bindValue(0, scope);
    QList<Change> out;
    if (run(q)) {
        while (q.next()) {
            Change c;
            c.scope = scope;
            c.kind = q.value(0).toString();
            c.id = q.value(1).toString();
            c.seq = q.value(2).toLongLong();
            c.deleted = q.value(4).toInt() != 0;
            if (!c.deleted)
                c.data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            out.append(c);
        }
    }
    q.finish();
    return out;
}

ApplyResult LocalStore::applySyncResponse(const SyncResponse &response)
{
    ApplyResult result;
    if (!isOpen()) {
        result.error = Error(ErrorCode::Internal, u"the profile database is not open"_s);
        return result;
    }
    m_error.clear();
    const QString storedEpoch = meta(u"server_epoch"_s);
    result.serverEpochChanged = !storedEpoch.isEmpty() && storedEpoch != response.serverEpoch;

    const bool ok = m_db.transaction([&] {
        // Offered again before the response's changes replace what this laptop holds: the new
        // database may hold an older copy of a merged record than the one here.
        if (result.serverEpochChanged && !requeueOwnRecords(&result))
            return false;
        QSqlQuery &remove = prepared(u"DELETE FROM outbox WHERE counter = ?"_s);
        QSqlQuery &reject = prepared(u"UPDATE outbox SET state = 'rejected', error_code = ?, "
                                     "error_message = ? WHERE counter = ?"_s);
        for (const Ack &ack : response.acks) {
            if (ack.status == AckStatus::Rejected) {
                reject.bindValue(0, errorCodeName(ack.error.code));
                reject.bindValue(1, ack.error.message);
                reject.bindValue(2, ack.counter);
                if (!run(reject))
                    return false;
                result.rejected += reject.numRowsAffected() > 0 ? 1 : 0;
            } else {
                remove.bindValue(0, ack.counter);
                if (!run(remove))
                    return false;
                result.acknowledged += remove.numRowsAffected() > 0 ? 1 : 0;
            }
        }
        for (const Change &change : response.changes) {
            if (!applyChange(change, &result))
                return false;
        }
        if (!storeCursors(response, &result))
            return false;
        if (!response.more && !result.serverEpochChanged && !checkDigests(response, &result))
            return false;
        return setMeta(u"server_epoch"_s, response.serverEpoch)
            && setMeta(u"last_sync_at"_s, toIsoUtc(m_clock->now()));
    });
    if (!ok) {
        result = ApplyResult();
        result.error
            = Error(ErrorCode::Internal, u"could not store the synced data: "_s + errorString());
        return result;
    }
    result.ok = true;
    if (result.serverEpochChanged)
        qCInfo(lcClientStore) << "the server's database changed (epoch" << storedEpoch << "->"
                              << response.serverEpoch << "): pulling everything again";
    if (result.requeued > 0)
        qCInfo(lcClientStore) << result.requeued
                              << "own records queued again for the new server database";
    if (!result.scopesReset.isEmpty())
        qCInfo(lcClientStore) << "digest mismatch, pulling again:" << result.scopesReset;
    return result;
}

bool LocalStore::applyChange(const Change &change, ApplyResult *result)
{
    // The server sends the record as it is now, so newer data always replaces older data; the
    // record's seq is the highest seen in any scope. A tombstone keeps the last known data.
    if (change.deleted) {
        QSqlQuery &q = prepared(
            u"INSERT INTO records (kind, id, data, seq, deleted) VALUES (?, ?, '{}', ?, 1) "
            "ON CONFLICT (kind, id) DO UPDATE SET deleted = 1, "
            "seq = max(coalesce(records.seq, 0), excluded.seq)"_s);
        q.bindValue(0, change.kind);
        q.bindValue(1, change.id);
        q.bindValue(2, change.seq);
        if (!run(q))
            return false;
    } else {
        QSqlQuery &q
            = prepared(u"INSERT INTO records (kind, id, data, seq, deleted) VALUES (?, ?, ?, ?, 0) "
                       "ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data, deleted = 0, "
                       "seq = max(coalesce(records.seq, 0), excluded.seq)"_s);
        q.bindValue(0, change.kind);
        q.bindValue(1, change.id);
        q.bindValue(2,
                    QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact)));
        q.bindValue(3, change.seq);
        if (!run(q))
            return false;
    }
    QSqlQuery &member = prepared(u"INSERT INTO scope_records (scope, kind, id, seq) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (scope, kind, id) "
                                 "DO UPDATE SET seq = excluded.seq"_s);
    member.bindValue(0, change.scope);
    member.bindValue(1, change.kind);
    member.bindValue(2, change.id);
    member.bindValue(3, change.seq);
    if (!run(member))
        return false;
    ++result->changes;
    return true;
}

bool LocalStore::storeCursors(const SyncResponse &response, ApplyResult *result)
{
    QSqlQuery &dropCursor = prepared(u"DELETE FROM cursors WHERE scope = ?"_s);
    QSqlQuery &dropMembers = prepared(u"DELETE FROM scope_records WHERE scope = ?"_s);
    if (result->serverEpochChanged) {
        // Sequence numbers of another server database mean nothing here: start every scope
        // from 0 again. Records and the outbox stay.
        QSqlQuery &all = prepared(u"DELETE FROM cursors"_s);
        QSqlQuery &allMembers = prepared(u"DELETE FROM scope_records"_s);
        if (!run(all) || !run(allMembers))
            return false;
    } else {
        // The response lists every readable scope; forget the others (their records stay).
        const QMap<QString, qint64> known = cursors();
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (response.cursors.contains(it.key()))
                continue;
            dropCursor.bindValue(0, it.key());
            dropMembers.bindValue(0, it.key());
            if (!run(dropCursor) || !run(dropMembers))
                return false;
        }
    }
    QSqlQuery &upsert = prepared(u"INSERT INTO cursors (scope, seq) VALUES (?, ?) "
                                 "ON CONFLICT (scope) DO UPDATE SET seq = excluded.seq"_s);
    for (auto it = response.cursors.cbegin(); it != response.cursors.cend(); ++it) {
        upsert.bindValue(0, it.key());
        upsert.bindValue(1, result->serverEpochChanged ? 0 : it.value());
        if (!run(upsert))
            return false;
    }
    return true;
}

bool LocalStore::checkDigests(const SyncResponse &response, ApplyResult *result)
{
    QSqlQuery &reset = prepared(u"UPDATE cursors SET seq = 0 WHERE scope = ?"_s);
    QSqlQuery &dropMembers = prepared(u"DELETE FROM scope_records WHERE scope = ?"_s);
    for (auto it = response.digests.cbegin(); it != response.digests.cend(); ++it) {
        if (!response.cursors.contains(it.key()))
            continue;
        const ScopeDigest local = scopeDigest(it.key());
        if (local == it.value())
            continue;
        qCWarning(lcClientStore) << "scope" << it.key() << "differs from the server: local"
                                 << local.count << local.hash << "server" << it.value().count
                                 << it.value().hash;
        // Membership is rebuilt by pulling the scope again from 0; records are never removed.
        reset.bindValue(0, it.key());
        dropMembers.bindValue(0, it.key());
        if (!run(reset) || !run(dropMembers))
            return false;
        result->scopesReset.append(it.key());
    }
    return true;
}

bool LocalStore::requeueOwnRecords(ApplyResult *result)
{
    // A replaced or restored server database may lack what this laptop already sent. Absence
    // never means deletion: every record this user wrote is offered again, oldest first. The
    // server acknowledges a record it still has as a duplicate and stores one it lost; a merged
    // record (review, mark, phrase) gets this user's field writes again with their original
    // timestamps, which the server's merge takes as duplicates when it holds them already.
    const std::optional<UserInfo> me = userInfo();
    if (!me)
        return true;
    // What the outbox already carries: whole records of the append-only kinds, and the
    // timestamps of the field writes of the merged kinds.
    QSet<QString> queuedRecords;
    QSet<QString> queuedWrites;
    for (const OutboxEntry &e : outbox()) {
        queuedRecords.insert(e.op.kind + u'\n' + e.op.id);
        const QString hlc = e.op.data.value(u"hlc"_s).toString();
        if (!hlc.isEmpty())
            queuedWrites.insert(e.op.kind + u'\n' + e.op.id + u'\n' + hlc);
    }
    QSqlQuery &own = prepared(u"SELECT r.kind, r.id, r.data FROM records r "
                              "WHERE r.deleted = 0 AND r.seq IS NOT NULL ORDER BY r.seq"_s);
    QList<LocalWrite> writes;
    if (!run(own))
        return false;
    while (own.next()) {
        const QString recordKind = own.value(0).toString();
        const QString id = own.value(1).toString();
        const QJsonObject data = QJsonDocument::fromJson(own.value(2).toString().toUtf8()).object();
        if (mergedKinds().contains(recordKind)) {
            for (const LocalWrite &w : ownFieldWrites(recordKind, id, data, me->id)) {
                const QString hlc = w.data.value(u"hlc"_s).toString();
                if (!queuedWrites.contains(recordKind + u'\n' + id + u'\n' + hlc))
                    writes.append(w);
            }
        } else if (!queuedRecords.contains(recordKind + u'\n' + id)) {
            if (const std::optional<LocalWrite> w = ownRecord(recordKind, id, data, *me))
                writes.append(*w);
        }
    }
    own.finish();
    qint64 counter = qMax<qint64>(1, meta(u"next_counter"_s).toLongLong());
    const QString now = toIsoUtc(m_clock->now());
    for (const LocalWrite &w : writes) {
        if (!enqueue(counter++, w, now))
            return false;
    }
    result->requeued = static_cast<int>(writes.size());
    return writes.isEmpty() || setMeta(u"next_counter"_s, QString::number(counter));
}
