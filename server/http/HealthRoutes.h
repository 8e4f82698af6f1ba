#pragma once
// GET /api/v1/health: no token and no protocol header needed, so that a client of any version
// can learn which protocol versions this server speaks.

class ApiRouter;

class HealthRoutes
{
public:
    static void registerOn(ApiRouter &router);
};
