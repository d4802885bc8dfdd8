#pragma once

#include "analysis/CapitalFlowAnalysis.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

class Document;
class Formatter;

// Base of the Analysis dock's tables: shows one part of a shared, immutable analysis result;
// setAnalysis() swaps the whole result (a model reset). Display texts use the Formatter of the
// current language; SortRole gives raw values (whole USD, ratios) so that sorting is numeric.
class AnalysisTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { SortRole = Qt::UserRole + 1, CompanyIdRole, DealIdsRole, CompanyIdsRole };

    AnalysisTableModel(Document *document, QObject *parent = nullptr);

    void setAnalysis(std::shared_ptr<const CapitalFlowAnalysis> analysis);
    const CapitalFlowAnalysis *analysis() const { return m_analysis.get(); }
    // Call after the language changed: every header and cell text is redone.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // Called inside the reset of setAnalysis(), after the new result is in place.
    virtual void analysisReplaced() { }
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant cell(int row, int column, int role, const Formatter &format) const = 0;
    // Columns whose text is a number, aligned right.
    virtual bool isNumeric(int column) const { return column > 0; }

    QString companyName(const QString &id) const;
    QStringList companyNames(const QStringList &ids) const;
    static QString percent(const std::optional<double> &ratio, const Formatter &format);
    // "$10bn" for firm amounts, "up to $5bn", "~$2bn", "undisclosed".
    static QString amount(Money firm, Money upTo, Money estimated, int undisclosed, const Formatter &format);

private:
    QPointer<Document> m_document;
    std::shared_ptr<const CapitalFlowAnalysis> m_analysis;
};
