#pragma once
// Routes (path, method) to handlers on a Qt HttpServer. A known path with another method gets
// 405 with Allow, an unknown path 404, both as JSON; an exception escaping a handler becomes 500.
// Prefix routes ("/api/v1/files/" + rest) hand the rest of the path to their handler as it is,
// to be validated there, and may answer with a file streamed with flat memory (FileReply).
// Logs one debug line per request: method, path, status and milliseconds.

#include <QFile>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <variant>

class QHttpServer;
class QHttpServerResponder;

// A body sent from a file: `length` bytes from `offset`, read as the connection drains.
struct FileReply
{
    int status = 200;
    std::unique_ptr<QFile> file;
    qint64 offset = 0;
    qint64 length = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length
};

class ApiRouter
{
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
    using Reply = std::variant<QHttpServerResponse, FileReply>;
    using PrefixHandler = std::function<Reply(const QHttpServerRequest &, const QString &rest)>;

    void add(Method method, const QString &path, Handler handler);
    // prefix ends with '/'; the handler gets what follows it in the (decoded) path.
    void addPrefix(Method method, const QString &prefix, PrefixHandler handler);
    // Registers every path on the server. The router must outlive the server.
    void install(QHttpServer *server);

    static QByteArray methodName(Method method);

private:
    struct Route
    {
        Method method;
        Handler handler;
    };
    struct PrefixRoute
    {
        Method method;
        PrefixHandler handler;
    };
    QHttpServerResponse dispatch(const QString &path, const QHttpServerRequest &request) const;
    void dispatchPrefix(const QHttpServerRequest &request, QHttpServerResponder &&responder) const;

    QHash<QString, QList<Route>> m_routes;
    QHash<QString, QList<PrefixRoute>> m_prefixRoutes;
};
