#pragma once
// Logs a user in. The first login of a user on this laptop needs the server; it creates the
// profile and stores an argon2id verifier of the password. Later logins are checked against the
// verifier offline, so all work can happen without a network; the token is refreshed in the
// background when the server is reachable (the password is kept in memory only for that).

#include "common/protocol/Error.h"

#include <QObject>
#include <QUrl>

#include <memory>

class Clock;
class ProfileManager;
class Session;

class LoginController : public QObject
{
    Q_OBJECT
public:
    LoginController(ProfileManager *profiles, Clock *clock, QObject *parent = nullptr);
    ~LoginController() override;

    // Asynchronous; exactly one of loggedIn / loginFailed follows.
    void login(const QUrl &serverUrl, const QString &username, const QString &password);
    bool isBusy() const;
    // Whether new sessions sync automatically (default true; tests drive syncs themselves).
    void setAutomaticSync(bool on);

signals:
    // The receiver takes ownership of the session (parent it, or keep it in a unique_ptr).
    void loggedIn(Session *session);
    void loginFailed(const Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
