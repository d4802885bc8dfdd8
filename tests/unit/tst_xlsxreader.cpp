// The .xlsx reader of the import: CapFlow's own workbooks (libxlsxwriter), openpyxl's (inline
// strings, dates in any format, the 1904 date system, booleans, errors, gaps, emoji), hand-built
// workbooks for each kind of cell, and broken ones that give located problems instead of crashes.
#include "import/XlsxReader.h"
#include "io/XlsxExport.h"
#include "support/Builders.h"
#include "support/TestFiles.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {
const QString kFile = u"book.xlsx"_s;
const QString kPython = u"/usr/bin/python3"_s; // Debian's, with python3-openpyxl (not a pyenv shim)

using Entries = QList<std::pair<QString, QByteArray>>;

void putU16(QByteArray &out, quint32 value)
{
    out += char(value & 0xFF);
    out += char((value >> 8) & 0xFF);
}
void putU32(QByteArray &out, quint32 value)
{
    putU16(out, value & 0xFFFF);
    putU16(out, value >> 16);
}

// A zip archive of the entries, deflated with zlib (or stored), as Excel writes them.
QByteArray zipOf(const Entries &entries, bool deflate = true)
{
    QByteArray zip;
    QByteArray directory;
    for (const auto &entry : entries) {
        // Named references, not a structured binding: clang 14 cannot capture those in the lambda below.
        const QString &name = entry.first;
        const QByteArray &bytes = entry.second;
        const QByteArray fileName = name.toUtf8();
        const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
        QByteArray packed = bytes;
        if (deflate) {
            z_stream stream {};
            deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
            packed.resize(qsizetype(deflateBound(&stream, uLong(bytes.size()))));
            stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
            stream.avail_in = uInt(bytes.size());
            stream.next_out = reinterpret_cast<Bytef *>(packed.data());
            stream.avail_out = uInt(packed.size());
            if (::deflate(&stream, Z_FINISH) != Z_STREAM_END)
                return {};
            packed.resize(qsizetype(stream.total_out));
            deflateEnd(&stream);
        }
        const auto offset = quint32(zip.size());
        auto header = [&](QByteArray &out, bool central) {
            putU32(out, central ? 0x02014b50 : 0x04034b50);
            if (central)
                putU16(out, 20); // made by
            putU16(out, 20); // version needed
            putU16(out, 0x0800); // UTF-8 names
            putU16(out, deflate ? 8 : 0);
            putU32(out, 0); // time and date
            putU32(out, crc);
            putU32(out, quint32(packed.size()));
            putU32(out, quint32(bytes.size()));
            putU16(out, quint32(fileName.size()));
            putU16(out, 0); // extra
            if (central) {
                putU16(out, 0); // comment
                putU32(out, 0); // disk, internal attributes
                putU32(out, 0); // external attributes
                putU32(out, offset);
            }
            out += fileName;
        };
        header(zip, false);
        zip += packed;
        header(directory, true);
    }
    const auto directoryOffset = quint32(zip.size());
    zip += directory;
    putU32(zip, 0x06054b50);
    putU32(zip, 0); // disks
    putU16(zip, quint32(entries.size()));
    putU16(zip, quint32(entries.size()));
    putU32(zip, quint32(directory.size()));
    putU32(zip, directoryOffset);
    putU16(zip, 0); // comment
    return zip;
}

const QByteArray kMain = "xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'";
const QByteArray kRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QByteArray worksheet(const QByteArray &rows)
{
    return "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<worksheet " + kMain + "><sheetData>" + rows
        + "</sheetData></worksheet>";
}

QByteArray sharedStrings(const QByteArrayList &items)
{
    QByteArray xml = "<sst " + kMain + " count='" + QByteArray::number(items.size()) + "' uniqueCount='"
        + QByteArray::number(items.size()) + "'>";
    for (const QByteArray &item : items)
        xml += "<si>" + item + "</si>";
    return xml + "</sst>";
}

// A workbook of one sheet "Deals" (xl/worksheets/sheet1.xml), with shared strings (found through
// an absolute target) and styles (where Excel puts them, without a relationship) when given.
struct Book
{
    QByteArray sheet;
    QByteArray strings;
    QByteArray styles;
    QByteArray workbookPr;

