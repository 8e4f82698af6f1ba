// The Pajapolku desktop client: parses the command line, picks the language (Finnish unless the
// user chose another), applies the look and opens the main window.

#include "client/core/ProfileManager.h"
#include "client/ui/LanguageManager.h"
#include "client/ui/MainWindow.h"
#include "client/ui/Theme.h"
#include "common/util/Crypto.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr auto kServerKey = "network/serverUrl";
const QString kDefaultServer = u"http://127.0.0.1:8080"_s;

struct Options
{
    QCommandLineOption server { u"server"_s, {}, u"url"_s };
    QCommandLineOption profileDir { u"profile-dir"_s, {}, u"dir"_s };
    QCommandLineOption lang { u"lang"_s, {}, u"code"_s };
};

// Option descriptions are translated, so the parser is built again once the language is known.
void describe(QCommandLineParser &parser, Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Pajapolku: tasks and coaching for workshop trainees."));
    options.server.setDescription(QCoreApplication::translate(
        "main", "Address of the Pajapolku server, e.g. https://pajapolku.example.fi"));
    options.server.setValueName(QCoreApplication::translate("main", "url"));
    options.profileDir.setDescription(
        QCoreApplication::translate("main", "Folder for the profiles kept on this computer."));
    options.profileDir.setValueName(QCoreApplication::translate("main", "folder"));
    options.lang.setDescription(
        QCoreApplication::translate("main", "Language of the user interface: fi, sv, en or se."));
    options.lang.setValueName(QCoreApplication::translate("main", "code"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ options.server, options.profileDir, options.lang });
}
} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work for IT staff on a machine without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if ((arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
            && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Pajapolku"_s);
    QCoreApplication::setApplicationName(u"Pajapolku"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAJAPOLKU_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Pajapolku"_s);
    QGuiApplication::setDesktopFileName(u"fi.pajapolku.Pajapolku"_s);

    if (!crypto::initialize()) {
        std::fputs("Pajapolku: the cryptography library could not be initialised.\n", stderr);
        return 1;
    }

    QSettings settings;
    LanguageManager language(&settings);
    {
        // First pass only to learn the language; errors are reported by the second pass.
        QCommandLineParser early;
        Options options;
        describe(early, options);
        early.parse(QCoreApplication::arguments());
        const QString requested = early.value(options.lang);
        if (!requested.isEmpty() && LanguageManager::codes().contains(requested))
            language.setLanguage(requested, LanguageManager::Remember::No);
        else
            language.setLanguage(language.storedCode(), LanguageManager::Remember::No);
    }

    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(app);
    const QString lang = parser.value(options.lang);
    if (!lang.isEmpty() && !LanguageManager::codes().contains(lang)) {
        std::fputs(qPrintable(QCoreApplication::translate("main",
                       "Unknown language \"%1\". Use fi, "
                       "sv, en or se.\n")
                                  .arg(lang)),
            stderr);
        return 2;
    }

    QString serverText = parser.value(options.server);
    if (serverText.isEmpty())
        serverText = settings.value(QLatin1StringView(kServerKey), kDefaultServer).toString();
    const QUrl serverUrl = QUrl::fromUserInput(serverText);
    if (!serverUrl.isValid()
        || (serverUrl.scheme() != u"http"_s && serverUrl.scheme() != u"https"_s)) {
        std::fputs(qPrintable(QCoreApplication::translate("main",
                       "The server address \"%1\" is not "
                       "valid.\n")
                                  .arg(serverText)),
            stderr);
        return 2;
    }

    QString profileDir = parser.value(options.profileDir);
    if (profileDir.isEmpty())
        profileDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + u"/profiles"_s;
    if (!QDir().mkpath(profileDir)) {
        std::fputs(qPrintable(QCoreApplication::translate("main",
                       "Cannot create the profile folder "
                       "\"%1\".\n")
                                  .arg(profileDir)),
            stderr);
        return 1;
    }

    theme::apply(app);
    ProfileManager profiles(profileDir);
    MainWindow window(&profiles, &language, serverUrl);
    QObject::connect(&window, &MainWindow::sessionStarted, &window, [&settings](const QUrl &url) {
        settings.setValue(QLatin1StringView(kServerKey), url.toString());
    });
    window.show();
    return app.exec();
}
