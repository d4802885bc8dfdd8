// The tables of file formats: every suffix leads back to its format, the texts made from them
// name every format, and every data format's writer is the one its entry names.
#include "files/DocumentFiles.h"
#include "io/DealCsv.h"
#include "io/FileFormats.h"
#include "io/XlsxExport.h"
#include "support/Builders.h"
#include "support/TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFileFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySuffixLeadsToItsFormat()
    {
        // A suffix that several formats share (CSV, CSV for Excel) leads to the first of them, and
        // only a format that does not open may share: what opens is never chosen by its filter.
        QHash<QString, FileFormats::Data> first;
        for (const FileFormats::DataFormat &format : FileFormats::dataFormats()) {
            QVERIFY(!format.description.suffixes.isEmpty());
            QCOMPARE(&FileFormats::dataFormat(format.id), &format);
            for (const QString &suffix : format.description.suffixes) {
                QCOMPARE(suffix, suffix.toLower());
                if (first.contains(suffix))
                    QVERIFY2(!format.opens, qPrintable(suffix));
                else
                    first.insert(suffix, format.id);
                const FileFormats::Data expected = first.value(suffix);
                QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("/a/b.") + suffix), expected);
                QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("B.") + suffix.toUpper()), expected);
            }
        }
        QCOMPARE(first.value(QStringLiteral("csv")), FileFormats::Data::Csv);
        QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("a.csv")), FileFormats::Data::Csv);
        QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("deals.xlsx")), FileFormats::Data::Xlsx);
        QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("deals.xls")), std::nullopt);
        QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("capflow")), std::nullopt);
        QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("graph.gv")), FileFormats::Data::Dot);
    }

    void textsNameEveryFormat()
    {
        const QList<FileFormats::Description> all = FileFormats::dataDescriptions();
        QCOMPARE(FileFormats::suffixList(all), QStringLiteral(".capflow .csv .xlsx .graphml .gexf .dot"));
        QCOMPARE(FileFormats::suffixChoice(all), QStringLiteral(".capflow, .csv, .xlsx, .graphml, .gexf or .dot"));
        QCOMPARE(FileFormats::dialogFilters(all),
            QStringLiteral("CapFlow documents (*.capflow);;CSV files of deals (*.csv);;CSV for Excel (*.csv);;"
                           "Excel workbooks (*.xlsx);;GraphML files (*.graphml);;GEXF files (Gephi) (*.gexf);;"
                           "Graphviz files (*.dot *.gv)"));
        const QList<FileFormats::Description> openable = FileFormats::dataDescriptions(true);
        QCOMPARE(FileFormats::suffixChoice(openable), QStringLiteral(".capflow, .csv, .xlsx, .graphml or .gexf"));
        QCOMPARE(FileFormats::dialogFilters(openable),
            QStringLiteral("CapFlow documents (*.capflow);;CSV files of deals (*.csv);;Excel workbooks (*.xlsx);;"
                           "GraphML files (*.graphml);;GEXF files (Gephi) (*.gexf)"));
        QCOMPARE(FileFormats::dataFormat(FileFormats::Data::Dot).description.dialogFilter(),
            QStringLiteral("Graphviz files (*.dot *.gv)"));
        QCOMPARE(FileFormats::suffixChoice({openable.first()}), QStringLiteral(".capflow"));
    }

    void withSuffixAddsOnlyWhenThereIsNone_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addRow("none") << QStringLiteral("/home/u/deals") << QStringLiteral("/home/u/deals.graphml");
        QTest::addRow("own") << QStringLiteral("/home/u/deals.graphml") << QStringLiteral("/home/u/deals.graphml");
        QTest::addRow("other") << QStringLiteral("/home/u/deals.csv") << QStringLiteral("/home/u/deals.csv");
        QTest::addRow("dotted folder") << QStringLiteral("/home/u.v/deals")
                                       << QStringLiteral("/home/u.v/deals.graphml");
    }
    void withSuffixAddsOnlyWhenThereIsNone()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(
            FileFormats::withSuffix(path, FileFormats::dataFormat(FileFormats::Data::GraphML).description), expected);
    }

    // A format CapFlow only writes is refused by name when opened, not parsed as JSON.
    void exportOnlyFormatsAreRefusedWhenOpened()
    {
        QTemporaryDir dir;
        for (const FileFormats::DataFormat &format : FileFormats::dataFormats()) {
            if (format.opens)
                continue;
            const QString path = dir.filePath(QStringLiteral("export.") + format.description.suffixes.first());
            if (FileFormats::dataFormatForPath(path) != format.id)
                continue; // CSV for Excel: a .csv opens as the plain CSV
            QVERIFY(writeFixture(path, format.write(DocumentFiles::bundled())));
            const CapflowFormat::ReadResult result = DocumentFiles::load(path);
            QVERIFY(!result.ok());
            QCOMPARE(result.problems.size(), 1);
            QCOMPARE(result.problems.first().file, path);
            QCOMPARE(result.problems.first().message,
                QStringLiteral("CapFlow exports this format but does not open it; open a .capflow, .csv, .xlsx, "
                               ".graphml or .gexf file"));
        }
    }

    // CapFlow's own workbook, GraphML and GEXF open again as the same deals, amounts exact.
    void ownExportsOpenAgain_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("xlsx") << int(FileFormats::Data::Xlsx);
        QTest::addRow("graphml") << int(FileFormats::Data::GraphML);
        QTest::addRow("gexf") << int(FileFormats::Data::Gexf);
    }
    void ownExportsOpenAgain()
    {
        QFETCH(int, format);
        const FileFormats::DataFormat &f = FileFormats::dataFormat(FileFormats::Data(format));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.") + f.description.suffixes.first());
        const DocumentData bundled = DocumentFiles::bundled();
        QVERIFY(writeFixture(path, f.write(bundled)));
        const CapflowFormat::ReadResult result = DocumentFiles::load(path);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.data.deals.size(), bundled.deals.size());
        for (qsizetype i = 0; i < bundled.deals.size(); ++i) {
            const Deal &a = bundled.deals.at(i);
            const Deal &b = result.data.deals.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.from, a.from);
            QCOMPARE(b.to, a.to);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.date, a.date);
            QCOMPARE(b.amount, a.amount);
            QCOMPARE(b.amountKind, a.amountKind);
            QCOMPARE(b.sources, asInPlainFormats(a).sources);
        }
        QCOMPARE(result.data.companies.size(), bundled.companies.size());
    }

    // The export-only entries: CSV for Excel (the Excel dialect of the session's language) and the
    // Excel workbook, a zip file.
    void excelEntries()
    {
        const FileFormats::DataFormat &csv = FileFormats::dataFormat(FileFormats::Data::CsvExcel);
        QCOMPARE(csv.description.suffixes, QStringList {QStringLiteral("csv")});
        QCOMPARE(QString::fromUtf8(csv.description.name), QStringLiteral("CSV for Excel"));
        QCOMPARE(csv.description.dialogFilter(), QStringLiteral("CSV for Excel (*.csv)"));
        QVERIFY(!csv.opens);
        QVERIFY(!csv.keepsEverything);
        QVERIFY(csv.write == &DealCsv::writeForExcel);
        QVERIFY(csv.write(DocumentFiles::bundled()).startsWith("\xEF\xBB\xBFid"));
        QVERIFY(FileFormats::dataFormat(FileFormats::Data::Csv).write
            == static_cast<QByteArray (*)(const DocumentData &)>(&DealCsv::write));

        const FileFormats::DataFormat &xlsx = FileFormats::dataFormat(FileFormats::Data::Xlsx);
        QCOMPARE(xlsx.description.suffixes, QStringList {QStringLiteral("xlsx")});
        QCOMPARE(xlsx.description.dialogFilter(), QStringLiteral("Excel workbooks (*.xlsx)"));
        QVERIFY(xlsx.opens);
        QVERIFY(!xlsx.keepsEverything);
        QVERIFY(xlsx.write == &XlsxExport::write);
        QVERIFY(xlsx.write(DocumentFiles::bundled()).startsWith("PK\x03\x04"));
    }

    // Save As: the chosen filter's format when the name has its suffix, else the suffix decides.
    void saveTarget_data()
    {
        const auto filter = [](FileFormats::Data id) { return FileFormats::dataFormat(id).description.dialogFilter(); };
        using FileFormats::Data;
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expectedPath");
        QTest::addColumn<std::optional<Data>>("expected");
        QTest::addRow("plain CSV") << u"/t/a.csv"_s << filter(Data::Csv) << u"/t/a.csv"_s << std::optional(Data::Csv);
        QTest::addRow("CSV for Excel") << u"/t/a.csv"_s << filter(Data::CsvExcel) << u"/t/a.csv"_s
                                       << std::optional(Data::CsvExcel);
        QTest::addRow("CSV for Excel, upper case")
            << u"/t/a.CSV"_s << filter(Data::CsvExcel) << u"/t/a.CSV"_s << std::optional(Data::CsvExcel);
        QTest::addRow("CSV for Excel, no suffix")
            << u"/t/a"_s << filter(Data::CsvExcel) << u"/t/a.csv"_s << std::optional(Data::CsvExcel);
        QTest::addRow("CSV for Excel, .xlsx name")
            << u"/t/a.xlsx"_s << filter(Data::CsvExcel) << u"/t/a.xlsx"_s << std::optional(Data::Xlsx);
        QTest::addRow("workbook, no suffix")
            << u"/t/a"_s << filter(Data::Xlsx) << u"/t/a.xlsx"_s << std::optional(Data::Xlsx);
        QTest::addRow("CapFlow filter, .csv name")
            << u"/t/a.csv"_s << filter(Data::Capflow) << u"/t/a.csv"_s << std::optional(Data::Csv);
        QTest::addRow("unknown filter") << u"/t/a"_s << u"All files (*)"_s << u"/t/a.capflow"_s
                                        << std::optional(Data::Capflow);
        QTest::addRow("unknown suffix") << u"/t/a.txt"_s << filter(Data::Xlsx) << u"/t/a.txt"_s
                                        << std::optional<Data>();
    }
    void saveTarget()
    {
        QFETCH(QString, path);
        QFETCH(QString, filter);
        QFETCH(QString, expectedPath);
        QFETCH(std::optional<FileFormats::Data>, expected);
        const FileFormats::SaveTarget target = FileFormats::saveTarget(path, filter);
        QCOMPARE(target.path, expectedPath);
        QCOMPARE(target.format, expected);
    }

    // Only the whole-document format keeps everything; what opens can be read back as written.
    void openableFormatsReadBackWhatTheyWrite()
    {
        const DocumentData bundled = DocumentFiles::bundled();
        int keepsEverything = 0;
        for (const FileFormats::DataFormat &format : FileFormats::dataFormats()) {
            keepsEverything += format.keepsEverything ? 1 : 0;
            QVERIFY(!format.keepsEverything || format.opens);
            const QByteArray bytes = format.write(bundled);
            QVERIFY(!bytes.isEmpty());
            if (format.id == FileFormats::Data::Capflow)
                QCOMPARE(CapflowFormat::read(bytes, QStringLiteral("x.capflow")).data.deals, bundled.deals);
        }
        QCOMPARE(keepsEverything, 1);
    }
};

QTEST_GUILESS_MAIN(TestFileFormats)
#include "tst_fileformats.moc"
