#include "importing/ImportDialog.h"

#include "importing/AliasesDialog.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "format/Formatter.h"
#include "io/SafeFiles.h"
#include "model/DealKinds.h"
#include "window/CapflowSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace {
using ImportMapping::Field;

Formatter formatter()
{
    return Formatter(languageForLocale(QLocale()));
}

QString companyNameIn(const DocumentData &data, const QString &id)
{
    for (const Company &c : data.companies) {
        if (c.id == id)
            return c.name;
    }
    return id;
}
} // namespace

ImportDialog::ImportDialog(Editor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Deals"));
    buildUi();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(tr("No file chosen"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("Choose File…"));
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    fileRow->addWidget(new QLabel(tr("File:")));
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    auto *top = new QHBoxLayout;
    m_readingBox = new QGroupBox(tr("Reading the file"));
    auto *reading = new QFormLayout(m_readingBox);
    m_encoding = new QComboBox;
    for (const auto e :
        {TextDecoding::Encoding::Utf8, TextDecoding::Encoding::Utf8Bom, TextDecoding::Encoding::Windows1252})
        m_encoding->addItem(TextDecoding::name(e), int(e));
    m_separator = new QComboBox;
    for (const QChar s : TextTable::separators())
        m_separator->addItem(TextTable::separatorName(s), QString(s));
    m_sheetBox = new QComboBox;
    m_styleBox = new QComboBox;
    m_styleBox->addItem(tr("1,234.5 (English)"), int(ImportAmount::Style::Point));
    m_styleBox->addItem(tr("1.234,5 (German)"), int(ImportAmount::Style::Comma));
    m_styleNote = new QLabel;
    m_styleNote->setWordWrap(true);
    reading->addRow(tr("Encoding:"), m_encoding);
    reading->addRow(tr("Separator:"), m_separator);
    reading->addRow(tr("Sheet:"), m_sheetBox);
    reading->addRow(tr("Numbers:"), m_styleBox);
    reading->addRow(m_styleNote);
    auto reread = [this] {
        if (m_updating)
            return;
        if (m_source.kind == ImportFile::Kind::Text) {
            TextTable::Format format;
            format.encoding = TextDecoding::Encoding(m_encoding->currentData().toInt());
            format.separator = m_separator->currentData().toString().at(0);
            ImportFile::setTextFormat(m_source, format);
        }
        m_sheet = std::max(0, m_sheetBox->currentIndex());
        fillMappingControls();
        refresh();
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, reread);
    connect(m_separator, &QComboBox::currentIndexChanged, this, reread);
    connect(m_sheetBox, &QComboBox::currentIndexChanged, this, reread);
    connect(m_styleBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_mapping.style = ImportAmount::Style(m_styleBox->currentData().toInt());
        refresh();
    });
    top->addWidget(m_readingBox);

    m_columnsBox = new QGroupBox(tr("Columns"));
    auto *columns = new QVBoxLayout(m_columnsBox);
    auto *presetRow = new QHBoxLayout;
    m_preset = new QComboBox;
    m_preset->addItem(ImportMapping::presetName(ImportMapping::Preset::Capflow), int(ImportMapping::Preset::Capflow));
    m_preset->addItem(
        ImportMapping::presetName(ImportMapping::Preset::Crunchbase), int(ImportMapping::Preset::Crunchbase));
    m_preset->addItem(tr("Custom"), -1);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating || m_preset->currentData().toInt() < 0)
            return;
        choosePreset(ImportMapping::Preset(m_preset->currentData().toInt()));
    });
    m_remember = new QCheckBox(tr("Remember this mapping"));
    m_remember->setToolTip(tr("Use the same columns the next time a file with this header is imported"));
    auto *save = new QPushButton(tr("Save Mapping…"));
    save->setToolTip(tr("Save the mapping as a file for capflow --import-mapping"));
    connect(save, &QPushButton::clicked, this, &ImportDialog::saveMappingAs);
    presetRow->addWidget(new QLabel(tr("Preset:")));
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(m_remember);
    presetRow->addWidget(save);
    columns->addLayout(presetRow);
    auto *grid = new QGridLayout;
    const QList<Field> fields = ImportMapping::fields();
    for (int i = 0; i < fields.size(); ++i) {
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("column_") + ImportMapping::fieldKey(fields.at(i)));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);
        m_fieldBoxes << box;
        const int half = int((fields.size() + 1) / 2);
        const int row = i % half;
        const int col = (i / half) * 2;
        auto *label = new QLabel(ImportMapping::fieldName(fields.at(i)) + u':');
        label->setBuddy(box);
        grid->addWidget(label, row, col);
        grid->addWidget(box, row, col + 1);
    }
    columns->addLayout(grid);
    auto *options = new QFormLayout;
    m_unit = new QComboBox;
    m_unit->addItem(tr("US dollars"), int(ImportAmount::Unit::Usd));
    m_unit->addItem(tr("Thousands of USD"), int(ImportAmount::Unit::Thousands));
    m_unit->addItem(tr("Millions of USD"), int(ImportAmount::Unit::Millions));
    m_unit->addItem(tr("Billions of USD"), int(ImportAmount::Unit::Billions));
    m_unit->setToolTip(tr("A unit written in the cell (“bn”, “Mrd.”, “million”) wins over this one"));
    m_investors = new QComboBox;
    m_investors->addItem(tr("One payer per row"), int(ImportMapping::Investors::Single));
    m_investors->addItem(
        tr("A list: one syndicate deal with the whole amount"), int(ImportMapping::Investors::Syndicate));
    m_investors->addItem(
        tr("A list: one deal per investor, amounts undisclosed"), int(ImportMapping::Investors::PerInvestor));
    m_sourceUrl = new QLineEdit;
    m_sourceUrl->setObjectName(QStringLiteral("defaultSourceUrl"));
    m_sourceUrl->setPlaceholderText(tr("https://… (for rows without a source)"));
    m_sourceTitle = new QLineEdit;
    m_sourceTitle->setObjectName(QStringLiteral("defaultSourceTitle"));
    m_sourceTitle->setPlaceholderText(tr("Title of that source"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceUrl, 3);
    sourceRow->addWidget(m_sourceTitle, 2);
    options->addRow(tr("Amounts in:"), m_unit);
    options->addRow(tr("Payer column holds:"), m_investors);
    for (QComboBox *box : {m_unit, m_investors})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);
    for (QLineEdit *edit : {m_sourceUrl, m_sourceTitle})
        connect(edit, &QLineEdit::editingFinished, this, &ImportDialog::mappingEdited);
    columns->addLayout(options);
    top->addWidget(m_columnsBox, 1);
    layout->addLayout(top);

    auto *sourceLine = new QHBoxLayout;
    sourceLine->addWidget(new QLabel(tr("Source for deals without one:")));
    sourceLine->addLayout(sourceRow, 1);
    layout->addLayout(sourceLine);

    m_graphNote = new QLabel;
    m_graphNote->setWordWrap(true);
    m_graphNote->hide();
    layout->addWidget(m_graphNote);

    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 3);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    auto *aliases = new QPushButton(tr("Company &Aliases…"));
    aliases->setToolTip(tr("Other names a company of this document goes by in files to import"));
    connect(aliases, &QPushButton::clicked, this, [this] {
        AliasesDialog dialog(m_editor, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    summaryRow->addWidget(aliases, 0, Qt::AlignTop);
    layout->addLayout(summaryRow);

    m_near = new QTableWidget;
    m_near->setObjectName(QStringLiteral("nearDuplicates"));
    m_near->setColumnCount(3);
    m_near->setHorizontalHeaderLabels({tr("In the document"), tr("In the file"), tr("Keep")});
    m_near->verticalHeader()->hide();
    m_near->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_near->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_near->hide();
    layout->addWidget(m_near, 1);

    m_skip = new QCheckBox;
    m_skip->hide();
    connect(m_skip, &QCheckBox::toggled, this, [this] { showMerge(); });
    layout->addWidget(m_skip);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(1100, 700);
    refresh();
}

void ImportDialog::keyPressEvent(QKeyEvent *event)
{
    // Return in a field applies it (the preview follows); it presses no button (a dialog's default
    // would import, or open the file chooser): buttons are clicked, or pressed with Space.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Deals"), QFileInfo(m_path).path(),
        tr("Tables and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!openFile(path))
        QMessageBox::warning(this, tr("Import Deals"), m_error);
}

bool ImportDialog::openFile(const QString &path)
{
    QString error;
    const std::optional<QByteArray> bytes = SafeFiles::read(path, &error);
    if (!bytes) {
        m_error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), error);
        return false;
    }
    ImportFile::Source source;
    const QString name = QFileInfo(path).fileName();
    if (!inBackground(tr("Reading %1…").arg(name),
            [&](const std::function<bool(int, int)> &) { source = ImportFile::open(name, *bytes); })) {
        m_error = tr("Reading %1 was canceled.").arg(name);
        return false;
    }
    m_path = path;
    m_error.clear();
    m_source = std::move(source);
    m_sheet = ImportFile::bestSheet(m_source);
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    fillReadingControls();
    if (m_source.isTable()) {
        const QStringList header
            = m_sheet < m_source.sheets.size() ? TableImport::header(m_source.sheets.at(m_sheet)) : QStringList();
        if (const auto remembered = rememberedMapping()) {
            m_mapping = *remembered;
            m_remember->setChecked(true);
        } else {
            m_mapping = ImportMapping::preset(ImportMapping::bestPreset(header), header);
            m_remember->setChecked(false);
        }
    }
    fillMappingControls();
    refresh();
    return true;
}

bool ImportDialog::inBackground(
    const QString &label, const std::function<void(const std::function<bool(int, int)> &)> &work)
{
    std::atomic<int> done {0};
    std::atomic<int> total {0};
    std::atomic<bool> canceled {false};
    const std::function<bool(int, int)> progress = [&](int d, int t) {
        done = d;
        total = t;
        return !canceled;
    };
    std::unique_ptr<QThread> thread(QThread::create([&] { work(progress); }));
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, isVisible() ? this : parentWidget());
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QEventLoop loop;
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (total > 0) {
            dialog.setMaximum(total);
            dialog.setValue(done);
        } else {
            dialog.setValue(0); // counts the time until the dialog shows
        }
        if (dialog.wasCanceled())
            canceled = true;
    });
    thread->start();
    poll.start();
    if (!thread->isFinished())
        loop.exec();
    thread->wait();
    return !canceled;
}

