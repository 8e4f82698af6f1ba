#include "client/core/PhraseBank.h"

#include "client/core/LocalStore.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"
#include "common/util/Hlc.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kPhraseKind = QString::fromUtf16(kind::kPhrase);
// Shared with CoachWorkspace: one hybrid logical clock per device and profile.
const QString kHlcMetaKey = u"coach_hlc"_s;

Error checkText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error(ErrorCode::InvalidField, u"phrase.text: empty"_s);
    if (text.trimmed().size() > PhraseBank::kMaxTextLength)
        return Error(ErrorCode::InvalidField, u"phrase.text: too long"_s);
    return {};
}
} // namespace

PhraseBank::PhraseBank(LocalStore *store, qint64 userId, const QString &userName, Clock *clock,
                       QObject *parent)
    : QObject(parent), m_store(store), m_userId(userId), m_userName(userName), m_clock(clock)
{ }

QList<PhraseEntry> PhraseBank::entries() const
{
    QHash<QString, PhraseEntry> byId;
    QStringList order;
    Error error;
    for (const StoredRecord &r : m_store->records(kPhraseKind)) {
        if (auto p = Phrase::fromJson(r.id, r.data, &error)) {
            byId.insert(r.id, {*p, false, false, {}});
            order.append(r.id);
        }
    }
    for (const OutboxEntry &e : m_store->outbox()) {
        if (e.op.kind != kPhraseKind || !byId.contains(e.op.id))
            continue;
        PhraseEntry &entry = byId[e.op.id];
        if (e.state == OutboxEntry::State::Pending) {
            entry.pending = true;
        } else {
            entry.rejected = true;
            entry.rejection = e.error;
        }
    }
    QList<PhraseEntry> out;
    for (const QString &id : order)
        out.append(byId.value(id));
    std::stable_sort(out.begin(), out.end(), [](const PhraseEntry &a, const PhraseEntry &b) {
        const bool praiseA = a.phrase.type() == u"praise"_s;
        const bool praiseB = b.phrase.type() == u"praise"_s;
        if (praiseA != praiseB)
            return praiseA;
        return a.phrase.position() < b.phrase.position();
    });
    return out;
}

Error PhraseBank::add(const QString &type, const QString &text, QString *id)
{
    if (type != u"praise"_s && type != u"guidance"_s)
        return Error(ErrorCode::InvalidField, u"phrase.type: praise or guidance"_s);
    if (const Error e = checkText(text); e.isError())
        return e;
    int position = 0;
    for (const PhraseEntry &e : entries())
        position = std::max(position, e.phrase.position() + 1);
    Phrase phrase;
    phrase.id = crypto::newUuid();
    const Error saved = write(phrase, {{u"type"_s, type},
                                       {u"text"_s, text.trimmed()},
                                       {u"position"_s, std::min(position, 1'000'000)}});
    if (!saved.isError() && id)
        *id = phrase.id;
    return saved;
}

Error PhraseBank::setText(const QString &phraseId, const QString &text)
{
    if (const Error e = checkText(text); e.isError())
        return e;
    Error error;
    const auto r = m_store->record(kPhraseKind, phraseId);
    const auto phrase = r ? Phrase::fromJson(r->id, r->data, &error) : std::nullopt;
    if (!phrase)
        return Error(ErrorCode::NotFound, u"no such phrase"_s);
    if (phrase->text() == text.trimmed())
        return {};
    return write(*phrase, {{u"text"_s, text.trimmed()}});
}

Error PhraseBank::setArchived(const QString &phraseId, bool archived)
{
    Error error;
    const auto r = m_store->record(kPhraseKind, phraseId);
    const auto phrase = r ? Phrase::fromJson(r->id, r->data, &error) : std::nullopt;
    if (!phrase)
        return Error(ErrorCode::NotFound, u"no such phrase"_s);
    if (phrase->archived() == archived)
        return {};
    return write(*phrase, {{u"archived"_s, archived}});
}

Error PhraseBank::move(const QString &phraseId, int step)
{
    if (step != -1 && step != 1)
        return Error(ErrorCode::InvalidField, u"step: -1 or 1"_s);
    const QList<PhraseEntry> all = entries();
    QString type;
    for (const PhraseEntry &e : all) {
        if (e.phrase.id == phraseId)
            type = e.phrase.type();
    }
    if (type.isEmpty())
        return Error(ErrorCode::NotFound, u"no such phrase"_s);
    QList<Phrase> group;
    for (const PhraseEntry &e : all) {
        if (e.phrase.type() == type)
            group.append(e.phrase);
    }
    qsizetype from = 0;
    while (group.at(from).id != phraseId)
        ++from;
    const qsizetype to = from + step;
    if (to < 0 || to >= group.size())
        return {};
    group.swapItemsAt(from, to);
    // Positions follow the new order; phrases already in their place are not written again.
    // All in one transaction: the order is never half changed.
    QList<LocalWrite> writes;
    for (qsizetype i = 0; i < group.size(); ++i) {
        if (group.at(i).position() == i && group.at(i).merged.has(u"position"_s))
            continue;
        writes.append(prepare(group.at(i), {{u"position"_s, static_cast<int>(i)}}));
    }
    const Error saved = m_store->saveLocal(writes);
    if (!saved.isError())
        emit changed();
    return saved;
}

Error PhraseBank::write(Phrase phrase, const QJsonObject &values)
{
    const Error saved = m_store->saveLocal({prepare(std::move(phrase), values)});
    if (!saved.isError())
        emit changed();
    return saved;
}

LocalWrite PhraseBank::prepare(Phrase phrase, const QJsonObject &values)
{
    const MergedFields seen = phrase.merged;
    const Hlc hlc = nextHlc(seen);
    QJsonObject set;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const std::optional<FieldWrite> current = seen.current(it.key());
        QJsonObject edit{{u"value"_s, it.value()}};
        if (current)
            edit.insert(u"base"_s, current->hlc.toString());
        set.insert(it.key(), edit);
        // The local copy shows the edit at once, merged as the server will merge it.
        FieldWrite w;
        w.value = it.value();
        w.hlc = hlc;
        w.base = current ? current->hlc : Hlc();
        w.by = m_userId;
        w.byName = m_userName;
        w.device = m_store->deviceId();
        w.at = m_clock->now();
        phrase.merged.apply(it.key(), w);
    }
    const QJsonObject data{{u"hlc"_s, hlc.toString()}, {u"set"_s, set}};
    return {kPhraseKind, phrase.id, data, phrase.toJson()};
}

Hlc PhraseBank::nextHlc(const MergedFields &seen)
{
    HlcClock clock(m_store->deviceId(), m_clock);
    if (const auto saved = Hlc::fromString(m_store->metaValue(kHlcMetaKey)))
        clock.restore(*saved);
    for (const FieldWrite &w : seen.fields())
        clock.receive(w.hlc);
    for (const FieldHistoryEntry &h : seen.history())
        clock.receive(h.write.hlc);
    const Hlc hlc = clock.now();
    m_store->setMetaValue(kHlcMetaKey, hlc.toString());
    return hlc;
}
