#include "import/TextTable.h"
#include "io/TextDecoding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using TextDecoding::Encoding;

namespace {
const QString kFile = u"table.csv"_s;

// Text as Windows-1252 bytes; every character of the test texts is in that code page.
QByteArray toWindows1252(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        if (c == u'€')
            bytes += char(0x80);
        else if (c == u'„')
            bytes += char(0x84);
        else if (c.unicode() < 0x80 || (c.unicode() >= 0xA0 && c.unicode() <= 0xFF))
            bytes += char(c.unicode());
        else
            qFatal("not in the test's Windows-1252 subset");
    }
    return bytes;
}

QByteArray encode(const QString &text, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return text.toUtf8();
    case Encoding::Utf8Bom: return "\xEF\xBB\xBF" + text.toUtf8();
    case Encoding::Windows1252: return toWindows1252(text);
    }
    return {};
}

// The table of the read test, with # for the separator. Quoted fields hold the separator, doubled
// quotes and a line break; every quoted field is quoted whatever the separator, so that the
// columns are the same for all of them.
const QString kTable = u"name#amount#note\n"
                       u"\"Société#Paris\"#€5#\"Müller#\"\"Sohn\"\"\"\n"
                       u"Müller AG#\"2#5\"#x\n"
                       u"\"two\r\nlines\"#3#y\r\n"
                       u"Zürich#4#\n"
                       u"\n"
                       u"last#5#z"_s;

struct ExpectedCell
{
    QString text;
    int line;
    int column;
};
} // namespace

class TestTextTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // TextDecoding: Unicode's table 3-7, located by the first byte of the bad sequence.
    void firstInvalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::addRow("empty") << QByteArray() << qsizetype(-1);
        QTest::addRow("ascii") << QByteArray("a,b;c\n") << qsizetype(-1);
        QTest::addRow("two bytes") << QByteArray("x\xC3\xA9") << qsizetype(-1);
        QTest::addRow("three bytes") << QByteArray("\xE2\x82\xAC") << qsizetype(-1);
        QTest::addRow("four bytes") << QByteArray("\xF0\x9F\x98\x80z") << qsizetype(-1);
        QTest::addRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "a")
                             << qsizetype(-1);
        QTest::addRow("largest") << QByteArray("\xF4\x8F\xBF\xBF") << qsizetype(-1);
        QTest::addRow("windows-1252 e acute") << QByteArray("ab\xE9"
                                                            "cd")
                                              << qsizetype(2);
        QTest::addRow("windows-1252 euro") << QByteArray("5\x80") << qsizetype(1);
        QTest::addRow("lone continuation") << QByteArray("a\x80") << qsizetype(1);
        QTest::addRow("overlong two bytes C0") << QByteArray("\xC0\x80") << qsizetype(0);
        QTest::addRow("overlong two bytes C1") << QByteArray("a\xC1\xBF") << qsizetype(1);
        QTest::addRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << qsizetype(0);
        QTest::addRow("overlong four bytes") << QByteArray("\xF0\x8F\xBF\xBF") << qsizetype(0);
        QTest::addRow("surrogate") << QByteArray("ok\xED\xA0\x80") << qsizetype(2);
        QTest::addRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
        QTest::addRow("F5") << QByteArray("\xF5\x80\x80\x80") << qsizetype(0);
        QTest::addRow("FF") << QByteArray("abc\xFF") << qsizetype(3);
        QTest::addRow("truncated at the end") << QByteArray("ab\xE2\x82") << qsizetype(2);
        QTest::addRow("bad third byte") << QByteArray("\xE2\x82z") << qsizetype(0);
        QTest::addRow("bad fourth byte") << QByteArray("\xF0\x9F\x98z") << qsizetype(0);
        QTest::addRow("after valid text") << QByteArray("\xC3\xA9\xC3\xA9\xC3") << qsizetype(4);
    }
    void firstInvalidUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        QCOMPARE(TextDecoding::firstInvalidUtf8(bytes), offset);
        Encoding encoding = Encoding::Utf8;
        if (offset >= 0)
            encoding = Encoding::Windows1252;
        else if (bytes.startsWith("\xEF\xBB\xBF"))
            encoding = Encoding::Utf8Bom;
        QCOMPARE(TextDecoding::detect(bytes), encoding);
    }

    void decoding()
    {
        QCOMPARE(TextDecoding::detect(QByteArray("\xEF\xBB\xBF"
                                                 "Soci\xC3\xA9t\xC3\xA9")),
            Encoding::Utf8Bom);
        QCOMPARE(TextDecoding::decode(QByteArray("\xEF\xBB\xBF"
                                                 "Soci\xC3\xA9t\xC3\xA9"),
                     Encoding::Utf8Bom),
            u"Société"_s);
        QCOMPARE(TextDecoding::decode(QByteArray("Soci\xC3\xA9t\xC3\xA9"), Encoding::Utf8), u"Société"_s);
        QCOMPARE(TextDecoding::decode(QByteArray("Soci\xE9t\xE9 \x80 M\xFCller"), Encoding::Windows1252),
            u"Société € Müller"_s);

        // All of 0x80..0xFF: the 27 assigned bytes of 0x80..0x9F, the C1 controls of the five
        // unassigned ones, Latin-1 above.
        QByteArray high;
        for (int b = 0x80; b <= 0xFF; ++b)
            high += char(b);
        const QString decoded = TextDecoding::decode(high, Encoding::Windows1252);
        QCOMPARE(decoded.size(), 128);
        const char16_t table[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
            0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
            0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
        for (int i = 0; i < 32; ++i)
            QCOMPARE(decoded.at(i).unicode(), table[i]);
        for (int b = 0xA0; b <= 0xFF; ++b)
            QCOMPARE(decoded.at(b - 0x80).unicode(), char16_t(b));
        QCOMPARE(TextDecoding::decode(QByteArray("a\0b", 3), Encoding::Windows1252), QString(u"a\0b"_s));

        QCOMPARE(TextDecoding::name(Encoding::Utf8), u"UTF-8"_s);
        QCOMPARE(TextDecoding::name(Encoding::Utf8Bom), u"UTF-8 with BOM"_s);
        QCOMPARE(TextDecoding::name(Encoding::Windows1252), u"Windows-1252"_s);
    }

    void separators()
    {
        QCOMPARE(TextTable::separators(), QList<QChar>({u',', u';', u'\t', u'|'}));
        QCOMPARE(TextTable::separatorName(u','), u"Comma"_s);
        QCOMPARE(TextTable::separatorName(u';'), u"Semicolon"_s);
        QCOMPARE(TextTable::separatorName(u'\t'), u"Tab"_s);
        QCOMPARE(TextTable::separatorName(u'|'), u"Vertical bar"_s);
    }

    // Every encoding with every separator: detected, and read into the right cells and places.
    void readTable_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QChar>("separator");
        const std::pair<const char *, Encoding> encodings[]
            = {{"UTF-8", Encoding::Utf8}, {"UTF-8 BOM", Encoding::Utf8Bom}, {"Windows-1252", Encoding::Windows1252}};
        const std::pair<const char *, QChar> separators[]
            = {{"comma", u','}, {"semicolon", u';'}, {"tab", u'\t'}, {"bar", u'|'}};
        for (const auto &[encodingName, encoding] : encodings) {
            for (const auto &[separatorName, separator] : separators)
                QTest::addRow("%s %s", encodingName, separatorName) << encoding << separator;
        }
    }
    void readTable()
    {
        QFETCH(Encoding, encoding);
        QFETCH(QChar, separator);
        QString text = kTable;
        text.replace(u'#', separator);
        const QByteArray bytes = encode(text, encoding);

        const TextTable::Format format = TextTable::detect(bytes);
        QCOMPARE(format.encoding, encoding);
        QCOMPARE(format.separator, separator);
        QCOMPARE(format, (TextTable::Format {encoding, separator}));

        const TextTable::Result result = TextTable::read(bytes, kFile, format);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        const Import::Sheet &sheet = result.sheet;
        QVERIFY(sheet.name.isEmpty());
        const QString sep(separator);
        const QList<QList<ExpectedCell>> expected = {
            {{u"name"_s, 1, 1}, {u"amount"_s, 1, 6}, {u"note"_s, 1, 13}},
            {{u"Société"_s + sep + u"Paris"_s, 2, 1}, {u"€5"_s, 2, 17}, {u"Müller"_s + sep + u"\"Sohn\""_s, 2, 20}},
            {{u"Müller AG"_s, 3, 1}, {u"2"_s + sep + u"5"_s, 3, 11}, {u"x"_s, 3, 17}},
            {{u"two\nlines"_s, 4, 1}, {u"3"_s, 5, 8}, {u"y"_s, 5, 10}},
            {{u"Zürich"_s, 6, 1}, {u"4"_s, 6, 8}, {QString(), 6, 10}},
            // line 7 is blank: no row
            {{u"last"_s, 8, 1}, {u"5"_s, 8, 6}, {u"z"_s, 8, 8}},
        };
        const QList<int> rowLines = {1, 2, 3, 4, 6, 8};
        QCOMPARE(sheet.rows.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            const Import::Row &row = sheet.rows.at(r);
            QCOMPARE(row.line, rowLines.at(r));
            QCOMPARE(row.cells.size(), expected.at(r).size());
            for (qsizetype c = 0; c < row.cells.size(); ++c) {
                const Import::Cell &cell = row.cells.at(c);
                const ExpectedCell &want = expected.at(r).at(c);
                QCOMPARE(cell.text, want.text);
                QCOMPARE(cell.line, want.line);
                QCOMPARE(cell.column, want.column);
                QVERIFY(!cell.number);
            }
        }
    }

    // Quotes are respected when the separator is chosen, and the most consistent one wins.
    void detectSeparator_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::addRow("semicolon in a quoted comma field") << QByteArray("\"x;y\",b,c\n1,2,3\n") << QChar(u',');
        QTest::addRow("comma in a quoted semicolon field") << QByteArray("\"x,y\";b;c\n1;2;3\n") << QChar(u';');
        QTest::addRow("german decimals") << QByteArray("id;amount;note\nA;2,5;x, y\nB;3,75;z\n") << QChar(u';');
        QTest::addRow("tab with commas") << QByteArray("a\tb\n1,5\t2,5\n3,5\t4,5\n") << QChar(u'\t');
        QTest::addRow("bar with semicolons") << QByteArray("a|b|c\n1;2|3|4\n") << QChar(u'|');
        QTest::addRow("the consistent one") << QByteArray("a;b;c,d\n1;2;3\n4;5;6\n") << QChar(u';');
        QTest::addRow("one column: comma") << QByteArray("name\nfoo\nbar\n") << QChar(u',');
        QTest::addRow("empty: comma") << QByteArray() << QChar(u',');
        QTest::addRow("crlf") << QByteArray("a;b\r\n1;2\r\n") << QChar(u';');
    }
    void detectSeparator()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        QCOMPARE(TextTable::detect(bytes).separator, separator);
    }

    // A large file is detected from its first lines, and the encoding from all of it.
    void detectLargeFile()
    {
        QByteArray bytes = "id;name;amount\n";
        for (int i = 0; bytes.size() < 200 * 1024; ++i)
            bytes += "D" + QByteArray::number(i) + ";Company " + QByteArray::number(i) + ";2,5\n";
        bytes += "last;M\xFCller;1\n"; // Windows-1252, after the sample
        const TextTable::Format format = TextTable::detect(bytes);
        QCOMPARE(format.separator, QChar(u';'));
        QCOMPARE(format.encoding, Encoding::Windows1252);
        const TextTable::Result result = TextTable::read(bytes, kFile, format);
        QVERIFY(result.ok());
        QCOMPARE(result.sheet.rows.last().cells.at(1).text, u"Müller"_s);
    }

    // A NUL byte is not text: a problem at its place (in characters of the decoded text), no cells.
    void nulByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addRow("utf-8 line 2") << QByteArray("a,b\nxy\0z\n", 9) << Encoding::Utf8 << 2 << 3;
        QTest::addRow("utf-8 first byte") << QByteArray("\0a,b\n", 5) << Encoding::Utf8 << 1 << 1;
        QTest::addRow("utf-8 after é") << QByteArray("\xC3\xA9\0", 3) << Encoding::Utf8 << 1 << 2;
        QTest::addRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                                 "a\0",
            5) << Encoding::Utf8Bom << 1
                                   << 2;
        QTest::addRow("windows-1252 after €") << QByteArray("\x80\0", 2) << Encoding::Windows1252 << 1 << 2;
        QTest::addRow("windows-1252 line 3")
            << QByteArray("a\r\n\xE9\r\n\xE9\x80\0", 9) << Encoding::Windows1252 << 3 << 3;
        QTest::addRow("utf-16") << QByteArray("\xFF\xFE"
                                              "a\0,\0b\0",
            8) << Encoding::Windows1252
                                << 1 << 4;
    }
    void nulByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Encoding, encoding);
        QFETCH(int, line);
        QFETCH(int, column);
        const TextTable::Result result = TextTable::read(bytes, kFile, TextTable::Format {encoding, u','});
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.size(), 1);
        const Problem &problem = result.problems.first();
        QCOMPARE(problem.file, kFile);
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
        QVERIFY2(problem.message.contains(u"NUL"_s), qPrintable(problem.message));
        QVERIFY(result.sheet.rows.isEmpty());
    }

    // Read as UTF-8 (chosen, or detected from a byte order mark), bytes that are not UTF-8 are
    // refused at their place, never turned into replacement characters.
    void notUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addRow("bom, then Windows-1252") << QByteArray("\xEF\xBB\xBF"
                                                              "a;b\nM\xFCller;1\n")
                                                << Encoding::Utf8Bom << 2 << 2;
        QTest::addRow("utf-8 chosen for Windows-1252") << QByteArray("a,b\n\x80,1\n") << Encoding::Utf8 << 2 << 1;
    }
    void notUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Encoding, encoding);
        QFETCH(int, line);
        QFETCH(int, column);
        const TextTable::Result result = TextTable::read(bytes, kFile, TextTable::Format {encoding, u';'});
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, line);
        QCOMPARE(result.problems.first().column, column);
        QVERIFY2(
            result.problems.first().message.contains(u"Windows-1252"_s), qPrintable(result.problems.first().message));
        QVERIFY(result.sheet.rows.isEmpty());
        // The same bytes as Windows-1252 are read.
        QVERIFY(TextTable::read(bytes, kFile, TextTable::Format {Encoding::Windows1252, u';'}).ok());
    }

    void unclosedQuote()
    {
        const TextTable::Result result
            = TextTable::read(QByteArray("a;b\n1;\"open\n2;3\n"), kFile, TextTable::Format {Encoding::Utf8, u';'});
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 2);
        QCOMPARE(result.problems.first().column, 3);
        QVERIFY(result.sheet.rows.isEmpty());
    }

    // The format given is the one read: a wrong separator gives one cell per line.
    void givenFormat()
    {
        const QByteArray bytes("a;b\nM\xFCller;2,5\n");
        const TextTable::Result comma = TextTable::read(bytes, kFile, TextTable::Format {Encoding::Windows1252, u','});
        QVERIFY(comma.ok());
        QCOMPARE(comma.sheet.rows.size(), 2);
        QCOMPARE(comma.sheet.rows.at(1).cells.size(), 2);
        QCOMPARE(comma.sheet.rows.at(1).cells.at(0).text, u"Müller;2"_s);
        const TextTable::Result semicolon
            = TextTable::read(bytes, kFile, TextTable::Format {Encoding::Windows1252, u';'});
        QCOMPARE(semicolon.sheet.rows.at(1).cells.at(1).text, u"2,5"_s);
        QCOMPARE(semicolon.sheet.rows.at(1).cells.at(1).column, 8);
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
