#include "client/ui/Theme.h"

#include <QVBoxLayout>

#include <QScrollArea>

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace theme {

QColor color(Role role)
{
    switch (role) {
    case Role::Window:
        return QColor(0xF3, 0xF1, 0xEC);
    case Role::Surface:
        return QColor(0xFF, 0xFF, 0xFF);
    case Role::Border:
        return QColor(0xC9, 0xC4, 0xB9);
    case Role::Text:
        return QColor(0x1B, 0x1B, 0x1B);
    case Role::MutedText:
        return QColor(0x4D, 0x4A, 0x45);
    case Role::Primary:
        return QColor(0x1D, 0x4F, 0x91);
    case Role::PrimaryHover:
        return QColor(0x16, 0x3E, 0x73);
    case Role::OnPrimary:
        return QColor(0xFF, 0xFF, 0xFF);
    case Role::Focus:
        return QColor(0xE8, 0x9B, 0x00);
    case Role::Error:
        return QColor(0xA4, 0x16, 0x1A);
    case Role::ErrorBackground:
        return QColor(0xFD, 0xEC, 0xEC);
    case Role::Warning:
        return QColor(0x6E, 0x45, 0x00);
    case Role::WarningBackground:
        return QColor(0xFF, 0xF4, 0xD6);
    case Role::Success:
        return QColor(0x1E, 0x6B, 0x34);
    case Role::SuccessBackground:
        return QColor(0xE3, 0xF3, 0xE6);
    case Role::InfoBackground:
        return QColor(0xE8, 0xF0, 0xFA);
    }
    return Qt::black;
}

StatusColors statusColors(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return { QColor(0x4D, 0x4A, 0x45), QColor(0xEC, 0xEA, 0xE5), QColor(0xB5, 0xB0, 0xA5),
            QColor(0xC9, 0xC4, 0xB9) };
    case TaskStatus::InProgress:
        return { QColor(0x0B, 0x4F, 0x9C), QColor(0xE3, 0xED, 0xFA), QColor(0x9C, 0xBC, 0xE6),
            QColor(0x3C, 0x7D, 0xD9) };
    case TaskStatus::Submitted:
        return { QColor(0x5B, 0x2A, 0x86), QColor(0xF1, 0xE9, 0xF8), QColor(0xC7, 0xAE, 0xE0),
            QColor(0x8A, 0x5C, 0xC2) };
    case TaskStatus::NeedsRevision:
        return { QColor(0x8A, 0x3B, 0x00), QColor(0xFF, 0xEB, 0xD9), QColor(0xF0, 0xA6, 0x6B),
            QColor(0xE0, 0x7B, 0x1F) };
    case TaskStatus::Approved:
        return { QColor(0x1E, 0x6B, 0x34), QColor(0xE3, 0xF3, 0xE6), QColor(0x93, 0xCD, 0xA1),
            QColor(0x2E, 0x8B, 0x47) };
    }
    return {};
}