void ImportDialog::fillReadingControls()
{
    m_updating = true;
    const bool text = m_source.kind == ImportFile::Kind::Text;
    m_readingBox->setVisible(m_source.isTable());
    m_columnsBox->setVisible(m_source.isTable());
    m_encoding->setEnabled(text);
    m_separator->setEnabled(text);
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_source.textFormat.encoding)));
    m_separator->setCurrentIndex(m_separator->findData(QString(m_source.textFormat.separator)));
    m_sheetBox->clear();
    for (const Import::Sheet &sheet : m_source.sheets)
        m_sheetBox->addItem(sheet.name.isEmpty() ? tr("(the file)") : sheet.name);
    m_sheetBox->setCurrentIndex(m_sheet);
    m_sheetBox->setEnabled(m_source.kind == ImportFile::Kind::Workbook);
    m_updating = false;
}

void ImportDialog::fillMappingControls()
{
    m_updating = true;
    const QStringList header
        = m_sheet < m_source.sheets.size() ? TableImport::header(m_source.sheets.at(m_sheet)) : QStringList();
    const QList<Field> fields = ImportMapping::fields();
    for (int i = 0; i < fields.size(); ++i) {
        QComboBox *box = m_fieldBoxes.at(i);
        box->clear();
        box->addItem(tr("— not imported —"), QString());
        for (const QString &h : header) {
            if (!h.isEmpty())
                box->addItem(h, h);
        }
        const int at = box->findData(m_mapping.column(fields.at(i)));
        box->setCurrentIndex(std::max(0, at));
    }
    m_unit->setCurrentIndex(m_unit->findData(int(m_mapping.unit)));
    m_investors->setCurrentIndex(m_investors->findData(int(m_mapping.investors)));
    m_sourceUrl->setText(m_mapping.defaultSource.url);
    m_sourceTitle->setText(m_mapping.defaultSource.title);
    int preset = -1;
    for (const auto p : {ImportMapping::Preset::Capflow, ImportMapping::Preset::Crunchbase}) {
        ImportMapping::Mapping fitted = ImportMapping::preset(p, header);
        fitted.style = m_mapping.style;
        if (fitted == m_mapping)
            preset = int(p);
    }
    m_preset->setCurrentIndex(m_preset->findData(preset));
    m_updating = false;
}

