#pragma once
// Chooses the user interface language (Finnish by default, then Swedish, English, Northern Sámi)
// and installs the matching translators at run time. Sámi texts that are not translated yet fall
// back to Finnish, which every Sámi speaker in Finland reads, never to English.

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QSettings;
class QTranslator;

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    // `settings` (may be null) remembers the user's choice between runs.
    explicit LanguageManager(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList codes(); // "fi", "sv", "en", "se" in menu order
    static QString defaultCode() { return QStringLiteral("fi"); }
    // The language's name in that language ("Suomi", "Svenska", ...), never translated.
    static QString nativeName(const QString &code);
    // The stored choice, or Finnish.
    QString storedCode() const;

    QString code() const { return m_code; }
    enum class Remember { Yes, No };
    // Installs the translators for `code`; unknown codes fall back to Finnish.
    void setLanguage(const QString &code, Remember remember = Remember::Yes);

signals:
    void languageChanged(const QString &code);

private:
    void installTranslator(const QString &fileName, const QString &directory);

    QSettings *m_settings;
    QString m_code;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};
