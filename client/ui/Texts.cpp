#include "client/ui/Texts.h"

#include "common/model/Records.h"
#include "common/protocol/AuthMessages.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString Texts::statusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return tr("Not started");
    case TaskStatus::InProgress:
        return tr("In progress");
    case TaskStatus::Submitted:
        return tr("Sent for review");
    case TaskStatus::NeedsRevision:
        return tr("Needs changes");
    case TaskStatus::Approved:
        return tr("Approved");
    }
    return {};
}

QString Texts::statusExplanation(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return tr("You have not started this task yet.");
    case TaskStatus::InProgress:
        return tr("You have started this task. Send it for review when it is ready.");
    case TaskStatus::Submitted:
        return tr("You have sent this task. Your coach will look at it.");
    case TaskStatus::NeedsRevision:
        return tr(
            "Your coach asked you to change something. Read the feedback and send the task again.");
    case TaskStatus::Approved:
        return tr("Your coach has approved this task. Well done!");
    }
    return {};
}

QString Texts::statusIconName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return u"status-not-started"_s;
    case TaskStatus::InProgress:
        return u"status-in-progress"_s;
    case TaskStatus::Submitted:
        return u"status-submitted"_s;
    case TaskStatus::NeedsRevision:
        return u"status-needs-revision"_s;
    case TaskStatus::Approved:
        return u"status-approved"_s;
    }
    return {};
}

QString Texts::loginErrorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::WrongCredentials:
    case ErrorCode::Unauthorized:
        return tr("The username or the password is wrong. Check them and try again.");
    case ErrorCode::NetworkError:
    case ErrorCode::Timeout:
    case ErrorCode::ServiceUnavailable:
        return tr("The first login on this laptop needs a network connection. Connect the laptop "
                  "to the internet and try again.");
    case ErrorCode::AccountDisabled:
        return tr("Your account is not in use. Ask your coach for help.");
    case ErrorCode::RateLimited:
        return tr("Too many tries. Wait a few minutes and try again.");
    case ErrorCode::ProtocolUnsupported:
        return tr("Please update Pajapolku. This version cannot talk to the server. Ask your IT "
                  "support for help.");
    case ErrorCode::PasswordChangeRequired:
        return tr("You need to choose a new password before you can continue.");
    case ErrorCode::TokenExpired:
        return tr("Your login has expired. Log in again with your password.");
    default:
        return tr("Logging in did not work. Try again later, or ask your coach for help.");
    }
}

QString Texts::syncErrorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::NetworkError:
    case ErrorCode::Timeout:
        return tr("No connection to the server. Your work is safe on this computer.");
    case ErrorCode::Unauthorized:
    case ErrorCode::TokenExpired:
        return tr("Log out and log in again to send your work.");
    case ErrorCode::PasswordChangeRequired:
        return tr("Change your password to send your work.");
    case ErrorCode::AccountDisabled:
        return tr("Your account is not in use. Ask your coach for help.");
    case ErrorCode::ProtocolUnsupported:
        return tr("Please update Pajapolku. Your work is safe on this computer.");
    case ErrorCode::RateLimited:
    case ErrorCode::ServiceUnavailable:
        return tr("The server is busy. Pajapolku will try again soon.");
    default:
        return tr("Sending did not work. Pajapolku will try again soon.");
    }
}

QString Texts::passwordErrorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::WrongCredentials:
    case ErrorCode::Unauthorized:
        return tr("Your current password is wrong. Check it and try again.");
    case ErrorCode::InvalidField:
    case ErrorCode::BadRequest:
        return tr("The new password is not accepted. It must have at least %n characters.", nullptr,
            kMinPasswordLength);
    case ErrorCode::NetworkError:
    case ErrorCode::Timeout:
    case ErrorCode::ServiceUnavailable:
        return tr("Changing the password needs a network connection. Connect the laptop to the "
                  "internet and try again.");
    case ErrorCode::RateLimited:
        return tr("Too many tries. Wait a few minutes and try again.");
    default:
        return tr(
            "Changing the password did not work. Try again later, or ask your coach for help.");
    }
}

QString Texts::rejectedReasonText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Forbidden:
        return tr("This task is no longer in your program.");
    case ErrorCode::Conflict:
        return tr("The same change was already saved in another way.");
    case ErrorCode::InvalidField:
    case ErrorCode::BadRequest:
    case ErrorCode::UnknownKind:
        return tr("The server could not read the change.");
    case ErrorCode::PayloadTooLarge:
        return tr("The text is too long.");
    default:
        return tr("The server did not accept the change.");
    }
}

QString Texts::rejectedChangeText(const QString &kind, const QString &taskTitle)
{
    const bool named = !taskTitle.isEmpty();
    const QString title = QLocale().quoteString(taskTitle);
    if (kind == QStringView(kind::kAnswer)) {
        return named ? tr("Your answer to the task %1 was not saved on the server.").arg(title)
                     : tr("Your answer to a task was not saved on the server.");
    }
    if (kind == QStringView(kind::kSubmission)) {
        return named ? tr("Sending the task %1 for review did not go through.").arg(title)
                     : tr("Sending a task for review did not go through.");
    }
    if (kind == QStringView(kind::kProgress)) {
        return named ? tr("Starting the task %1 was not saved on the server.").arg(title)
                     : tr("Starting a task was not saved on the server.");
    }
    return named ? tr("A change to the task %1 was not saved on the server.").arg(title)
                 : tr("A change was not saved on the server.");
}

QString Texts::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const bool thisYear = local.date().year() == QDate::currentDate().year();
    //: Date and time format (QDateTime format string); Finnish: d.M. 'klo' H.mm
    const QString sameYear = tr("MMM d 'at' h:mm AP");
    //: Date and time format with the year; Finnish: d.M.yyyy 'klo' H.mm
    const QString otherYear = tr("MMM d, yyyy 'at' h:mm AP");
    return QLocale().toString(local, thisYear ? sameYear : otherYear);
}

QString Texts::timeOrDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    if (local.date() != QDate::currentDate())
        return dateTime(when);
    //: Time of day today (QTime format string); Finnish: 'klo' H.mm
    return QLocale().toString(local.time(), tr("'at' h:mm AP"));
}

QString Texts::date(const QDate &day)
{
    if (!day.isValid())
        return {};
    //: Date format (QDate format string); Finnish: d.M.yyyy
    return QLocale().toString(day, tr("MMM d, yyyy"));
}
