#include "printing/ExportDialog.h"

#include "document/Document.h"
#include "printing/ReportPrinter.h"
#include "window/CapflowSettings.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
// The settings the dialog keeps between exports and program starts.
const QString formatKey = QStringLiteral("export/format"); // "pdf", "svg", "png": of views
const QString dpiKey = QStringLiteral("export/dpi");
const QString folderKey = QStringLiteral("export/folder");
QString pageSizeKey(ExportDialog::What what)
{
    return what == ExportDialog::What::Report ? QStringLiteral("export/report/pageSize")
                                              : QStringLiteral("export/view/pageSize");
}
QString orientationKey(ExportDialog::What what)
{
    return what == ExportDialog::What::Report ? QStringLiteral("export/report/orientation")
                                              : QStringLiteral("export/view/orientation");
}
const QString figurePageKey = QStringLiteral("figure"); // the page the figure's own size

constexpr int defaultDpi = 300;

QString pageKey(QPageSize::PageSizeId size)
{
    return size == QPageSize::Custom ? figurePageKey : QPageSize::key(size);
}

// "~/figures/a.png" as the shell reads it; other relative names go into the dialog's folder.
QString absolutePath(const QString &typed, const QString &directory)
{
    if (typed == u'~' || typed.startsWith(QStringLiteral("~/")))
        return QDir::cleanPath(QDir::homePath() + typed.mid(1));
    return QDir::cleanPath(QDir(directory).absoluteFilePath(typed));
}
} // namespace

ExportDialog::ExportDialog(const QString &viewName, QSizeF figureSize, QWidget *parent)
    : QDialog(parent)
    , m_viewBaseName(QStringLiteral("capflow-") + slugify(viewName))
    , m_figureSize(figureSize.isEmpty() ? QSizeF(1600, 1000) : figureSize)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_viewButton = new QRadioButton(
        viewName.isEmpty() ? tr("Current view (cannot be exported)") : tr("Current view: %1").arg(viewName));
    m_viewButton->setObjectName(QStringLiteral("exportView"));
    m_viewButton->setEnabled(!viewName.isEmpty());
    m_reportButton = new QRadioButton(tr("Report (title page, figures, deal table and sources; PDF)"));
    m_reportButton->setObjectName(QStringLiteral("exportReport"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_viewButton);
    group->addButton(m_reportButton);
    (viewName.isEmpty() ? m_reportButton : m_viewButton)->setChecked(true);

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const FigureExporter::FigureFormat &figure : FigureExporter::formats())
        m_format->addItem(tr(figure.choice), int(figure.id));
    m_dpi = new QSpinBox;
    m_dpi->setObjectName(QStringLiteral("exportDpi"));
    m_dpi->setRange(72, 1200);
    m_dpi->setSingleStep(50);
    m_dpi->setValue(defaultDpi);
    m_dpi->setSuffix(tr(" dpi"));
    m_size = new QLabel;
    m_size->setObjectName(QStringLiteral("exportSize"));
    m_size->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pageSize = new QComboBox;
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->addItem(tr("Figure size"), int(QPageSize::Custom));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_pageSize->addItem(tr("A3"), int(QPageSize::A3));
    m_pageSize->setItemData(0, tr("One page exactly the size of the figure on screen"), Qt::ToolTipRole);
    m_orientation = new QComboBox;
    m_orientation->setObjectName(QStringLiteral("exportOrientation"));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("exportTitle"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browseButton = new QPushButton(tr("Browse…"));
    browseButton->setObjectName(QStringLiteral("exportBrowse"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), m_viewButton);
    form->addRow(QString(), m_reportButton);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Page size:"), m_pageSize);
    form->addRow(tr("Orientation:"), m_orientation);
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("File:"), pathRow);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_path->setMinimumWidth(m_path->fontMetrics().horizontalAdvance(u'x') * 48);

    restore();
    if (what() == What::Report)
        setFormat(FigureExporter::Format::Pdf);
    showPage(what() == What::Report ? m_reportPage : m_viewPage);
    suggestFileName();
    connect(m_viewButton, &QRadioButton::toggled, this, &ExportDialog::whatChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::updateSizeText);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSizeText);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::followSuffix);
    connect(m_path, &QLineEdit::textChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty()); });
    updateState();
}

ExportDialog::What ExportDialog::what() const
{
    return m_viewButton->isChecked() ? What::CurrentView : What::Report;
}

FigureExporter::Format ExportDialog::format() const
{
    return what() == What::Report ? FigureExporter::Format::Pdf
                                  : FigureExporter::Format(m_format->currentData().toInt());
}

int ExportDialog::dpi() const
{
    return m_dpi->value();
}

QPageSize::PageSizeId ExportDialog::pageSize() const
{
    return QPageSize::PageSizeId(m_pageSize->currentData().toInt());
}