void ImportDialog::mappingEdited()
{
    if (m_updating)
        return;
    const QList<Field> fields = ImportMapping::fields();
    m_mapping.columns.clear();
    for (int i = 0; i < fields.size(); ++i) {
        const QString column = m_fieldBoxes.at(i)->currentData().toString();
        if (!column.isEmpty())
            m_mapping.columns.insert(fields.at(i), column);
    }
    m_mapping.unit = ImportAmount::Unit(m_unit->currentData().toInt());
    m_mapping.investors = ImportMapping::Investors(m_investors->currentData().toInt());
    m_mapping.defaultSource = Source {m_sourceUrl->text().trimmed(), m_sourceTitle->text().trimmed()};
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(-1));
    m_updating = false;
    refresh();
}

void ImportDialog::choosePreset(ImportMapping::Preset preset)
{
    const QStringList header
        = m_sheet < m_source.sheets.size() ? TableImport::header(m_source.sheets.at(m_sheet)) : QStringList();
    const Source source = m_mapping.defaultSource;
    m_mapping = ImportMapping::preset(preset, header);
    m_mapping.defaultSource = source;
    fillMappingControls();
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    m_updating = false;
    refresh();
}

void ImportDialog::setMapping(const ImportMapping::Mapping &mapping)
{
    m_mapping = mapping;
    fillMappingControls();
    refresh();
}

