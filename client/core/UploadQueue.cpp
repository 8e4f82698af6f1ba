#include "client/core/UploadQueue.h"

#include "client/core/ApiClient.h"
#include "client/core/FileStore.h"
#include "client/core/UploadSettings.h"
#include "common/protocol/Protocol.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClientUpload, "client.upload", QtInfoMsg)

namespace {
constexpr qint64 kChunkGranule = 64 * 1024;
constexpr int kMaxResyncs = 5; // refusals in a row before backing off

bool isMetered()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->supports(QNetworkInformation::Feature::Metered) && info->isMetered();
}

bool isPermanent(const Error &error)
{
    switch (error.code) {
    case ErrorCode::PayloadTooLarge:
    case ErrorCode::UnsupportedMediaType:
    case ErrorCode::QuotaExceeded:
    case ErrorCode::InvalidField:
    case ErrorCode::BadRequest:
    case ErrorCode::Forbidden:
    case ErrorCode::ProtocolUnsupported:
        return true;
    default:
        return false;
    }
}
} // namespace

UploadQueue::UploadQueue(FileStore *files, ApiClient *api, QObject *parent)
    : QObject(parent), m_files(files), m_api(api), m_chunk(protocol::limits::kMinChunkBytes)
{
    UploadSettings(files).applyTo(this); // the trainee's "large files only unmetered" choice
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Backoff)
            m_sha.isEmpty() ? startNext() : ask();
    });
    connect(m_files, &FileStore::fileAdded, this, [this] {
        emit progressChanged();
        if (m_running && m_state == State::Idle)
            startNext();
    });
}

UploadQueue::~UploadQueue()
{
    abortFlights();
}

void UploadQueue::setUnmeteredOnlyAbove(qint64 bytes)
{
    m_unmeteredOnlyAbove = bytes;
    if (m_running && !m_paused && m_state == State::Idle)
        startNext();
}

void UploadQueue::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
}

void UploadQueue::setState(State state)
{
    qCDebug(lcClientUpload) << "state" << int(m_state) << "->" << int(state);
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
    emit progressChanged();
}

void UploadQueue::start()
{
    m_running = true;
    if (m_paused)
        return;
    if (m_state == State::Idle)
        startNext();
    else if (m_state == State::Backoff) {
        m_retryTimer.stop();
        m_sha.isEmpty() ? startNext() : ask();
    }
}

void UploadQueue::stop()
{
    m_running = false;
    m_retryTimer.stop();
    abortFlights();
    clearCurrent();
    setState(m_paused ? State::Paused : State::Idle);
}

void UploadQueue::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_retryTimer.stop();
        abortFlights();
        clearCurrent();
        setState(State::Paused);
    } else {
        setState(State::Idle);
        if (m_running)
            startNext();
    }
}

void UploadQueue::pauseFile(const QString &sha256)
{
    m_files->setState(sha256, StoredFile::State::Paused);
    if (sha256 == m_sha) {
        abortFlights();
        clearCurrent();
        setState(State::Idle);
        if (m_running && !m_paused)
            startNext();
    }
    emit progressChanged();
}

void UploadQueue::resumeFile(const QString &sha256)
{
    m_files->setState(sha256, StoredFile::State::Waiting);
    emit progressChanged();
    if (m_running && !m_paused && m_state == State::Idle)
        startNext();
}

void UploadQueue::startNext()
{
    if (!m_running || m_paused)
        return;
    clearCurrent();
    std::optional<StoredFile> next = m_files->nextWaiting();
    if (next && m_unmeteredOnlyAbove > 0 && next->size > m_unmeteredOnlyAbove && isMetered()) {
        next.reset(); // the first small waiting file instead
        for (const StoredFile &f : m_files->files()) {
            if (f.state == StoredFile::State::Waiting && f.size <= m_unmeteredOnlyAbove) {
                next = f;
                break;
            }
        }
    }
    if (!next) {
        setState(State::Idle);
        return;
    }
    m_sha = next->sha256;
    m_size = next->size;
    m_mediaType = next->mediaType;
    m_confirmed = next->uploaded;
    m_file.setFileName(m_files->pathOf(m_sha));
    if (!m_file.open(QIODevice::ReadOnly) || m_file.size() != m_size) {
        failFile(Error(ErrorCode::NotFound, u"the stored copy of the file is missing"_s));
        return;
    }
    ask();
}

void UploadQueue::ask()
{
    abortFlights();
    setState(State::Asking);
    UploadBeginRequest begin{m_sha, m_size, m_mediaType};
    ApiReply *reply = m_api->beginUpload(begin);
    m_asking = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_asking != reply)
            return;
        m_asking = nullptr;
        if (reply->error()) {
            onError(reply->error(), reply->httpStatus());
            return;
        }
        Error error;
        const std::optional<UploadStatus> status = UploadStatus::fromJson(reply->json(), &error);
        if (!status || status->sha256 != m_sha) {
            onError(Error(ErrorCode::InvalidResponse, u"the server's answer is not an upload status"_s),
                    reply->httpStatus());
            return;
        }
        onStatus(*status);
    });
}