QPageLayout::Orientation ExportDialog::orientation() const
{
    return QPageLayout::Orientation(m_orientation->currentData().toInt());
}

std::optional<QPageLayout> ExportDialog::pageLayout() const
{
    if (pageSize() == QPageSize::Custom)
        return std::nullopt;
    return ReportPrinter::defaultPageLayout(pageSize(), orientation());
}

QString ExportDialog::title() const
{
    return m_title->text().trimmed();
}

QString ExportDialog::suffix() const
{
    return FigureExporter::figureFormat(format()).description.suffixes.first();
}

QString ExportDialog::path() const
{
    const QString typed = m_path->text().trimmed();
    if (typed.isEmpty())
        return typed;
    const QString p = absolutePath(typed, m_directory);
    // A name of a format CapFlow writes keeps its suffix (the format follows it); any other name
    // gets the format's.
    return FigureExporter::formatForPath(p) ? p : p + u'.' + suffix();
}

QSize ExportDialog::pixelSize() const
{
    return FigureExporter::pixelSize(m_figureSize, dpi());
}

void ExportDialog::setWhat(What what)
{
    (what == What::Report || !m_viewButton->isEnabled() ? m_reportButton : m_viewButton)->setChecked(true);
}

void ExportDialog::setFormat(FigureExporter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    followSuffix(path);
}

void ExportDialog::setDpi(int dpi)
{
    m_dpi->setValue(dpi);
}

void ExportDialog::setPageSize(QPageSize::PageSizeId size)
{
    if (const int index = m_pageSize->findData(int(size)); index >= 0)
        m_pageSize->setCurrentIndex(index);
}

void ExportDialog::setOrientation(QPageLayout::Orientation orientation)
{
    m_orientation->setCurrentIndex(m_orientation->findData(int(orientation)));
}

void ExportDialog::browse()
{
    // Every format a view can be written as, the chosen one first; the report only as PDF.
    QStringList filters;
    const QString current = FigureExporter::figureFormat(format()).description.dialogFilter();
    filters << current;
    if (what() == What::CurrentView) {
        for (const FigureExporter::FigureFormat &figure : FigureExporter::formats()) {
            if (figure.id != format())
                filters << figure.description.dialogFilter();
        }
    }
    QString selected = current;
    // The dialog asks before replacing a file when Export is pressed; the file dialog need not.
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), path(), filters.join(QStringLiteral(";;")),
        &selected, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    if (!FigureExporter::formatForPath(chosen)) {
        for (const FigureExporter::FigureFormat &figure : FigureExporter::formats()) {
            if (figure.description.dialogFilter() == selected)
                chosen += u'.' + figure.description.suffixes.first();
        }
    }
    setPath(chosen);
}

// A view is written in the format its name's suffix names: typing or browsing "a.svg" selects SVG.
void ExportDialog::followSuffix(const QString &text)
{
    const auto typed = FigureExporter::formatForPath(text.trimmed());
    if (typed && what() == What::CurrentView && *typed != format())
        setFormat(*typed);
}

// The name's suffix follows the format chosen (a name without a suffix gets it when written).
void ExportDialog::formatChosen()
{
    if (what() == What::CurrentView)
        m_viewFormat = format();
    const QString typed = m_path->text().trimmed();
    const QString typedSuffix = QFileInfo(typed).suffix();
    if (FigureExporter::formatForPath(typed) && typedSuffix.compare(suffix(), Qt::CaseInsensitive) != 0)
        m_path->setText(typed.chopped(typedSuffix.size()) + suffix());
    updateState();
}

// Each kind of export keeps its own format and page: switching shows the other's.
void ExportDialog::whatChanged(bool viewChecked)
{
    if (viewChecked) {
        m_reportPage = page();
        setFormat(m_viewFormat);
        showPage(m_viewPage);
    } else {
        m_viewPage = page();
        setFormat(FigureExporter::Format::Pdf);
        showPage(m_reportPage);
    }
    suggestFileName();
    updateState();
}

ExportDialog::Page ExportDialog::page() const
{
    return {pageSize(), orientation()};
}

void ExportDialog::showPage(const Page &page)
{
    setPageSize(page.size);
    setOrientation(page.orientation);
}

// Follows the choice of what to export while the name is still one the dialog suggested.
void ExportDialog::suggestFileName()
{
    const QString report = QStringLiteral("capflow-report");
    const QString typed = m_path->text().trimmed();
    const QFileInfo current(typed);
    if (!typed.isEmpty() && current.completeBaseName() != report && current.completeBaseName() != m_viewBaseName)
        return;
    const QString dir = typed.isEmpty() ? m_directory : current.path();
    m_path->setText(QDir(dir).filePath((what() == What::Report ? report : m_viewBaseName) + u'.' + suffix()));
}

