// TraineeProgram's evidence: attaching a file to a task and listing a task's attachments.
#include "client/core/TraineeProgram.h"

#include "client/core/FileStore.h"
#include "client/core/LocalStore.h"
#include "common/util/Clock.h"
#include "common/util/Crypto.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

Error TraineeProgram::attach(const QString &taskId, const QString &filePath)
{
    if (!m_files)
        return Error(ErrorCode::Internal, u"this profile has no file store"_s);
    if (!task(taskId))
        return Error(ErrorCode::NotFound, u"no such task in this program"_s);
    Error error;
    const std::optional<StoredFile> file = m_files->add(filePath, AttachOptions(), &error);
    if (!file)
        return error;
    Attachment a;
    a.taskId = taskId;
    a.sha256 = file->sha256;
    a.size = file->size;
    a.mediaType = file->mediaType;
    a.fileName = file->fileName.isEmpty() ? Attachment::sanitizeFileName(QFileInfo(filePath).fileName())
                                          : file->fileName;
    a.thumbnailSha256 = file->thumbnailSha256;
    a.at = m_clock->now();
    error = m_store->saveLocal(
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
