// The Excel workbook export, read back by openpyxl (Debian's python3-openpyxl): three sheets with
// bold, frozen header rows and autofilters; dates are date cells, amounts numbers in billions
// beside their exact dollars as text, capacity a number in GW; names survive in any script.
#include "io/FileFormats.h"
#include "io/XlsxExport.h"
#include "support/Builders.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPython = u"/usr/bin/python3"_s; // Debian's, with python3-openpyxl (not a pyenv shim)

// Prints the workbook as JSON: sheet names, and per sheet its cells (type, value, number format),
// frozen cell, autofilter range, whether the header row is bold, and the column widths.
const char *const kScript = "import datetime, json, sys\n"
                            "import openpyxl\n"
                            "wb = openpyxl.load_workbook(sys.argv[1])\n"
                            "out = {\"sheets\": wb.sheetnames}\n"
                            "for ws in wb.worksheets:\n"
                            "    rows = []\n"
                            "    for row in ws.iter_rows():\n"
                            "        cells = []\n"
                            "        for c in row:\n"
                            "            v = c.value\n"
                            "            if isinstance(v, datetime.datetime):\n"
                            "                t, v = \"date\", v.date().isoformat()\n"
                            "            elif isinstance(v, bool):\n"
                            "                t = \"bool\"\n"
                            "            elif isinstance(v, (int, float)):\n"
                            "                t = \"number\"\n"
                            "            elif isinstance(v, str):\n"
                            "                t = \"text\"\n"
                            "            elif v is None:\n"
                            "                t = \"empty\"\n"
                            "            else:\n"
                            "                t, v = type(v).__name__, str(v)\n"
                            "            cells.append({\"t\": t, \"v\": v, \"format\": c.number_format})\n"
                            "        rows.append(cells)\n"
                            "    out[ws.title] = {\"rows\": rows, \"freeze\": ws.freeze_panes,\n"
                            "        \"filter\": ws.auto_filter.ref, \"bold\": all(c.font.b for c in ws[1]),\n"
                            "        \"widths\": [ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width\n"
                            "            for i in range(ws.max_column)]}\n"
                            "print(json.dumps(out))\n";

bool haveOpenpyxl()
{
    if (!QFileInfo(kPython).isExecutable())
        return false;
    QProcess probe;
    probe.start(kPython, {u"-c"_s, u"import openpyxl"_s});
    return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

// The workbook's JSON from openpyxl, or an empty object (with a failure recorded) when it fails.
QJsonObject readBack(const QByteArray &xlsx, QString *error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.xlsx"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xlsx) != xlsx.size()) {
        *error = u"cannot write "_s + path;
        return {};
    }
    file.close();
    QProcess python;
    python.start(kPython, {u"-c"_s, QString::fromUtf8(kScript), path});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString();
    return json.object();
}

QStringList texts(const QJsonArray &row)
{
    QStringList result;
    for (const QJsonValue &cell : row)
        result << cell[u"v"_s].toString();
    return result;
}

