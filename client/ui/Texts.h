#pragma once
// Every translated text that maps a code to words lives here: task statuses, error codes for each
// situation (login, sync, password change, refused changes), record kinds and date formats. The
// server's English error messages are never shown; the user reads plain words for the code.

#include "common/model/TaskStatus.h"
#include "common/protocol/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Texts)

public:
    static QString statusText(TaskStatus status);
    // One sentence on what the status means for the trainee (tooltips, screen readers).
    static QString statusExplanation(TaskStatus status);
    static QString statusIconName(TaskStatus status);

    static QString loginErrorText(const Error &error);
    static QString syncErrorText(const Error &error);
    static QString passwordErrorText(const Error &error);
    // Why the server refused a change the trainee made on this laptop.
    static QString rejectedReasonText(const Error &error);
    // One sentence naming a refused change: which kind of change, and for which task.
    static QString rejectedChangeText(const QString &kind, const QString &taskTitle);

    // Local date and time in the UI language's short form: "4.12. klo 10.15" (year when not this
    // year).
    static QString dateTime(const QDateTime &when);
    // "klo 10.15" today, otherwise like dateTime().
    static QString timeOrDateTime(const QDateTime &when);
    static QString date(const QDate &day);
};