    Entries entries() const
    {
        Entries result;
        result << std::pair(u"xl/workbook.xml"_s,
            "<workbook " + kMain + " xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
                + workbookPr + "<sheets><sheet name='Deals' sheetId='1' r:id='rId1'/></sheets></workbook>");
        QByteArray rels = "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
                          "<Relationship Id='rId1' Type='"
            + kRelationshipType + "worksheet' Target='worksheets/sheet1.xml'/>";
        if (!strings.isEmpty())
            rels += "<Relationship Id='rId2' Type='" + kRelationshipType
                + "sharedStrings' Target='/xl/sharedStrings.xml'/>";
        result << std::pair(u"xl/_rels/workbook.xml.rels"_s, rels + "</Relationships>");
        result << std::pair(u"xl/worksheets/sheet1.xml"_s, sheet);
        if (!strings.isEmpty())
            result << std::pair(u"xl/sharedStrings.xml"_s, strings);
        if (!styles.isEmpty())
            result << std::pair(u"xl/styles.xml"_s, styles);
        return result;
    }
    QByteArray zip(bool deflate = true) const { return zipOf(entries(), deflate); }
};

// A workbook of one sheet with these rows, nothing else.
QByteArray sheetZip(const QByteArray &rows)
{
    Book book;
    book.sheet = worksheet(rows);
    return book.zip();
}

// Cell formats: 0 General, 1 built-in 14 (a date), 2 "yyyy-mm-dd", 3 "0.0 \"days\"" (a number),
// 4 "[$-407]mmmm yyyy", 5 "[Red]0.00" (a number), 6 built-in 22 (date and time), 7 "dd.mm.yyyy".
const QByteArray kStyles = "<styleSheet " + kMain
    + "><numFmts count='5'><numFmt numFmtId='164' formatCode='yyyy-mm-dd'/>"
      "<numFmt numFmtId='165' formatCode='0.0 &quot;days&quot;'/>"
      "<numFmt numFmtId='166' formatCode='[$-407]mmmm yyyy'/><numFmt numFmtId='167' formatCode='[Red]0.00'/>"
      "<numFmt numFmtId='168' formatCode='dd.mm.yyyy'/></numFmts>"
      "<cellStyleXfs count='1'><xf numFmtId='14'/></cellStyleXfs>"
      "<cellXfs count='8'><xf numFmtId='0'/><xf numFmtId='14' applyNumberFormat='1'/><xf numFmtId='164'/>"
      "<xf numFmtId='165'/><xf numFmtId='166'/><xf numFmtId='167'/><xf numFmtId='22'/><xf numFmtId='168'/>"
      "</cellXfs></styleSheet>";

QString columnName(int column)
{
    QString name;
    for (; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (column - 1) % 26)));
    return name;
}

// The cells as "B3 n 2.5" (a number) or "B3 t text", after checking the order and the places.
QStringList describe(const Import::Sheet &sheet)
{
    QStringList result;
    int lastRow = 0;
    for (const Import::Row &row : sheet.rows) {
        if (row.line <= lastRow || row.cells.isEmpty())
            result << u"row %1 out of order or empty"_s.arg(row.line);
        lastRow = row.line;
        int lastColumn = 0;
        for (const Import::Cell &cell : row.cells) {
            if (cell.column <= lastColumn || cell.line != row.line || cell.text.isEmpty())
                result << u"cell %1:%2 out of order, off its row or empty"_s.arg(cell.line).arg(cell.column);
            lastColumn = cell.column;
            result << u"%1%2 %3 %4"_s.arg(columnName(cell.column))
                          .arg(cell.line)
                          .arg(cell.number ? u"n"_s : u"t"_s, cell.text);
        }
    }
    return result;
}

QStringList sheetNames(const XlsxReader::Result &result)
{
    QStringList names;
    for (const Import::Sheet &sheet : result.sheets)
        names << sheet.name;
    return names;
}

// The cell at the row and column, or an empty one at line 0 when there is none.
Import::Cell cellAt(const Import::Sheet &sheet, int line, int column)
{
    for (const Import::Row &row : sheet.rows) {
        for (const Import::Cell &cell : row.cells) {
            if (cell.line == line && cell.column == column)
                return cell;
        }
    }
    return {QString(), 0, 0, false};
}

// The zip with the size that the central directory gives for the entry's unpacked bytes replaced.
QByteArray withUnpackedSize(QByteArray zip, const QByteArray &entry, quint32 size)
{
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0 && at + 46 <= zip.size();
         at = zip.indexOf("PK\x01\x02", at + 4)) {
        const auto u16 = [&](qsizetype offset) {
            return int(uchar(zip.at(at + offset))) | int(uchar(zip.at(at + offset + 1))) << 8;
        };
        if (zip.mid(at + 46, u16(28)) != entry)
            continue;
        for (int i = 0; i < 4; ++i)
            zip[at + 24 + i] = char((size >> (8 * i)) & 0xFF);
        return zip;
    }
    return {};
}

