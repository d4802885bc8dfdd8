#include "printing/Report.h"

Report Report::build(
    const DocumentData &document, const ReportFilter &filter, const QString &title, Language language, QDate today)
{
    const Formatter format(language);
    const DocumentData shown = filter.apply(document);
    Report report;
    report.title = title.trimmed().isEmpty() ? defaultTitle() : title.trimmed();
    if (!document.title.trimmed().isEmpty() && document.title.trimmed() != report.title)
        report.dataLine = tr("Data: %1").arg(document.title.trimmed());
    report.dateLine = tr("As of %1").arg(format.date(today));
    report.dataThroughLine = dataThroughText(document.dataThrough, format);
    report.summary = ReportSummary::build(shown, filter, format);
    report.contents = ReportContents::build(shown, format);
    return report;
}

QString Report::dataThroughText(const FuzzyDate &dataThrough, const Formatter &format)
{
    if (!dataThrough.isValid())
        return QString();
    return tr("Data through %1").arg(format.date(dataThrough));
}

QString Report::defaultTitle()
{
    return tr("Capital flows in the AI industry");
}
