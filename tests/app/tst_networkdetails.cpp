#include "OverlapFixture.h"

#include "document/Document.h"
#include "format/Formatter.h"
#include "network/NetworkDealText.h"
#include "network/NetworkDetailsPanel.h"
#include "network/NetworkPicture.h"

#include <QTest>

// What the network says about each figure: the edges' tool tips and the details panel name what
// counts and what does not, which sources report what, with their tier, and where they disagree.
class TestNetworkDetails : public QObject
{
    Q_OBJECT
private:
    Document m_document;
    const Formatter m_format {Language::English};

    QString money(qint64 billions) const { return m_format.money(OverlapFixture::billions(billions)); }
    QString panelText(bool company, const QString &id)
    {
        NetworkDetailsPanel panel(&m_document);
        if (company)
            panel.showCompany(id);
        else
            panel.showDeal(id);
        return panel.toPlainText();
    }
    // The line of the text that contains what.
    static QString lineWith(const QString &text, const QString &what)
    {
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines) {
            if (line.contains(what))
                return line;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        DocumentData data = OverlapFixture::data();
        Valuation valuation
            = ValuationBuilder(QStringLiteral("V1"), QStringLiteral("anthropic")).on(QDate(2026, 5, 28)).billions(965);
        valuation.sources = {OverlapFixture::source(QStringLiteral("https://www.ft.com/content/anthropic-965"),
                                 QStringLiteral("Anthropic valued at $965bn"), 965, QDate(2026, 5, 28)),
            OverlapFixture::source(
                QStringLiteral("https://pjfp.com/anthropic-valuation"), OverlapFixture::seedTitle, 900)};
        data.valuations = {valuation};
        m_document.setData(data);
    }

    void edgeToolTips_data()
    {
        QTest::addColumn<QString>("deal");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QString disagree = QStringLiteral("\u26A0 sources disagree");
        QTest::addRow("superseded letter")
            << QStringLiteral("D059") << QStringList {QStringLiteral("superseded by D107")}
            << QStringList {disagree, QStringLiteral("counted in")};
        QTest::addRow("part of the round") << QStringLiteral("D075") << QStringList {QStringLiteral("counted in D100")}
                                           << QStringList {disagree, QStringLiteral("superseded")};
        QTest::addRow("round with disagreeing sources")
            << QStringLiteral("D100")
            << QStringList {disagree, QStringLiteral("Financial Times, news outlet: ") + money(30),
                   QStringLiteral("pjfp.com, unrated: ") + money(25)}
            << QStringList {
                   QStringLiteral("counted in"), QStringLiteral("superseded"), OverlapFixture::placeholderTitle};
        QTest::addRow("stake whose sources agree") << QStringLiteral("D107") << QStringList {QStringLiteral("D107")}
                                                   << QStringList {disagree, QStringLiteral("superseded")};
    }
    void edgeToolTips()
    {
        QFETCH(QString, deal);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        NetworkPicture picture;
        picture.build(m_document, {}, {});
        const QString tip
            = NetworkDealText::edgeToolTip(m_document, picture, picture.edgeOfDeal(deal), Language::English);
        for (const QString &text : std::as_const(present))
            QVERIFY2(tip.contains(text.toHtmlEscaped()), qPrintable(text + QStringLiteral(" in ") + tip));
        for (const QString &text : std::as_const(absent))
            QVERIFY2(!tip.contains(text.toHtmlEscaped()), qPrintable(text + QStringLiteral(" in ") + tip));
    }

