#pragma once

#include "model/Entities.h"

#include "editing/EntityDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// Enters a new company or edits one: a unique name, kind, country (ISO 3166 alpha-2), notes.
class CompanyDialog : public EntityDialog
{
    Q_OBJECT
public:
    // companyId empty: a new company.
    CompanyDialog(Editor *editor, const QString &companyId = QString(), QWidget *parent = nullptr);

    Company company() const;
    bool apply();
    void accept() override;

private:
    void validate();

    QString m_companyId;
    std::optional<QPointF> m_position;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_country;
    QPlainTextEdit *m_noteEn;
    QPlainTextEdit *m_noteDe;
};
