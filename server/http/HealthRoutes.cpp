#include "server/http/HealthRoutes.h"

#include "common/protocol/AuthMessages.h"
#include "common/protocol/Protocol.h"
#include "server/http/ApiRequest.h"
#include "server/http/ApiResponse.h"
#include "server/http/ApiRouter.h"

using namespace Qt::StringLiterals;

void HealthRoutes::registerOn(ApiRouter &router, const ProtocolRange *protocols)
{
    router.add(ApiRouter::Method::Get, QString::fromUtf16(protocol::path::kHealth),
               [protocols](const QHttpServerRequest &) {
                   HealthInfo info;
                   info.status = u"ok"_s;
                   info.version = QStringLiteral(PAJAPOLKU_VERSION);
                   info.protocol = protocols->max;
                   info.minProtocol = protocols->min;
                   return api::json(info.toJson());
               });
}
