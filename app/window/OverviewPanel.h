#pragma once

#include <QTextBrowser>

class Document;

// The document at a glance: its title, what it holds and how far its data reaches, totals by deal
// kind (amounts of different certainty kept apart, each dollar counted once) and the largest
// deals. Follows every change of the document.
class OverviewPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit OverviewPanel(Document *document, QWidget *parent = nullptr);
    void retranslate() { refresh(); }

private:
    void refresh();
    Document *m_document;
};
