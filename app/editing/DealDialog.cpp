#include "editing/DealDialog.h"

#include "document/Document.h"
#include "editing/CompanyField.h"
#include "editing/Editor.h"
#include "editing/FieldEditors.h"
#include "format/Formatter.h"
#include "model/DealRelations.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>

namespace {
const QRegularExpression &idSeparators()
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return separators;
}

// Completes the last of a list of deal ids ("D059, D1" offers D100 to D107); the list shows each
// deal with its companies and date, and choosing one keeps the ids before it.
class DealIdCompleter : public QCompleter
{
public:
    DealIdCompleter(QAbstractItemModel *model, QLineEdit *edit)
        : QCompleter(model, edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setCompletionRole(Qt::UserRole);
        setFilterMode(Qt::MatchStartsWith);
    }

    QStringList splitPath(const QString &path) const override { return {path.mid(lastSeparator(path) + 1)}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString id = index.data(Qt::UserRole).toString();
        const QString text = m_edit->text();
        const qsizetype separator = lastSeparator(text);
        return separator < 0 ? id : text.left(separator + 1).trimmed() + u' ' + id;
    }

private:
    static qsizetype lastSeparator(const QString &text)
    {
        for (qsizetype i = text.size() - 1; i >= 0; --i) {
            if (text.at(i) == u',' || text.at(i) == u';' || text.at(i).isSpace())
                return i;
        }
        return -1;
    }

    QLineEdit *m_edit;
};
} // namespace

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
        for (DealRelation relation : enumValues<DealRelation>())
            relationEdit(relation)->setText(d->related(relation).join(QStringLiteral(", ")));
        m_noteEn->setPlainText(d->note.en);
        m_noteDe->setPlainText(d->note.de);
    } else {
        m_dealId.clear();
        setWindowTitle(tr("New Deal"));
        QPushButton *another = addAnotherButton(tr("Save and Add A&nother"),
            tr("Saves this deal and starts the next one from the same sources, with the same date"));
        connect(another, &QPushButton::clicked, this, &DealDialog::saveAndAddAnother);
    }
    validate();
}

bool DealDialog::saveAndAddAnother()
{
    if (!m_dealId.isEmpty())
        return false;
    const Deal saved = deal();
    if (!apply())
        return false;
    auto companyName = [this](const QString &id) {
        const Company *c = m_document->company(id);
        return c ? c->name : id;
    };
    setSavedNote(tr("%1 saved: %2 → %3. The next deal keeps the sources and the date.", "deal id, from, to")
                     .arg(saved.id, companyName(saved.from), companyName(saved.to)));
    m_from->setCompanyId(QString());
    m_to->setCompanyId(QString());
    m_amount->clear();
    m_capacity->clear();
    for (DealRelation relation : enumValues<DealRelation>())
        relationEdit(relation)->clear();
    m_noteEn->clear();
    m_noteDe->clear();
    m_sources->setRecentSources(recentSources());
    m_from->lineEdit()->setFocus();
    validate();
    return true;
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
    m_sources->setTiers(m_document->tiers());
    m_sources->setVisibleRows(2);
    m_sources->setRecentSources(recentSources());
    QWidget *relations = buildRelations();
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
    form()->addRow(tr("Relations:"), relations);
    addNoteRows(m_noteEn, m_noteDe);
    finishLayout(640);
    m_sources->chainTabOrder(m_capacity, m_supersedes);

    connect(m_from, &CompanyField::changed, this, &DealDialog::validate);
    connect(m_to, &CompanyField::changed, this, &DealDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DealDialog::validate);
    connect(m_date, &FuzzyDateEdit::changed, this, &DealDialog::validate);
    connect(m_amount, &AmountEdit::changed, this, &DealDialog::validate);
    connect(m_amountKind, &QComboBox::currentIndexChanged, this, &DealDialog::validate);
    connect(m_capacity, &QLineEdit::textChanged, this, &DealDialog::validate);
    connect(m_sources, &SourcesEdit::changed, this, &DealDialog::validate);
    for (DealRelation relation : enumValues<DealRelation>())
        connect(relationEdit(relation), &QLineEdit::textChanged, this, &DealDialog::validate);
    connect(m_noteEn, &QPlainTextEdit::textChanged, this, &DealDialog::validate);
    connect(m_noteDe, &QPlainTextEdit::textChanged, this, &DealDialog::validate);
}