void UploadQueue::onStatus(const UploadStatus &status)
{
    qCDebug(lcClientUpload) << "server holds" << status.offset << "of" << m_sha
                            << uploadStateName(status.state) << "ranges" << status.ranges.size();
    if (status.state == UploadState::Complete) {
        finishFile();
        return;
    }
    m_confirmed = status.offset;
    m_held = status.ranges;
    m_maxChunk = std::clamp(status.maxChunkBytes > 0 ? status.maxChunkBytes
                                                     : protocol::limits::kMaxChunkBytes,
                            protocol::limits::kMinChunkBytes, protocol::limits::kMaxChunkBytes);
    m_next = skipHeld(m_confirmed);
    m_files->setProgress(m_sha, m_confirmed);
    setState(State::Sending);
    pump();
}

qint64 UploadQueue::skipHeld(qint64 offset) const
{
    bool moved = true;
    while (moved) {
        moved = false;
        for (const HeldRange &r : m_held) {
            if (offset >= r.start && offset < r.end) {
                offset = r.end;
                moved = true;
            }
        }
    }
    return offset;
}

qint64 UploadQueue::nextHeldStart(qint64 offset) const
{
    qint64 next = m_size;
    for (const HeldRange &r : m_held) {
        if (r.start > offset)
            next = std::min(next, r.start);
    }
    return next;
}

void UploadQueue::pump()
{
    while (m_state == State::Sending && m_flights.size() < kMaxInFlight) {
        const bool again = !m_resends.isEmpty();
        qint64 start = 0;
        qint64 length = 0;
        if (again) {
            const Flight refused = m_resends.takeFirst();
            start = refused.offset;
            length = refused.length;
        } else {
            start = skipHeld(m_next);
            if (start >= m_size)
                break;
            length = std::min({m_chunk, m_maxChunk, m_size - start, nextHeldStart(start) - start,
                               m_confirmed + protocol::limits::kUploadWindowBytes - start});
            if (start == 0)
                length = std::max(length, std::min(m_size, protocol::limits::kSniffBytes));
        }
        if (length <= 0)
            break;
        if (!m_file.seek(start)) {
            failFile(Error(ErrorCode::Internal, u"the stored copy cannot be read"_s));
            return;
        }
        const QByteArray chunk = m_file.read(length);
        if (chunk.size() != length) {
            failFile(Error(ErrorCode::Internal, u"the stored copy cannot be read"_s));
            return;
        }
        ApiReply *reply = m_api->putChunk(m_sha, start, chunk);
        Flight flight;
        flight.reply = reply;
        flight.offset = start;
        flight.length = length;
        flight.startedMs = m_clock.elapsed();
        m_flights.append(flight);
        m_largestChunk = std::max(m_largestChunk, length);
        if (!again)
            m_next = start + length;
        connect(reply, &ApiReply::uploadProgress, this, [this, reply](qint64 sent, qint64) {
            for (Flight &f : m_flights) {
                if (f.reply == reply)
                    f.sent = std::min(sent, f.length);
            }
            emit progressChanged();
        });
        connect(reply, &ApiReply::finished, this, [this, reply] { onChunkFinished(reply); });
    }
}

void UploadQueue::onChunkFinished(ApiReply *reply)
{
    const auto it = std::find_if(m_flights.begin(), m_flights.end(),
                                 [reply](const Flight &f) { return f.reply == reply; });
    if (it == m_flights.end())
        return; // aborted earlier
    const Flight flight = *it;
    m_flights.erase(it);
    if (reply->error()) {
        if (reply->error().code == ErrorCode::ChecksumMismatch && resend(flight, reply->error()))
            return;
        if (!continueAt(reply->error(), reply->errorOffset()))
            onError(reply->error(), reply->httpStatus());
        return;
    }
    Error error;
    const std::optional<UploadStatus> status = UploadStatus::fromJson(reply->json(), &error);
    if (!status) {
        onError(Error(ErrorCode::InvalidResponse, error.message), reply->httpStatus());
        return;
    }
    m_resyncs = 0;
    m_retryMs = 0;
    m_lastError = Error();
    measure(flight);
    if (status->state == UploadState::Complete) {
        finishFile();
        return;
    }
    m_confirmed = std::max(m_confirmed, status->offset);
    m_held = status->ranges;
    m_next = std::max(m_next, m_confirmed);
    m_files->setProgress(m_sha, m_confirmed);
    emit progressChanged();
    if (m_flights.isEmpty() && m_resends.isEmpty() && skipHeld(m_next) >= m_size) {
        ask(); // everything was sent but the server does not hold it all: ask where it stands
        return;
    }
    pump();
}

