#include "printing/PrintController.h"

#include "document/Document.h"
#include "printing/ExportDialog.h"
#include "printing/ReportPrinter.h"
#include "printing/ReportWriter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QTabWidget>

PrintController::PrintController(Document *document, QTabWidget *views, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_views(views)
    , m_window(window)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_printer->setPageLayout(ReportPrinter::defaultPageLayout());
    m_printAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &PrintController::print);
    m_previewAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), QString(), this);
    m_previewAction->setObjectName(QStringLiteral("printPreviewAction"));
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_previewAction, &QAction::triggered, this, &PrintController::preview);
    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &PrintController::exportDialog);
    m_exportReportAction = new QAction(QString(), this);
    m_exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportReportAction, &QAction::triggered, this, &PrintController::exportReportDialog);
    connect(m_views, &QTabWidget::currentChanged, this, &PrintController::updateActions);
    retranslate();
}

PrintController::~PrintController() = default;

void PrintController::retranslate()
{
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setStatusTip(tr("Export the current view as PDF, SVG or PNG, or the report as PDF"));
    m_exportReportAction->setText(tr("Export &Report…"));
    m_exportReportAction->setStatusTip(
        tr("Export the report as PDF: title page, figures as on screen, analyses, deal table and sources"));
    updateActions();
}

void PrintController::updateActions()
{
    if (printable()) {
        m_printAction->setText(tr("&Print…"));
        m_printAction->setStatusTip(tr("Print the current view with its legend"));
        m_previewAction->setText(tr("Print Pre&view…"));
        m_previewAction->setStatusTip(tr("Preview the printout of the current view"));
    } else {
        m_printAction->setText(tr("&Print Report…"));
        m_printAction->setStatusTip(tr("Print the report: title page, figures, deal table and sources"));
        m_previewAction->setText(tr("Print Pre&view of Report…"));
        m_previewAction->setStatusTip(tr("Preview the report page by page; change page size and orientation there"));
    }
}

void PrintController::setFigureProvider(QWidget *view, FigureProvider provider, Use use)
{
    m_providers.insert(view, Provider {std::move(provider), use});
    connect(view, &QObject::destroyed, this, [this, view] { m_providers.remove(view); });
    updateActions();
}

const PrintController::Provider *PrintController::currentProvider() const
{
    const auto it = m_providers.constFind(m_views->currentWidget());
    return it == m_providers.constEnd() ? nullptr : &it.value();
}

bool PrintController::printable() const
{
    const Provider *provider = currentProvider();
    return provider && provider->use == Use::PrintAndExport;
}

Report PrintController::currentReport(const QString &title) const
{
    ReportRequest request = m_requestProvider ? m_requestProvider() : ReportRequest {};
    request.title = title;
    request.language = languageForLocale(QLocale());
    if (m_comparison)
        request.comparison = *m_comparison;
    return ReportBuilder::build(*m_document, request);
}

void PrintController::setComparison(std::optional<NetworkChanges> changes)
{
    m_comparison = std::move(changes);
}

void PrintController::paint(QPrinter *printer)
{
    if (printable()) {
        const Formatter format(languageForLocale(QLocale()));
        ReportPrinter::printFigure(
            printer, currentProvider()->figure(), Report::tr("As of %1").arg(format.date(QDate::currentDate())));
        return;
    }
    const Report report = currentReport();
    ReportPrinter(report).print(printer);
}

void PrintController::preview()
{
    QPrintPreviewDialog dialog(m_printer.get(), m_window);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(printable() ? tr("Print Preview") : tr("Print Preview of Report"));
    dialog.resize(1000, 800);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &PrintController::paint);
    dialog.exec();
}

void PrintController::print()
{
    QPrintDialog dialog(m_printer.get(), m_window);
    dialog.setWindowTitle(printable() ? tr("Print") : tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printable()) {
        paint(m_printer.get());
        return;
    }
    const Report report = currentReport();
    QProgressDialog progress(tr("Printing the report…"), tr("Cancel"), 0, 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const bool done = ReportPrinter(report).print(m_printer.get(), [&progress](int page, int pageCount) {
        progress.setMaximum(pageCount);
        progress.setValue(page);
        return !progress.wasCanceled();
    });
    if (!done)
        m_printer->abort();
}

ReportWriter::Outcome PrintController::exportReport(
    const QString &path, QPageSize::PageSizeId size, const QString &title, QString *error)
{
    const Report report = currentReport(title);
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const QPageLayout layout = ReportPrinter::defaultPageLayout(size, m_printer->pageLayout().orientation());
    return ReportWriter::writePdf(
        report, path, layout,
        [&progress](int page, int pageCount) {
            progress.setMaximum(pageCount);
            progress.setValue(page);
            return !progress.wasCanceled();
        },
        error);
}

void PrintController::exportReportDialog()
{
    m_reportPreset = true;
    exportDialog();
}

void PrintController::exportDialog()
{
    const Provider *provider = currentProvider();
    const QString viewName = provider ? m_views->tabText(m_views->currentIndex()).remove(u'&') : QString();
    // The view as it is now; the dialog shows the size it is written at.
    const std::optional<ReportFigure> figure = provider ? std::optional(provider->figure()) : std::nullopt;
    ExportDialog dialog(viewName, figure ? figure->preferredSize : QSizeF(), m_window);
    if (std::exchange(m_reportPreset, false))
        dialog.setWhat(ExportDialog::What::Report);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    const QString path = dialog.path();
    QString error;
    bool ok = false;
    if (dialog.what() == ExportDialog::What::Report) {
        // The report takes its orientation from the printer's page: the one chosen here, for this
        // export only.
        const QPageLayout printerLayout = m_printer->pageLayout();
        m_printer->setPageOrientation(dialog.orientation());
        const ReportWriter::Outcome outcome = exportReport(path, dialog.pageSize(), dialog.title(), &error);
        m_printer->setPageLayout(printerLayout);
        if (outcome == ReportWriter::Outcome::Cancelled)
            return;
        ok = outcome == ReportWriter::Outcome::Written;
    } else {
        FigureExporter::Options options;
        options.dpi = dialog.dpi();
        // A title typed is drawn above the figure; the figure's own names the file.
        options.title = dialog.title().isEmpty() ? figure->title : dialog.title();
        options.drawTitle = !dialog.title().isEmpty();
        options.page = dialog.pageLayout();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ok = FigureExporter::exportFigure(path, dialog.figureSize(), options, figure->paint, &error);
        QApplication::restoreOverrideCursor();
    }
    if (!ok)
        QMessageBox::warning(
            m_window, tr("Export failed"), tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), error));
}