void ImportDialog::refresh()
{
    m_read = {};
    m_plan = {};
    m_choices.clear();
    if (m_path.isEmpty()) {
        showPreview();
        showMerge();
        return;
    }
    const ImportAmount::Detection detected = ImportFile::detectStyle(m_source, m_sheet, m_mapping);
    m_style = m_mapping.style.value_or(detected.style);
    m_updating = true;
    m_styleBox->setCurrentIndex(m_styleBox->findData(int(m_style)));
    m_updating = false;
    if (m_mapping.style)
        m_styleNote->setText(tr("Chosen by you."));
    else if (detected.ambiguous)
        m_styleNote->setText(tr("<b>Check this:</b> the amounts could be read both ways (“2.500” is 2,500 in "
                                "German and 2.5 in English); this was chosen from the file's separator."));
    else
        m_styleNote->setText(tr("Detected from the amounts in the file."));

    TableImport::Options options;
    options.style = m_style;
    options.previewRows = 200;
    // The document as it is now, copied here: the work runs on another thread.
    const DocumentData existing = m_editor->document()->data();
    const bool done
        = inBackground(tr("Reading %1…").arg(m_source.fileName), [&](const std::function<bool(int, int)> &progress) {
              options.progress = progress;
              m_read = ImportFile::read(m_source, m_sheet, m_mapping, options);
              if (!m_read.canceled && !m_read.data.deals.isEmpty())
                  m_plan = DealMerge::plan(existing, DealMerge::aliasesOf(existing), m_read.data);
          });
    if (!done) {
        m_read = {};
        m_read.canceled = true;
        m_plan = {};
    }
    for (qsizetype i = 0; i < m_plan.nearDuplicates.size(); ++i)
        m_choices << DealMerge::Choice::KeepExisting;
    m_graphNote->setVisible(!m_source.isTable());
    if (!m_source.isTable()) {
        const QString kind
            = m_source.kind == ImportFile::Kind::Gexf ? QStringLiteral("GEXF") : QStringLiteral("GraphML");
        QString note = tr("%1 graph: nodes become companies, edges deals.").arg(kind);
        if (!m_read.ignored.isEmpty())
            note += u' '
                + tr("Attributes CapFlow has no field for are kept in the notes: %1.")
                      .arg(m_read.ignored.join(QStringLiteral(", ")));
        if (m_read.valuationsLeftOut > 0)
            note += u' '
                + tr("The file's %n valuation(s) are not imported; add them in the Valuations table.", nullptr,
                    m_read.valuationsLeftOut);
        m_graphNote->setText(note);
    }
    showPreview();
    showMerge();
}

