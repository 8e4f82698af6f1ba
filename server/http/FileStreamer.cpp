#include "server/http/FileStreamer.h"

#include "server/http/HttpLogging.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

void FileStreamer::send(FileReply reply, QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    if (!reply.file || !reply.file->seek(reply.offset)) {
        responder.write(QHttpServerResponder::StatusCode::InternalServerError);
        return;
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &header : std::as_const(reply.headers))
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(reply.length));
    responder.writeBody(QByteArray()); // ends the header block
    if (reply.length > 0)
        new FileStreamer(socket, std::move(reply.file), reply.length);
}

FileStreamer::FileStreamer(QTcpSocket *socket, std::unique_ptr<QFile> file, qint64 length)
    : QObject(socket), m_socket(socket), m_file(std::move(file)), m_left(length)
{
    connect(socket, &QIODevice::bytesWritten, this, &FileStreamer::pump);
    connect(socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    pump();
}

void FileStreamer::pump()
{
    while (m_left > 0 && m_socket->bytesToWrite() < kHighWaterBytes) {
        const QByteArray piece = m_file->read(std::min(kPieceBytes, m_left));
        if (piece.isEmpty()) {
            // The client sees a short body and asks again with a Range.
            qCWarning(lcHttp) << "cannot read" << m_file->fileName() << m_file->errorString();
            m_socket->abort();
            m_left = 0;
            break;
        }
        m_socket->write(piece);
        m_left -= piece.size();
    }
    if (m_left == 0) {
        disconnect(m_socket, nullptr, this, nullptr);
        deleteLater();
    }
}
