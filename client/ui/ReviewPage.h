#pragma once
// The coach's review of one submission: the task, its instructions and skill requirements, the
// trainee's answer in every version, the decision (approve / ask for revision with instructions),
// PAIKKO-style requirement marks (RequirementMarksPanel), feedback with quick phrases and praise
// for specific things (FeedbackComposer), and the conversation so far. Shows a notice when a
// colleague decided differently. Every action is saved on this laptop at once.

#include "client/core/CoachWorkspace.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class FeedbackComposer;
class FeedbackThreadView;
class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class RequirementMarksPanel;
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
    void showVersion(int index);
    void approve();
    void askRevision();
    void sendFeedback();
    void showError(const Error &error);
    void retranslate();

    QPointer<Session> m_session;
    QString m_submissionId;
    std::optional<SubmissionReview> m_view;

    QPushButton *m_backButton = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_metaLabel = nullptr;
    QLabel *m_decisionChipLabel = nullptr;
    QLabel *m_instructionsCaption = nullptr;
    QTextBrowser *m_instructionsBrowser = nullptr;
    RequirementMarksPanel *m_marksPanel = nullptr;
    QLabel *m_answerCaption = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QTextBrowser *m_answerBrowser = nullptr;
    ReviewEvidencePanel *m_evidencePanel = nullptr;
    QFrame *m_conflictFrame = nullptr;
    QLabel *m_conflictLabel = nullptr;
    QLabel *m_decisionCaption = nullptr;
    QLabel *m_revisionCaption = nullptr;
    QPlainTextEdit *m_revisionEdit = nullptr;
    FeedbackComposer *m_composer = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_reviseButton = nullptr;
    QPushButton *m_sendFeedbackButton = nullptr;
    QLabel *m_stateLabel = nullptr;
    FeedbackThreadView *m_threadView = nullptr;
};
