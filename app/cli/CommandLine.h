#pragma once

#include "i18n/Language.h"
#include "io/FileFormats.h"
#include "model/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QSize>
#include <QStringList>

// The stable command line (README.md, "Command line"), parsed without needing an application object, so that the
// program can choose a headless platform before it creates one.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Action { Gui, Help, Version, Check, ExportNetwork, ExportTimeline, ExportFlows, ExportReport, ExportData, Analyze, ExtractDeals, Paths, Compare };

    Action action = Action::Gui;
    QString file; // empty: the bundled dataset
    QString output; // for exports
    std::optional<Language> language;
    std::optional<QDate> from;
    std::optional<QDate> to;
    QStringList companies;
    QSize size;
    int dpi = 0;
    QString title;
    int maxCycleLength = 4; // --analyze: longest cycle of deals searched
    QString importMapping; // --import-mapping: a preset's key or a mapping file
    std::optional<FileFormats::Data> format; // --format: what "-" as FILE or OUT is
    QString article; // --extract-deals: the article's text file
    std::optional<QDate> articleDate; // --date: the article's date, for "im März"
    QString pathFrom; // --paths FROM TO: company names (or ids)
    QString pathTo;
    int maxPathLength = 4; // --max-path-length
    QSet<DealKind> kinds; // --kinds (for --paths and --compare); empty: every kind
    // --compare FROM_DATE TO_DATE: alone it prints what changed as JSON; with --export-report the
    // report gets a page on it.
    std::optional<std::pair<QDate, QDate>> compare;
    QString error; // a usage error, already worded for the user
    QString helpText;

    bool needsDisplay() const { return action == Action::Gui && error.isEmpty(); }

    static CommandLine parse(const QStringList &arguments);
};
