#pragma once

#include <QList>
#include <QLocale>
#include <QObject>

#include <memory>
#include <optional>

class QTranslator;

enum class Language { German, English };

// German for de* locales, English otherwise.
Language languageForLocale(const QLocale &locale);
std::optional<Language> languageFromCode(QStringView code); // "de" or "en"
QString languageCode(Language language);
QLocale localeFor(Language language);

// The program's and Qt's own translations for one language, installed on the application.
// Switching replaces them; widgets then receive QEvent::LanguageChange.
class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Installs the translators for the language and makes its locale the default.
    void apply(Language language);
    Language current() const { return m_current; }

private:
    void removeAll();

    Language m_current = Language::English;
    QList<QTranslator *> m_installed;
};
