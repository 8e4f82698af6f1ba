#pragma once
// POST /api/v1/sync: one round of push and pull, HTTP <-> SyncService. The request body may be
// zstd-compressed; the answer is when the client accepts zstd.

class ApiRouter;
class Auth;
class SyncService;
struct ProtocolRange;

class SyncRoutes
{
public:
    // protocols: the accepted versions, read on every request (owned by HttpServer).
    SyncRoutes(Auth *auth, SyncService *sync, const ProtocolRange *protocols);
    void registerOn(ApiRouter &router);

private:
    Auth *m_auth;
    SyncService *m_sync;
    const ProtocolRange *m_protocols;
};
