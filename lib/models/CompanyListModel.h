#pragma once

#include "models/DocumentTableModel.h"

// One row per company: name, kind, country, number of deals.
class CompanyListModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, CountryColumn, DealsColumn, ColumnCount };

    explicit CompanyListModel(Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QStringList currentIds() const override;
};