void ExportDialog::updateState()
{
    const bool report = what() == What::Report;
    const bool pdf = format() == FigureExporter::Format::Pdf;
    m_format->setEnabled(!report);
    m_dpi->setEnabled(format() == FigureExporter::Format::Png);
    // The report is laid out on paper; only a view has a size of its own.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_pageSize->model()))
        model->item(m_pageSize->findData(int(QPageSize::Custom)))->setEnabled(!report);
    if (report && pageSize() == QPageSize::Custom)
        setPageSize(QPageSize::A4);
    m_pageSize->setEnabled(pdf);
    m_orientation->setEnabled(pdf && pageSize() != QPageSize::Custom);
    m_title->setPlaceholderText(report ? tr("Default title") : tr("Optional; drawn above the figure"));
    updateSizeText();
}

// What will be written: a PNG's pixels (what the file will be, not an estimate), an SVG's size,
// a PDF's page.
void ExportDialog::updateSizeText()
{
    const QLocale locale;
    const auto number = [&locale](qreal value) { return locale.toString(qRound(value)); };
    switch (format()) {
    case FigureExporter::Format::Png: {
        const QSize pixels = pixelSize();
        m_size->setText(tr("%1 × %2 px at %3 dpi").arg(number(pixels.width()), number(pixels.height()), number(dpi())));
        break;
    }
    case FigureExporter::Format::Svg:
        m_size->setText(tr("%1 × %2 px (vector)").arg(number(m_figureSize.width()), number(m_figureSize.height())));
        break;
    case FigureExporter::Format::Pdf: {
        const std::optional<QPageLayout> layout = what() == What::Report
            ? std::optional(ReportPrinter::defaultPageLayout(pageSize(), orientation()))
            : pageLayout();
        const QSizeF mm = FigureExporter::pdfPageSize(m_figureSize, layout) * 25.4 / 72.0;
        m_size->setText(tr("%1 × %2 mm page").arg(number(mm.width()), number(mm.height())));
        break;
    }
    }
}

void ExportDialog::complain(const QString &message)
{
    QMessageBox::warning(this, tr("Cannot Export"), message);
    m_path->setFocus();
}

void ExportDialog::accept()
{
    const QString target = path();
    if (target.isEmpty())
        return complain(tr("Type the name of the file to export to."));
    const QFileInfo info(target);
    if (const auto typed = FigureExporter::formatForPath(target); typed && *typed != format())
        return complain(tr("The report is written as PDF only, and %1 names a %2 file. Choose a name ending in .pdf, "
                           "or export the current view.")
                            .arg(info.fileName(), info.suffix().toUpper()));
    if (info.isDir())
        return complain(tr("%1 is a folder. Type the name of a file in it.").arg(QDir::toNativeSeparators(target)));
    if (!info.dir().exists())
        return complain(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists()) {
        const auto answer = QMessageBox::question(this, tr("Overwrite File?"),
            tr("%1 already exists in %2. Do you want to replace it?")
                .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    remember();
    QDialog::accept();
}

void ExportDialog::restore()
{
    CapflowSettings settings;
    const QString folder = settings.value(folderKey).toString();
    m_directory = !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
    const auto format = FigureExporter::formatForPath(QStringLiteral("figure.") + settings.value(formatKey).toString());
    m_viewFormat = format.value_or(FigureExporter::Format::Pdf);
    setFormat(m_viewFormat);
    const int dpi = settings.value(dpiKey, defaultDpi).toInt();
    setDpi(dpi >= m_dpi->minimum() && dpi <= m_dpi->maximum() ? dpi : defaultDpi);
    for (Page *page : {&m_viewPage, &m_reportPage}) {
        const What kind = page == &m_viewPage ? What::CurrentView : What::Report;
        const QString size = settings.value(pageSizeKey(kind)).toString();
        for (int i = 0; i < m_pageSize->count(); ++i) {
            const auto id = QPageSize::PageSizeId(m_pageSize->itemData(i).toInt());
            if (pageKey(id) == size && !(kind == What::Report && id == QPageSize::Custom))
                page->size = id;
        }
        const QString orientation = settings.value(orientationKey(kind)).toString();
        if (orientation == u"portrait")
            page->orientation = QPageLayout::Portrait;
        else if (orientation == u"landscape")
            page->orientation = QPageLayout::Landscape;
    }
}

void ExportDialog::remember() const
{
    CapflowSettings settings;
    if (what() == What::CurrentView)
        settings.setValue(formatKey, suffix());
    settings.setValue(dpiKey, dpi());
    settings.setValue(folderKey, QFileInfo(path()).absolutePath());
    settings.setValue(pageSizeKey(what()), pageKey(pageSize()));
    settings.setValue(orientationKey(what()),
        orientation() == QPageLayout::Landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
}