    // A company's totals leave out what another deal of the list supersedes or contains; the
    // list names why.
    void companyTotalsCountEachDollarOnce_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QString>("leftOutDeal"); // a line that names it also says why
        QTest::addColumn<QString>("why");
        QTest::addColumn<QString>("neverSummed"); // the naive sum, which must not appear
        QTest::addRow("Anthropic: Microsoft's part of the round")
            << QStringLiteral("anthropic")
            << QStringList {QStringLiteral("Equity (1)"), money(30),
                   QStringLiteral("not added: superseded by or part of another deal listed")}
            << m_format.dealAmount(OverlapFixture::billions(5), AmountKind::Committed)
            << QStringLiteral("part of D100 \u2013 not added") << money(35);
        QTest::addRow("OpenAI: the replaced letter")
            << QStringLiteral("openai")
            << QStringList {QStringLiteral("Equity (2)"), money(80),
                   QStringLiteral("not added: superseded by or part of another deal listed")}
            << m_format.dealAmount(OverlapFixture::billions(100), AmountKind::UpTo)
            << QStringLiteral("superseded by D107") << money(180);
    }
    void companyTotalsCountEachDollarOnce()
    {
        QFETCH(QString, company);
        QFETCH(QStringList, present);
        QFETCH(QString, leftOutDeal);
        QFETCH(QString, why);
        QFETCH(QString, neverSummed);
        const QString text = panelText(true, company);
        for (const QString &part : std::as_const(present))
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in ") + text));
        QVERIFY2(lineWith(text, leftOutDeal).contains(why), qPrintable(text));
        QVERIFY2(!text.contains(neverSummed), qPrintable(text));
        // The deal left out shows once, in its line, not in a total.
        QCOMPARE(text.count(leftOutDeal), 1);
    }

    void companyValuationListsClaims()
    {
        const QString text = panelText(true, QStringLiteral("anthropic"));
        QVERIFY2(text.contains(QStringLiteral("\u26A0 ") + money(965)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\u26A0 sources disagree")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Financial Times, news outlet: %1 (%2)")
                                   .arg(money(965), m_format.date(QDate(2026, 5, 28)))),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("pjfp.com, unrated: ") + money(900)), qPrintable(text));
        QVERIFY2(!text.contains(OverlapFixture::seedTitle), qPrintable(text));
    }

    // A deal's sources, primary first, each with its publisher, tier and what it reports; titles
    // only where they are the page's own.
    void dealListsSourcesWithTierAndClaim_data()
    {
        QTest::addColumn<QString>("deal");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QString disagree = QStringLiteral("\u26A0 sources disagree");
        QTest::addRow("round")
            << QStringLiteral("D100")
            << QStringList {QStringLiteral(
                                "Financial Times, news outlet: %1 (%2) \u2013 \u201CAnthropic raises $30bn\u201D")
                                .arg(money(30), m_format.date(QDate(2026, 2, 12))),
                   QStringLiteral("pjfp.com, unrated: ") + money(25), disagree,
                   QStringLiteral("\u26A0 ") + m_format.dealAmount(OverlapFixture::billions(30), AmountKind::Committed),
                   QStringLiteral("includes D075")}
            << QStringList {OverlapFixture::placeholderTitle, QStringLiteral("[descriptive")};
        QTest::addRow("part")
            << QStringLiteral("D075")
            << QStringList {QStringLiteral("Microsoft, primary source \u2013 \u201CMicrosoft, Nvidia and Anthropic"),
                   QStringLiteral("part of D100")}
            << QStringList {disagree, QStringLiteral("\u26A0")};
        QTest::addRow("letter") << QStringLiteral("D059")
                                << QStringList {QStringLiteral("Nvidia, primary source: ") + money(100),
                                       QStringLiteral("superseded by D107")}
                                << QStringList {disagree};
        QTest::addRow("stake") << QStringLiteral("D107")
                               << QStringList {QStringLiteral("Reuters, news outlet: ") + money(30),
                                      QStringLiteral("Bloomberg, news outlet: ") + money(30),
                                      QStringLiteral("supersedes D059")}
                               << QStringList {disagree};
        QTest::addRow("unrated only") << QStringLiteral("D200")
                                      << QStringList {QStringLiteral("pjfp.com, unrated: ") + money(50)}
                                      << QStringList {OverlapFixture::seedTitle, QStringLiteral("seed article")};
    }
    void dealListsSourcesWithTierAndClaim()
    {
        QFETCH(QString, deal);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QString text = panelText(false, deal);
        for (const QString &part : std::as_const(present))
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in ") + text));
        for (const QString &part : std::as_const(absent))
            QVERIFY2(!text.contains(part), qPrintable(part + QStringLiteral(" in ") + text));
    }

    // The document's rating of a publisher wins over the built-in table.
    void dealFollowsTheDocumentsTiers()
    {
        m_document.setSourceTiers({SourceTierRule {QStringLiteral("pjfp.com"), SourceTier::TradePress}});
        const QString text = panelText(false, QStringLiteral("D200"));
        m_document.setSourceTiers({});
        QVERIFY2(text.contains(QStringLiteral("pjfp.com, trade press: ") + money(50)), qPrintable(text));
    }
};

QTEST_MAIN(TestNetworkDetails)
#include "tst_networkdetails.moc"
