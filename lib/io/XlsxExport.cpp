#include "io/XlsxExport.h"

#include "document/DocumentData.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace XlsxExport {
namespace {

constexpr qsizetype maxCellLength = 32767; // Excel's limit for the text of one cell
constexpr int minWidth = 6;
constexpr int maxWidth = 60;

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *billions = nullptr;
    lxw_format *gigawatts = nullptr;
};

// Width of text in Excel's column units (about one per character; East Asian characters take two).
int textWidth(const QString &text)
{
    int widest = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        int width = 0;
        for (const char32_t c : line.toUcs4())
            width += c >= 0x2E80 ? 2 : 1;
        widest = std::max(widest, width);
    }
    return widest;
}

// One worksheet, written row by row and cell by cell from the left; remembers each column's widest
// content for the widths set by finish().
class Sheet
{
public:
    Sheet(lxw_workbook *workbook, const char *name, const Formats &formats, const QStringList &headers)
        : m_sheet(workbook_add_worksheet(workbook, name))
        , m_formats(formats)
        , m_widths(headers.size(), minWidth)
    {
        m_ok = m_sheet != nullptr;
        for (const QString &header : headers) {
            // The autofilter's button covers the end of the header.
            widen(textWidth(header) + 3);
            put(header, m_formats.header);
        }
        endRow();
    }

    void text(const QString &value)
    {
        widen(textWidth(value));
        put(value, nullptr);
    }
    void number(double value, lxw_format *format, int width)
    {
        widen(width);
        if (m_ok)
            m_ok = worksheet_write_number(m_sheet, m_row, m_column, value, format) == LXW_NO_ERROR;
        ++m_column;
    }
    void date(QDate day)
    {
        if (!day.isValid()) {
            skip();
        } else if (day.year() < 1900) { // before the first date Excel can show
            text(day.toString(Qt::ISODate));
        } else {
            widen(10);
            lxw_datetime value {day.year(), day.month(), day.day(), 0, 0, 0.0};
            if (m_ok)
                m_ok = worksheet_write_datetime(m_sheet, m_row, m_column, &value, m_formats.date) == LXW_NO_ERROR;
            ++m_column;
        }
    }
    void skip() { ++m_column; }
    void endRow()
    {
        ++m_row;
        m_column = 0;
    }

    // Column widths, the frozen header row and the autofilter over all rows.
    bool finish()
    {
        if (!m_ok)
            return false;
        for (int c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(m_widths.at(c), maxWidth), nullptr);
        worksheet_freeze_panes(m_sheet, 1, 0);
        return worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_widths.size() - 1)) == LXW_NO_ERROR;
    }

private:
    void widen(int width)
    {
        if (m_column < lxw_col_t(m_widths.size()))
            m_widths[m_column] = std::max(m_widths.at(m_column), width + 1);
    }
    void put(const QString &value, lxw_format *format)
    {
        QString cell = value;
        if (cell.size() > maxCellLength) {
            cell.truncate(maxCellLength - 1);
            if (cell.back().isHighSurrogate())
                cell.chop(1);
            cell += u'…';
        }
        if (m_ok && !cell.isEmpty())
            m_ok = worksheet_write_string(m_sheet, m_row, m_column, cell.toUtf8().constData(), format) == LXW_NO_ERROR;
        ++m_column;
    }

    lxw_worksheet *m_sheet;
    const Formats &m_formats;
    QList<int> m_widths;
    lxw_row_t m_row = 0;
    lxw_col_t m_column = 0;
    bool m_ok = true;
};

// Billions of USD as the double nearest to the exact amount (the decimal text is exact).
double billions(Money amount)
{
    return amount.toBillionsString().toDouble();
}

int numberWidth(double value)
{
    return int(QString::number(value, 'f', 4).size()) + 1; // with grouping, about
}

void sourcesTo(Sheet &sheet, const QList<Source> &sources)
{
    QStringList urls;
    QStringList titles;
    for (const Source &s : sources) {
        urls << s.url;
        titles << s.title;
    }
    sheet.text(urls.join(u'\n'));
    sheet.text(titles.join(u'\n'));
}

