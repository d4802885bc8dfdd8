#pragma once

#include "itemmodels/DocumentTableModel.h"

// One row per valuation point: company, date, value, kind, sources (each publisher with its tier).
// A value its sources disagree about is marked "⚠" and its tool tip lists each source's claim.
class ValuationTableModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { CompanyColumn, DateColumn, ValueColumn, KindColumn, SourceColumn, ColumnCount };
    enum ExtraRoles { SourcesDisagreeRole = SortRole + 1 }; // bool: a source claims another value

    explicit ValuationTableModel(Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Value (text in billions in the user's language) and kind (int).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QStringList currentIds() const override;
    bool showsId(const QString &id) const override { return document()->valuation(id) != nullptr; }

private:
    QList<SourceTierRule> m_tierRules; // the document's ratings the cells were made with
};
