#include "server/http/ApiRouter.h"

#include "server/http/ApiResponse.h"
#include "server/http/FileStreamer.h"
#include "server/http/HttpLogging.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QMetaEnum>

#include <exception>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
void logRequest(const QHttpServerRequest &request, int status, const QElapsedTimer &timer)
{
    qCDebug(lcHttp).noquote() << ApiRouter::methodName(request.method())
                              << request.url().path() << status << timer.elapsed() << "ms";
}
} // namespace

QByteArray ApiRouter::methodName(Method method)
{
    const char *key = QMetaEnum::fromType<Method>().valueToKey(static_cast<int>(method));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}

void ApiRouter::add(Method method, const QString &path, Handler handler)
{
    m_routes[path].append(Route{method, std::move(handler)});
}

void ApiRouter::addPrefix(Method method, const QString &prefix, PrefixHandler handler)
{
    m_prefixRoutes[prefix].append(PrefixRoute{method, std::move(handler)});
}

void ApiRouter::install(QHttpServer *server)
{
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        const QString path = it.key();
        server->route(path, [this, path](const QHttpServerRequest &request) {
            return dispatch(path, request);
        });
    }
    server->setMissingHandler([this](const QHttpServerRequest &request,
                                     QHttpServerResponder &&responder) {
        dispatchPrefix(request, std::move(responder));
    });
}

void ApiRouter::dispatchPrefix(const QHttpServerRequest &request,
                               QHttpServerResponder &&responder) const
{
    QElapsedTimer timer;
    timer.start();
    const QString path = request.url().path();
    QString prefix;
    for (auto it = m_prefixRoutes.cbegin(); it != m_prefixRoutes.cend(); ++it) {
        if (path.startsWith(it.key()) && it.key().size() > prefix.size())
            prefix = it.key();
    }
    if (prefix.isEmpty()) {
        api::error(Error(ErrorCode::NotFound, u"no such endpoint"_s)).write(std::move(responder));
        logRequest(request, 404, timer);
        return;
    }
    QByteArray allow;
    for (const PrefixRoute &route : m_prefixRoutes[prefix]) {
        if (route.method != request.method()) {
            allow += (allow.isEmpty() ? "" : ", ") + methodName(route.method);
            continue;
        }
        std::optional<Reply> reply;
        try {
            reply = route.handler(request, path.mid(prefix.size()));
        } catch (const std::exception &e) {
            qCCritical(lcHttp) << "handler of" << prefix << "failed:" << e.what();
        }
        if (!reply)
            reply = api::error(Error(ErrorCode::Internal, u"internal error"_s));
        if (auto *file = std::get_if<FileReply>(&*reply)) {
            const int status = file->status;
            FileStreamer::send(std::move(*file), std::move(responder));
            logRequest(request, status, timer);
            return;
        }
        auto &response = std::get<QHttpServerResponse>(*reply);
        const int status = static_cast<int>(response.statusCode());
        response.write(std::move(responder));
        logRequest(request, status, timer);
        return;
    }
    QHttpServerResponse response
        = api::error(405, Error(ErrorCode::MethodNotAllowed,
                                u"use %1 for this endpoint"_s.arg(QString::fromLatin1(allow))));
    response.addHeader("Allow", allow);
    response.write(std::move(responder));
    logRequest(request, 405, timer);
}

QHttpServerResponse ApiRouter::dispatch(const QString &path,
                                        const QHttpServerRequest &request) const
{
    QElapsedTimer timer;
    timer.start();
    const QList<Route> &routes = m_routes[path];
    QByteArray allow;
    for (const Route &route : routes) {
        if (route.method != request.method()) {
            allow += (allow.isEmpty() ? "" : ", ") + methodName(route.method);
            continue;
        }
        int status = 500;
        try {
            QHttpServerResponse response = route.handler(request);
            status = static_cast<int>(response.statusCode());
            logRequest(request, status, timer);
            return response;
        } catch (const std::exception &e) {
            qCCritical(lcHttp) << "handler of" << path << "failed:" << e.what();
        }
        logRequest(request, status, timer);
        return api::error(Error(ErrorCode::Internal, u"internal error"_s));
    }
    QHttpServerResponse response
        = api::error(405, Error(ErrorCode::MethodNotAllowed,
                                u"use %1 for this endpoint"_s.arg(QString::fromLatin1(allow))));
    response.addHeader("Allow", allow);
    logRequest(request, 405, timer);
    return response;
}
