#pragma once
// Routes (path, method) to handlers on a Qt HttpServer. A known path with another method gets
// 405 with Allow, an unknown path 404, both as JSON; an exception escaping a handler becomes 500.
// Logs one debug line per request: method, path, status and milliseconds.

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

#include <functional>

class QHttpServer;

class ApiRouter
{
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

    void add(Method method, const QString &path, Handler handler);
    // Registers every path on the server. The router must outlive the server.
    void install(QHttpServer *server);

    static QByteArray methodName(Method method);

private:
    struct Route
    {
        Method method;
        Handler handler;
    };
    QHttpServerResponse dispatch(const QString &path, const QHttpServerRequest &request) const;

    QHash<QString, QList<Route>> m_routes;
};