// Names with umlauts, CJK and quotes; a deal of exactly $415m with 1.5 GW, notes in both
// languages and two sources; an undisclosed deal of month precision; a valuation.
DocumentData document()
{
    DocumentData data;
    data.companies
        << CompanyBuilder(u"openai"_s).name(u"OpenAI \"Quote\" Ltd."_s).kind(CompanyKind::AiLab).country(u"US"_s)
        << CompanyBuilder(u"zhipu"_s).name(u"北京智谱 AI"_s).kind(CompanyKind::AiLab).country(u"CN"_s)
        << CompanyBuilder(u"mueller"_s).name(u"Müller & Söhne; GmbH"_s).kind(CompanyKind::Investor);
    data.companies[0].note = {u"ChatGPT maker."_s, u"Entwickler von ChatGPT."_s};
    Deal compute
        = DealBuilder(u"D1"_s, u"openai"_s, u"zhipu"_s)
              .kind(DealKind::Compute)
              .usd(415'000'000)
              .amountKind(AmountKind::Committed)
              .on(QDate(2025, 3, 7))
              .note(u"Compute, \"first\" tranche"_s)
              .sources({{u"https://example.com/a"_s, u"Title A"_s}, {u"https://example.com/b"_s, u"Titel B"_s}});
    compute.capacityMw = 1500;
    compute.note.de = u"Rechenleistung, erste Tranche"_s;
    data.deals << compute
               << DealBuilder(u"D2"_s, u"mueller"_s, u"openai"_s).on(QDate(2024, 3, 1), DatePrecision::Month).build();
    Valuation valuation = ValuationBuilder(u"V1"_s, u"zhipu"_s).on(QDate(2024, 6, 1), DatePrecision::Month).billions(5);
    valuation.value = Money::fromUsd(5'123'456'789);
    valuation.sources = {{u"https://example.com/v"_s, u"Valuation"_s}};
    data.valuations << valuation;
    return data;
}
} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!haveOpenpyxl())
            QSKIP("needs /usr/bin/python3 with openpyxl (Debian: python3-openpyxl)");
    }

    void theTableWritesTheWorkbook()
    {
        QCOMPARE(FileFormats::dataFormatForPath(u"deals.xlsx"_s), FileFormats::Data::Xlsx);
        QVERIFY(FileFormats::dataFormat(FileFormats::Data::Xlsx).write == &XlsxExport::write);
        const QByteArray bytes = XlsxExport::write(document());
        QVERIFY(bytes.startsWith("PK\x03\x04")); // a zip file
    }

    void sheetsAndHeaders()
    {
        QString error;
        const QJsonObject book = readBack(XlsxExport::write(document()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(book[u"sheets"_s].toArray(), QJsonArray({u"Deals"_s, u"Companies"_s, u"Valuations"_s}));
        const QList<std::pair<QString, QStringList>> headers {
            {u"Deals"_s,
                {u"id"_s, u"date"_s, u"date_precision"_s, u"from"_s, u"from_id"_s, u"to"_s, u"to_id"_s, u"kind"_s,
                    u"amount_usd_bn"_s, u"amount_usd"_s, u"amount_kind"_s, u"capacity_gw"_s, u"note_en"_s, u"note_de"_s,
                    u"source_url"_s, u"source_title"_s}},
            {u"Companies"_s, {u"id"_s, u"name"_s, u"kind"_s, u"country"_s, u"note_en"_s, u"note_de"_s}},
            {u"Valuations"_s,
                {u"id"_s, u"company"_s, u"company_id"_s, u"date"_s, u"date_precision"_s, u"value_usd_bn"_s,
                    u"value_usd"_s, u"kind"_s, u"source_url"_s, u"source_title"_s}},
        };
        const QHash<QString, int> rowCounts {{u"Deals"_s, 3}, {u"Companies"_s, 4}, {u"Valuations"_s, 2}};
        for (const auto &[name, columns] : headers) {
            const QJsonObject sheet = book[name].toObject();
            const QJsonArray rows = sheet[u"rows"_s].toArray();
            QCOMPARE(rows.size(), rowCounts.value(name));
            QCOMPARE(texts(rows.at(0).toArray()), columns);
            QVERIFY2(sheet[u"bold"_s].toBool(), qPrintable(name));
            QCOMPARE(sheet[u"freeze"_s].toString(), u"A2"_s);
            const QChar last = QChar(char16_t(u'A' + columns.size() - 1));
            QCOMPARE(sheet[u"filter"_s].toString(), u"A1:"_s + last + QString::number(rows.size()));
            for (const QJsonValue &width : sheet[u"widths"_s].toArray())
                QVERIFY2(width.toDouble() >= 6 && width.toDouble() <= 61, qPrintable(name));
        }
    }

    void dealCells()
    {
        QString error;
        const QJsonObject book = readBack(XlsxExport::write(document()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray rows = book[u"Deals"_s][u"rows"_s].toArray();
        const QJsonArray compute = rows.at(1).toArray();
        auto cell = [&compute](int column) { return compute.at(column).toObject(); };
        QCOMPARE(texts(compute).mid(0, 8),
            QStringList({u"D1"_s, u"2025-03-07"_s, u"day"_s, u"OpenAI \"Quote\" Ltd."_s, u"openai"_s, u"北京智谱 AI"_s,
                u"zhipu"_s, u"compute"_s}));
        QCOMPARE(cell(1)[u"t"_s].toString(), u"date"_s);
        QCOMPARE(cell(1)[u"format"_s].toString(), u"yyyy-mm-dd"_s);
        QCOMPARE(cell(8)[u"t"_s].toString(), u"number"_s);
        QVERIFY2(cell(8)[u"v"_s].toDouble() == 0.415, qPrintable(QString::number(cell(8)[u"v"_s].toDouble(), 'g', 17)));
        QCOMPARE(cell(9)[u"t"_s].toString(), u"text"_s);
        QCOMPARE(cell(9)[u"v"_s].toString(), u"415000000"_s);
        QCOMPARE(cell(10)[u"v"_s].toString(), u"committed"_s);
        QCOMPARE(cell(11)[u"t"_s].toString(), u"number"_s);
        QVERIFY(cell(11)[u"v"_s].toDouble() == 1.5);
        QCOMPARE(texts(compute).mid(12),
            QStringList({u"Compute, \"first\" tranche"_s, u"Rechenleistung, erste Tranche"_s,
                u"https://example.com/a\nhttps://example.com/b"_s, u"Title A\nTitel B"_s}));

        // Undisclosed: no amount, no exact dollars, no capacity; the month's first day as a date.
        const QJsonArray undisclosed = rows.at(2).toArray();
        QCOMPARE(undisclosed.at(1)[u"v"_s].toString(), u"2024-03-01"_s);
        QCOMPARE(undisclosed.at(1)[u"t"_s].toString(), u"date"_s);
        QCOMPARE(undisclosed.at(2)[u"v"_s].toString(), u"month"_s);
        QCOMPARE(undisclosed.at(3)[u"v"_s].toString(), u"Müller & Söhne; GmbH"_s);
        for (int column : {8, 9, 11})
            QCOMPARE(undisclosed.at(column)[u"t"_s].toString(), u"empty"_s);
    }

    void companyAndValuationCells()
    {
        QString error;
        const QJsonObject book = readBack(XlsxExport::write(document()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray companies = book[u"Companies"_s][u"rows"_s].toArray();
        QCOMPARE(texts(companies.at(1).toArray()),
            QStringList({u"openai"_s, u"OpenAI \"Quote\" Ltd."_s, u"ai_lab"_s, u"US"_s, u"ChatGPT maker."_s,
                u"Entwickler von ChatGPT."_s}));
        QCOMPARE(companies.at(2).toArray().at(1)[u"v"_s].toString(), u"北京智谱 AI"_s);

        const QJsonArray valuation = book[u"Valuations"_s][u"rows"_s].toArray().at(1).toArray();
        QCOMPARE(texts(valuation).mid(0, 3), QStringList({u"V1"_s, u"北京智谱 AI"_s, u"zhipu"_s}));
        QCOMPARE(valuation.at(3)[u"t"_s].toString(), u"date"_s);
        QCOMPARE(valuation.at(3)[u"v"_s].toString(), u"2024-06-01"_s);
        QCOMPARE(valuation.at(4)[u"v"_s].toString(), u"month"_s);
        QCOMPARE(valuation.at(5)[u"t"_s].toString(), u"number"_s);
        QVERIFY(valuation.at(5)[u"v"_s].toDouble() == 5.123456789);
        QCOMPARE(valuation.at(6)[u"t"_s].toString(), u"text"_s);
        QCOMPARE(valuation.at(6)[u"v"_s].toString(), u"5123456789"_s);
        QCOMPARE(texts(valuation).mid(7), QStringList({u"post_money"_s, u"https://example.com/v"_s, u"Valuation"_s}));
    }

    // An empty document still has its three sheets with their header rows.
    void emptyDocument()
    {
        QString error;
        const QJsonObject book = readBack(XlsxExport::write({}), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(book[u"sheets"_s].toArray().size(), 3);
        QCOMPARE(book[u"Deals"_s][u"rows"_s].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
