#pragma once

#include "i18n/Language.h"

#include <QTextBrowser>

class Document;

// Facts about the selection: for a company its deals out and in with sums by kind (firm, up-to
// and estimated amounts kept apart, each dollar once: a deal another deal of the list supersedes
// or contains is listed with the reason but not added), for a deal every field, its relations to
// other deals and its sources as links with their publisher, tier and what each reports. Figures
// their sources disagree about are marked "⚠". Company and deal names are links that select them.
class NetworkDetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit NetworkDetailsPanel(const Document *document, QWidget *parent = nullptr);

    void setLanguage(Language language);

public Q_SLOTS:
    void showCompany(const QString &id);
    void showDeal(const QString &id);
    void refresh();

Q_SIGNALS:
    void companyActivated(const QString &id);
    void dealActivated(const QString &id);

private:
    QString companyHtml(const QString &id) const;
    QString dealHtml(const QString &id) const;

    const Document *m_document;
    Language m_language = Language::English;
    QString m_company;
    QString m_deal;
};