// Names with umlauts, CJK and quotes; a deal of exactly $415m with 1.5 GW and two sources; an
// undisclosed deal of month precision; a valuation of $5,123,456,789.
DocumentData document()
{
    DocumentData data;
    data.companies
        << CompanyBuilder(u"openai"_s).name(u"OpenAI \"Quote\" Ltd."_s).kind(CompanyKind::AiLab).country(u"US"_s)
        << CompanyBuilder(u"zhipu"_s).name(u"北京智谱 AI"_s).kind(CompanyKind::AiLab).country(u"CN"_s)
        << CompanyBuilder(u"mueller"_s).name(u"Müller & Söhne; GmbH"_s).kind(CompanyKind::Investor);
    Deal compute
        = DealBuilder(u"D1"_s, u"openai"_s, u"zhipu"_s)
              .kind(DealKind::Compute)
              .usd(415'000'000)
              .amountKind(AmountKind::Committed)
              .on(QDate(2025, 3, 7))
              .note(u"Compute, \"first\" tranche"_s)
              .sources({{u"https://example.com/a"_s, u"Title A"_s}, {u"https://example.com/b"_s, u"Titel B"_s}});
    compute.capacityMw = 1500;
    data.deals << compute
               << DealBuilder(u"D2"_s, u"mueller"_s, u"openai"_s).on(QDate(2024, 3, 1), DatePrecision::Month).build();
    Valuation valuation = ValuationBuilder(u"V1"_s, u"zhipu"_s).on(QDate(2024, 6, 1), DatePrecision::Month);
    valuation.value = Money::fromUsd(5'123'456'789);
    data.valuations << valuation;
    return data;
}

// Writes two workbooks with openpyxl: argv[1] in the 1900 date system, argv[2] in the 1904 one.
const char *const kOpenpyxlScript = "import datetime, sys\n"
                                    "import openpyxl\n"
                                    "from openpyxl.utils.datetime import CALENDAR_MAC_1904\n"
                                    "wb = openpyxl.Workbook()\n"
                                    "ws = wb.active\n"
                                    "ws.title = 'Daten'\n"
                                    "ws['A1'] = 'Ä 🤖 Umlaut'\n"
                                    "ws['B1'] = True\n"
                                    "ws['C1'] = '#N/A'\n"
                                    "ws['D1'] = 0.0025\n"
                                    "ws['E1'] = 1e21\n"
                                    "ws['F1'] = 1.5e-07\n"
                                    "ws['G1'] = '  spaced  '\n"
                                    "def put(ref, value, fmt):\n"
                                    "    ws[ref] = value\n"
                                    "    ws[ref].number_format = fmt\n"
                                    "put('A2', datetime.date(2024, 3, 1), 'dd.mm.yyyy')\n"
                                    "ws['B2'] = 42\n"
                                    "ws['C2'] = -0.5\n"
                                    "put('D2', datetime.datetime(2024, 12, 31, 18, 30), 'yyyy-mm-dd hh:mm')\n"
                                    "put('E2', datetime.date(2025, 10, 28), '[$-407]mmmm yyyy')\n"
                                    "put('F2', 1234.5, '0.00\" h\"')\n"
                                    "ws['G2'] = False\n"
                                    "ws['B4'] = 'b'\n"
                                    "ws['D4'] = 'd'\n"
                                    "wb.create_sheet('Zweite')['A1'] = 'second'\n"
                                    "wb.save(sys.argv[1])\n"
                                    "mac = openpyxl.Workbook()\n"
                                    "mac.epoch = CALENDAR_MAC_1904\n"
                                    "ws = mac.active\n"
                                    "ws.title = 'Mac'\n"
                                    "put('A1', datetime.date(2024, 3, 1), 'yyyy-mm-dd')\n"
                                    "put('B1', datetime.date(1904, 1, 2), 'yyyy-mm-dd')\n"
                                    "mac.save(sys.argv[2])\n";
} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // CapFlow's own export: the three sheets in order, shared strings, dates, numbers, gaps.
    void ownExport()
    {
        const QByteArray bytes = XlsxExport::write(document());
        QVERIFY(!bytes.isEmpty());
        const XlsxReader::Result result = XlsxReader::read(bytes, kFile);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(sheetNames(result), QStringList({u"Deals"_s, u"Companies"_s, u"Valuations"_s}));

        const Import::Sheet &deals = result.sheets.at(0);
        QCOMPARE(deals.rows.size(), 3);
        QStringList header;
        for (const Import::Cell &cell : deals.rows.at(0).cells)
            header << cell.text;
        QCOMPARE(header,
            QStringList({u"id"_s, u"date"_s, u"date_precision"_s, u"from"_s, u"from_id"_s, u"to"_s, u"to_id"_s,
                u"kind"_s, u"amount_usd_bn"_s, u"amount_usd"_s, u"amount_kind"_s, u"capacity_gw"_s, u"note_en"_s,
                u"note_de"_s, u"source_url"_s, u"source_title"_s}));
        const QStringList compute = describe(deals).mid(16, 15);
        QCOMPARE(compute,
            QStringList({u"A2 t D1"_s, u"B2 t 2025-03-07"_s, u"C2 t day"_s, u"D2 t OpenAI \"Quote\" Ltd."_s,
                u"E2 t openai"_s, u"F2 t 北京智谱 AI"_s, u"G2 t zhipu"_s, u"H2 t compute"_s, u"I2 n 0.415"_s,
                u"J2 t 415000000"_s, u"K2 t committed"_s, u"L2 n 1.5"_s, u"M2 t Compute, \"first\" tranche"_s,
                u"O2 t https://example.com/a\nhttps://example.com/b"_s, u"P2 t Title A\nTitel B"_s}));
        // Undisclosed, no capacity, no notes: gaps where the cells are empty.
        QList<int> columns;
        for (const Import::Cell &cell : deals.rows.at(2).cells)
            columns << cell.column;
        QCOMPARE(columns, QList<int>({1, 2, 3, 4, 5, 6, 7, 8, 11, 15, 16}));
        QCOMPARE(deals.rows.at(2).line, 3);
        QCOMPARE(cellAt(deals, 3, 2).text, u"2024-03-01"_s);
        QCOMPARE(cellAt(deals, 3, 4).text, u"Müller & Söhne; GmbH"_s);

        const Import::Sheet &companies = result.sheets.at(1);
        QCOMPARE(companies.rows.size(), 4);
        QCOMPARE(cellAt(companies, 3, 2).text, u"北京智谱 AI"_s);
        QCOMPARE(cellAt(companies, 4, 3).text, u"investor"_s);

        const Import::Sheet &valuations = result.sheets.at(2);
        QCOMPARE(valuations.rows.size(), 2);
        QCOMPARE(describe(valuations).mid(10, 7),
            QStringList({u"A2 t V1"_s, u"B2 t 北京智谱 AI"_s, u"C2 t zhipu"_s, u"D2 t 2024-06-01"_s, u"E2 t month"_s,
                u"F2 n 5.123456789"_s, u"G2 t 5123456789"_s}));
    }

    void openpyxlWorkbooks()
    {
        if (!QFileInfo(kPython).isExecutable())
            QSKIP("needs /usr/bin/python3 with openpyxl (Debian: python3-openpyxl)");
        QProcess probe;
        probe.start(kPython, {u"-c"_s, u"import openpyxl"_s});
        if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP("needs /usr/bin/python3 with openpyxl (Debian: python3-openpyxl)");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(u"write.py"_s);
        QVERIFY(writeFixture(script, QByteArray(kOpenpyxlScript)));
        QProcess python;
        python.start(kPython, {script, dir.filePath(u"book.xlsx"_s), dir.filePath(u"mac.xlsx"_s)});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
            python.readAllStandardError().constData());

        const XlsxReader::Result book = XlsxReader::read(fileContents(dir.filePath(u"book.xlsx"_s)), kFile);
        QVERIFY2(book.ok(), qPrintable(book.problems.value(0).toString()));
        QCOMPARE(sheetNames(book), QStringList({u"Daten"_s, u"Zweite"_s}));
        QCOMPARE(describe(book.sheets.at(0)),
            QStringList({u"A1 t Ä 🤖 Umlaut"_s, u"B1 t TRUE"_s, u"C1 t #N/A"_s, u"D1 n 0.0025"_s,
                u"E1 n 1000000000000000000000"_s, u"F1 n 0.00000015"_s, u"G1 t   spaced  "_s, u"A2 t 2024-03-01"_s,
                u"B2 n 42"_s, u"C2 n -0.5"_s, u"D2 t 2024-12-31"_s, u"E2 t 2025-10-28"_s, u"F2 n 1234.5"_s,
                u"G2 t FALSE"_s, u"B4 t b"_s, u"D4 t d"_s}));
        QCOMPARE(describe(book.sheets.at(1)), QStringList({u"A1 t second"_s}));

        const XlsxReader::Result mac = XlsxReader::read(fileContents(dir.filePath(u"mac.xlsx"_s)), kFile);
        QVERIFY2(mac.ok(), qPrintable(mac.problems.value(0).toString()));
        QCOMPARE(sheetNames(mac), QStringList({u"Mac"_s}));
        QCOMPARE(describe(mac.sheets.at(0)), QStringList({u"A1 t 2024-03-01"_s, u"B1 t 1904-01-02"_s}));
    }

    void cells_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QByteArray>("workbookPr");
        QTest::addColumn<QStringList>("expected");
        auto row = [](int r, const QByteArray &cells) {
            return "<row r='" + QByteArray::number(r) + "'>" + cells + "</row>";
        };

        QTest::newRow("places") << row(2, "<c r='C2'><v>1</v></c><c><v>2</v></c><c r='AA2'><v>3</v></c>")
                + "<row><c r='XFD3'><v>4</v></c></row><row r='7'><c><v>5</v></c></row>"
                + "<row r='8' spans='1:2'><c r='a8'><v>6</v></c></row>"
                                << QByteArray()
                                << QStringList({u"C2 n 1"_s, u"D2 n 2"_s, u"AA2 n 3"_s, u"XFD3 n 4"_s, u"A7 n 5"_s,
                                       u"A8 n 6"_s});
        QTest::newRow("numbers") << row(1,
            "<c r='A1'><v>2.5E-3</v></c><c r='B1'><v>1E+3</v></c><c r='C1'><v>5.0</v></c><c r='D1'><v>-0</v></c>"
            "<c r='E1'><v>0.41499999999999998</v></c><c r='F1'><v>123.450</v></c><c r='G1' t='n'><v>-7</v></c>"
            "<c r='H1'><v>1.2345678901234567E+20</v></c><c r='I1'><v>0.30000000000000004</v></c>"
            "<c r='J1'><v>+012</v></c><c r='K1'><v>-1.5e-2</v></c><c r='L1'><v>0.1</v></c>")
                                 << QByteArray()
                                 << QStringList({u"A1 n 0.0025"_s, u"B1 n 1000"_s, u"C1 n 5"_s, u"D1 n 0"_s,
                                        u"E1 n 0.415"_s, u"F1 n 123.45"_s, u"G1 n -7"_s,
                                        u"H1 n 123456789012345670000"_s, u"I1 n 0.30000000000000004"_s, u"J1 n 12"_s,
                                        u"K1 n -0.015"_s, u"L1 n 0.1"_s});
        QTest::newRow("types") << row(1,
            "<c r='A1' t='str'><f>B1&amp;\"x\"</f><v>abc</v></c><c r='B1' t='b'><v>0</v></c>"
            "<c r='C1' t='b'><v>1</v></c><c r='D1' t='e'><v>#DIV/0!</v></c>"
            "<c r='E1' t='inlineStr'><is><t xml:space='preserve'> in line </t></is></c>"
            "<c r='F1' t='inlineStr'><is><r><t>ri</t></r><r><rPr><b/></rPr><t>ch</t></r></is></c>"
            "<c r='G1' t='d'><v>2024-03-01T00:00:00</v></c><c r='H1' t='s'><v>0</v></c><c r='I1' t='s'><v>1</v></c>"
            "<c r='J1' t='s'><v>2</v></c><c r='K1' t='str'><v>a_x000D_b_x005F_x0041_</v></c>")
                               << QByteArray()
                               << QStringList({u"A1 t abc"_s, u"B1 t FALSE"_s, u"C1 t TRUE"_s, u"D1 t #DIV/0!"_s,
                                      u"E1 t  in line "_s, u"F1 t rich"_s, u"G1 t 2024-03-01"_s, u"H1 t Hello "_s,
                                      u"I1 t Ä🤖"_s, u"K1 t a\rb_x0041_"_s});
        QTest::newRow("empty cells") << row(1, "<c r='A1' s='1'/><c r='B1' t='s'><v>2</v></c><c r='C1'><v></v></c>")
                + row(2, "<c r='A2' t='inlineStr'><is><t></t></is></c><c r='B2'><f>1+1</f></c>")
                + row(3, "<c r='C3'><v>7</v></c>") + "<row r='4'/>"
                                     << QByteArray() << QStringList({u"C3 n 7"_s});
        QTest::newRow("out of order") << row(5, "<c r='C5'><v>3</v></c><c r='A5'><v>1</v></c>")
                + row(2, "<c r='B2'><v>2</v></c>")
                                      << QByteArray() << QStringList({u"B2 n 2"_s, u"A5 n 1"_s, u"C5 n 3"_s});
        QTest::newRow("dates 1900") << row(1,
            "<c r='A1' s='1'><v>1</v></c><c r='B1' s='1'><v>59</v></c><c r='C1' s='1'><v>60</v></c>"
            "<c r='D1' s='1'><v>61</v></c><c r='E1' s='2'><v>45352</v></c><c r='F1' s='6'><v>45352.75</v></c>"
            "<c r='G1' s='4'><v>45352</v></c><c r='H1' s='7'><v>45657.999</v></c><c r='I1' s='3'><v>12.5</v></c>"
            "<c r='J1' s='5'><v>45352</v></c><c r='K1' s='0'><v>45352</v></c><c r='L1' s='1'><v>0.5</v></c>"
            "<c r='M1' s='99'><v>45352</v></c><c r='N1' s='2' t='n'><v>2958465</v></c>")
                                    << QByteArray()
                                    << QStringList({u"A1 t 1900-01-01"_s, u"B1 t 1900-02-28"_s, u"C1 t 1900-02-29"_s,
                                           u"D1 t 1900-03-01"_s, u"E1 t 2024-03-01"_s, u"F1 t 2024-03-01"_s,
                                           u"G1 t 2024-03-01"_s, u"H1 t 2024-12-31"_s, u"I1 n 12.5"_s, u"J1 n 45352"_s,
                                           u"K1 n 45352"_s, u"L1 n 0.5"_s, u"M1 n 45352"_s, u"N1 t 9999-12-31"_s});
        QTest::newRow("dates 1904") << row(
            1, "<c r='A1' s='1'><v>0</v></c><c r='B1' s='2'><v>43890</v></c><c r='C1' s='1'><v>59</v></c>")
                                    << QByteArray("<workbookPr date1904='true'/>")
                                    << QStringList({u"A1 t 1904-01-01"_s, u"B1 t 2024-03-01"_s, u"C1 t 1904-02-29"_s});
        QTest::newRow("dates 1904 as 1") << row(1, "<c r='A1' s='1'><v>43890</v></c>")
                                         << QByteArray("<workbookPr date1904='1'/>")
                                         << QStringList({u"A1 t 2024-03-01"_s});
    }
    void cells()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QByteArray, workbookPr);
        QFETCH(QStringList, expected);
        Book book;
        book.sheet = worksheet(rows);
        // Rich text with a phonetic run (not part of the text); an empty string; unicode.
        book.strings = sharedStrings({"<r><t>Hel</t></r><r><rPr><b/></rPr><t xml:space='preserve'>lo </t></r>"
                                      "<rPh sb='0' eb='1'><t>ハ</t></rPh><phoneticPr fontId='1'/>",
            "<t>Ä🤖</t>", "<t/>"});
        book.styles = kStyles;
        book.workbookPr = workbookPr;
        const XlsxReader::Result result = XlsxReader::read(book.zip(), kFile);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(sheetNames(result), QStringList({u"Deals"_s}));
        QCOMPARE(describe(result.sheets.at(0)), expected);
    }

    // Without shared strings and styles (both optional), numbers stay numbers; deflated or stored.
    void minimalWorkbook()
    {
        Book book;
        book.sheet = worksheet("<row r='1'><c r='A1'><v>45352</v></c><c r='B1' s='1'><v>1</v></c></row>");
        for (const bool deflate : {true, false}) {
            const XlsxReader::Result result = XlsxReader::read(book.zip(deflate), kFile);
            QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
            QCOMPARE(describe(result.sheets.at(0)), QStringList({u"A1 n 45352"_s, u"B1 n 1"_s}));
        }
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("not a zip") << QByteArray("id,date\nD1,2025-01-01\n") << u"not a zip archive"_s << 0 << 0;
        QTest::newRow("empty") << QByteArray() << u"not a zip archive"_s << 0 << 0;
        QTest::newRow("truncated zip") << sheetZip("").left(40) << u"not a zip archive"_s << 0 << 0;
        QTest::newRow("old Excel") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')
                                   << u"old Excel workbook (.xls)"_s << 0 << 0;
        QTest::newRow("no workbook") << zipOf({{u"word/document.xml"_s, "<document/>"}})
                                     << u"the zip archive has no xl/workbook.xml"_s << 0 << 0;

        Book malformed;
        malformed.sheet = "<worksheet " + kMain
            + ">\n<sheetData>\n  <row r='1'><c r='A1'><v>1</v></row>\n"
              "</sheetData></worksheet>";
        QTest::newRow("malformed sheet")
            << malformed.zip() << u"xl/worksheets/sheet1.xml, line 3, column 37: Opening and ending tag mismatch"_s << 0
            << 0;
        Book badWorkbook;
        badWorkbook.sheet = worksheet("");
        Entries entries = badWorkbook.entries();
        entries[0].second = "<workbook " + kMain + "><sheets><sheet name='Deals'";
        QTest::newRow("malformed workbook") << zipOf(entries) << u"xl/workbook.xml, line 1, column "_s << 0 << 0;
        Book badStrings;
        badStrings.sheet = worksheet("<row r='1'><c r='A1' t='s'><v>0</v></c></row>");
        badStrings.strings = "<sst " + kMain + "><si><t>a</t></si><si><t>b</sst>";
        QTest::newRow("malformed shared strings")
            << badStrings.zip() << u"xl/sharedStrings.xml, line 1, column "_s << 0 << 0;

        Book outOfRange;
        outOfRange.sheet = worksheet("<row r='1'><c r='A1' t='s'><v>0</v></c></row>"
                                     "<row r='3'><c r='A3' t='s'><v>1</v></c><c r='B3' t='s'><v>2</v></c></row>");
        outOfRange.strings = sharedStrings({"<t>id</t>", "<t>D1</t>"});
        QTest::newRow("shared string out of range")
            << outOfRange.zip() << u"sheet \"Deals\", cell B3: shared string 2 does not exist (the workbook has 2)"_s
            << 3 << 2;
        Book notAnIndex;
        notAnIndex.sheet = worksheet("<row r='4'><c r='AB4' t='s'><v>x</v></c></row>");
        notAnIndex.strings = sharedStrings({"<t>id</t>"});
        QTest::newRow("shared string not a number")
            << notAnIndex.zip() << u"sheet \"Deals\", cell AB4: \"x\" is not the number of a shared string"_s << 4
            << 28;
        QTest::newRow("bad reference") << sheetZip("<row r='1'><c r='3B'><v>1</v></c></row>")
                                       << u"sheet \"Deals\": \"3B\" is not a cell reference"_s << 0 << 0;
        QTest::newRow("column beyond XFD")
            << sheetZip("<row r='1'><c r='XFE1'><v>1</v></c></row>") << u"\"XFE1\" is not a cell reference"_s << 0 << 0;
        QTest::newRow("bad row") << sheetZip("<row r='0'><c><v>1</v></c></row>")
                                 << u"sheet \"Deals\": \"0\" is not a row number"_s << 0 << 0;

        Book noSheet;
        noSheet.sheet = worksheet("");
        entries = noSheet.entries();
        entries.removeAt(2);
        QTest::newRow("missing sheet") << zipOf(entries)
                                       << u"sheet \"Deals\": the zip archive has no xl/worksheets/sheet1.xml"_s << 0
                                       << 0;
        entries = noSheet.entries();
        entries.removeAt(1);
        QTest::newRow("missing relationships")
            << zipOf(entries) << u"the workbook has no xl/_rels/workbook.xml.rels"_s << 0 << 0;

        // A zip bomb, as the central directory tells: refused before a byte is unpacked.
        const QByteArray small = sheetZip("<row r='1'><c r='A1'><v>1</v></c></row>");
        QTest::newRow("zip bomb") << withUnpackedSize(small, "xl/worksheets/sheet1.xml", 0x7FFF'FFFF)
                                  << u"xl/worksheets/sheet1.xml would unpack to 2048 MiB, more than the 512 MiB"_s << 0
                                  << 0;
        QTest::newRow("just too big") << withUnpackedSize(small, "xl/workbook.xml", 512 * 1024 * 1024 + 1)
                                      << u"xl/workbook.xml would unpack to 513 MiB, more than the 512 MiB"_s << 0 << 0;
        // A size that lies the other way: the unpacking stops there, and the checksum fails.
        QTest::newRow("size too small") << withUnpackedSize(small, "xl/worksheets/sheet1.xml", 10)
                                        << u"xl/worksheets/sheet1.xml cannot be unpacked (the zip archive is damaged)"_s
                                        << 0 << 0;
    }
    void problems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const XlsxReader::Result result = XlsxReader::read(bytes, kFile);
        QVERIFY(!result.ok());
        const Problem &problem = result.problems.first();
        QVERIFY2(problem.message.contains(message), qPrintable(problem.toString()));
        QCOMPARE(problem.file, kFile);
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
    }

    // The other cells of a sheet with a bad one are still read, and every bad one is located.
    void problemsAreCollected()
    {
        Book book;
        book.sheet = worksheet("<row r='1'><c r='A1' t='s'><v>5</v></c><c r='B1' t='s'><v>0</v></c></row>"
                               "<row r='2'><c r='C2' t='s'><v>9</v></c></row>");
        book.strings = sharedStrings({"<t>ok</t>"});
        const XlsxReader::Result result = XlsxReader::read(book.zip(), kFile);
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(std::pair(result.problems.at(0).line, result.problems.at(0).column), std::pair(1, 1));
        QCOMPARE(std::pair(result.problems.at(1).line, result.problems.at(1).column), std::pair(2, 3));
        QVERIFY(result.problems.at(1).message.contains(u"cell C2: shared string 9"_s));
        QCOMPARE(describe(result.sheets.value(0)), QStringList({u"B1 t ok"_s}));
    }

    // Random damage to a real workbook: problems or cells, never a crash or a hang.
    void damagedBytes()
    {
        const QByteArray good = XlsxExport::write(document());
        QVERIFY(!good.isEmpty());
        for (int i = 0; i < 200; ++i) {
            QByteArray bad = good;
            const qsizetype at = (qsizetype(i) * 7919) % bad.size();
            bad[at] = char(bad.at(at) ^ (1 + i % 255));
            const XlsxReader::Result result = XlsxReader::read(bad, kFile);
            QVERIFY(result.ok() || !result.problems.isEmpty());
            QVERIFY(result.ok() || result.problems.first().file == kFile);
        }
        QVERIFY(XlsxReader::read(good.left(good.size() / 2), kFile).problems.size() >= 1);
    }

    // 200,000 rows of five cells (shared strings, numbers, dates): read in seconds.
    void largeSheet()
    {
        constexpr int rows = 200'000;
        QByteArray xml;
        xml.reserve(rows * 160);
        for (int r = 1; r <= rows; ++r) {
            const QByteArray n = QByteArray::number(r);
            xml += "<row r='" + n + "' spans='1:5'><c r='A" + n + "' t='s'><v>" + QByteArray::number(r % 3)
                + "</v></c><c r='B" + n + "' s='2'><v>" + QByteArray::number(45000 + r % 1000) + "</v></c><c r='C" + n
                + "'><v>" + n + ".25</v></c><c r='D" + n + "' t='inlineStr'><is><t>D" + n + "</t></is></c><c r='E" + n
                + "' t='b'><v>1</v></c></row>";
        }
        Book book;
        book.sheet = worksheet(xml);
        book.strings = sharedStrings({"<t>equity</t>", "<t>loan</t>", "<t>compute</t>"});
        book.styles = kStyles;
        const QByteArray zip = book.zip();
        QVERIFY(!zip.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const XlsxReader::Result result = XlsxReader::read(zip, kFile);
        const qint64 elapsed = timer.elapsed();
        qInfo("%d rows in %lld ms", rows, elapsed);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        const QList<Import::Row> &read = result.sheets.at(0).rows;
        QCOMPARE(read.size(), rows);
        const Import::Row &last = read.back();
        QCOMPARE(last.line, rows);
        QCOMPARE(last.cells.size(), 5);
        QCOMPARE(last.cells.at(0).text, u"compute"_s); // shared string 200000 % 3 == 2
        QCOMPARE(last.cells.at(1).text, QDate(1899, 12, 30).addDays(45000).toString(Qt::ISODate));
        QCOMPARE(last.cells.at(2).text, u"200000.25"_s);
        QCOMPARE(last.cells.at(3).text, u"D200000"_s);
        QCOMPARE(last.cells.at(4).text, u"TRUE"_s);
        QVERIFY2(elapsed < 30'000, "far too slow"); // seconds in a release build; the guard is generous
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