namespace {
QString hex(Role role)
{
    return color(role).name();
}

QString styleSheet(double base)
{
    auto pt = [base](double factor) -> QString {
        return QString::number(base * factor, 'f', 1) + u"pt"_s;
    };
    QString css = uR"(
QWidget { color: @text; }
QMainWindow, QDialog { background: @window; }
QToolTip { color: @text; background: @surface; border: 1px solid @border; padding: 6px; }
QLabel[textStyle="h1"] { font-size: @h1; font-weight: bold; }
QLabel[textStyle="h2"] { font-size: @h2; font-weight: bold; }
QLabel[textStyle="h3"] { font-size: @h3; font-weight: bold; }
QLabel[textStyle="muted"] { color: @muted; }
QLabel[textStyle="small"] { color: @muted; font-size: @small; }
QFrame[card="plain"] { background: @surface; border: 1px solid @border; border-radius: 12px; }
QFrame[card="error"] { background: @errorbg; border: 2px solid @error; border-radius: 10px; }
QFrame[card="warning"] { background: @warnbg; border: 2px solid #E8B500; border-radius: 10px; }
QFrame[card="success"] { background: @successbg; border: 2px solid #93CDA1; border-radius: 10px; }
QFrame[card="info"] { background: @infobg; border: 1px solid #9CBCE6; border-radius: 10px; }
QLabel { background: transparent; border: none; }
QPushButton, QToolButton[buttonRole] {
    min-height: 40px; padding: 6px 18px; border: 2px solid @primary; border-radius: 8px;
    background: @surface; color: @primary; font-weight: bold; }
QPushButton:hover, QToolButton[buttonRole]:hover { background: @infobg; }
QPushButton:pressed, QToolButton[buttonRole]:pressed { background: #D3E2F5; }
QPushButton:focus, QToolButton[buttonRole]:focus { border: 3px solid @focus; padding: 5px 17px; }
QPushButton:disabled, QToolButton[buttonRole]:disabled {
    color: #6B675F; border-color: #BDB8AD; background: #ECEAE5; }
QPushButton:checked { background: @primary; color: @onprimary; }
QPushButton[buttonRole="primary"] { background: @primary; color: @onprimary; }
QPushButton[buttonRole="primary"]:hover { background: @primaryhover; }
QPushButton[buttonRole="primary"]:disabled { background: #BDB8AD; color: #3F3C37; }
QPushButton[buttonRole="link"], QToolButton[buttonRole="link"] {
    border: 2px solid transparent; background: transparent; min-height: 32px; padding: 4px 8px; }
QPushButton[buttonRole="link"]:hover, QToolButton[buttonRole="link"]:hover {
    background: @infobg; }
QPushButton[buttonRole="link"]:focus, QToolButton[buttonRole="link"]:focus {
    border: 3px solid @focus; padding: 3px 7px; }
QToolButton#userMenuToolButton, QPushButton#syncNowButton, QPushButton[buttonRole="language"] {
    min-height: 30px; padding: 4px 14px; }
QToolButton#userMenuToolButton:focus, QPushButton#syncNowButton:focus,
QPushButton[buttonRole="language"]:focus { padding: 3px 13px; }
QToolButton[buttonRole]::menu-indicator { image: none; width: 0px; }
QLineEdit {
    min-height: 40px; padding: 2px 10px; border: 2px solid #8A857B; border-radius: 6px;
    background: @surface; selection-background-color: @primary; }
QLineEdit:focus, QPlainTextEdit:focus { border: 3px solid @focus; }
QLineEdit:disabled { background: #ECEAE5; color: #6B675F; }
QPlainTextEdit, QTextBrowser {
    border: 2px solid #8A857B; border-radius: 6px; background: @surface; padding: 4px;
    selection-background-color: @primary; }
QTextBrowser { border: 1px solid @border; }
QTextBrowser:focus { border: 3px solid @focus; }
QProgressBar {
    border: 1px solid #8A857B; border-radius: 7px; background: #ECEAE5; min-height: 16px;
    max-height: 16px; text-align: center; }
QProgressBar::chunk { background: #2E8B47; border-radius: 6px; }
QProgressBar[busy="true"]::chunk { background: @primary; }
QScrollArea { background: transparent; border: none; }
QScrollArea > QWidget > QWidget { background: transparent; }
QStatusBar { background: @surface; border-top: 1px solid @border; }
QStatusBar::item { border: none; }
QMenu { background: @surface; border: 1px solid @border; padding: 6px; }
QMenu::item { padding: 10px 28px 10px 12px; border-radius: 6px; }
QMenu::item:selected { background: @infobg; color: @text; }
QMenu::separator { height: 1px; background: @border; margin: 6px 4px; }
QCheckBox { spacing: 10px; }
QCheckBox::indicator { width: 22px; height: 22px; }
)"_s;
    css.replace(u"@h1"_s, pt(1.75))
        .replace(u"@h2"_s, pt(1.35))
        .replace(u"@h3"_s, pt(1.12))
        .replace(u"@small"_s, pt(0.92))
        .replace(u"@text"_s, hex(Role::Text))
        .replace(u"@muted"_s, hex(Role::MutedText))
        .replace(u"@window"_s, hex(Role::Window))
        .replace(u"@surface"_s, hex(Role::Surface))
        .replace(u"@border"_s, hex(Role::Border))
        .replace(u"@primaryhover"_s, hex(Role::PrimaryHover))
        .replace(u"@primary"_s, hex(Role::Primary))
        .replace(u"@onprimary"_s, hex(Role::OnPrimary))
        .replace(u"@focus"_s, hex(Role::Focus))
        .replace(u"@errorbg"_s, hex(Role::ErrorBackground))
        .replace(u"@error"_s, hex(Role::Error))
        .replace(u"@warnbg"_s, hex(Role::WarningBackground))
        .replace(u"@successbg"_s, hex(Role::SuccessBackground))
        .replace(u"@infobg"_s, hex(Role::InfoBackground));
    return css;
}

void setProperty(QWidget *widget, const char *name, const QString &value)
{
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}
} // namespace

void apply(QApplication &app, double fontScale)
{
    // Remember the platform's size so that applying the theme again does not scale twice.
    constexpr auto kBaseProperty = "pajapolkuBaseFontSize";
    QFont font = app.font();
    if (!app.property(kBaseProperty).isValid())
        app.setProperty(kBaseProperty, font.pointSizeF() > 0 ? font.pointSizeF() : 10.0);
    const double base = qMax(9.0, app.property(kBaseProperty).toDouble()) * fontScale;
    font.setPointSizeF(base);
    app.setFont(font);

    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, color(Role::Window));
    palette.setColor(QPalette::WindowText, color(Role::Text));
    palette.setColor(QPalette::Base, color(Role::Surface));
    palette.setColor(QPalette::AlternateBase, color(Role::Window));
    palette.setColor(QPalette::Text, color(Role::Text));
    palette.setColor(QPalette::Button, color(Role::Surface));
    palette.setColor(QPalette::ButtonText, color(Role::Primary));
    palette.setColor(QPalette::Highlight, color(Role::Primary));
    palette.setColor(QPalette::HighlightedText, color(Role::OnPrimary));
    palette.setColor(QPalette::Link, color(Role::Primary));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6B, 0x67, 0x5F));
    palette.setColor(QPalette::ToolTipBase, color(Role::Surface));
    palette.setColor(QPalette::ToolTipText, color(Role::Text));
    app.setPalette(palette);
    app.setStyleSheet(styleSheet(base));
}

void setTextStyle(QWidget *widget, const QString &style)
{
    setProperty(widget, "textStyle", style);
}

void setButtonRole(QWidget *widget, const QString &role)
{
    setProperty(widget, "buttonRole", role);
}

void setCard(QWidget *widget, const QString &tone)
{
    setProperty(widget, "card", tone.isEmpty() ? u"plain"_s : tone);
}

QScrollArea *makeScrollingPage(QWidget *page, QWidget *content)
{
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return scroll;
}

} // namespace theme
