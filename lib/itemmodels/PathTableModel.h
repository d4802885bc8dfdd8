#pragma once

#include "analysis/MoneyPaths.h"
#include "i18n/Language.h"

#include <QAbstractTableModel>
#include <QPointer>

class Document;

// The money paths from one company to another, ranked (MoneyPaths): the companies in order, what
// can pass with its bound ("at most $5bn"), each leg's amount (parallel deals make paths through
// the same companies that differ there), the number of deals and the dates of the first and last.
class PathTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RankColumn, PathColumn, AmountColumn, LegsColumn, DealsColumn, DatesColumn, ColumnCount };
    enum Roles { DealIdsRole = Qt::UserRole + 1, CompanyIdsRole };

    explicit PathTableModel(const Document *document, QObject *parent = nullptr);

    void setResult(const PathSearchResult &result);
    const PathSearchResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Call after the language changed.
    void retranslate();

    // "at most $5bn", "$5bn", "unknown": what can pass along a path (or round a cycle).
    static QString amountText(const std::optional<Money> &amount, CircularFlow::Bound bound, Language language);

private:
    QString name(const QString &id) const;

    QPointer<const Document> m_document;
    PathSearchResult m_result;
};
