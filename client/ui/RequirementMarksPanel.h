#pragma once
// The skill requirements of the task under review, one card each, PAIKKO style: "Demonstrated"
// or not yet (no grades) with an optional note. Part of the review page; every change is saved
// on this laptop at once through the coach's workspace. A requirement a colleague marked
// differently at the same time gets a notice naming them and their mark.

#include "client/core/CoachWorkspace.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QVBoxLayout;
class Session;

class RequirementMarksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequirementMarksPanel(QWidget *parent = nullptr);

    void setSession(Session *session);
    // Shows the requirements of the task and this trainee's marks (keeps a note being edited).
    void setReview(const SubmissionReview &view);
    // Saves the notes still waiting for the coach to stop typing.
    void flush();

    static constexpr int kNoteDelayMs = 1500;

signals:
    void saveFailed(const Error &error);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuild(const SubmissionReview &view);
    void showContest(const QString &code, const std::optional<FieldContest> &contest);
    QString markText(const QJsonValue &demonstrated);
    void saveMark(const QString &code); // the box and the note, in one write
    void saveNote(const QString &code);
    void retranslate();

    QPointer<Session> m_session;
    QString m_submissionId;
    bool m_updating = false;

    QLabel *m_caption = nullptr;
    QLabel *m_hint = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QHash<QString, QCheckBox *> m_markBoxes;
    QHash<QString, QLineEdit *> m_noteEdits;
    QHash<QString, QLabel *> m_notices; // "a colleague marked this differently", per code
    QSet<QString> m_pendingNotes; // requirement codes whose note waits for m_noteTimer
    QTimer *m_noteTimer;
};
