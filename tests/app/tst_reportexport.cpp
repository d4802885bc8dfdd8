#include "support/CapflowRun.h"

#include "analysis/AmountTotals.h"
#include "files/DocumentFiles.h"
#include "printing/ReportPrinter.h"
#include "printing/ReportWriter.h"
#include "report/ReportContents.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {
QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

// The PDF's text, page by page (pdftotext ends each page with a form feed).
QStringList pdfPages(const QString &pdf, bool layout = false)
{
    QProcess process;
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    process.start(tool(QStringLiteral("pdftotext")), args);
    process.waitForFinished(60000);
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString simplified(const QStringList &pages)
{
    return pages.join(u' ').simplified();
}

QString pdfInfo(const QString &pdf)
{
    QProcess process;
    process.start(tool(QStringLiteral("pdfinfo")), {pdf});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (tool(QStringLiteral("pdftotext")).isEmpty() || tool(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("CAPFLOW_KEEP_TEST_OUTPUT")) { // to look at the PDFs
            m_dir.setAutoRemove(false);
            qInfo("Output kept in %s", qPrintable(m_dir.path()));
        }
    }

    void reportInLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("pageWord"); // "Page %1 of %2"
        QTest::addColumn<QString>("ofWord");
        QTest::addColumn<QString>("moneyPattern");
        QTest::addColumn<QString>("foreignMoney");
        QTest::addColumn<QStringList>("phrases");
        QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("Seite") << QStringLiteral("von")
                            << QStringLiteral("\\b\\d+(,\\d+)? Mrd\\. \\$") << QStringLiteral("\\$\\d+(\\.\\d+)?bn")
                            << QStringList {QStringLiteral("Kapitalflüsse"), QStringLiteral("Quellen"),
                                   QStringLiteral("bis zu"), QStringLiteral("Beteiligung")};
        QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("Page") << QStringLiteral("of")
                            << QStringLiteral("\\$\\d+(\\.\\d+)?bn") << QStringLiteral("Mrd\\.")
                            << QStringList {QStringLiteral("Capital flows"), QStringLiteral("Sources"),
                                   QStringLiteral("up to"), QStringLiteral("Equity")};
    }
    void reportInLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, pageWord);
        QFETCH(QString, ofWord);
        QFETCH(QString, moneyPattern);
        QFETCH(QString, foreignMoney);
        QFETCH(QStringList, phrases);
        const QString pdf = m_dir.filePath(QStringLiteral("report_%1.pdf").arg(lang));
        const CapflowRun run = runCapflow({QStringLiteral("--export-report"), pdf, QStringLiteral("--lang"), lang});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList pages = pdfPages(pdf);
        QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
        QVERIFY(pdfInfo(pdf).contains(QStringLiteral("Pages:           %1").arg(pages.size())));
        QVERIFY(pdfInfo(pdf).contains(QStringLiteral("(A4)")));
        // A footer with the page number on every page.
        for (int i = 0; i < pages.size(); ++i) {
            const QString footer = QStringLiteral("%1 %2 %3 %4").arg(pageWord).arg(i + 1).arg(ofWord).arg(pages.size());
            QVERIFY2(pages.at(i).simplified().contains(footer), qPrintable(footer));
        }
        const QString text = simplified(pages);
        for (const QString &name : {QStringLiteral("Anthropic"), QStringLiteral("Microsoft"), QStringLiteral("Nvidia"),
                 QStringLiteral("OpenAI"), QStringLiteral("CoreWeave")})
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(QRegularExpression(moneyPattern)));
        // The report's own amounts (all before the source list, whose titles quote the press) are
        // in the language's form only.
        const qsizetype sourceList = text.indexOf(QStringLiteral("[1] Microsoft Invests $1 Billion")); // source [1]
        QVERIFY(sourceList > 0);
        const QString ownText = text.left(sourceList);
        QVERIFY(ownText.size() > text.size() / 4);
        QVERIFY2(!ownText.contains(QRegularExpression(foreignMoney)), qPrintable(foreignMoney));
        for (const QString &phrase : phrases)
            QVERIFY2(text.contains(phrase), qPrintable(phrase));
        // Source titles, as the dataset has them.
        QVERIFY(text.contains(QStringLiteral("Microsoft invests $10 billion in ChatGPT maker OpenAI")));
        QVERIFY(text.contains(QStringLiteral("https://fortune.com/2019/07/22/microsoft-openai-partnership")));
    }

    // Every source number the deal table cites is in the numbered list, and the list holds
    // exactly the distinct sources of the data.
    void tableAndSourceListAgree()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("agree.pdf"));
        const CapflowRun run
            = runCapflow({QStringLiteral("--export-report"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = pdfPages(pdf, true).join(u'\n').split(u'\n');
        const qsizetype heading = lines.indexOf(QStringLiteral("Sources"));
        QVERIFY(heading > 0);
        // A long list of references wraps within its cell: read the cells in reading order.
        const QString raw = pdfPages(pdf).join(u' ');
        const qsizetype rawHeading = raw.lastIndexOf(QStringLiteral("\nSources\n"));
        QVERIFY(rawHeading > 0);
        const QString tables = raw.left(rawHeading).simplified();
        QSet<int> cited;
        static const QRegularExpression refs(QStringLiteral("\\[(\\d+(?:, \\d+)*)\\]"));
        for (auto it = refs.globalMatch(tables); it.hasNext();) {
            for (const QString &n : it.next().captured(1).split(QStringLiteral(", ")))
                cited.insert(n.toInt());
        }
        QList<int> listed;
        static const QRegularExpression entry(QStringLiteral("^\\s*\\[(\\d+)\\]\\s+\\S"));
        for (qsizetype i = heading + 1; i < lines.size(); ++i) {
            const auto m = entry.match(lines.at(i));
            if (m.hasMatch())
                listed << m.captured(1).toInt();
        }
        const ReportContents contents = ReportContents::build(DocumentFiles::bundled(), Formatter(Language::English));
        QCOMPARE(listed.size(), contents.sources().size());
        for (int i = 0; i < listed.size(); ++i)
            QCOMPARE(listed.at(i), i + 1);
        QVERIFY(!cited.isEmpty());
        for (int n : std::as_const(cited))
            QVERIFY2(n >= 1 && n <= listed.size(), qPrintable(QString::number(n)));
        QCOMPARE(cited.size(), listed.size()); // every listed source is cited
    }

    // The deal table flows over several pages and repeats its header row on each; the valuation
    // table follows it with its own header.
    void tableHeaderRepeatsOnEveryPage()
    {
        const QStringList pages = pdfPages(m_dir.filePath(QStringLiteral("agree.pdf")), true);
        static const QRegularExpression row(
            QStringLiteral("\\[\\d+(, \\d+)*\\]\\s*$"), QRegularExpression::MultilineOption);
        static const QRegularExpression header(
            QStringLiteral("^\\s*ID\\s+Date\\s+From\\s+To\\s+Kind\\s+Amount\\s+Sources\\s*$"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression valuationHeader(
            QStringLiteral("^\\s*Date\\s+Company\\s+Valuation\\s+Kind\\s+Sources\\s*$"),
            QRegularExpression::MultilineOption);
        // The claims of "Where sources disagree" cite sources too, under their own header.
        static const QRegularExpression disagreementHeader(
            QStringLiteral("^\\s*Deal or\\s+valuation\\s+Chosen\\s+What the sources report\\s*$|"
                           "^\\s*Deal or valuation\\s+Chosen\\s+What the sources report\\s*$"),
            QRegularExpression::MultilineOption);
        int tablePages = 0, valuationPages = 0;
        for (int i = 0; i < pages.size(); ++i) {
            if (!pages.at(i).contains(row))
                continue;
            ++tablePages;
            valuationPages += pages.at(i).contains(valuationHeader) ? 1 : 0;
            QVERIFY2(pages.at(i).contains(header) || pages.at(i).contains(valuationHeader)
                    || pages.at(i).contains(disagreementHeader),
                qPrintable(QStringLiteral("page %1").arg(i + 1)));
        }
        QVERIFY(tablePages >= 2);
        QVERIFY(valuationPages >= 1);
        // Every valuation of the bundled dataset is in the report with its value.
        const QString all = pages.join(u'\n');
        QVERIFY(all.contains(QStringLiteral("Valuations")));
        QVERIFY(all.contains(QStringLiteral("$183bn")));
    }

    // The title page says how far the data reaches, in the report's language.
    void titlePageSaysHowFarTheDataReaches_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("line");
        QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("Data through June 2026");
        QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("Datenstand: Juni 2026");
    }
    void titlePageSaysHowFarTheDataReaches()
    {
        QFETCH(QString, lang);
        QFETCH(QString, line);
        const QString pdf = m_dir.filePath(QStringLiteral("through_%1.pdf").arg(lang));
        const CapflowRun run = runCapflow({QStringLiteral("--export-report"), pdf, QStringLiteral("--lang"), lang});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString titlePage = pdfPages(pdf).value(0).simplified();
        QVERIFY2(titlePage.contains(line), qPrintable(titlePage.left(600)));
        // In process, without a translation: the month still comes from the report's language.
        const Report report = Report::build(DocumentFiles::bundled(), ReportFilter(), QString(), Language::German);
        QCOMPARE(report.dataThroughLine, QStringLiteral("Data through Juni 2026"));
        DocumentData undated = DocumentFiles::bundled();
        undated.dataThrough = FuzzyDate();
        QVERIFY(Report::build(undated, ReportFilter(), QString(), Language::English).dataThroughLine.isEmpty());
    }

    // The source list names publishers and tiers and never prints a placeholder title; the
    // figures the sources disagree about have their own section; the title page's totals say how
    // many deals they leave out because other deals count their money.
    void sourcesTheirStandingAndTheirDisagreements()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("standing.pdf"));
        const CapflowRun run
            = runCapflow({QStringLiteral("--export-report"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList pages = pdfPages(pdf);
        const QString text = simplified(pages);
        QVERIFY(!text.contains(QStringLiteral("[descriptive")));
        QVERIFY(!text.contains(QStringLiteral("seed article"), Qt::CaseInsensitive));
        QVERIFY(text.contains(QStringLiteral("untitled page")));
        QVERIFY(text.contains(QStringLiteral(" · news outlet")));
        QVERIFY(text.contains(QStringLiteral("reports $965bn")));

        // The section, after the contents list that names it.
        const ReportContents contents = ReportContents::build(DocumentFiles::bundled(), Formatter(Language::English));
        QVERIFY(!contents.disagreements().isEmpty());
        int section = -1;
        for (int i = 1; i < pages.size() && section < 0; ++i) {
            if (pages.at(i).contains(QStringLiteral("Where sources disagree")))
                section = i;
        }
        QVERIFY(section > 0);
        const QString disagreements = pages.mid(section).join(u' ').simplified();
        QVERIFY(disagreements.contains(QStringLiteral("Anthropic valuation")));
        QVERIFY(disagreements.contains(QStringLiteral("FT Chinese (news outlet): $900bn")));
        QVERIFY(disagreements.contains(QStringLiteral("pjfp.com (unrated): $965bn")));

        const int leftOut = KindTotals::of(DocumentFiles::bundled().deals).leftOut;
        QVERIFY(leftOut >= 2);
        static const QRegularExpression leftOutLine(
            QStringLiteral("Left out of the sums: (\\d+) deal(s|\\(s\\)) counted in others or superseded"));
        const auto match = leftOutLine.match(pages.value(0).simplified());
        QVERIFY2(match.hasMatch(), qPrintable(pages.value(0).simplified().left(2000)));
        QCOMPARE(match.captured(1).toInt(), leftOut);
    }

    void filterAndTitle()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("filtered.pdf"));
        const CapflowRun run = runCapflow({QStringLiteral("--export-report"), pdf, QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
            QStringLiteral("2025-12-31"), QStringLiteral("--companies"), QStringLiteral("Anthropic"),
            QStringLiteral("--title"), QStringLiteral("Anthropic's money in 2025")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList pages = pdfPages(pdf);
        const QString titlePage = pages.value(0).simplified();
        QVERIFY(titlePage.contains(QStringLiteral("Anthropic's money in 2025")));
        QVERIFY(pdfPages(pdf, true).value(0).contains(QRegularExpression(QStringLiteral("Period:\\s+2025\\n"))));
        QVERIFY(
            pdfPages(pdf, true).value(0).contains(QRegularExpression(QStringLiteral("Companies:\\s+Anthropic\\n"))));
        QVERIFY(!simplified(pages).contains(QStringLiteral("July 22, 2019"))); // Microsoft → OpenAI, 2019: filtered out
        QVERIFY(pages.size() < pdfPages(m_dir.filePath(QStringLiteral("agree.pdf"))).size());
    }

    // --compare with --export-report: a page on what changed, in German.
    void comparisonPage()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("compare.pdf"));
        const CapflowRun run = runCapflow({QStringLiteral("--export-report"), pdf, QStringLiteral("--lang"),
            QStringLiteral("de"), QStringLiteral("--compare"), QStringLiteral("2025-03-01"),
            QStringLiteral("2026-03-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = simplified(pdfPages(pdf));
        QVERIFY(text.contains(QStringLiteral("Was sich zwischen 1. März 2025 und 1. März 2026 geändert hat")));
        QVERIFY(text.contains(QStringLiteral("Veränderte Bewertungen")));
        QVERIFY(text.contains(QStringLiteral("Neue Deals")));
    }

    // The analysis pages cite deals by id (circular flows: "D005 → D071"); the deal table shows
    // every id they cite.
    void citedDealIdsAreInTheDealTable()
    {
        const QStringList pages = pdfPages(m_dir.filePath(QStringLiteral("agree.pdf")), true);
        static const QRegularExpression id(QStringLiteral("\\bD\\d{3}\\b"));
        static const QRegularExpression tableRow(QStringLiteral("^\\s*(D\\d{3})\\s+\\S"));
        QSet<QString> cited, inTable;
        bool inDeals = false;
        for (const QString &page : pages) {
            for (const QString &line : page.split(u'\n')) {
                if (line.contains(QRegularExpression(QStringLiteral("^\\s*ID\\s+Date\\s+From"))))
                    inDeals = true;
                if (line.trimmed() == QStringLiteral("Sources"))
                    inDeals = false;
                if (const auto row = tableRow.match(line); inDeals && row.hasMatch()) {
                    inTable.insert(row.captured(1));
                    continue;
                }
                if (!inDeals) {
                    for (auto it = id.globalMatch(line); it.hasNext();)
                        cited.insert(it.next().captured());
                }
            }
        }
        QVERIFY(inTable.size() > 100);
        QVERIFY2(!cited.isEmpty(), "the circular flows cite no deal ids");
        for (const QString &deal : std::as_const(cited))
            QVERIFY2(inTable.contains(deal), qPrintable(deal));
    }

    void failuresLeaveNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("missing directory") << QStringLiteral("/nonexistent/dir/x.pdf") << QStringList() << 1;
        QTest::addRow("not a directory") << QStringLiteral("/proc/version/x.pdf") << QStringList() << 1;
        QTest::addRow("read-only directory, even for root")
            << QStringLiteral("/proc/capflow-report.pdf") << QStringList() << 1;
        QTest::addRow("unknown company") << m_dir.filePath(QStringLiteral("nobody.pdf"))
                                         << QStringList {QStringLiteral("--companies"), QStringLiteral("Nobody Inc")}
                                         << 1;
        QTest::addRow("not a pdf") << m_dir.filePath(QStringLiteral("report.png")) << QStringList() << 2;
    }
    void failuresLeaveNothing()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        const CapflowRun run = runCapflow(QStringList {QStringLiteral("--export-report"), path} + extra);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void readOnlyDirectoryLeavesNothing()
    {
        if (geteuid() == 0)
            QSKIP("root writes into read-only directories");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const QString path = dir.filePath(QStringLiteral("x.pdf"));
        const CapflowRun run = runCapflow({QStringLiteral("--export-report"), path});
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void existingFileSurvivesFailure()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.pdf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old contents");
        }
        const CapflowRun run = runCapflow(
            {QStringLiteral("--export-report"), path, QStringLiteral("--companies"), QStringLiteral("Nobody")});
        QCOMPARE(run.exitCode, 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old contents"));
    }

    // Figures supplied from outside get a page each, painted as vectors with their title.
    void suppliedFiguresAndLetter()
    {
        Report report = Report::build(DocumentFiles::bundled(), ReportFilter(), QString(), Language::English);
        const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
        int plainPages = 0;
        QCOMPARE(ReportWriter::writePdf(report, plain, ReportPrinter::defaultPageLayout(), {}, nullptr, &plainPages),
            ReportWriter::Outcome::Written);
        QRectF painted;
        auto paint = [&painted](QPainter *p, const QRectF &r) {
            painted = r;
            p->drawRect(r.adjusted(10, 10, -10, -10)); // with the font the report sets up
            p->drawText(r, Qt::AlignCenter, QStringLiteral("Figure body text"));
        };
        report.figures << ReportFigure {QStringLiteral("Test network"), QStringLiteral("A caption under it"), paint, {}}
                       << ReportFigure {QStringLiteral("Test timeline"), QString(), paint, {}};
        ReportTable analysis;
        analysis.title = QStringLiteral("Test analysis");
        analysis.columns
            = {{QStringLiteral("Cycle"), Qt::AlignLeft, true}, {QStringLiteral("Amount"), Qt::AlignRight, false}};
        analysis.rows = {{QStringLiteral("Nvidia → OpenAI → Oracle → Nvidia"), QStringLiteral("$100bn")}};
        report.extraSections << analysis;
        const QString pdf = m_dir.filePath(QStringLiteral("figures.pdf"));
        int pages = 0;
        QCOMPARE(ReportWriter::writePdf(
                     report, pdf, ReportPrinter::defaultPageLayout(QPageSize::Letter), {}, nullptr, &pages),
            ReportWriter::Outcome::Written);
        QVERIFY(pdfInfo(pdf).contains(QStringLiteral("(letter)")));
        QVERIFY(pages >= plainPages + 3);
        // A letter page's paint area minus margins, in logical pixels: wide enough to be real.
        QVERIFY(painted.width() > 500 && painted.height() > 500);
        const QStringList text = pdfPages(pdf);
        QCOMPARE(text.size(), pages);
        QVERIFY(text.at(1).contains(QStringLiteral("Test network")));
        QVERIFY(text.at(1).contains(QStringLiteral("Figure body text")));
        QVERIFY(text.at(1).contains(QStringLiteral("A caption under it")));
        QVERIFY(text.at(2).contains(QStringLiteral("Test timeline")));
        QVERIFY(text.at(3).contains(QStringLiteral("Nvidia → OpenAI → Oracle → Nvidia")));
        // The title page lists them with their pages.
        const QString contents = pdfPages(pdf, true).value(0);
        QVERIFY(contents.contains(QRegularExpression(QStringLiteral("Test network\\s+page 2\\n"))));
        QVERIFY(contents.contains(QRegularExpression(QStringLiteral("Test analysis\\s+page 4\\n"))));
    }

    void cancelLeavesNothing()
    {
        const Report report = Report::build(DocumentFiles::bundled(), ReportFilter(), QString(), Language::English);
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        int calls = 0;
        const auto outcome = ReportWriter::writePdf(
            report, pdf, ReportPrinter::defaultPageLayout(),
            [&calls](int page, int) {
                ++calls;
                return page < 2;
            },
            nullptr);
        QCOMPARE(outcome, ReportWriter::Outcome::Cancelled);
        QCOMPARE(calls, 2);
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden), QStringList());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
