#pragma once

#include <QDialog>

class Editor;
class QLabel;
class QTableWidget;

// The document's company aliases: other names a company goes by in files to import ("Google"
// for "Alphabet (Google)"). Each row is a name and the document's company it stands for; the
// built-in aliases are listed under the table. OK replaces the document's aliases as one undo step.
class AliasesDialog : public QDialog
{
    Q_OBJECT
public:
    AliasesDialog(Editor *editor, QWidget *parent = nullptr);

    // For tests: add a row, or change one.
    void addAlias(const QString &alias, const QString &companyName);
    QString problem() const; // why OK is refused; empty when the list can be taken

    void accept() override;

private:
    void removeSelected();
    void check();

    Editor *m_editor;
    QTableWidget *m_table;
    QLabel *m_message;
};