struct WorkbookCloser
{
    void operator()(lxw_workbook *workbook) const { workbook_close(workbook); }
};

} // namespace

QByteArray write(const DocumentData &data)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    QByteArray folder = QFile::encodeName(dir.path());
    lxw_workbook_options options {};
    options.tmpdir = folder.data();
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(
        workbook_new_opt(QFile::encodeName(path).constData(), &options));
    if (!workbook)
        return {};

    Formats formats;
    formats.header = workbook_add_format(workbook.get());
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.date = workbook_add_format(workbook.get());
    format_set_num_format(formats.date, "yyyy-mm-dd");
    formats.billions = workbook_add_format(workbook.get());
    format_set_num_format(formats.billions, "#,##0.0###");
    formats.gigawatts = workbook_add_format(workbook.get());
    format_set_num_format(formats.gigawatts, "#,##0.0##");

    QHash<QString, QString> names;
    for (const Company &c : data.companies)
        names.insert(c.id, c.name);

    Sheet deals(workbook.get(), dealsSheet, formats,
        {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("date_precision"), QStringLiteral("from"),
            QStringLiteral("from_id"), QStringLiteral("to"), QStringLiteral("to_id"), QStringLiteral("kind"),
            QStringLiteral("amount_usd_bn"), QStringLiteral("amount_usd"), QStringLiteral("amount_kind"),
            QStringLiteral("capacity_gw"), QStringLiteral("note_en"), QStringLiteral("note_de"),
            QStringLiteral("source_url"), QStringLiteral("source_title")});
    for (const Deal &d : data.deals) {
        deals.text(d.id);
        deals.date(d.date.periodStart());
        deals.text(enumKey(d.date.precision()));
        deals.text(names.value(d.from));
        deals.text(d.from);
        deals.text(names.value(d.to));
        deals.text(d.to);
        deals.text(enumKey(d.kind));
        if (d.amount) {
            const double value = billions(*d.amount);
            deals.number(value, formats.billions, numberWidth(value));
            deals.text(d.amount->toUsdString());
        } else {
            deals.skip();
            deals.skip();
        }
        deals.text(enumKey(d.amountKind));
        if (d.capacityMw) {
            const double value = Decimal::format(*d.capacityMw, 3).toDouble();
            deals.number(value, formats.gigawatts, numberWidth(value));
        } else {
            deals.skip();
        }
        deals.text(d.note.en);
        deals.text(d.note.de);
        sourcesTo(deals, d.sources);
        deals.endRow();
    }

    Sheet companies(workbook.get(), companiesSheet, formats,
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("country"),
            QStringLiteral("note_en"), QStringLiteral("note_de")});
    for (const Company &c : data.companies) {
        companies.text(c.id);
        companies.text(c.name);
        companies.text(enumKey(c.kind));
        companies.text(c.country);
        companies.text(c.note.en);
        companies.text(c.note.de);
        companies.endRow();
    }

    Sheet valuations(workbook.get(), valuationsSheet, formats,
        {QStringLiteral("id"), QStringLiteral("company"), QStringLiteral("company_id"), QStringLiteral("date"),
            QStringLiteral("date_precision"), QStringLiteral("value_usd_bn"), QStringLiteral("value_usd"),
            QStringLiteral("kind"), QStringLiteral("source_url"), QStringLiteral("source_title")});
    for (const Valuation &v : data.valuations) {
        valuations.text(v.id);
        valuations.text(names.value(v.company));
        valuations.text(v.company);
        valuations.date(v.date.periodStart());
        valuations.text(enumKey(v.date.precision()));
        const double value = billions(v.value);
        valuations.number(value, formats.billions, numberWidth(value));
        valuations.text(v.value.toUsdString());
        valuations.text(enumKey(v.kind));
        sourcesTo(valuations, v.sources);
        valuations.endRow();
    }

    const bool written = deals.finish() && companies.finish() && valuations.finish();
    if (workbook_close(workbook.release()) != LXW_NO_ERROR || !written)
        return {};
    // Our own file in our own folder, just written: no guarded read needed (and SafeFiles' memory
    // estimate is for parsing documents, not for copying bytes).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace XlsxExport
