#pragma once
// The evidence of the submission on the ReviewPage: each attachment of the trainee's task as a
// thumbnail with its state on this laptop (waiting / downloading n % / checking / waiting for
// the network / failed / downloaded). Activating an
// image opens the ImageViewerDialog; other files open in the desktop's own application. A file
// not yet on this laptop is fetched first (and opened when it arrives).

#include "common/model/Records.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class Session;

class ReviewEvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewEvidencePanel(QWidget *parent = nullptr);

    void setSession(Session *session);
    void setSubmission(const Submission &submission);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // The state line of every item (cheap: no thumbnails are read); also on each progress.
    void updateStates();
    QString stateText(const Attachment &attachment) const;
    void open(QListWidgetItem *item);
    void openLocal(const Attachment &attachment);
    void onFileStored(const QString &sha256);
    void retranslate();

    QPointer<Session> m_session;
    Submission m_submission;
    QList<Attachment> m_attachments;
    QString m_openWhenStored; // sha256 of the file the coach asked to open
    QLabel *m_caption;
    QLabel *m_empty;
    QListWidget *m_list;
};
