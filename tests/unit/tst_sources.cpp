#include "model/Sources.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publisher_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("publisher");
        QTest::addColumn<QString>("tier");
        QTest::addRow("ft") << u"https://www.ft.com/content/abc"_s << u"ft.com"_s << u"Financial Times"_s
                            << u"news_outlet"_s;
        QTest::addRow("subdomain of a rated domain")
            << u"https://uk.reuters.com/x"_s << u"uk.reuters.com"_s << u"Reuters"_s << u"news_outlet"_s;
        QTest::addRow("amp prefix") << u"https://amp.theguardian.com/x"_s << u"theguardian.com"_s << u"The Guardian"_s
                                    << u"news_outlet"_s;
        QTest::addRow("trade press") << u"https://the-decoder.com/anthropic/"_s << u"the-decoder.com"_s
                                     << u"The Decoder"_s << u"trade_press"_s;
        QTest::addRow("primary") << u"https://group.softbank/en/news/1"_s << u"group.softbank"_s << u"SoftBank Group"_s
                                 << u"primary"_s;
        QTest::addRow("seed article") << u"https://www.n-tv.de/wirtschaft/x.html"_s << u"n-tv.de"_s << u"n-tv"_s
                                      << u"news_outlet"_s;
        QTest::addRow("aggregator") << u"https://pjfp.com/tag/interpretability/"_s << u"pjfp.com"_s << u"pjfp.com"_s
                                    << u"unrated"_s;
        QTest::addRow("fully qualified") << u"https://markets.businessinsider.com./news"_s
                                         << u"markets.businessinsider.com"_s << u"Business Insider Markets"_s
                                         << u"news_outlet"_s;
        QTest::addRow("no host") << u"not a url"_s << QString() << QString() << u"unrated"_s;
        QTest::addRow("a look-alike is not the domain")
            << u"https://notft.com/x"_s << u"notft.com"_s << u"notft.com"_s << u"unrated"_s;
    }

    void publisher()
    {
        QFETCH(QString, url);
        QFETCH(QString, domain);
        QFETCH(QString, publisher);
        QFETCH(QString, tier);
        QCOMPARE(Sources::domainOf(url), domain);
        QCOMPARE(Sources::publisherOf(url), publisher);
        QCOMPARE(enumKey(Sources::TierTable().tierOf(Source(url))), tier);
    }

    // The document's ratings override the built-in table; a source's own rating overrides both.
    void ratingsOverride()
    {
        const Sources::TierTable table({{u"pjfp.com"_s, SourceTier::TradePress}, {u"ft.com"_s, SourceTier::Unrated}});
        QCOMPARE(table.tierOf(Source(u"https://pjfp.com/x"_s)), SourceTier::TradePress);
        QCOMPARE(table.tierOf(Source(u"https://www.ft.com/x"_s)), SourceTier::Unrated);
        Source rated(u"https://www.ft.com/x"_s);
        rated.tier = SourceTier::Primary;
        QCOMPARE(table.tierOf(rated), SourceTier::Primary);
        QVERIFY(table.isBackedByReputableSource({Source(u"https://blog.example/x"_s), rated}));
        QVERIFY(!table.isBackedByReputableSource({Source(u"https://blog.example/x"_s), Source(u"https://ft.com/y"_s)}));
        const QList<Source> ordered = table.byTier({Source(u"https://blog.example/x"_s), rated});
        QCOMPARE(ordered.first().url, rated.url);
    }

    void placeholderTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("citable");
        QTest::addRow("headline") << u"Anthropic places $21 billion order"_s << u"Anthropic places $21 billion order"_s;
        QTest::addRow("descriptive") << u"[descriptive; Reuters report on CNA, headline not shown] Nvidia takes stake"_s
                                     << QString();
        QTest::addRow("seed placeholder") << u"seed article (German news, Nov 2025)"_s << QString();
        QTest::addRow("empty") << QString() << QString();
    }

    void placeholderTitles()
    {
        QFETCH(QString, title);
        QFETCH(QString, citable);
        const Source s(u"https://example.com"_s, title);
        QCOMPARE(Sources::citableTitle(s), citable);
        QCOMPARE(Sources::hasPlaceholderTitle(s), citable.isEmpty());
    }

    void disagreement()
    {
        auto claiming = [](std::optional<qint64> bn) {
            Source s(u"https://example.com"_s);
            if (bn)
                s.claimedAmount = Money::fromUsd(*bn * 1'000'000'000);
            return s;
        };
        const auto chosen = std::optional(Money::fromUsd(965'000'000'000));
        QVERIFY(!Sources::disagree(chosen, {claiming(965), claiming(std::nullopt)}));
        QVERIFY(Sources::disagree(chosen, {claiming(965), claiming(1000)}));
        QVERIFY(Sources::disagree(std::nullopt, {claiming(30), claiming(50)}));
        QVERIFY(!Sources::disagree(std::nullopt, {claiming(30), claiming(30)}));
        QVERIFY(!Sources::disagree(chosen, {}));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
