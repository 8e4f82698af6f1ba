#pragma once
// The upload queue page: every stored file with a progress bar and its state, the speed and
// the time left, pause/resume per file and for the whole queue, and the profile's two upload
// settings (UploadSettings). Opened from the SyncIndicator.

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class Session;

class UploadQueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit UploadQueuePanel(QWidget *parent = nullptr);

    void setSession(Session *session); // null detaches
    // "1.2 MB", "350 kB": sizes and speeds in plain words.
    static QString formatBytes(qint64 bytes);
    static QString formatDuration(int seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateProgress();
    void retranslate();

    QPointer<Session> m_session;
    QLabel *m_summary;
    QPushButton *m_pauseAllButton;
    QTableWidget *m_table;
    QCheckBox *m_downscaleBox;
    QCheckBox *m_unmeteredBox;
    QLabel *m_meteredNote;
};
