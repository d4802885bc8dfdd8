#include "editing/DealDialog.h"

#include "document/Document.h"
#include "editing/CompanyField.h"
#include "editing/Editor.h"
#include "editing/FieldEditors.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

DealDialog::DealDialog(Editor *editor, QWidget *parent)
    : DealDialog(editor, QString(), parent)
{
}

DealDialog::DealDialog(Editor *editor, const QString &dealId, QWidget *parent)
    : EntityDialog(editor, QStringLiteral("DealDialog"), parent)
    , m_dealId(dealId)
{
    build();
    if (const Deal *d = m_document->deal(dealId)) {
        setWindowTitle(tr("Edit Deal"));
        m_from->setCompanyId(d->from);
        m_to->setCompanyId(d->to);
        setEnumCombo(m_kind, d->kind);
        m_date->setValue(d->date);
        m_amount->setValue(d->amount);
        setEnumCombo(m_amountKind, d->amountKind);
        if (d->capacityMw) {
            QString gw = Decimal::format(*d->capacityMw, 3);
            if (languageForLocale(QLocale()) == Language::German)
                gw.replace(u'.', u',');
            m_capacity->setText(gw);
        }
        m_sources->setSources(d->sources);
        m_noteEn->setPlainText(d->note.en);
        m_noteDe->setPlainText(d->note.de);
    } else {
        m_dealId.clear();
        setWindowTitle(tr("New Deal"));
    }
    validate();
}

void DealDialog::build()
{
    m_from = new CompanyField(m_document);
    m_from->setObjectName(QStringLiteral("fromField"));
    m_from->lineEdit()->setObjectName(QStringLiteral("fromEdit"));
    m_to = new CompanyField(m_document);
    m_to->setObjectName(QStringLiteral("toField"));
    m_to->lineEdit()->setObjectName(QStringLiteral("toEdit"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    fillEnumCombo<DealKind>(m_kind);
    m_date = new FuzzyDateEdit;
    m_amount = new AmountEdit(true);
    m_amountKind = new QComboBox;
    m_amountKind->setObjectName(QStringLiteral("amountKindCombo"));
    fillEnumCombo<AmountKind>(m_amountKind);
    setEnumCombo(m_amountKind, AmountKind::Reported);
    m_capacity = new QLineEdit;
    m_capacity->setObjectName(QStringLiteral("capacityEdit"));
    m_capacity->setPlaceholderText(tr("optional"));
    m_sources = new SourcesEdit;
    m_noteEn = new QPlainTextEdit;
    m_noteDe = new QPlainTextEdit;

    form()->addRow(tr("&From (pays, invests or sells):"), m_from);
    form()->addRow(tr("&To (receives):"), m_to);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("&Amount:"), m_amount);
    form()->addRow(tr("Amount &is:"), m_amountKind);
    form()->addRow(tr("&Capacity (GW):"), m_capacity);
    form()->addRow(tr("&Sources:"), m_sources);
    addNoteRows(m_noteEn, m_noteDe);
    finishLayout(640);

    connect(m_from, &CompanyField::changed, this, &DealDialog::validate);
    connect(m_to, &CompanyField::changed, this, &DealDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DealDialog::validate);
    connect(m_date, &FuzzyDateEdit::changed, this, &DealDialog::validate);
    connect(m_amount, &AmountEdit::changed, this, &DealDialog::validate);
    connect(m_amountKind, &QComboBox::currentIndexChanged, this, &DealDialog::validate);
    connect(m_capacity, &QLineEdit::textChanged, this, &DealDialog::validate);
    connect(m_sources, &SourcesEdit::changed, this, &DealDialog::validate);
    connect(m_noteEn, &QPlainTextEdit::textChanged, this, &DealDialog::validate);
    connect(m_noteDe, &QPlainTextEdit::textChanged, this, &DealDialog::validate);
}

namespace {
std::optional<qint64> parseCapacity(const QString &text)
{
    QString plain = text.trimmed();
    if (languageForLocale(QLocale()) == Language::German)
        plain.replace(u',', u'.');
    return Decimal::parse(plain, 3); // megawatts
}
} // namespace

Deal DealDialog::deal() const
{
    Deal d;
    d.id = m_dealId.isEmpty() ? m_document->nextDealId() : m_dealId;
    d.from = m_from->companyId();
    d.to = m_to->companyId();
    d.kind = enumFromCombo<DealKind>(m_kind);
    d.date = m_date->value();
    d.amount = m_amount->isUndisclosed() ? std::nullopt : m_amount->result().money;
    d.amountKind = enumFromCombo<AmountKind>(m_amountKind);
    if (!m_capacity->text().trimmed().isEmpty())
        d.capacityMw = parseCapacity(m_capacity->text());
    d.sources = m_sources->sources();
    d.note = {m_noteEn->toPlainText().trimmed(), m_noteDe->toPlainText().trimmed()};
    return d;
}

QList<Company> DealDialog::newCompanies() const
{
    QList<Company> result;
    if (auto c = m_from->newCompany())
        result << *c;
    if (auto c = m_to->newCompany(); c && (result.isEmpty() || result.first().id != c->id))
        result << *c;
    return result;
}

void DealDialog::validate()
{
    m_errors.clear();
    m_warnings.clear();
    auto error = [this](const QString &field, const QString &reason) {
        if (!reason.isEmpty())
            m_errors << tr("%1: %2").arg(field, reason);
    };
    error(tr("From"), m_from->problem());
    error(tr("To"), m_to->problem());
    const AmountParser::Result amount = m_amount->result();
    if (!m_amount->isUndisclosed())
        error(tr("Amount"), amount.error);
    QString capacityProblem;
    if (!m_capacity->text().trimmed().isEmpty() && !parseCapacity(m_capacity->text()))
        capacityProblem = tr("write the gigawatts as a plain number such as %1, or leave it empty.")
                              .arg(languageForLocale(QLocale()) == Language::German ? QStringLiteral("1,5")
                                                                                    : QStringLiteral("1.5"));
    markField(m_capacity, capacityProblem);
    error(tr("Capacity"), capacityProblem);
    for (const QString &reason : m_sources->validate())
        error(tr("Sources"), reason);

    if (m_errors.isEmpty()) {
        const Deal d = deal();
        if (d.from == d.to)
            m_warnings << tr("The deal goes from a company to itself.");
        if (d.date.periodStart() > QDate::currentDate().addYears(1))
            m_warnings << tr("The date is more than a year in the future.");
        for (const Deal *other : m_document->graph().deals()) {
            Deal same = *other;
            same.id = d.id;
            if (other->id != m_dealId && same == d) {
                m_warnings << tr("This is an exact duplicate of an existing deal.");
                break;
            }
        }
    }
    showMessages(m_warnings);
}

bool DealDialog::apply()
{
    validate();
    if (!m_errors.isEmpty())
        return false;
    if (m_dealId.isEmpty())
        return m_editor->addDealWithCompanies(deal(), newCompanies());
    // Editing may also name a new company: add it first, then change the deal, as one step.
    const QList<Company> fresh = newCompanies();
    if (fresh.isEmpty())
        return m_editor->updateDeal(deal());
    return m_editor->updateDealWithCompanies(deal(), fresh);
}

void DealDialog::accept()
{
    if (apply())
        QDialog::accept();
}
