#pragma once
// The always-visible sync status at the bottom of the window after login: online or offline, how
// many changes wait to be sent, when the last sync succeeded, any problem in plain words, a
// progress bar while syncing and a "Sync now" button. Reads SyncEngine's status API only.

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class SyncEngine;
class UploadQueue;

class SyncIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit SyncIndicator(QWidget *parent = nullptr);

    void setEngine(SyncEngine *engine); // null detaches
    // Overall file upload progress ("Files 40 %"); a click asks for the upload queue page.
    void setUploads(UploadQueue *uploads); // null detaches

signals:
    void uploadsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void onSyncStarted();
    void onSyncProgress(int done, int total);
    void onSyncFinished();
    void updateUploads();

    QPointer<SyncEngine> m_engine;
    QLabel *m_onlineIconLabel;
    QLabel *m_onlineLabel;
    QLabel *m_pendingLabel;
    QLabel *m_lastSyncLabel;
    QLabel *m_errorIconLabel;
    QLabel *m_errorLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_syncNowButton;
    QTimer *m_minuteTimer; // keeps "next try at" and relative texts fresh
    QPointer<UploadQueue> m_uploads;
    QPushButton *m_uploadsButton = nullptr;
};
