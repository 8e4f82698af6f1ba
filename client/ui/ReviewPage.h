#pragma once
// The coach's review of one submission: the task, its instructions and skill requirements, the
// trainee's answer in every version, the decision (approve / ask for revision with instructions),
// PAIKKO-style requirement marks ("Demonstrated", with an optional note; no grades), feedback
// with quick phrases and praise for specific things, and the conversation so far. Shows a
// notice when a colleague decided differently. Every action is saved on this laptop at once.

#include "client/core/CoachWorkspace.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class FeedbackThreadView;
class QCheckBox;
class QComboBox;
class QFrame;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;
class ReviewEvidencePanel;
class Session;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void setSession(Session *session);
    void openSubmission(const QString &submissionId);
    QString submissionId() const { return m_submissionId; }

signals:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createLeftColumn();
    QWidget *createRightColumn();
    void refresh();
    void rebuildRequirements(const SubmissionReview &view);
    void rebuildPhrases();
    void showVersion(int index);
    void approve();
    void askRevision();
    void sendFeedback();
    void saveMark(const QString &code);
    void insertPhrase(const QString &text);
    void showError(const Error &error);
    void retranslate();

    QPointer<Session> m_session;
    QString m_submissionId;
    std::optional<SubmissionReview> m_view;
    bool m_updating = false;
    QStringList m_praise; // requirement codes praised in the message being written
    QStringList m_phraseIds;

    QPushButton *m_backButton = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_metaLabel = nullptr;
    QLabel *m_decisionChipLabel = nullptr;
    QLabel *m_instructionsCaption = nullptr;
    QTextBrowser *m_instructionsBrowser = nullptr;
    QLabel *m_requirementsCaption = nullptr;
    QLabel *m_requirementsHint = nullptr;
    QVBoxLayout *m_requirementsLayout = nullptr;
    QHash<QString, QCheckBox *> m_markBoxes;
    QHash<QString, QLineEdit *> m_noteEdits;
    QLabel *m_answerCaption = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QTextBrowser *m_answerBrowser = nullptr;
    ReviewEvidencePanel *m_evidencePanel = nullptr;
    QFrame *m_conflictFrame = nullptr;
    QLabel *m_conflictLabel = nullptr;
    QLabel *m_decisionCaption = nullptr;
    QLabel *m_revisionCaption = nullptr;
    QPlainTextEdit *m_revisionEdit = nullptr;
    QLabel *m_feedbackCaption = nullptr;
    QLabel *m_praiseCaption = nullptr;
    QHBoxLayout *m_praiseLayout = nullptr;
    QLabel *m_phrasesCaption = nullptr;
    QGridLayout *m_phrasesLayout = nullptr;
    QPlainTextEdit *m_feedbackEdit = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_reviseButton = nullptr;
    QPushButton *m_sendFeedbackButton = nullptr;
    QLabel *m_stateLabel = nullptr;
    FeedbackThreadView *m_threadView = nullptr;
};
