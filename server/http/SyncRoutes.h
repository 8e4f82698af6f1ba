#pragma once
// POST /api/v1/sync: one round of push and pull, HTTP <-> SyncService. The request body may be
// zstd-compressed; the answer is when the client accepts zstd.

class ApiRouter;
class Auth;
class SyncService;

class SyncRoutes
{
public:
    SyncRoutes(Auth *auth, SyncService *sync);
    void registerOn(ApiRouter &router);

private:
    Auth *m_auth;
    SyncService *m_sync;
};
