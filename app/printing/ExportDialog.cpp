#include "printing/ExportDialog.h"

#include "document/Document.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const QString &viewName, const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_viewBaseName(QStringLiteral("capflow-") + slugify(viewName))
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
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    m_pageSize = new QComboBox;
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("exportTitle"));
    m_title->setPlaceholderText(tr("Default title"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browseButton = new QPushButton(tr("Browse…"));
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
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("File:"), pathRow);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    suggestFileName();
    connect(m_viewButton, &QRadioButton::toggled, this, &ExportDialog::suggestFileName);
    connect(m_viewButton, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
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
    QString p = m_path->text().trimmed();
    if (p.isEmpty())
        return p;
    const QFileInfo info(p);
    if (info.suffix().compare(suffix(), Qt::CaseInsensitive) != 0) {
        const bool known = FigureExporter::formatForPath(p).has_value();
        p = (known ? info.path() + u'/' + info.completeBaseName() : p) + u'.' + suffix();
    }
    return p;
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
}

void ExportDialog::setDpi(int dpi)
{
    m_dpi->setValue(dpi);
}

void ExportDialog::browse()
{
    const QString filter = FigureExporter::figureFormat(format()).description.dialogFilter();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

// Follows the choice of what to export while the name is still one the dialog suggested.
void ExportDialog::suggestFileName()
{
    const QString report = QStringLiteral("capflow-report");
    const QFileInfo current(m_path->text().trimmed());
    if (!m_path->text().trimmed().isEmpty() && current.completeBaseName() != report
        && current.completeBaseName() != m_viewBaseName)
        return;
    const QString dir = m_path->text().trimmed().isEmpty() ? m_directory : current.path();
    m_path->setText(QDir(dir).filePath((what() == What::Report ? report : m_viewBaseName) + u'.' + suffix()));
}

void ExportDialog::updateState()
{
    const bool report = what() == What::Report;
    m_format->setEnabled(!report);
    if (report)
        setFormat(FigureExporter::Format::Pdf);
    m_dpi->setEnabled(!report && format() == FigureExporter::Format::Png);
    m_pageSize->setEnabled(report);
    if (!m_path->text().trimmed().isEmpty())
        m_path->setText(path()); // keep the suffix in step with the format
}
