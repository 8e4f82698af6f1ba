#pragma once
// The trainee's goal program as the UI shows it: task sets, tasks with their derived status, the
// answer and the submissions. Reads and writes go through LocalStore; every write is saved
// locally at once (with its outbox operation, in one transaction) and never waits for the network.

#include "common/model/Records.h"
#include "common/model/TaskStatus.h"
#include "common/protocol/Error.h"

#include <QObject>

#include <optional>

class Clock;
class FileStore;
class LocalStore;
struct StoredFile;
struct LocalWrite;

struct TaskView
{
    Task task;
    TaskStatus status = TaskStatus::NotStarted;
    QString answer; // the newest saved answer text (local or synced)
    QList<Submission> submissions; // oldest first; version 0 = not yet synced
    QList<Review> reviews; // oldest first
    bool hasUnsyncedChanges = false;
};

struct TaskSetView
{
    TaskSet taskSet;
    QList<TaskView> tasks; // by position
    QDate dueDate; // from the assignment, may be invalid
};

struct ProgramSummary
{
    int total = 0;
    int notStarted = 0;
    int inProgress = 0;
    int submitted = 0;
    int needsRevision = 0;
    int approved = 0;
    // submitted + approved over total, 0..1 (approved counts fully, submitted work counts too)
    double completion() const { return total == 0 ? 0.0 : double(submitted + approved) / total; }
};

// An operation the server refused, shown to the user in plain language; never dropped.
struct RejectedChange
{
    qint64 counter = 0;
    QString kind;
    QString taskTitle; // when the operation concerns a task
    Error error;
};

class TraineeProgram : public QObject
{
    Q_OBJECT
public:
    TraineeProgram(LocalStore *store, qint64 traineeId, Clock *clock, QObject *parent = nullptr);

    QList<TaskSetView> taskSets() const; // only the sets assigned to this trainee, by position
    std::optional<TaskView> task(const QString &taskId) const;
    ProgramSummary summary() const;
    QList<RejectedChange> rejectedChanges() const;

    // Each writes locally and queues an outbox operation; returns an error only for local failures
    // (unknown task, disk full). Unchanged answers are not saved again.
    Error markStarted(const QString &taskId);
    Error saveAnswer(const QString &taskId, const QString &text);
    Error submit(const QString &taskId, const QString &answer);

    // Evidence (TraineeProgramAttachments.cpp): the file is copied into the profile's FileStore
    // (set by Session) and an attachment record naming its hash is saved and queued at once;
    // the bytes follow through the UploadQueue.
    void setFileStore(FileStore *files) { m_files = files; }
    FileStore *fileStore() const { return m_files; }
    Error attach(const QString &taskId, const QString &filePath);
    // attach() with the hashing and copying on a background thread, so that a 200 MB video does
    // not freeze the window: the record is saved when the copy is done, then attachFinished()
    // says how it went. Files above the FileStore's size limit fail at once, before any copy.
    void attachInBackground(const QString &taskId, const QString &filePath);
    int attachesRunning() const { return m_attachesRunning; }
    QList<Attachment> attachments(const QString &taskId) const; // oldest first

signals:
    // Emitted after any local write or when synced data arrived.
    void changed();
    // After attachInBackground(): the attachment is saved (no error) or why it is not.
    void attachFinished(const QString &taskId, const QString &filePath, const Error &error);

public slots:
    void reload(); // emits changed(); connected to SyncEngine::dataChanged by Session

private:
    std::optional<Task> assignedTask(const QString &taskId) const;
    void appendAnswerIfChanged(const QString &taskId, const QString &text,
                               QList<LocalWrite> *writes) const;
    QJsonObject ownerFields() const;
    Error save(const QList<LocalWrite> &writes);
    Error saveAttachment(const QString &taskId, const QString &filePath, const StoredFile &file);

    LocalStore *m_store;
    qint64 m_traineeId;
    Clock *m_clock;
    FileStore *m_files = nullptr;
    int m_attachesRunning = 0;
};
