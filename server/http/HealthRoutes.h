#pragma once
// GET /api/v1/health: no token and no protocol header needed, so that a client of any version
// can learn which protocol versions this server speaks.

class ApiRouter;
struct ProtocolRange;

class HealthRoutes
{
public:
    // minProtocol and protocol name the accepted range as it is at each request.
    static void registerOn(ApiRouter &router, const ProtocolRange *protocols);
};
