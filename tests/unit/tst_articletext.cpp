#include "extract/ArticleText.h"

#include <QTemporaryDir>
#include <QTest>

class TestArticleText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void page_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");

        QTest::newRow("canonical, og:title, published time")
            << QByteArray("<html><head><title>Site | Headline</title>"
                          "<meta property=\"og:title\" content=\"Headline &amp; more\">"
                          "<link href=\"https://ex.com/a\" rel=\"canonical\">"
                          "<meta content=\"2026-02-12T08:00:00Z\" property=\"article:published_time\">"
                          "</head><body><p>First.</p><p>Second&nbsp;one.</p></body></html>")
            << QStringLiteral("https://ex.com/a") << QStringLiteral("Headline & more") << QDate(2026, 2, 12)
            << QStringLiteral("First.\nSecond one.");
        QTest::newRow("og:url, <title>, no date")
            << QByteArray("<html><head><meta property='og:url' content='https://ex.com/b'>"
                          "<title>\n  Plain   title </title></head><body>Text</body></html>")
            << QStringLiteral("https://ex.com/b") << QStringLiteral("Plain title") << QDate() << QStringLiteral("Text");
        QTest::newRow("browser's saved-from comment")
            << QByteArray("<!DOCTYPE html>\n<!-- saved from url=(0021)https://ex.com/saved -->\n"
                          "<html><body>Body</body></html>")
            << QStringLiteral("https://ex.com/saved") << QString() << QDate() << QStringLiteral("Body");
        QTest::newRow("scripts, styles and comments are not text")
            << QByteArray("<html><head><style>.a{color:red}</style><script>var s='$99bn';</script></head>"
                          "<body><!-- $98bn --><noscript>$97bn</noscript><p>Only this.</p>"
                          "<SCRIPT type=x>$96bn</SCRIPT></body></html>")
            << QString() << QString() << QDate() << QStringLiteral("Only this.");
        QTest::newRow("date meta by name")
            << QByteArray("<html><head><meta name=\"date\" content=\"2025-11-18\"></head><body>x</body></html>")
            << QString() << QString() << QDate(2025, 11, 18) << QStringLiteral("x");
        QTest::newRow("a date that is none is no date")
            << QByteArray("<html><head><meta name=\"date\" content=\"2025-13-45\"></head><body>x</body></html>")
            << QString() << QString() << QDate() << QStringLiteral("x");
    }

    void page()
    {
        QFETCH(QByteArray, html);
        const ArticleText::Article a = ArticleText::fromBytes(html, true);
        QTEST(a.url, "url");
        QTEST(a.title, "title");
        QTEST(a.date, "date");
        QTEST(a.text, "text");
    }

    void encodings()
    {
        // Windows-1252 as the page says, and where the bytes are not UTF-8.
        const QByteArray declared("<html><head><meta charset=\"windows-1252\"></head><body>M\xe4rz</body></html>");
        QCOMPARE(ArticleText::fromBytes(declared, true).text, QStringLiteral("März"));
        QCOMPARE(ArticleText::fromBytes(QByteArray("Gr\xf6\xdfte Runde"), false).text, QStringLiteral("Größte Runde"));
        QCOMPARE(ArticleText::fromBytes(QByteArray("\xef\xbb\xbfMit BOM: \xc3\xa4"), false).text,
            QStringLiteral("Mit BOM: ä"));
        // Plain text stays as it is, markup and all.
        QCOMPARE(ArticleText::fromBytes(QByteArray("a <b> c"), false).text, QStringLiteral("a <b> c"));
    }

    void files()
    {
        QVERIFY(ArticleText::isArticleFile(QStringLiteral("/x/News.HTML")));
        QVERIFY(ArticleText::isArticleFile(QStringLiteral("a.txt")));
        QVERIFY(ArticleText::isArticleFile(QStringLiteral("a.md")));
        QVERIFY(!ArticleText::isArticleFile(QStringLiteral("a.csv")));
        QVERIFY(!ArticleText::isArticleFile(QStringLiteral("a.capflow")));

        QTemporaryDir dir;
        QString error;
        QVERIFY(!ArticleText::fromFile(dir.filePath(QStringLiteral("missing.html")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.html")), qPrintable(error));
        QVERIFY(!ArticleText::fromFile(dir.path(), &error)); // a folder
        QFile f(dir.filePath(QStringLiteral("p.htm")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<title>T</title><p>Body</p>");
        f.close();
        const auto a = ArticleText::fromFile(f.fileName(), &error);
        QVERIFY(a);
        QCOMPARE(a->title, QStringLiteral("T"));
        QCOMPARE(a->text, QStringLiteral("Body"));
    }
};

QTEST_MAIN(TestArticleText)
#include "tst_articletext.moc"
