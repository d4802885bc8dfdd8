#include "extract/ArticleExtractor.h"
#include "files/DocumentFiles.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AmountKind)
Q_DECLARE_METATYPE(DealKind)
Q_DECLARE_METATYPE(DatePrecision)
Q_DECLARE_METATYPE(ValuationKind)

namespace {

// The rules one at a time, on the bundled dataset's companies (as the Deals from Article dialog and
// --extract-deals run them on the open document).
const DocumentData &bundled()
{
    static const DocumentData data = DocumentFiles::bundled();
    return data;
}

ExtractionResult extract(const QString &text, Language language, QDate date = QDate(2025, 11, 18))
{
    const ArticleExtractor extractor(bundled());
    return extractor.extract(text, ArticleExtractor::Options {language, date});
}

QString partyKey(const ProposedCompany &c)
{
    return c.isKnown() ? c.companyId : c.isNew() ? u"new:"_s + c.newName : QString();
}

// "from -> to kind amount amount_kind" of each deal, for compact comparisons.
QStringList dealsOf(const ExtractionResult &r)
{
    QStringList list;
    for (const DealProposal &d : r.deals) {
        list << u"%1 -> %2 %3 %4 %5"_s.arg(partyKey(d.from), partyKey(d.to), enumKey(d.kind),
            d.amount ? d.amount->toUsdString() : u"undisclosed"_s, enumKey(d.amountKind));
    }
    return list;
}

} // namespace

class TestArticleExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void companies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::addRow("alias after a referential compound")
            << u"Anthropic wird von der Google-Mutter Alphabet unterstützt."_s
            << QStringList {u"anthropic"_s, u"alphabet-google"_s};
        QTest::addRow("alias Amazon Web Services")
            << u"Cloud-Diensten von Amazon Web Services"_s << QStringList {u"amazon"_s};
        QTest::addRow("alias Advanced Micro Devices")
            << u"Advanced Micro Devices and OpenAI"_s << QStringList {u"amd"_s, u"openai"_s};
        QTest::addRow("alias AWS") << u"an AWS contract"_s << QStringList {u"amazon"_s};
        QTest::addRow("name ignoring case") << u"NVIDIA and nvidia"_s << QStringList {u"nvidia"_s, u"nvidia"_s};
        QTest::addRow("person compound") << u"Microsoft-Chef Satya Nadella"_s << QStringList {u"microsoft"_s};
        QTest::addRow("rival compound is not the company")
            << u"in den OpenAI-Konkurrenten Anthropic"_s << QStringList {u"anthropic"_s};
        QTest::addRow("German genitive and Azure")
            << u"auf Microsofts Azure-Plattform"_s << QStringList {u"microsoft"_s, u"microsoft"_s};
        QTest::addRow("distinctive first word")
            << u"des Tech-Milliardärs Peter Thiel"_s << QStringList {u"thiel-macro"_s};
        QTest::addRow("legal form dropped")
            << u"in das Gemeinschaftsunternehmen Stargate"_s << QStringList {u"stargate-llc"_s};
        QTest::addRow("dotted name") << u"Character.AI and xAI"_s << QStringList {u"character-ai"_s, u"xai"_s};
        QTest::addRow("no part of a word") << u"Amazonas, Metaverse, Intelligenz"_s << QStringList {};
        QTest::addRow("short names only as written") << u"intel inside, meta data, amd"_s << QStringList {u"intel"_s};
    }
    void companies()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        const ArticleExtractor extractor(bundled());
        QStringList found;
        for (const ArticleExtractor::CompanyMention &m : extractor.findCompanies(text)) {
            found << m.companyId;
            QVERIFY(m.span.isValid() && m.span.end <= text.size());
        }
        QCOMPARE(found, ids);
    }

    void documentAliases()
    {
        DocumentData data;
        data.companies << Company {u"foo"_s, u"Foo Robotics Inc."_s, CompanyKind::AiLab, {}, {}, {}};
        data.aliases << CompanyAlias {u"FooBot"_s, u"Foo Robotics"_s};
        const ArticleExtractor extractor(data);
        const auto mentions = extractor.findCompanies(u"FooBot, Foo Robotics and Foo Robotics Inc."_s);
        QCOMPARE(mentions.size(), 3);
        for (const auto &m : mentions)
            QCOMPARE(m.companyId, u"foo"_s);
        QCOMPARE(mentions.at(0).span, (TextSpan {0, 6}));
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("amount"); // in the stated currency; empty: no figure
        QTest::addColumn<QString>("currency");
        QTest::addColumn<AmountKind>("kind");
        QTest::addColumn<bool>("total");
        QTest::addColumn<QString>("figure"); // the figure's text as found
        const Language de = Language::German;
        const Language en = Language::English;
        const AmountKind committed = AmountKind::Committed;
        QTest::addRow("de Milliarden US-Dollar")
            << u"investieren 15 Milliarden US-Dollar in"_s << de << u"15000000000"_s << u"USD"_s << committed << false
            << u"15 Milliarden US-Dollar"_s;
        QTest::addRow("de singular Milliarde") << u"1 Milliarde Dollar"_s << de << u"1000000000"_s << u"USD"_s
                                               << committed << false << u"1 Milliarde Dollar"_s;
        QTest::addRow("de Billion is a trillion") << u"1 Billion Dollar"_s << de << u"1000000000000"_s << u"USD"_s
                                                  << committed << false << u"1 Billion Dollar"_s;
        QTest::addRow("de $ billion is English")
            << u"$1.4 billion"_s << de << u"1400000000"_s << u"USD"_s << committed << false << u"$1.4 billion"_s;
        QTest::addRow("de Billionen") << u"1,4 Billionen Dollar"_s << de << u"1400000000000"_s << u"USD"_s << committed
                                      << false << u"1,4 Billionen Dollar"_s;
        QTest::addRow("de compound noun") << u"einen 38-Milliarden-Dollar-Deal"_s << de << u"38000000000"_s << u"USD"_s
                                          << committed << false << u"38-Milliarden-Dollar"_s;
        QTest::addRow("de Mio. Euro") << u"für 500 Mio. Euro"_s << de << u"500000000"_s << u"EUR"_s << committed
                                      << false << u"500 Mio. Euro"_s;
        QTest::addRow("de Mrd. grouping") << u"1.400 Mrd. Dollar"_s << de << u"1400000000000"_s << u"USD"_s << committed
                                          << false << u"1.400 Mrd. Dollar"_s;
        QTest::addRow("de bis zu") << u"Nvidia wird bis zu 10 Milliarden US-Dollar"_s << de << u"10000000000"_s
                                   << u"USD"_s << AmountKind::UpTo << false << u"bis zu 10 Milliarden US-Dollar"_s;
        QTest::addRow("de rund") << u"rund 6,3 Milliarden Dollar"_s << de << u"6300000000"_s << u"USD"_s
                                 << AmountKind::Reported << false << u"rund 6,3 Milliarden Dollar"_s;
        QTest::addRow("de etwa") << u"etwa 2 Mrd. Dollar"_s << de << u"2000000000"_s << u"USD"_s << AmountKind::Reported
                                 << false << u"etwa 2 Mrd. Dollar"_s;
        QTest::addRow("de geschätzt") << u"einen geschätzten 100 Millionen Dollar"_s << de << u"100000000"_s << u"USD"_s
                                      << AmountKind::Estimated << false << u"geschätzten 100 Millionen Dollar"_s;
        QTest::addRow("de insgesamt bis zu")
            << u"insgesamt bis zu 15 Milliarden US-Dollar"_s << de << u"15000000000"_s << u"USD"_s << AmountKind::UpTo
            << true << u"insgesamt bis zu 15 Milliarden US-Dollar"_s;
        QTest::addRow("en $bn") << u"a $38bn deal"_s << en << u"38000000000"_s << u"USD"_s << committed << false
                                << u"$38bn"_s;
        QTest::addRow("en $ trillion") << u"$1.4 trillion"_s << en << u"1400000000000"_s << u"USD"_s << committed
                                       << false << u"$1.4 trillion"_s;
        QTest::addRow("en up to") << u"up to $10 billion"_s << en << u"10000000000"_s << u"USD"_s << AmountKind::UpTo
                                  << false << u"up to $10 billion"_s;
        QTest::addRow("en about") << u"about $4bn"_s << en << u"4000000000"_s << u"USD"_s << AmountKind::Reported
                                  << false << u"about $4bn"_s;
        QTest::addRow("en estimated") << u"an estimated $5 billion"_s << en << u"5000000000"_s << u"USD"_s
                                      << AmountKind::Estimated << false << u"an estimated $5 billion"_s;
        QTest::addRow("en billion dollars") << u"10 billion dollars"_s << en << u"10000000000"_s << u"USD"_s
                                            << committed << false << u"10 billion dollars"_s;
        QTest::addRow("en grouping") << u"$1,400 billion"_s << en << u"1400000000000"_s << u"USD"_s << committed
                                     << false << u"$1,400 billion"_s;
        QTest::addRow("en combined") << u"a combined $15 billion"_s << en << u"15000000000"_s << u"USD"_s << committed
                                     << true << u"a combined $15 billion"_s;
        QTest::addRow("en pounds") << u"£2bn"_s << en << u"2000000000"_s << u"GBP"_s << committed << false << u"£2bn"_s;
        QTest::addRow("en euros m") << u"€500m"_s << en << u"500000000"_s << u"EUR"_s << committed << false
                                    << u"€500m"_s;
        QTest::addRow("not money: households")
            << u"rund 25 Millionen US-Haushalte"_s << de << QString() << QString() << committed << false << QString();
        QTest::addRow("not money: no number")
            << u"viele Milliarden Dollar"_s << de << QString() << QString() << committed << false << QString();
        QTest::addRow("not money: percent")
            << u"um 24 Prozent"_s << de << QString() << QString() << committed << false << QString();
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(AmountKind, kind);
        QFETCH(bool, total);
        QFETCH(QString, figure);
        const QList<ArticleExtractor::MoneyFigure> figures = ArticleExtractor::findFigures(text, language);
        if (amount.isEmpty()) {
            QVERIFY(figures.isEmpty());
            return;
        }
        QCOMPARE(figures.size(), 1);
        const ArticleExtractor::MoneyFigure &f = figures.first();
        QCOMPARE(f.amount.toUsdString(), amount);
        QCOMPARE(f.currency, currency);
        QCOMPARE(f.amountKind, kind);
        QCOMPARE(f.statedAsTotal, total);
        QCOMPARE(text.mid(f.span.start, f.span.length()), figure);
    }

    void otherCurrencyInNote()
    {
        const ExtractionResult r = extract(u"ASML investiert 500 Mio. Euro in Mistral AI."_s, Language::German);
        QCOMPARE(r.deals.size(), 1);
        QCOMPARE(partyKey(r.deals.first().from), u"asml"_s);
        QCOMPARE(partyKey(r.deals.first().to), u"mistral-ai"_s);
        QVERIFY(!r.deals.first().amount); // never converted at a guessed rate
        QVERIFY2(r.deals.first().note.contains(u"500 Mio. Euro"_s), qPrintable(r.deals.first().note));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("article");
        QTest::addColumn<QDate>("date"); // invalid: none
        QTest::addColumn<DatePrecision>("precision");
        const QDate nov18(2025, 11, 18);
        QTest::addRow("im März") << u"Im März hatte die Bewertung"_s << nov18 << QDate(2025, 3, 1)
                                 << DatePrecision::Month;
        QTest::addRow("month after the article: last year")
            << u"im Dezember"_s << nov18 << QDate(2024, 12, 1) << DatePrecision::Month;
        QTest::addRow("month with year") << u"im Februar 2024"_s << nov18 << QDate(2024, 2, 1) << DatePrecision::Month;
        QTest::addRow("dritten Quartal") << u"verkaufte im dritten Quartal"_s << nov18 << QDate(2025, 7, 1)
                                         << DatePrecision::Quarter;
        QTest::addRow("Q3 2024") << u"in Q3 2024"_s << nov18 << QDate(2024, 7, 1) << DatePrecision::Quarter;
        QTest::addRow("German day") << u"am 18. November 2025"_s << nov18 << QDate(2025, 11, 18) << DatePrecision::Day;
        QTest::addRow("English day") << u"on November 18, 2025"_s << nov18 << QDate(2025, 11, 18) << DatePrecision::Day;
        QTest::addRow("in July") << u"in July, Google agreed"_s << nov18 << QDate(2025, 7, 1) << DatePrecision::Month;
        QTest::addRow("last year") << u"Last year, AMD bought"_s << nov18 << QDate(2024, 1, 1) << DatePrecision::Year;
        QTest::addRow("im Jahr") << u"im Jahr 2023"_s << nov18 << QDate(2023, 1, 1) << DatePrecision::Year;
        QTest::addRow("month without article date") << u"im März"_s << QDate() << QDate() << DatePrecision::Day;
        QTest::addRow("none") << u"nur wenige Wochen, nachdem"_s << nov18 << QDate() << DatePrecision::Day;
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, article);
        QFETCH(QDate, date);
        QFETCH(DatePrecision, precision);
        const FuzzyDate found = ArticleExtractor::findDate(text, Language::German, article);
        QCOMPARE(found.periodStart(), date);
        if (date.isValid())
            QCOMPARE(found.precision(), precision);
    }

    void kindsAndDirection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QStringList>("deals");
        const Language de = Language::German;
        const Language en = Language::English;
        QTest::addRow("investieren: equity") << u"Amazon investiert 4 Milliarden Dollar in Anthropic."_s << de
                                             << QStringList {u"amazon -> anthropic equity 4000000000 committed"_s};
        QTest::addRow("Beteiligung: equity") << u"Nvidia beteiligt sich mit 5 Milliarden US-Dollar an Intel."_s << de
                                             << QStringList {u"nvidia -> intel equity 5000000000 committed"_s};
        QTest::addRow("Chips kaufen: chips") << u"Anthropic kauft für 10 Milliarden Dollar Chips bei Nvidia."_s << de
                                             << QStringList {u"anthropic -> nvidia chips 10000000000 committed"_s};
        QTest::addRow("Chips kaufen, undisclosed")
            << u"Außerdem wird Anthropic im großen Stil KI-Chips bei Nvidia kaufen."_s << de
            << QStringList {u"anthropic -> nvidia chips undisclosed reported"_s};
        QTest::addRow("Azure-Vertrag: compute")
            << u"OpenAI schließt einen Azure-Vertrag über 250 Milliarden Dollar mit Microsoft."_s << de
            << QStringList {u"openai -> microsoft compute 250000000000 committed"_s};
        QTest::addRow("Rechenkapazitäten: compute")
            << u"Anthropic soll Rechenkapazitäten im Wert von 30 Milliarden Dollar von Microsoft beziehen."_s << de
            << QStringList {u"anthropic -> microsoft compute 30000000000 committed"_s};
        QTest::addRow("verkaufte Beteiligung: divestment, seller in from")
            << u"SoftBank verkaufte seine Beteiligung an Nvidia für 5,83 Milliarden Dollar."_s << de
            << QStringList {u"softbank -> nvidia divestment 5830000000 committed"_s};
        QTest::addRow("veräußerte, undisclosed")
            << u"Thiel veräußerte im dritten Quartal seine Nvidia-Aktien."_s << de
            << QStringList {u"thiel-macro -> nvidia divestment undisclosed reported"_s};
        QTest::addRow("übernimmt: acquisition") << u"Nvidia übernimmt Groq für 20 Milliarden Dollar."_s << de
                                                << QStringList {u"nvidia -> groq acquisition 20000000000 committed"_s};
        QTest::addRow("passive acquisition") << u"Groq wird für 20 Milliarden Dollar von Nvidia übernommen."_s << de
                                             << QStringList {u"nvidia -> groq acquisition 20000000000 committed"_s};
        QTest::addRow("German verb second")
            << u"Zudem übernimmt SoftBank den Chipentwickler Ampere Computing für 6,5 Milliarden Dollar."_s << de
            << QStringList {u"softbank -> ampere-computing acquisition 6500000000 committed"_s};
        QTest::addRow("Kredit: loan") << u"Microsoft vergibt einen Kredit über 2 Milliarden Dollar an OpenAI."_s << de
                                      << QStringList {u"microsoft -> openai loan 2000000000 committed"_s};
        QTest::addRow("Kredit aufnehmen: the lender pays")
            << u"OpenAI nimmt bei Microsoft einen Kredit über 2 Milliarden Dollar auf."_s << de
            << QStringList {u"microsoft -> openai loan 2000000000 committed"_s};
        QTest::addRow("Anleihe: loan") << u"Oracle platziert eine Anleihe über 18 Milliarden Dollar bei Blackstone."_s
                                       << de << QStringList {u"blackstone -> oracle loan 18000000000 committed"_s};
        QTest::addRow("invest in") << u"Amazon will invest $4 billion in Anthropic."_s << en
                                   << QStringList {u"amazon -> anthropic equity 4000000000 committed"_s};
        QTest::addRow("invest in a company beats its compute")
            << u"Nvidia will invest up to $100 billion in OpenAI as it deploys 10 gigawatts of Nvidia systems."_s << en
            << QStringList {u"nvidia -> openai equity 100000000000 up_to"_s};
        QTest::addRow("raised from: the investor pays")
            << u"Anthropic raised $13 billion from Microsoft."_s << en
            << QStringList {u"microsoft -> anthropic equity 13000000000 committed"_s};
        QTest::addRow("buy chips from") << u"OpenAI will buy $10 billion of chips from Broadcom."_s << en
                                        << QStringList {u"openai -> broadcom chips 10000000000 committed"_s};
        QTest::addRow("supplier is paid") << u"AMD will supply its processors to OpenAI."_s << en
                                          << QStringList {u"openai -> amd chips undisclosed reported"_s};
        QTest::addRow("cloud deal with") << u"Meta signed a $10 billion cloud deal with Google."_s << en
                                         << QStringList {u"meta -> alphabet-google compute 10000000000 committed"_s};
        QTest::addRow("acquired by") << u"Windsurf was acquired by Google for $2.4 billion."_s << en
                                     << QStringList {u"alphabet-google -> windsurf acquisition 2400000000 committed"_s};
        QTest::addRow("bought a company") << u"AMD bought server maker ZT Systems in a $4.9 billion deal."_s << en
                                          << QStringList {u"amd -> zt-systems acquisition 4900000000 committed"_s};
        QTest::addRow("each") << u"SoftBank and OpenAI will each invest $19 billion in Stargate."_s << en
                              << QStringList {u"softbank -> stargate-llc equity 19000000000 committed"_s,
                                     u"openai -> stargate-llc equity 19000000000 committed"_s};
        QTest::addRow("put into: equity") << u"SpaceX had already put $2 billion into xAI in June."_s << en
                                          << QStringList {u"spacex -> xai equity 2000000000 committed"_s};
        QTest::addRow("the company raising receives")
            << u"xAI is raising more capital, as SpaceX invests $2 billion."_s << en
            << QStringList {u"spacex -> xai equity 2000000000 committed"_s};
        QTest::addRow("zugesagt, the project named first")
            << u"Für Stargate hatten SoftBank und OpenAI jeweils 19 Milliarden Dollar zugesagt."_s << de
            << QStringList {u"softbank -> stargate-llc equity 19000000000 committed"_s,
                   u"openai -> stargate-llc equity 19000000000 committed"_s};
        QTest::addRow("startup resolved from before")
            << u"Anthropic wird von Amazon unterstützt. Nun investiert Microsoft bis zu 5 Milliarden US-Dollar in "
               u"das Startup."_s
            << de << QStringList {u"microsoft -> anthropic equity 5000000000 up_to"_s};
        QTest::addRow("ChatGPT maker is OpenAI")
            << u"SoftBank will bis zu 30 Milliarden Dollar in den ChatGPT-Entwickler investieren."_s << de
            << QStringList {u"softbank -> openai equity 30000000000 up_to"_s};
        QTest::addRow("new company after a descriptor")
            << u"Nvidia übernimmt das Start-up Enfabrica für 900 Millionen Dollar."_s << de
            << QStringList {u"nvidia -> new:Enfabrica acquisition 900000000 committed"_s};
        QTest::addRow("a backer is no deal")
            << u"Anthropic wird von Technologiekonzernen wie der Google-Mutter Alphabet und Amazon unterstützt."_s << de
            << QStringList {};
        QTest::addRow("working together is no deal")
            << u"Anthropic und Nvidia wollen bei der Entwicklung der Modelle zusammenarbeiten."_s << de
            << QStringList {};
    }
    void kindsAndDirection()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        QFETCH(QStringList, deals);
        const ExtractionResult r = extract(text, language);
        QCOMPARE(dealsOf(r), deals);
    }

    void valuations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("value");
        QTest::addColumn<ValuationKind>("kind");
        const Language de = Language::German;
        const Language en = Language::English;
        QTest::addRow("mit … bewertet") << u"Anthropic wurde zuletzt mit 183 Milliarden Dollar bewertet."_s << de
                                        << u"anthropic"_s << u"183000000000"_s << ValuationKind::PostMoney;
        QTest::addRow("Bewertung von") << u"Anthropic erreicht eine Bewertung von 61,5 Milliarden Dollar."_s << de
                                       << u"anthropic"_s << u"61500000000"_s << ValuationKind::PostMoney;
        QTest::addRow("valued at") << u"Anthropic is now valued at $183bn."_s << en << u"anthropic"_s
                                   << u"183000000000"_s << ValuationKind::PostMoney;
        QTest::addRow("valuation after the figure") << u"The round values xAI at a $200 billion valuation."_s << en
                                                    << u"xai"_s << u"200000000000"_s << ValuationKind::PostMoney;
        QTest::addRow("secondary") << u"OpenAI was valued at $500 billion in a secondary share sale."_s << en
                                   << u"openai"_s << u"500000000000"_s << ValuationKind::Secondary;
        QTest::addRow("Börsenwert") << u"Nvidia hat einen Börsenwert von 5 Billionen Dollar."_s << de << u"nvidia"_s
                                    << u"5000000000000"_s << ValuationKind::MarketCap;
    }
    void valuations()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        QFETCH(QString, company);
        QFETCH(QString, value);
        QFETCH(ValuationKind, kind);
        const ExtractionResult r = extract(text, language);
        QCOMPARE(r.deals.size(), 0);
        QCOMPARE(r.valuations.size(), 1);
        QCOMPARE(partyKey(r.valuations.first().company), company);
        QCOMPARE(r.valuations.first().value.toUsdString(), value);
        QCOMPARE(r.valuations.first().kind, kind);
    }

    void valuationOfTheCompanyBefore()
    {
        const ExtractionResult r = extract(u"Anthropic wurde zuletzt mit 183 Milliarden Dollar bewertet. Im März "
                                           u"hatte die Bewertung noch bei 61,5 Milliarden Dollar gelegen."_s,
            Language::German);
        QCOMPARE(r.valuations.size(), 2);
        QCOMPARE(partyKey(r.valuations.at(1).company), u"anthropic"_s);
        QCOMPARE(r.valuations.at(1).date, FuzzyDate(QDate(2025, 3, 1), DatePrecision::Month));
        QCOMPARE(r.valuations.at(0).date, FuzzyDate(QDate(2025, 11, 1), DatePrecision::Month));
    }

    void totalAndParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("total");
        QTest::addColumn<AmountKind>("kind");
        QTest::addRow("de") << u"Microsoft und Nvidia verpflichten sich, insgesamt bis zu 15 Milliarden US-Dollar in "
                               u"Anthropic zu investieren. Nvidia wird demnach bis zu 10 Milliarden US-Dollar, "
                               u"Microsoft bis zu 5 Milliarden US-Dollar in den OpenAI-Konkurrenten stecken."_s
                            << Language::German << u"15000000000"_s << AmountKind::UpTo;
        QTest::addRow("en") << u"Microsoft and Nvidia will invest a combined $15 billion in Anthropic. Nvidia will "
                               u"invest up to $10 billion and Microsoft up to $5 billion."_s
                            << Language::English << u"15000000000"_s << AmountKind::Committed;
    }
    void totalAndParts()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        QFETCH(QString, total);
        QFETCH(AmountKind, kind);
        const ExtractionResult r = extract(text, language);
        QCOMPARE(dealsOf(r),
            (QStringList {u"nvidia -> anthropic equity 10000000000 up_to"_s,
                u"microsoft -> anthropic equity 5000000000 up_to"_s}));
        QCOMPARE(r.totals.size(), 1);
        QCOMPARE(r.totals.first().amount.toUsdString(), total);
        QCOMPARE(r.totals.first().amountKind, kind);
        QCOMPARE(r.totals.first().parts, (QList<int> {0, 1}));
        QCOMPARE(r.deals.at(0).totalIndex, 0);
        QCOMPARE(r.deals.at(1).totalIndex, 0);
        QVERIFY(r.unused.isEmpty());
    }

    void sharedAmountWithoutSplit()
    {
        const ExtractionResult r
            = extract(u"Microsoft und Nvidia investieren 15 Milliarden US-Dollar in Anthropic."_s, Language::German);
        QVERIFY(r.deals.isEmpty());
        QVERIFY(r.totals.isEmpty());
        QCOMPARE(r.unused.size(), 1);
        QCOMPARE(r.unused.first().text, u"15 Milliarden US-Dollar"_s);
        QCOMPARE(r.unused.first().reason, u"shared by several companies; the split is not stated"_s);
    }

    void unusedFigures()
    {
        const QString text = u"Anthropic sammelte in einer Finanzierungsrunde 13 Milliarden Dollar ein. Die "
                             u"Branche investiert insgesamt 400 Milliarden Dollar."_s;
        const ExtractionResult r = extract(text, Language::German);
        QVERIFY(r.deals.isEmpty());
        QCOMPARE(r.unused.size(), 2);
        QCOMPARE(r.unused.at(0).text, u"13 Milliarden Dollar"_s);
        QCOMPARE(r.unused.at(0).reason, u"no counterparty found"_s);
        QCOMPARE(r.unused.at(1).text, u"insgesamt 400 Milliarden Dollar"_s);
        QCOMPARE(r.unused.at(1).reason, u"no company found"_s);
        for (const UnusedFigure &u : r.unused) {
            QCOMPARE(text.mid(u.evidence.figureSpan.start, u.evidence.figureSpan.length()), u.text);
            QCOMPARE(text.mid(u.evidence.sentenceSpan.start, u.evidence.sentenceSpan.length()), u.evidence.sentence);
        }
    }

    void headlineFigureIsListed()
    {
        const ExtractionResult r = extract(u"Nvidia strikes $20bn deal for Groq\n\nNvidia has agreed to acquire Groq "
                                           u"for about $20 billion."_s,
            Language::English);
        QCOMPARE(dealsOf(r), (QStringList {u"nvidia -> groq acquisition 20000000000 reported"_s}));
        QCOMPARE(r.unused.size(), 1);
        QCOMPARE(r.unused.first().text, u"$20bn"_s);
    }

    void purchaseWithoutProvider()
    {
        const ExtractionResult r
            = extract(u"OpenAI-Chef Sam Altman erklärte, das Startup wolle 1,4 Billionen Dollar in "
                      u"die Entwicklung von 30 Gigawatt Rechenleistung investieren."_s,
                Language::German);
        QCOMPARE(dealsOf(r), (QStringList {u"openai ->  compute 1400000000000 committed"_s}));
        QCOMPARE(r.deals.first().capacityMw, std::optional<qint64>(30000));
        QVERIFY(!r.deals.first().note.isEmpty());
    }

    void evidenceOffsets()
    {
        QFile file(QStringLiteral(CAPFLOW_TEST_DATA "/articles/seed-ntv-2025-11-18.de.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const ExtractionResult r = extract(text, Language::German);
        QVERIFY(!r.deals.isEmpty());
        for (const DealProposal &d : r.deals) {
            const ArticleEvidence &e = d.evidence;
            QCOMPARE(text.mid(e.sentenceSpan.start, e.sentenceSpan.length()), e.sentence);
            if (d.amount) {
                QVERIFY(e.figureSpan.start >= e.sentenceSpan.start && e.figureSpan.end <= e.sentenceSpan.end);
                const QString figure = text.mid(e.figureSpan.start, e.figureSpan.length());
                QVERIFY2(figure.contains(u"Milliarden"_s) || figure.contains(u"Billionen"_s), qPrintable(figure));
            } else {
                QVERIFY(!e.figureSpan.isValid());
            }
        }
        // The 1 GW goes with the $30bn of Azure compute.
        QCOMPARE(r.deals.at(2).capacityMw, std::optional<qint64>(1000));
        QVERIFY(r.deals.at(2).evidence.sentence.startsWith(u"Anthropic wiederum"_s));
    }

    void detectLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::addRow("de") << u"Microsoft und Nvidia investieren in das Startup, das für die Branche wichtig ist."_s
                            << Language::German;
        QTest::addRow("en") << u"Microsoft and Nvidia will invest in the startup, which is important for the "
                               u"industry."_s
                            << Language::English;
    }
    void detectLanguage()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        QCOMPARE(ArticleExtractor::detectLanguage(text), language);
        const ArticleExtractor extractor(bundled());
        QCOMPARE(extractor.extract(text, {}).language, language);
    }

    void emptyAndHostileText()
    {
        QVERIFY(extract(QString(), Language::German).deals.isEmpty());
        QVERIFY(extract(u"..."_s, Language::English).unused.isEmpty());
        QString huge;
        for (int i = 0; i < 2000; ++i)
            huge += u"Nvidia investiert 1 Milliarde Dollar. "_s;
        const ExtractionResult r = extract(huge, Language::German);
        QCOMPARE(r.deals.size() + r.unused.size(), qsizetype(2000));
    }
};

QTEST_GUILESS_MAIN(TestArticleExtractor)
#include "tst_articleextractor.moc"
