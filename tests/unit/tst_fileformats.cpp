// The tables of file formats: every suffix leads back to its format, the texts made from them
// name every format, and every data format's writer is the one its entry names.
#include "io/DocumentFiles.h"
#include "io/FileFormats.h"
#include "support/TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

class TestFileFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySuffixLeadsToItsFormat()
    {
        QSet<QString> seen;
        for (const FileFormats::DataFormat &format : FileFormats::dataFormats()) {
            QVERIFY(!format.description.suffixes.isEmpty());
            QCOMPARE(&FileFormats::dataFormat(format.id), &format);
            for (const QString &suffix : format.description.suffixes) {
                QCOMPARE(suffix, suffix.toLower());
                QVERIFY2(!seen.contains(suffix), qPrintable(suffix));
                seen.insert(suffix);
                QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("/a/b.") + suffix), format.id);
                QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("B.") + suffix.toUpper()), format.id);
            }
        }
        QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("deals.xlsx")), std::nullopt);
        QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("capflow")), std::nullopt);
        QCOMPARE(FileFormats::dataFormatForPath(QStringLiteral("graph.gv")), FileFormats::Data::Dot);
    }

    void textsNameEveryFormat()
    {
        const QList<FileFormats::Description> all = FileFormats::dataDescriptions();
        QCOMPARE(FileFormats::suffixList(all), QStringLiteral(".capflow .csv .graphml .gexf .dot"));
        QCOMPARE(FileFormats::suffixChoice(all), QStringLiteral(".capflow, .csv, .graphml, .gexf or .dot"));
        const QList<FileFormats::Description> openable = FileFormats::dataDescriptions(true);
        QCOMPARE(FileFormats::suffixChoice(openable), QStringLiteral(".capflow or .csv"));
        QCOMPARE(FileFormats::dialogFilters(openable),
            QStringLiteral("CapFlow documents (*.capflow);;CSV files of deals (*.csv)"));
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
            QVERIFY(writeFixture(path, format.write(DocumentFiles::bundled())));
            const CapflowFormat::ReadResult result = DocumentFiles::load(path);
            QVERIFY(!result.ok());
            QCOMPARE(result.problems.size(), 1);
            QCOMPARE(result.problems.first().file, path);
            QCOMPARE(result.problems.first().message,
                QStringLiteral("CapFlow exports this format but does not open it; open a .capflow or .csv file"));
        }
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
