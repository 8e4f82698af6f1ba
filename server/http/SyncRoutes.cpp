#include "server/http/SyncRoutes.h"

#include "common/protocol/Protocol.h"
#include "common/protocol/SyncMessages.h"
#include "server/core/Auth.h"
#include "server/core/SyncService.h"
#include "server/http/ApiRequest.h"
#include "server/http/ApiResponse.h"
#include "server/http/ApiRouter.h"

SyncRoutes::SyncRoutes(Auth *auth, SyncService *sync, const ProtocolRange *protocols)
    : m_auth(auth), m_sync(sync), m_protocols(protocols)
{
}

void SyncRoutes::registerOn(ApiRouter &router)
{
    Auth *auth = m_auth;
    SyncService *sync = m_sync;
    const ProtocolRange *protocols = m_protocols;
    router.add(ApiRouter::Method::Post, QString::fromUtf16(protocol::path::kSync),
               [auth, sync, protocols](const QHttpServerRequest &request) {
                   const ApiRequest r(request);
                   Error error = r.checkProtocolHeader(*protocols);
                   if (error)
                       return api::error(error);
                   // Authenticate before touching the body: strangers cost no decompression.
                   const std::optional<AuthSession> session
                       = auth->authenticate(r.bearerToken(), Auth::Access::Full, &error);
                   if (!session)
                       return api::error(error);
                   const std::optional<QJsonObject> json = r.jsonBody(&error);
                   if (!json)
                       return api::error(error);
                   const std::optional<SyncRequest> syncRequest
                       = SyncRequest::fromJson(*json, &error);
                   if (!syncRequest)
                       return api::error(error);
                   error = ApiRequest::checkProtocolVersion(syncRequest->protocol, *protocols);
                   if (error)
                       return api::error(error);
                   const std::optional<SyncResponse> response
                       = sync->sync(session->user, *syncRequest, &error);
                   if (!response)
                       return api::error(error);
                   return api::json(response->toJson(), 200, r.acceptsZstd());
               });
}
