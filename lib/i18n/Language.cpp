#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::German ? Language::German : Language::English;
}

std::optional<Language> languageFromCode(QStringView code)
{
    if (code == u"de")
        return Language::German;
    if (code == u"en")
        return Language::English;
    return std::nullopt;
}

QString languageCode(Language language)
{
    return language == Language::German ? QStringLiteral("de") : QStringLiteral("en");
}

QLocale localeFor(Language language)
{
    return language == Language::German ? QLocale(QLocale::German, QLocale::Germany)
                                        : QLocale(QLocale::English, QLocale::UnitedStates);
}

Translations::Translations() = default;

Translations::~Translations()
{
    removeAll();
}

void Translations::removeAll()
{
    for (QTranslator *t : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_installed.clear();
}

void Translations::apply(Language language)
{
    removeAll();
    m_current = language;
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    const QString code = languageCode(language);
    auto install = [this](const QString &file, const QString &dir) {
        auto *translator = new QTranslator;
        if (translator->load(file, dir) && QCoreApplication::installTranslator(translator))
            m_installed << translator;
        else
            delete translator;
    };
    install(QStringLiteral("capflow_") + code, QStringLiteral(":/i18n"));
    if (language == Language::German)
        install(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}
