#include "editing/ValuationDialog.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "editing/FieldEditors.h"

#include <QFormLayout>
#include <QPushButton>

ValuationDialog::ValuationDialog(Editor *editor, const QString &valuationId, const QString &companyId, QWidget *parent)
    : EntityDialog(editor, QStringLiteral("ValuationDialog"), parent)
    , m_company(new QComboBox)
    , m_date(new FuzzyDateEdit)
    , m_value(new AmountEdit(false))
    , m_kind(new QComboBox)
    , m_sources(new SourcesEdit)
{
    m_company->setObjectName(QStringLiteral("companyCombo"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    QList<const Company *> companies = m_document->graph().companies();
    std::sort(companies.begin(), companies.end(),
        [](const Company *a, const Company *b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
    for (const Company *c : companies)
        m_company->addItem(c->name, c->id);
    fillEnumCombo<ValuationKind>(m_kind);
    m_sources->setTiers(m_document->tiers());
    m_sources->setVisibleRows(4);
    m_sources->setRecentSources(recentSources());
    form()->addRow(tr("&Company:"), m_company);
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("&Value:"), m_value);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Sources:"), m_sources);
    finishLayout(600);
    m_sources->chainTabOrder(m_kind, nullptr);

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
        QPushButton *another = addAnotherButton(tr("Save and Add A&nother"),
            tr("Saves this valuation and starts the next one from the same sources, with the same date"));
        connect(another, &QPushButton::clicked, this, &ValuationDialog::saveAndAddAnother);
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
    if (const QString why = m_date->problem(); !why.isEmpty())
        m_errors << tr("Date: %1").arg(why);
    const AmountParser::Result value = m_value->result();
    if (!value.ok())
        m_errors << tr("Value: %1").arg(value.error);
    for (const QString &reason : m_sources->validate())
        m_errors << tr("Sources: %1").arg(reason);
    showMessages({}, m_company->count() > 0);
}

bool ValuationDialog::apply()
{
    validate();
    if (!m_errors.isEmpty())
        return false;
    return m_valuationId.isEmpty() ? m_editor->addValuation(valuation()) : m_editor->updateValuation(valuation());
}

bool ValuationDialog::saveAndAddAnother()
{
    if (!m_valuationId.isEmpty())
        return false;
    if (!apply())
        return false;
    setSavedNote(
        tr("Valuation of %1 saved. The next one keeps the sources and the date.").arg(m_company->currentText()));
    m_value->clear();
    m_sources->setRecentSources(recentSources());
    m_company->setFocus();
    validate();
    return true;
}

void ValuationDialog::accept()
{
    if (apply())
        QDialog::accept();
}
