#include "server/http/AuthRoutes.h"

#include "common/protocol/AuthMessages.h"
#include "common/protocol/Protocol.h"
#include "server/core/Auth.h"
#include "server/http/ApiRequest.h"
#include "server/http/ApiResponse.h"
#include "server/http/ApiRouter.h"

using namespace Qt::StringLiterals;

AuthRoutes::AuthRoutes(Auth *auth, const ProtocolRange *protocols)
    : m_auth(auth), m_protocols(protocols)
{
}

void AuthRoutes::registerOn(ApiRouter &router)
{
    using Method = ApiRouter::Method;
    Auth *auth = m_auth;
    const ProtocolRange *protocols = m_protocols;

    router.add(Method::Post, QString::fromUtf16(protocol::path::kLogin),
               [auth, protocols](const QHttpServerRequest &request) {
                   const ApiRequest r(request);
                   Error error = r.checkProtocolHeader(*protocols);
                   if (error)
                       return api::error(error);
                   const std::optional<QJsonObject> json = r.jsonBody(&error);
                   if (!json)
                       return api::error(error);
                   const std::optional<LoginRequest> login = LoginRequest::fromJson(*json, &error);
                   if (!login)
                       return api::error(error);
                   qint64 retryAfter = 0;
                   const std::optional<LoginResponse> response
                       = auth->login(*login, r.clientAddress(), &error, &retryAfter);
                   if (!response)
                       return api::error(error, retryAfter);
                   return api::json(response->toJson());
               });

    router.add(Method::Post, QString::fromUtf16(protocol::path::kLogout),
               [auth, protocols](const QHttpServerRequest &request) {
                   const ApiRequest r(request);
                   Error error = r.checkProtocolHeader(*protocols);
                   if (error)
                       return api::error(error);
                   const std::optional<AuthSession> session
                       = auth->authenticate(r.bearerToken(), Auth::Access::AccountOnly, &error);
                   if (!session)
                       return api::error(error);
                   if ((error = auth->logout(*session)))
                       return api::error(error);
                   return api::json(QJsonObject());
               });

    router.add(Method::Post, QString::fromUtf16(protocol::path::kPassword),
               [auth, protocols](const QHttpServerRequest &request) {
                   const ApiRequest r(request);
                   Error error = r.checkProtocolHeader(*protocols);
                   if (error)
                       return api::error(error);
                   const std::optional<AuthSession> session
                       = auth->authenticate(r.bearerToken(), Auth::Access::AccountOnly, &error);
                   if (!session)
                       return api::error(error);
                   const std::optional<QJsonObject> json = r.jsonBody(&error);
                   if (!json)
                       return api::error(error);
                   const std::optional<PasswordChangeRequest> change
                       = PasswordChangeRequest::fromJson(*json, &error);
                   if (!change)
                       return api::error(error);
                   qint64 retryAfter = 0;
                   if ((error = auth->changePassword(*session, *change, r.clientAddress(),
                                                     &retryAfter)))
                       return api::error(error, retryAfter);
                   return api::json(QJsonObject());
               });

    router.add(Method::Get, QString::fromUtf16(protocol::path::kMe),
               [auth, protocols](const QHttpServerRequest &request) {
                   const ApiRequest r(request);
                   Error error = r.checkProtocolHeader(*protocols);
                   if (error)
                       return api::error(error);
                   const std::optional<AuthSession> session
                       = auth->authenticate(r.bearerToken(), Auth::Access::AccountOnly, &error);
                   if (!session)
                       return api::error(error);
                   return api::json(auth->userInfo(session->user).toJson());
               });
}
