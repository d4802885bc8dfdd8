#include "editing/CompanyDialog.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "editing/FieldEditors.h"
#include "editing/Validation.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

CompanyDialog::CompanyDialog(Editor *editor, const QString &companyId, QWidget *parent)
    : EntityDialog(editor, QStringLiteral("CompanyDialog"), parent)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_country(new QLineEdit)
    , m_noteEn(new QPlainTextEdit)
    , m_noteDe(new QPlainTextEdit)
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("e.g. US"));
    fillEnumCombo<CompanyKind>(m_kind);
    setEnumCombo(m_kind, CompanyKind::Other);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Country (ISO code):"), m_country);
    addNoteRows(m_noteEn, m_noteDe);
    finishLayout(480);

    if (const Company *c = m_document->company(companyId)) {
        m_companyId = c->id;
        m_position = c->position;
        m_name->setText(c->name);
        setEnumCombo(m_kind, c->kind);
        m_country->setText(c->country);
        m_noteEn->setPlainText(c->note.en);
        m_noteDe->setPlainText(c->note.de);
        setWindowTitle(tr("Edit Company"));
    } else {
        setWindowTitle(tr("New Company"));
    }
    connect(m_name, &QLineEdit::textChanged, this, &CompanyDialog::validate);
    connect(m_country, &QLineEdit::textChanged, this, [this] {
        const int pos = m_country->cursorPosition();
        m_country->setText(m_country->text().toUpper());
        m_country->setCursorPosition(pos);
        validate();
    });
    validate();
}

Company CompanyDialog::company() const
{
    Company c;
    c.id = m_companyId.isEmpty() ? m_document->companyIdFor(m_name->text().trimmed()) : m_companyId;
    c.name = m_name->text().trimmed();
    c.kind = enumFromCombo<CompanyKind>(m_kind);
    c.country = m_country->text().trimmed();
    c.note = {m_noteEn->toPlainText().trimmed(), m_noteDe->toPlainText().trimmed()};
    c.position = m_position;
    return c;
}

void CompanyDialog::validate()
{
    m_errors.clear();
    const QString name = m_name->text().trimmed();
    const QString nameProblem = Validation::companyNameProblem(*m_document, name, m_companyId);
    markField(m_name, nameProblem);
    const QString country = Validation::countryProblem(m_country->text().trimmed());
    markField(m_country, country);
    for (const QString &p : {nameProblem, country}) {
        if (!p.isEmpty())
            m_errors << p;
    }
    showMessages();
}

bool CompanyDialog::apply()
{
    validate();
    if (!m_errors.isEmpty())
        return false;
    return m_companyId.isEmpty() ? m_editor->addCompany(company()) : m_editor->updateCompany(company());
}

void CompanyDialog::accept()
{
    if (apply())
        QDialog::accept();
}
