#pragma once

#include "model/Entities.h"

#include <QDialog>

class Document;
class Editor;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Enters a new company or edits one: a unique name, kind, country (ISO 3166 alpha-2), notes.
class CompanyDialog : public QDialog
{
    Q_OBJECT
public:
    // companyId empty: a new company.
    CompanyDialog(Editor *editor, const QString &companyId = QString(), QWidget *parent = nullptr);

    Company company() const;
    QStringList errors() const { return m_errors; }
    bool apply();
    void accept() override;

private:
    void validate();

    Editor *m_editor;
    Document *m_document;
    QString m_companyId;
    std::optional<QPointF> m_position;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_country;
    QPlainTextEdit *m_noteEn;
    QPlainTextEdit *m_noteDe;
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
    QStringList m_errors;
};
