#include "editing/CompanyDialog.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "editing/FieldEditors.h"
#include "editing/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CompanyDialog::CompanyDialog(Editor *editor, const QString &companyId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_document(editor->document())
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_country(new QLineEdit)
    , m_noteEn(new QPlainTextEdit)
    , m_noteDe(new QPlainTextEdit)
    , m_messages(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("CompanyDialog"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("e.g. US"));
    m_noteEn->setObjectName(QStringLiteral("noteEnEdit"));
    m_noteDe->setObjectName(QStringLiteral("noteDeEdit"));
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setWordWrap(true);
    m_messages->setStyleSheet(QStringLiteral("color: #c0392b;"));
    fillEnumCombo<CompanyKind>(m_kind);
    setEnumCombo(m_kind, CompanyKind::Other);
    for (QPlainTextEdit *note : {m_noteEn, m_noteDe}) {
        note->setTabChangesFocus(true);
        note->setFixedHeight(fontMetrics().lineSpacing() * 4);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Country (ISO code):"), m_country);
    form->addRow(tr("Note (&English):"), m_noteEn);
    form->addRow(tr("Note (&German):"), m_noteDe);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

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
    m_messages->setText(m_errors.join(u'\n'));
    m_messages->setVisible(!m_errors.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errors.isEmpty());
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