void ImportDialog::showPreview()
{
    const Formatter f = formatter();
    const QStringList headers {
        tr("Line"), tr("Date"), tr("From"), tr("To"), tr("Kind"), tr("Amount"), tr("Source"), tr("Problem")};
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    int rowCount = 0;
    for (const TableImport::PreviewRow &row : m_read.preview)
        rowCount += std::max<qsizetype>(1, row.deals.size());
    // Problems of the file itself (not of a row) come first.
    Problems fileProblems;
    for (const Problem &p : m_read.problems) {
        if (!m_read.refusedLines.contains(p.line))
            fileProblems << p;
    }
    m_preview->setRowCount(rowCount + int(fileProblems.size()));
    // A name matched to a company of the document shows as that company, with the file's spelling.
    const DocumentData existing = m_plan.companyIds.isEmpty() ? DocumentData {} : m_editor->document()->data();
    auto matchedName = [&](const QString &incomingId) {
        const QString read = companyNameIn(m_read.data, incomingId);
        const QString id = m_plan.companyIds.value(incomingId);
        if (id.isEmpty() || !m_editor->document()->company(id))
            return read;
        const QString known = m_editor->document()->company(id)->name;
        return known == read ? known
                             : tr("%1 (“%2”)", "a company of the document and its name in the file").arg(known, read);
    };
    int r = 0;
    const QColor bad(255, 228, 225);
    for (const Problem &p : fileProblems) {
        auto *item = new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString());
        m_preview->setItem(r, 0, item);
        auto *message = new QTableWidgetItem(p.line > 0 ? p.toString() : p.message);
        m_preview->setItem(r, 7, message);
        for (int c = 0; c < headers.size(); ++c) {
            if (!m_preview->item(r, c))
                m_preview->setItem(r, c, new QTableWidgetItem);
            m_preview->item(r, c)->setBackground(bad);
        }
        ++r;
    }
    for (const TableImport::PreviewRow &row : m_read.preview) {
        if (row.deals.isEmpty()) {
            m_preview->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
            m_preview->setItem(r, 7, new QTableWidgetItem(row.problems.join(u'\n')));
            for (int c = 0; c < headers.size(); ++c) {
                if (!m_preview->item(r, c))
                    m_preview->setItem(r, c, new QTableWidgetItem);
                m_preview->item(r, c)->setBackground(bad);
                m_preview->item(r, c)->setToolTip(row.problems.join(u'\n'));
            }
            ++r;
            continue;
        }
        for (const Deal &d : row.deals) {
            const QStringList cells {row.line > 0 ? QString::number(row.line) : QString(), f.date(d.date),
                matchedName(d.from), matchedName(d.to), DealKinds::displayName(d.kind),
                f.dealAmount(d.amount, d.amountKind), d.sources.isEmpty() ? QString() : d.sources.first().url,
                QString()};
            for (int c = 0; c < cells.size(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
            ++r;
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount() - 1; ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
    m_preview->horizontalHeader()->setSectionResizeMode(m_preview->columnCount() - 1, QHeaderView::Stretch);
}

QString ImportDialog::summary() const
{
    if (m_path.isEmpty())
        return tr("Choose a file to import: CSV or other delimited text, an Excel workbook (.xlsx), GraphML or GEXF.");
    if (m_read.canceled)
        return tr("Reading was canceled; nothing will be imported.");
    QStringList parts;
    const int refused = int(m_read.refusedLines.size());
    if (m_source.isTable())
        parts << tr("%n row(s) read", nullptr, m_read.rows)
                + (refused ? QStringLiteral(", ") + tr("%n with problems", nullptr, refused) : QString());
    const bool fileProblem = !m_read.problems.isEmpty() && refused == 0;
    if (fileProblem)
        parts << tr("the file cannot be imported: %1")
                     .arg(m_read.problems.first().line > 0 ? m_read.problems.first().toString()
                                                           : m_read.problems.first().message);
    if (!m_read.data.deals.isEmpty()) {
        parts << tr("%n new deal(s)", nullptr, int(m_plan.newDeals.size()));
        if (!m_plan.duplicates.isEmpty())
            parts << tr("%n already in the document (skipped)", nullptr, int(m_plan.duplicates.size()));
        if (!m_plan.nearDuplicates.isEmpty())
            parts << tr("%n near-duplicate(s): choose below", nullptr, int(m_plan.nearDuplicates.size()));
        if (!m_plan.newCompanies.isEmpty()) {
            QStringList names;
            for (const Company &c : m_plan.newCompanies)
                names << c.name;
            const int shown = 12;
            QString list = QStringList(names.mid(0, shown)).join(QStringLiteral(", "));
            if (names.size() > shown)
                list += u' ' + tr("and %n more", nullptr, int(names.size() - shown));
            parts << tr("%n new company(s): %1", nullptr, int(names.size())).arg(list.toHtmlEscaped());
        }
    } else if (!fileProblem && m_read.problems.isEmpty()) {
        parts << tr("no deals found");
    }
    return parts.join(QStringLiteral("; ")) + u'.';
}

bool ImportDialog::canImport() const
{
    if (m_path.isEmpty() || m_read.canceled || m_read.data.deals.isEmpty())
        return false;
    if (m_read.problems.isEmpty())
        return true;
    // Row problems may be skipped when the user says so; problems of the file never.
    const bool onlyRows = std::all_of(m_read.problems.cbegin(), m_read.problems.cend(),
        [this](const Problem &p) { return m_read.refusedLines.contains(p.line); });
    return onlyRows && m_skip->isChecked();
}

void ImportDialog::showMerge()
{
    const int refused = int(m_read.refusedLines.size());
    m_skip->setVisible(refused > 0 && !m_read.data.deals.isEmpty());
    m_skip->setText(tr("Skip the %n row(s) with problems and import the rest", nullptr, refused));
    m_summary->setText(summary());

    const Formatter f = formatter();
    m_near->setVisible(!m_plan.nearDuplicates.isEmpty());
    m_near->setRowCount(int(m_plan.nearDuplicates.size()));
    const DocumentData existing = m_plan.nearDuplicates.isEmpty() ? DocumentData {} : m_editor->document()->data();
    auto describe = [&f](const Deal &d, const QString &from, const QString &to) {
        return QStringLiteral("%1 → %2, %3, %4, %5")
            .arg(from, to, DealKinds::displayName(d.kind), f.date(d.date), f.dealAmount(d.amount, d.amountKind));
    };
    for (int i = 0; i < m_plan.nearDuplicates.size(); ++i) {
        const DealMerge::NearDuplicate &n = m_plan.nearDuplicates.at(i);
        const Deal *old = m_editor->document()->deal(n.existingId);
        const QString oldText = old ? old->id + QStringLiteral(": ")
                + describe(*old, companyNameIn(existing, old->from), companyNameIn(existing, old->to))
                                    : n.existingId;
        m_near->setItem(i, 0, new QTableWidgetItem(oldText));
        const QString fromName = m_plan.companyIds.contains(n.incoming.from)
            ? companyNameIn(existing, m_plan.companyIds.value(n.incoming.from))
            : companyNameIn(m_read.data, n.incoming.from);
        const QString toName = m_plan.companyIds.contains(n.incoming.to)
            ? companyNameIn(existing, m_plan.companyIds.value(n.incoming.to))
            : companyNameIn(m_read.data, n.incoming.to);
        m_near->setItem(i, 1, new QTableWidgetItem(describe(n.incoming, fromName, toName)));
        auto *choice = new QComboBox;
        choice->addItem(tr("The document's deal"), int(DealMerge::Choice::KeepExisting));
        choice->addItem(tr("The file's figure instead"), int(DealMerge::Choice::Replace));
        choice->addItem(tr("Both, as two deals"), int(DealMerge::Choice::KeepBoth));
        choice->setCurrentIndex(choice->findData(int(m_choices.value(i))));
        connect(choice, &QComboBox::currentIndexChanged, this,
            [this, i, choice] { m_choices[i] = DealMerge::Choice(choice->currentData().toInt()); });
        m_near->setCellWidget(i, 2, choice);
    }
    m_near->resizeRowsToContents();
    {
        for (QAbstractButton *b : m_buttons->buttons()) {
            if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                b->setEnabled(canImport());
        }
    }
}

void ImportDialog::setSkipRefusedRows(bool skip)
{
    m_skip->setChecked(skip);
    showMerge();
}

void ImportDialog::setNearDuplicateChoice(int index, DealMerge::Choice choice)
{
    if (index < 0 || index >= m_choices.size())
        return;
    m_choices[index] = choice;
    if (auto *box = qobject_cast<QComboBox *>(m_near->cellWidget(index, 2)))
        box->setCurrentIndex(box->findData(int(choice)));
}

bool ImportDialog::importNow()
{
    if (!canImport())
        return false;
    const DealMerge::Changes changes = DealMerge::changes(m_plan, m_choices);
    if (!m_editor->importDeals(changes.addedCompanies, changes.addedDeals, changes.replacedDeals, m_source.fileName)) {
        m_error = tr("The deals could not be merged into the document.");
        return false;
    }
    if (m_source.isTable() && m_remember->isChecked())
        rememberMapping();
    return true;
}

void ImportDialog::accept()
{
    if (!importNow()) {
        if (!m_error.isEmpty())
            QMessageBox::warning(this, tr("Import Deals"), m_error);
        return;
    }
    QDialog::accept();
}

QString ImportDialog::mappingKey() const
{
    const QStringList header
        = m_sheet < m_source.sheets.size() ? TableImport::header(m_source.sheets.at(m_sheet)) : QStringList();
    const QByteArray hash
        = QCryptographicHash::hash(header.join(u'\x1f').toCaseFolded().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("import/mappings/") + QString::fromLatin1(hash.toHex());
}

void ImportDialog::rememberMapping() const
{
    CapflowSettings settings;
    settings.setValue(
        mappingKey(), QString::fromUtf8(QJsonDocument(m_mapping.toJson()).toJson(QJsonDocument::Compact)));
}

std::optional<ImportMapping::Mapping> ImportDialog::rememberedMapping() const
{
    CapflowSettings settings;
    const QString text = settings.value(mappingKey()).toString();
    if (text.isEmpty())
        return std::nullopt;
    return ImportMapping::Mapping::fromJson(QJsonDocument::fromJson(text.toUtf8()).object(), nullptr);
}

void ImportDialog::saveMappingAs()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Mapping"), QFileInfo(m_path).path(), tr("Import mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    QString error;
    if (!SafeFiles::write(path, QJsonDocument(m_mapping.toJson()).toJson(), &error))
        QMessageBox::warning(this, tr("Save Mapping"), error);
}
