#include "server/http/HealthRoutes.h"

#include "common/protocol/AuthMessages.h"
#include "common/protocol/Protocol.h"
#include "server/http/ApiResponse.h"
#include "server/http/ApiRouter.h"

using namespace Qt::StringLiterals;

void HealthRoutes::registerOn(ApiRouter &router)
{
    router.add(ApiRouter::Method::Get, QString::fromUtf16(protocol::path::kHealth),
               [](const QHttpServerRequest &) {
                   HealthInfo info;
                   info.status = u"ok"_s;
                   info.version = QStringLiteral(PAJAPOLKU_VERSION);
                   info.protocol = protocol::kVersion;
                   info.minProtocol = protocol::kMinSupportedVersion;
                   return api::json(info.toJson());
               });
}
