#pragma once

#include <QDialog>

class Document;
class Editor;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

// The frame the deal, company and valuation dialogs share: a form of fields, the messages under it
// (errors in red, warnings in amber), OK and Cancel. OK is enabled only while there are no errors.
class EntityDialog : public QDialog
{
    Q_OBJECT
public:
    // Why OK is disabled; empty when the input is valid.
    QStringList errors() const { return m_errors; }

protected:
    EntityDialog(Editor *editor, const QString &objectName, QWidget *parent);

    QFormLayout *form() const { return m_form; }
    // Adds the English and German note fields as rows of the form (Tab leaves them).
    void addNoteRows(QPlainTextEdit *english, QPlainTextEdit *german);
    // Puts form, messages and buttons into the dialog; call once the form has its rows.
    void finishLayout(int minimumWidth);
    // Shows m_errors and the warnings; OK is enabled when there are no errors and okAllowed.
    void showMessages(const QStringList &warnings = {}, bool okAllowed = true);

    Editor *m_editor;
    Document *m_document;
    QStringList m_errors;

private:
    QFormLayout *m_form;
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
};
