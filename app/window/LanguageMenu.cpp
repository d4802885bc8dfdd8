#include "window/LanguageMenu.h"

#include "window/CapflowSettings.h"

#include <QActionGroup>
#include <QEvent>

namespace {
const QString kSettingsKey = QStringLiteral("language");

std::optional<Language> savedLanguage()
{
    return languageFromCode(CapflowSettings().value(kSettingsKey).toString());
}
} // namespace

LanguageMenu::LanguageMenu(Translations *translations, QWidget *parent)
    : QMenu(parent)
    , m_translations(translations)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_system = addAction(QString());
    addSeparator();
    // Language names are written in their own language, as users look for them that way.
    m_german = addAction(QStringLiteral("Deutsch"));
    m_english = addAction(QStringLiteral("English"));
    const QList<std::pair<QAction *, QString>> choices {
        {m_system, QStringLiteral("system")}, {m_german, QStringLiteral("de")}, {m_english, QStringLiteral("en")}};
    const QString saved = CapflowSettings().value(kSettingsKey, QStringLiteral("system")).toString();
    for (const auto &entry : choices) {
        // Plain variables, not a structured binding: clang 14 does not capture bindings in lambdas.
        QAction *const action = entry.first;
        const QString choice = entry.second;
        action->setCheckable(true);
        action->setData(choice);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { choose(choice); });
    }
    const bool savedIsCurrent = languageFromCode(saved) == m_translations->current();
    (savedIsCurrent ? (saved == QStringLiteral("de") ? m_german : m_english)
                    : (m_translations->current() == Language::German ? m_german : m_english))
        ->setChecked(true);
    if (saved == QStringLiteral("system") && languageForLocale(QLocale::system()) == m_translations->current())
        m_system->setChecked(true);
    retranslate();
}

Language LanguageMenu::startupLanguage(std::optional<Language> commandLine)
{
    if (commandLine)
        return *commandLine;
    return savedLanguage().value_or(languageForLocale(QLocale::system()));
}

void LanguageMenu::choose(const QString &choice)
{
    CapflowSettings().setValue(kSettingsKey, choice);
    const Language language = languageFromCode(choice).value_or(languageForLocale(QLocale::system()));
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == choice);
    if (language != m_translations->current())
        m_translations->apply(language);
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("System language"));
}
