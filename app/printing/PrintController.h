#pragma once

#include "analysis/NetworkChanges.h"
#include "printing/Report.h"
#include "printing/ReportBuilder.h"
#include "printing/ReportWriter.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class Document;
class QAction;
class QPrinter;
class QTabWidget;
class QWidget;

// File > Print…, Print Preview… and Export… for the main window. Print and preview take the
// current view when it offers a printable figure (network, timeline) and the report otherwise;
// Export… asks; File > Export Report… exports the report. Views join by registering a figure
// provider for their tab page; the window supplies what the report shows (the network view's
// filter and positions, the Analysis dock's analysis) through a request provider, so that the
// report is what is on screen.
class PrintController : public QObject
{
    Q_OBJECT
public:
    using FigureProvider = std::function<ReportFigure()>;
    using RequestProvider = std::function<ReportRequest()>;
    enum class Use { PrintAndExport, ExportOnly };

    PrintController(Document *document, QTabWidget *views, QWidget *window);
    ~PrintController() override;

    QAction *printAction() const { return m_printAction; }
    QAction *previewAction() const { return m_previewAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *exportReportAction() const { return m_exportReportAction; }
    void retranslate();

    void setFigureProvider(QWidget *view, FigureProvider provider, Use use = Use::PrintAndExport);
    // What the report shows (filter, positions, analysis); its title and language are set here.
    void setReportRequestProvider(RequestProvider provider) { m_requestProvider = std::move(provider); }

    // A page "What changed between A and B" in the report (Analysis > Compare Dates… while open).
    void setComparison(std::optional<NetworkChanges> changes);
    // The report of the document as it stands, in the program's language.
    Report currentReport(const QString &title = QString()) const;
    QPrinter *printer() const { return m_printer.get(); }

    // Writes the report as PDF with a cancellable progress dialog; nothing is left behind on
    // failure or cancel. Shows no message; error gets the reason of a failure.
    ReportWriter::Outcome exportReport(
        const QString &path, QPageSize::PageSizeId size, const QString &title, QString *error);

public Q_SLOTS:
    void print();
    void preview();
    void exportDialog();
    void exportReportDialog(); // the export dialog with the report chosen

private:
    struct Provider
    {
        FigureProvider figure;
        Use use;
    };
    const Provider *currentProvider() const;
    bool printable() const; // the current view prints as a figure
    void paint(QPrinter *printer);
    void updateActions();

    Document *m_document;
    QTabWidget *m_views;
    QWidget *m_window;
    std::unique_ptr<QPrinter> m_printer;
    std::optional<NetworkChanges> m_comparison;
    QHash<QWidget *, Provider> m_providers;
    QAction *m_printAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    RequestProvider m_requestProvider;
    bool m_reportPreset = false; // the next export dialog starts with the report chosen
};
