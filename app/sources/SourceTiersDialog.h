#pragma once

#include <QDialog>

class Editor;
class QLineEdit;
class QTableWidget;

// How far the publishers of this document's sources can be trusted. One row per publisher domain
// the document's deals and valuations cite (and per domain the document has rated), with how many
// figures cite it and its tier: as the built-in table rates it, or as the user rates it for this
// document. OK replaces the document's ratings as one undo step; a source's own rating (set in the
// deal or valuation dialog) still wins over both.
class SourceTiersDialog : public QDialog
{
    Q_OBJECT
public:
    SourceTiersDialog(Editor *editor, QWidget *parent = nullptr);

    // For tests: the row of a domain, or -1, and its tier choice (0 = built in, else 1 + SourceTier).
    int rowOf(const QString &domain) const;
    void setChoice(int row, int choice);

    void accept() override;

private:
    void filter(const QString &text);

    Editor *m_editor;
    QLineEdit *m_search;
    QTableWidget *m_table;
};
