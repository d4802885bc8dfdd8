#include "itemmodels/CompanyTableModel.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "editing/Validation.h"
#include "format/Formatter.h"

CompanyTableModel::CompanyTableModel(Document *document, QObject *parent)
    : DocumentTableModel(parent)
{
    setDocument(document);
    connect(document, &Document::companyAdded, this, &CompanyTableModel::entityAdded);
    connect(document, &Document::companyAboutToBeRemoved, this, &CompanyTableModel::entityAboutToBeRemoved);
    connect(document, &Document::companyRemoved, this, &CompanyTableModel::entityRemoved);
    // Deal counts change with deals.
    connect(document, &Document::dealAdded, this, &CompanyTableModel::refreshAll);
    connect(document, &Document::dealRemoved, this, &CompanyTableModel::refreshAll);
}

QStringList CompanyTableModel::currentIds() const
{
    QStringList ids;
    for (const Company *c : document()->graph().companies())
        ids << c->id;
    sortNaturally(ids);
    return ids;
}

int CompanyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Company *company = document()->company(idAt(index.row()));
    if (!company)
        return {};
    const DealGraph &graph = document()->graph();
    switch (role) {
    case IdRole: return company->id;
    case Qt::ToolTipRole: return Formatter(languageForLocale(QLocale())).noteText(company->note);
    case SortRole:
        if (index.column() == DealsColumn)
            return int(graph.dealsIn(company->id).size() + graph.dealsOut(company->id).size());
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return company->name;
        case KindColumn: return int(company->kind);
        case CountryColumn: return company->country;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return company->name;
        case KindColumn: return enumDisplayName(company->kind);
        case CountryColumn: return company->country;
        case DealsColumn: return int(graph.dealsIn(company->id).size() + graph.dealsOut(company->id).size());
        default: return {};
        }
    default: return {};
    }
}

QVariant CompanyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Company");
    case KindColumn: return tr("Kind");
    case CountryColumn: return tr("Country");
    case DealsColumn: return tr("Deals");
    default: return {};
    }
}

Qt::ItemFlags CompanyTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    if (editor() && index.isValid() && index.column() != DealsColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CompanyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!editor() || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Company *old = document()->company(idAt(index.row()));
    if (!old)
        return false;
    Company company = *old;
    switch (index.column()) {
    case NameColumn: {
        const QString problem = Validation::companyNameProblem(*document(), value.toString(), company.id);
        if (!problem.isEmpty())
            return refuseEdit(problem);
        company.name = value.toString().trimmed();
        break;
    }
    case KindColumn: {
        const int kind = value.toInt();
        if (!enumValues<CompanyKind>().contains(CompanyKind(kind)))
            return refuseEdit(tr("Unknown company kind."));
        company.kind = CompanyKind(kind);
        break;
    }
    case CountryColumn: {
        const QString code = value.toString().trimmed().toUpper();
        const QString problem = Validation::countryProblem(code);
        if (!problem.isEmpty())
            return refuseEdit(problem);
        company.country = code;
        break;
    }
    default: return false;
    }
    acceptEdit();
    return editor()->updateCompany(company);
}
