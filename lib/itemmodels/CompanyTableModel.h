#pragma once

#include "itemmodels/DocumentTableModel.h"

// One row per company: name, kind, country, number of deals.
class CompanyTableModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, CountryColumn, DealsColumn, ColumnCount };

    explicit CompanyTableModel(Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Name (unique), kind (int) and country (ISO 3166 alpha-2).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QStringList currentIds() const override;
    bool showsId(const QString &id) const override { return document()->company(id) != nullptr; }
};
