#pragma once
// The demo organisation for trying Pajapolku out (`pajapolku-server --demo`): a coach, two
// trainees, a goal program of realistic Finnish workshop tasks, a bank of quick phrases and one
// task Aino has submitted for review. Creating it is idempotent.
// The qualification requirements in it are a sample written for the demo, not the official
// ePerusteet texts; unit codes starting with "nayte_" mark them.

#include "common/protocol/AuthMessages.h"
#include "common/protocol/Error.h"

#include <QList>
#include <QString>

class Admin;

struct DemoAccount
{
    QString username;
    QString password;
    Role role = Role::Trainee;
    QString displayName;
};

class DemoData
{
public:
    static QString organisationName();
    static QList<DemoAccount> accounts();

    // Creates whatever of the demo is missing; returns the organisation id, or 0 with an error.
    static qint64 ensure(Admin *admin, Error *error);
};
