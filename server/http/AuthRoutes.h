#pragma once
// POST /api/v1/auth/login, POST .../logout, POST .../password and GET .../me: HTTP <-> Auth.
// A token whose user must change the password reaches only password, me and logout.

class ApiRouter;
class Auth;
struct ProtocolRange;

class AuthRoutes
{
public:
    // protocols: the accepted versions, read on every request (owned by HttpServer).
    AuthRoutes(Auth *auth, const ProtocolRange *protocols);
    void registerOn(ApiRouter &router);

private:
    Auth *m_auth;
    const ProtocolRange *m_protocols;
};
