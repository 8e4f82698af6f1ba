#pragma once
// The look of the desktop client in one place: a calm, high-contrast palette, a base font scaled up
// for readability, large touch-friendly controls and a visible keyboard focus ring. Widgets mark
// their role with dynamic properties (textStyle, buttonRole, card) that the style sheet picks up.

#include "common/model/TaskStatus.h"

#include <QColor>
#include <QString>

class QApplication;
class QWidget;

class QScrollArea;

namespace theme {

enum class Role {
    Window,
    Surface,
    Border,
    Text,
    MutedText,
    Primary,
    PrimaryHover,
    OnPrimary,
    Focus,
    Error,
    ErrorBackground,
    Warning,
    WarningBackground,
    Success,
    SuccessBackground,
    InfoBackground,
};

struct StatusColors
{
    QColor text;
    QColor background;
    QColor border;
    QColor chart; // a stronger tone for charts
};

QColor color(Role role);
StatusColors statusColors(TaskStatus status);

// Scales the application font (by `fontScale`, 1.2 by default) and installs palette + style sheet.
void apply(QApplication &app, double fontScale = 1.2);

// Text styles: "h1", "h2", "h3", "muted", "small"; button roles: "primary", "secondary", "link".
void setTextStyle(QWidget *widget, const QString &style);
void setButtonRole(QWidget *widget, const QString &role);
// A white rounded panel; `tone` is "" (plain), "error", "warning", "success" or "info".
void setCard(QWidget *widget, const QString &tone = {});

// Makes `content` the scrolling, frameless body of `page`, filling it edge to edge.
QScrollArea *makeScrollingPage(QWidget *page, QWidget *content);

// Outer margin and spacing used by pages, in pixels.
inline constexpr int kPageMargin = 28;
inline constexpr int kSpacing = 16;

} // namespace theme
