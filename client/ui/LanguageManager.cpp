#include "client/ui/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUiLanguage, "client.ui.language", QtInfoMsg)

namespace {
constexpr auto kSettingsKey = "ui/language";

QLocale localeFor(const QString &code)
{
    if (code == u"sv"_s)
        return QLocale(QLocale::Swedish, QLocale::Finland);
    if (code == u"en"_s)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (code == u"se"_s)
        return QLocale(QLocale::NorthernSami, QLocale::Finland);
    return QLocale(QLocale::Finnish, QLocale::Finland);
}
} // namespace

LanguageManager::LanguageManager(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

LanguageManager::~LanguageManager()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

QStringList LanguageManager::codes()
{
    return { u"fi"_s, u"sv"_s, u"en"_s, u"se"_s };
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == u"fi"_s)
        return u"Suomi"_s;
    if (code == u"sv"_s)
        return u"Svenska"_s;
    if (code == u"en"_s)
        return u"English"_s;
    if (code == u"se"_s)
        return u"Davvisámegiella"_s;
    return code;
}

QString LanguageManager::storedCode() const
{
    const QString stored
        = m_settings ? m_settings->value(QLatin1StringView(kSettingsKey)).toString() : QString();
    return codes().contains(stored) ? stored : defaultCode();
}

void LanguageManager::setLanguage(const QString &requested, Remember remember)
{
    const QString code = codes().contains(requested) ? requested : defaultCode();
    if (remember == Remember::Yes && m_settings)
        m_settings->setValue(QLatin1StringView(kSettingsKey), code);
    if (code == m_code)
        return;

    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();

    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // Translators installed later are asked first, so the fallback language goes in first.
    if (code == u"se"_s) {
        installTranslator(u"qtbase_fi"_s, qtDir);
        installTranslator(u"pajapolku_fi"_s, u":/i18n"_s);
    } else {
        installTranslator(u"qtbase_"_s + code, qtDir);
    }
    installTranslator(u"pajapolku_"_s + code, u":/i18n"_s);

    m_code = code;
    QLocale::setDefault(localeFor(code));
    emit languageChanged(code);
}

void LanguageManager::installTranslator(const QString &fileName, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName, directory)) {
        qCDebug(lcUiLanguage) << "no translation" << fileName << "in" << directory;
        return;
    }
    QCoreApplication::installTranslator(translator.get());
    m_translators.push_back(std::move(translator));
}
