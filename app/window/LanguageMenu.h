#pragma once

#include "i18n/Language.h"

#include <QMenu>

class QActionGroup;

// Language > System / Deutsch / English: switches the running program at once (every widget gets
// QEvent::LanguageChange) and remembers the choice for the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    LanguageMenu(Translations *translations, QWidget *parent = nullptr);

    // The language to start in: --lang wins for one run, then the saved choice, then the system's.
    static Language startupLanguage(std::optional<Language> commandLine);
    // Applies a choice ("system", "de", "en") and saves it.
    void choose(const QString &choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Translations *m_translations;
    QActionGroup *m_group;
    QAction *m_system;
    QAction *m_german;
    QAction *m_english;
};