void UploadQueue::measure(const Flight &flight)
{
    const qint64 now = m_clock.elapsed();
    const qint64 from = std::max(flight.startedMs, m_lastAckMs);
    m_lastAckMs = now;
    const qint64 ms = std::max<qint64>(now - from, 1);
    // Bytes and time are smoothed apart and then divided: with two chunks in flight one may
    // overtake the other, so single intervals swing widely (and an average of their rates
    // overestimates the link), while their sums do not.
    m_rateBytes = 0.7 * m_rateBytes + double(flight.length);
    m_rateMs = 0.7 * m_rateMs + double(ms);
    m_rate = m_rateBytes * 1000.0 / m_rateMs;
    const qint64 wanted = qint64(m_rate * kTargetChunkSeconds) / kChunkGranule * kChunkGranule;
    m_chunk = std::clamp(wanted, protocol::limits::kMinChunkBytes,
                         m_maxChunk > 0 ? m_maxChunk : protocol::limits::kMaxChunkBytes);
}

void UploadQueue::onError(const Error &error, int httpStatus)
{
    m_lastError = error;
    abortFlights();
    qCInfo(lcClientUpload) << "upload of" << m_sha << "met" << httpStatus
                           << errorCodeName(error.code) << error.message;
    if (isPermanent(error)) {
        failFile(error);
        return;
    }
    const bool refusedChunk = error.code == ErrorCode::Conflict
        || error.code == ErrorCode::ChecksumMismatch || error.code == ErrorCode::HashMismatch;
    if (refusedChunk && ++m_resyncs <= kMaxResyncs) {
        ask(); // the server says where it stands; only the refused part is sent again
        return;
    }
    m_resyncs = 0;
    m_retryMs = m_retryMs == 0 ? m_firstRetryMs : std::min(m_retryMs * 2, m_maxRetryMs);
    setState(State::Backoff);
    m_retryTimer.start(m_retryMs);
}

bool UploadQueue::resend(const Flight &flight, const Error &error)
{
    if (m_resyncs >= kMaxResyncs)
        return false;
    ++m_resyncs;
    m_lastError = error;
    qCInfo(lcClientUpload) << "chunk at" << flight.offset << "of" << m_sha
                           << "was damaged on the way - sending it again";
    Flight again;
    again.offset = flight.offset;
    again.length = flight.length;
    m_resends.append(again);
    pump();
    return true;
}

bool UploadQueue::continueAt(const Error &error, qint64 offset)
{
    const bool conflict = error.code == ErrorCode::Conflict;
    if ((!conflict && error.code != ErrorCode::ChecksumMismatch) || offset < 0 || offset >= m_size
        || m_resyncs >= kMaxResyncs)
        return false;
    ++m_resyncs;
    m_lastError = error;
    qCInfo(lcClientUpload) << "upload of" << m_sha << "met" << errorCodeName(error.code)
                           << "- going on at" << offset;
    abortFlights();
    m_confirmed = offset;
    m_next = offset;
    if (conflict)
        m_held.clear(); // what the server held ahead may differ or be gone
    m_files->setProgress(m_sha, m_confirmed);
    setState(State::Sending);
    emit progressChanged();
    pump();
    return true;
}

void UploadQueue::finishFile()
{
    const QString sha = m_sha;
    m_files->setProgress(sha, m_size);
    m_files->setState(sha, StoredFile::State::Done);
    qCInfo(lcClientUpload) << "uploaded" << sha << m_size << "bytes";
    clearCurrent();
    setState(State::Idle);
    emit fileFinished(sha);
    startNext();
}

void UploadQueue::failFile(const Error &error)
{
    const QString sha = m_sha;
    abortFlights();
    // The code, not the server's English message: the UI says it in the user's language.
    m_files->setState(sha, StoredFile::State::Failed, errorCodeName(error.code));
    clearCurrent();
    setState(State::Idle);
    emit fileFailed(sha, error);
    startNext();
}

void UploadQueue::abortFlights()
{
    QList<QPointer<ApiReply>> replies;
    for (const Flight &f : std::as_const(m_flights))
        replies.append(f.reply);
    replies.append(m_asking);
    m_flights.clear();
    m_resends.clear();
    m_asking = nullptr;
    for (const QPointer<ApiReply> &r : std::as_const(replies)) {
        if (ApiReply *reply = r.data()) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void UploadQueue::clearCurrent()
{
    m_sha.clear();
    m_size = 0;
    m_confirmed = 0;
    m_next = 0;
    m_held.clear();
    m_file.close();
}

qint64 UploadQueue::currentProgress() const
{
    qint64 extra = 0;
    for (const Flight &f : m_flights) {
        if (f.offset == m_confirmed)
            extra += f.sent;
    }
    return std::min(m_confirmed + extra, m_size);
}

UploadQueue::Totals UploadQueue::totals() const
{
    Totals t;
    for (const StoredFile &f : m_files->files()) {
        if (f.state == StoredFile::State::Done || f.state == StoredFile::State::Failed)
            continue;
        ++t.files;
        t.total += f.size;
        t.done += f.sha256 == m_sha ? currentProgress() : f.uploaded;
    }
    return t;
}

int UploadQueue::secondsLeft() const
{
    if (m_rate <= 0)
        return -1;
    const Totals t = totals();
    return int(double(t.total - t.done) / m_rate + 0.5);
}
