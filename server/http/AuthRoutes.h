#pragma once
// POST /api/v1/auth/login, POST .../logout, POST .../password and GET .../me: HTTP <-> Auth.
// A token whose user must change the password reaches only password, me and logout.

class ApiRouter;
class Auth;

class AuthRoutes
{
public:
    explicit AuthRoutes(Auth *auth);
    void registerOn(ApiRouter &router);

private:
    Auth *m_auth;
};
