#pragma once
// The organisation's bank of quick feedback phrases as coaches and admins edit it, offline: list
// (archived ones too), add, change the text, reorder, archive and bring back. Every edit is saved
// locally at once with its `phrase` operation (hybrid logical clock field edits, docs/PROTOCOL.md "phrase");
// the server stores it in org:<own org> and other coaches of the organisation receive it.

#include "client/core/LocalStore.h"
#include "common/model/ReviewRecords.h"
#include "common/protocol/Error.h"

#include <QObject>

class Clock;
class Hlc;

struct PhraseEntry
{
    Phrase phrase;
    bool pending = false; // an edit waits to be sent
    bool rejected = false; // the server refused an edit (kept visible)
    Error rejection;
};

class PhraseBank : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxTextLength = 500;

    PhraseBank(LocalStore *store, qint64 userId, const QString &userName, Clock *clock,
               QObject *parent = nullptr);

    // Praise first, then guidance; each by position. Archived phrases included.
    QList<PhraseEntry> entries() const;

    // type: "praise" | "guidance". Sets the new id in *id when given.
    Error add(const QString &type, const QString &text, QString *id = nullptr);
    Error setText(const QString &phraseId, const QString &text);
    Error setArchived(const QString &phraseId, bool archived);
    // Moves the phrase one place up (-1) or down (+1) among the phrases of its type by giving
    // positions 0, 1, 2, ... to the type's phrases in their new order (only changed ones are
    // written). Moving past either end changes nothing.
    Error move(const QString &phraseId, int step);

signals:
    void changed(); // after a local write

private:
    Error write(Phrase phrase, const QJsonObject &values);
    // The local copy with the edit merged in as the server will merge it, and its operation.
    LocalWrite prepare(Phrase phrase, const QJsonObject &values);
    Hlc nextHlc(const MergedFields &seen);

    LocalStore *m_store;
    qint64 m_userId;
    QString m_userName;
    Clock *m_clock;
};
