#include "editing/ValuationDialog.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "editing/FieldEditors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ValuationDialog::ValuationDialog(Editor *editor, const QString &valuationId, const QString &companyId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_document(editor->document())
    , m_company(new QComboBox)
    , m_date(new FuzzyDateEdit)
    , m_value(new AmountEdit(false))
    , m_kind(new QComboBox)
    , m_sources(new SourcesEdit)
    , m_messages(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("ValuationDialog"));
    m_company->setObjectName(QStringLiteral("companyCombo"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setWordWrap(true);
    m_messages->setStyleSheet(QStringLiteral("color: #c0392b;"));
    QList<const Company *> companies = m_document->graph().companies();
    std::sort(companies.begin(), companies.end(),
        [](const Company *a, const Company *b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
    for (const Company *c : companies)
        m_company->addItem(c->name, c->id);
    fillEnumCombo<ValuationKind>(m_kind);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Sources:"), m_sources);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (const Valuation *v = m_document->valuation(valuationId)) {
        m_valuationId = v->id;
        m_company->setCurrentIndex(m_company->findData(v->company));
        m_date->setValue(v->date);
        m_value->setValue(v->value);
        setEnumCombo(m_kind, v->kind);
        m_sources->setSources(v->sources);
        setWindowTitle(tr("Edit Valuation"));
    } else {
        if (!companyId.isEmpty())
            m_company->setCurrentIndex(m_company->findData(companyId));
        setWindowTitle(tr("New Valuation"));
    }
    connect(m_date, &FuzzyDateEdit::changed, this, &ValuationDialog::validate);
    connect(m_value, &AmountEdit::changed, this, &ValuationDialog::validate);
    connect(m_sources, &SourcesEdit::changed, this, &ValuationDialog::validate);
    validate();
}

Valuation ValuationDialog::valuation() const
{
    Valuation v;
    v.id = m_valuationId.isEmpty() ? m_document->nextValuationId() : m_valuationId;
    v.company = m_company->currentData().toString();
    v.date = m_date->value();
    v.value = m_value->result().money.value_or(Money());
    v.kind = enumFromCombo<ValuationKind>(m_kind);
    v.sources = m_sources->sources();
    return v;
}

void ValuationDialog::validate()
{
    m_errors.clear();
    const AmountParser::Result value = m_value->result();
    if (!value.ok())
        m_errors << tr("Value: %1").arg(value.error);
    for (const QString &reason : m_sources->validate())
        m_errors << tr("Sources: %1").arg(reason);
    m_messages->setText(m_errors.join(u'\n'));
    m_messages->setVisible(!m_errors.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errors.isEmpty() && m_company->count() > 0);
}

bool ValuationDialog::apply()
{
    validate();
    if (!m_errors.isEmpty())
        return false;
    return m_valuationId.isEmpty() ? m_editor->addValuation(valuation()) : m_editor->updateValuation(valuation());
}

void ValuationDialog::accept()
{
    if (apply())
        QDialog::accept();
}