QWidget *DealDialog::buildRelations()
{
    // The document's other deals, to complete ids over: "D059  Nvidia → OpenAI, September 2025".
    auto *deals = new QStandardItemModel(this);
    QList<const Deal *> others = m_document->graph().deals();
    std::sort(others.begin(), others.end(), [](const Deal *a, const Deal *b) { return naturalIdLess(a->id, b->id); });
    const Formatter format(languageForLocale(QLocale()));
    auto companyName = [this](const QString &id) {
        const Company *c = m_document->company(id);
        return c ? c->name : id;
    };
    for (const Deal *d : std::as_const(others)) {
        if (d->id == m_dealId)
            continue;
        auto *item = new QStandardItem(tr("%1  %2 → %3, %4", "deal id, from, to, date")
                                           .arg(d->id, companyName(d->from), companyName(d->to), format.date(d->date)));
        item->setData(d->id, Qt::UserRole);
        deals->appendRow(item);
    }

    auto *widget = new QWidget;
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        QLineEdit **edit;
        const char *objectName;
        QString label;
        QString toolTip;
    } fields[] = {
        {&m_supersedes, "supersedesEdit", tr("Su&persedes:"),
            tr("The deals this one replaces (their money is no longer counted where this deal is)")},
        {&m_partOf, "partOfEdit", tr("Pa&rt of:"), tr("The deals whose money includes this deal's")},
        {&m_overlaps, "overlapsEdit", tr("&May overlap:"),
            tr("The deals whose money may include this deal's; the split is not known")},
    };
    for (const auto &field : fields) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(field.objectName));
        edit->setPlaceholderText(tr("deal ids"));
        edit->setToolTip(field.toolTip);
        edit->setProperty("hint", field.toolTip); // the tool tip while the field is valid
        edit->setCompleter(new DealIdCompleter(deals, edit));
        auto *label = new QLabel(field.label);
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit, 1);
        *field.edit = edit;
    }
    return widget;
}

QLineEdit *DealDialog::relationEdit(DealRelation relation) const
{
    switch (relation) {
    case DealRelation::Supersedes: return m_supersedes;
    case DealRelation::PartOf: return m_partOf;
    case DealRelation::Overlaps: return m_overlaps;
    }
    return m_supersedes;
}

QStringList DealDialog::relationIds(DealRelation relation) const
{
    // Ids as typed, spelled as the document spells them ("d059" is D059).
    QStringList ids;
    for (const QString &typed : relationEdit(relation)->text().split(idSeparators(), Qt::SkipEmptyParts)) {
        const Deal *known = m_document->deal(typed);
        if (!known) {
            for (const Deal *d : m_document->graph().deals()) {
                if (d->id.compare(typed, Qt::CaseInsensitive) == 0) {
                    known = d;
                    break;
                }
            }
        }
        ids << (known ? known->id : typed);
    }
    return ids;
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
    for (DealRelation relation : enumValues<DealRelation>())
        d.related(relation) = relationIds(relation);
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
    error(tr("Date"), m_date->problem());
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
    // Relations: to known deals other than this one, without circles, a part not above its whole.
    {
        QHash<QString, const Deal *> byId;
        for (const Deal *other : m_document->graph().deals()) {
            if (other->id != m_dealId)
                byId.insert(other->id, other);
        }
        const Deal d = deal();
        QMap<DealRelation, QStringList> problems;
        for (const DealRelations::RelationProblem &p : DealRelations::problemsOf(d, byId))
            problems[p.relation] << p.message;
        const QMap<DealRelation, QString> labels {{DealRelation::Supersedes, tr("Supersedes")},
            {DealRelation::PartOf, tr("Part of")}, {DealRelation::Overlaps, tr("May overlap")}};
        for (DealRelation relation : enumValues<DealRelation>()) {
            const QStringList reasons = problems.value(relation);
            markField(relationEdit(relation), reasons.join(u'\n'), relationEdit(relation)->property("hint").toString());
            for (const QString &reason : reasons)
                error(labels.value(relation), reason);
        }
    }

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
