#pragma once

#include <QDialog>

class Document;
class Editor;
class QDialogButtonBox;
class QPushButton;
class QScrollArea;
struct Source;
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
    // Shows m_errors and the warnings, then the confirmation of what was last saved; OK (and
    // "Save and Add Another") is enabled when there are no errors and okAllowed.
    void showMessages(const QStringList &warnings = {}, bool okAllowed = true);
    // A button beside OK that saves and keeps the dialog open for the next entry.
    QPushButton *addAnotherButton(const QString &text, const QString &toolTip);
    // Shown under the messages until the next edit: "D141 saved."
    void setSavedNote(const QString &note) { m_savedNote = note; }
    // The sources the document cites, most recently entered first, for the source fields to offer.
    QList<Source> recentSources() const;
    QPushButton *okButton() const;

    Editor *m_editor;
    Document *m_document;
    QStringList m_errors;

private:
    QFormLayout *m_form;
    QLabel *m_messages;
    QScrollArea *m_messagesArea;
    QDialogButtonBox *m_buttons;
    QPushButton *m_addAnother = nullptr;
    QString m_savedNote;
};
