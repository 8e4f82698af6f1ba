// TraineeProgram's evidence: attaching a file to a task and listing a task's attachments.
#include "client/core/TraineeProgram.h"

#include "client/core/BackgroundTask.h"
#include "client/core/FileStore.h"
#include "client/core/LocalStore.h"
#include "client/core/UploadSettings.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"

#include <QFileInfo>
#include <QMetaObject>

using namespace Qt::StringLiterals;

Error TraineeProgram::attach(const QString &taskId, const QString &filePath)
{
    if (!m_files)
        return Error(ErrorCode::Internal, u"this profile has no file store"_s);
    if (!task(taskId))
        return Error(ErrorCode::NotFound, u"no such task in this program"_s);
    Error error;
    const std::optional<StoredFile> file
        = m_files->add(filePath, UploadSettings(m_files).attachOptions(), &error);
    if (!file)
        return error;
    return saveAttachment(taskId, filePath, *file);
}

void TraineeProgram::attachInBackground(const QString &taskId, const QString &filePath)
{
    const auto fail = [this, taskId, filePath](const Error &error) {
        // Queued, so that callers see the same order of events as after a copy.
        QMetaObject::invokeMethod(this, [this, taskId, filePath, error] {
            emit attachFinished(taskId, filePath, error);
        }, Qt::QueuedConnection);
    };
    if (!m_files)
        return fail(Error(ErrorCode::Internal, u"this profile has no file store"_s));
    if (!task(taskId))
        return fail(Error(ErrorCode::NotFound, u"no such task in this program"_s));
    const QFileInfo info(filePath);
    if (info.isFile() && m_files->maxFileSize() > 0 && info.size() > m_files->maxFileSize())
        return fail(Error(ErrorCode::PayloadTooLarge,
                          u"the file is larger than the limit of %1 MiB"_s.arg(
                              m_files->maxFileSize() / (1024 * 1024))));
    struct Copy
    {
        std::optional<CopiedFile> file;
        Error error;
    };
    ++m_attachesRunning;
    const QString dir = m_files->directory();
    const qint64 limit = m_files->maxFileSize();
    const AttachOptions options = UploadSettings(m_files).attachOptions(); // the trainee's choice
    runInBackground<Copy>(
        this,
        [dir, filePath, limit, options] {
            Copy c;
            c.file = FileStore::copyIn(dir, filePath, options, limit, &c.error);
            return c;
        },
        [this, taskId, filePath](Copy c) {
            --m_attachesRunning;
            Error error = c.error;
            if (c.file && m_files) {
                if (const std::optional<StoredFile> stored = m_files->record(*c.file, &error))
                    error = saveAttachment(taskId, filePath, *stored);
            } else if (!error.isError()) {
                error = Error(ErrorCode::Internal, u"the file could not be copied"_s);
            }
            emit attachFinished(taskId, filePath, error);
        });
}

Error TraineeProgram::saveAttachment(const QString &taskId, const QString &filePath,
                                     const StoredFile &file)
{
    Attachment a;
    a.taskId = taskId;
    a.sha256 = file.sha256;
    a.size = file.size;
    a.mediaType = file.mediaType;
    a.fileName = file.fileName.isEmpty() ? Attachment::sanitizeFileName(QFileInfo(filePath).fileName())
                                         : file.fileName;
    a.thumbnailSha256 = file.thumbnailSha256;
    a.at = m_clock->now();
    const Error error = m_store->saveLocal(
        {{QString::fromUtf16(kind::kAttachment), crypto::newUuid(), a.toJson(),
          QJsonObject{{u"traineeId"_s, m_traineeId}}}});
    if (!error.isError())
        emit changed();
    return error;
}

QList<Attachment> TraineeProgram::attachments(const QString &taskId) const
{
    QList<Attachment> out;
    for (const StoredRecord &r :
         m_store->recordsForTask(QString::fromUtf16(kind::kAttachment), taskId)) {
        const qint64 owner = r.data.value(u"traineeId"_s).toInteger();
        if (owner != 0 && owner != m_traineeId)
            continue;
        Error error;
        if (auto a = Attachment::fromJson(r.id, r.data, &error))
            out.append(*a);
    }
    return out;
}
