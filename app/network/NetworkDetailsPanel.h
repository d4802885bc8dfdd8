#pragma once

#include "i18n/Language.h"

#include <QTextBrowser>

class Document;

// Facts about the selection: for a company its deals out and in with sums by kind (firm, up-to
// and estimated amounts kept apart), for a deal every field and its sources as links. Company and
// deal names are links that select them.
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
