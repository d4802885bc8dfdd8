#pragma once

#include "printing/ReportFigure.h"
#include "report/ReportTable.h"

#include "document/DocumentData.h"
#include "i18n/Language.h"

// The figures and extra sections every report carries, for the data it shows; the one place where
// views join the report (the command line and the GUI both use it). The figures are the network
// and the valuation timeline; the sections are the analyses' report tables (itemmodels/Analyses.h).
QList<ReportFigure> standardReportFigures(const DocumentData &shown, Language language);
QList<ReportTable> standardReportSections(const DocumentData &shown, Language language);
