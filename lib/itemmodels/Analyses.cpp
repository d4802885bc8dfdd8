#include "itemmodels/Analyses.h"

#include "analysis/AnalysisJson.h"
#include "itemmodels/CycleTableModel.h"
#include "itemmodels/FlowTableModel.h"
#include "itemmodels/ImportanceModel.h"
#include "itemmodels/VendorFinancingModel.h"
#include "itemmodels/WhatIfModel.h"
#include "report/CircularFlowReport.h"

#include <QCoreApplication>

namespace {
template<class Model> AnalysisTableModel *create(Document *document, QObject *parent)
{
    return new Model(document, parent);
}

// The parts AnalysisJsonWriter writes itself.
template<QJsonValue (AnalysisJsonWriter::*part)(const CapitalFlowAnalysis &) const>
QJsonValue jsonPart(const AnalysisJsonWriter &writer, const CapitalFlowAnalysis &analysis)
{
    return (writer.*part)(analysis);
}

QList<AnalysisEntry> makeList()
{
    using Page = AnalysisEntry::Page;
    return {
        {"cycles", "cyclesView", QT_TRANSLATE_NOOP("AnalysisDock", "Circular flows"),
            QT_TRANSLATE_NOOP("AnalysisDock",
                "Cycles of deals in which money leaves a company and comes back to it, "
                "ranked by the amount that can make the round trip"),
            jsonPart<&AnalysisJsonWriter::cycles>, create<CycleTableModel>, CycleTableModel::RankColumn,
            Qt::AscendingOrder, Page::Table, true, circularFlowReport},
        {"flows", "flowsView", QT_TRANSLATE_NOOP("AnalysisDock", "Flows"), nullptr,
            jsonPart<&AnalysisJsonWriter::flows>, create<FlowTableModel>, FlowTableModel::OutFirmColumn,
            Qt::DescendingOrder},
        {"vendor_financing", "vendorFinancingView", QT_TRANSLATE_NOOP("AnalysisDock", "Vendor financing"),
            QT_TRANSLATE_NOOP("AnalysisDock",
                "Of what a company received from its investors, how much it committed back "
                "to them as purchases of compute and chips"),
            jsonPart<&AnalysisJsonWriter::vendorFinancing>, create<VendorFinancingModel>,
            VendorFinancingModel::BackColumn, Qt::DescendingOrder},
        {"importance", "importanceView", QT_TRANSLATE_NOOP("AnalysisDock", "Importance"), nullptr,
            jsonPart<&AnalysisJsonWriter::importance>, create<ImportanceModel>, ImportanceModel::BetweennessColumn,
            Qt::DescendingOrder},
        {"what_if", "whatIfView", QT_TRANSLATE_NOOP("AnalysisDock", "What if…"), nullptr,
            jsonPart<&AnalysisJsonWriter::whatIf>, create<WhatIfModel>, WhatIfModel::StepColumn, Qt::AscendingOrder,
            Page::PerCompany},
    };
}
} // namespace

QString AnalysisEntry::translatedTitle() const
{
    return QCoreApplication::translate("AnalysisDock", title);
}

QString AnalysisEntry::translatedToolTip() const
{
    return toolTip ? QCoreApplication::translate("AnalysisDock", toolTip) : QString();
}

const QList<AnalysisEntry> &Analyses::all()
{
    static const QList<AnalysisEntry> list = makeList();
    return list;
}

QJsonObject Analyses::writeJson(
    const DealGraph &graph, const CapitalFlowAnalysis &analysis, const QSet<QString> &onlyCompanies)
{
    const AnalysisJsonWriter writer(graph, onlyCompanies);
    QJsonObject document = writer.header(analysis);
    for (const AnalysisEntry &entry : all())
        document.insert(QLatin1String(entry.jsonKey), entry.writeJson(writer, analysis));
    return document;
}

QList<ReportTable> Analyses::reportTables(
    const DealGraph &graph, const CapitalFlowAnalysis &analysis, Language language)
{
    QList<ReportTable> tables;
    for (const AnalysisEntry &entry : all()) {
        if (entry.reportTables)
            tables << entry.reportTables(graph, analysis, language);
    }
    return tables;
}
