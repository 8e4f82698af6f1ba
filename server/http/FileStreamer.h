#pragma once
// Sends a FileReply: the status line and headers through the responder, then a slice of the
// file straight to the connection, a piece at a time whenever less than a high-water mark is
// waiting to be sent, so a download holds a few hundred KiB of memory however slowly the client
// reads. (Qt HttpServer's responder.write(QIODevice *) streams too, but only a whole device with
// its size as Content-Length; a byte range needs a slice.) The streamer lives as a child of the
// socket and ends with the body or the connection.

#include "server/http/ApiRouter.h"

#include <QObject>

class QHttpServerResponder;
class QTcpSocket;

class FileStreamer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kPieceBytes = 64 * 1024;
    static constexpr qint64 kHighWaterBytes = 256 * 1024;

    static void send(FileReply reply, QHttpServerResponder &&responder);

private:
    FileStreamer(QTcpSocket *socket, std::unique_ptr<QFile> file, qint64 length);
    void pump();

    QTcpSocket *m_socket;
    std::unique_ptr<QFile> m_file;
    qint64 m_left;
};
