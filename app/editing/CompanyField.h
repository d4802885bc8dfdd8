#pragma once

#include "model/Entities.h"

#include <QWidget>

class Document;
class QCheckBox;
class QComboBox;
class QLineEdit;

// A company typed by name, completed over the document's companies (contains-match, any case).
// A name that is not known can be created right there: a check box and a kind appear.
class CompanyField : public QWidget
{
    Q_OBJECT
public:
    explicit CompanyField(Document *document, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_name; }
    QCheckBox *createBox() const { return m_create; }
    QComboBox *kindCombo() const { return m_kind; }
    void setCompanyId(const QString &id);
    // The id of the named company: an existing one, or the one to be created (empty if neither).
    QString companyId() const;
    // The company to create, when the name is new and creating it was chosen.
    std::optional<Company> newCompany() const;
    // Why the field is not usable, empty when it is.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void update();

    Document *m_document;
    QLineEdit *m_name;
    QCheckBox *m_create;
    QComboBox *m_kind;
};
