#include "document/Document.h"
#include "files/DocumentFiles.h"
#include "io/CapflowFormat.h"
#include "io/Csv.h"
#include "io/ReferenceImporter.h"
#include "model/DealRelations.h"
#include "model/Sources.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kSourceDir = QStringLiteral(CAPFLOW_SOURCE_DIR "/resources/dataset/source");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Reference
{
    Csv::ParseResult parsed;
    Csv::Table table;
    explicit Reference(const QString &name)
        : parsed(Csv::parse(readAll(kSourceDir + u'/' + name), name))
        , table(parsed)
    {
    }
};

bool isHttp(const QString &url)
{
    return url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s);
}
} // namespace

class TestDataset : public QObject
{
    Q_OBJECT
private:
    Document m_doc;

    const Company *byName(const QString &name) const { return m_doc.graph().companyByName(name); }

    // Deals from one company to another of a kind, by company name.
    QList<const Deal *> deals(const QString &from, const QString &to, DealKind kind) const
    {
        QList<const Deal *> result;
        const Company *a = byName(from);
        const Company *b = byName(to);
        if (!a || !b)
            return result;
        for (const Deal *d : m_doc.graph().dealsBetween(a->id, b->id)) {
            if (d->kind == kind)
                result << d;
        }
        return result;
    }

    const Deal *onlyDeal(const QString &from, const QString &to, DealKind kind) const
    {
        const auto found = deals(from, to, kind);
        return found.size() == 1 ? found.first() : nullptr;
    }

    QSet<QString> seedFacts() const
    {
        const Reference ref(u"seed-facts.csv"_s);
        QSet<QString> result;
        for (const Csv::Row &row : ref.table.rows())
            result.insert(ref.table.value(row, u"row_ref"_s));
        return result;
    }

    const Valuation *valuation(const QString &company, QDate date) const
    {
        const Company *c = byName(company);
        if (!c)
            return nullptr;
        for (const Valuation *v : m_doc.valuationsOf(c->id)) {
            if (v->date.periodStart() == date)
                return v;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const DocumentData bundled = DocumentFiles::bundled();
        QVERIFY(!bundled.deals.isEmpty());
        m_doc.setData(bundled);
    }

    // The rows of a reference file and of its 2026 update.
    void everyDealRow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addRow("2019-2025") << u"ai-deals.csv"_s << 80;
        QTest::addRow("2026 update") << u"ai-deals-2026.csv"_s << 60;
    }

    void everyDealRow()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        const Reference ref(file);
        QVERIFY(ref.parsed.problems.isEmpty());
        QCOMPARE(ref.table.rows().size(), rows);
        QCOMPARE(m_doc.graph().dealCount(), 140);
        const QSet<QString> seed = seedFacts();
        for (const Csv::Row &row : ref.table.rows()) {
            auto value = [&](const char16_t *column) { return ref.table.value(row, QString::fromUtf16(column)); };
            const Deal *d = m_doc.deal(value(u"id"));
            QVERIFY2(d, qPrintable(value(u"id")));
            QCOMPARE(m_doc.company(d->from)->name, value(u"from"));
            QCOMPARE(m_doc.company(d->to)->name, value(u"to"));
            QCOMPARE(d->date.periodStart(), QDate::fromString(value(u"date"), Qt::ISODate));
            QCOMPARE(enumKey(d->date.precision()), value(u"date_precision"));
            QCOMPARE(enumKey(d->kind), value(u"kind"));
            QCOMPARE(enumKey(d->amountKind), value(u"amount_kind"));
            if (value(u"amount_usd_bn").isEmpty())
                QVERIFY(!d->amount);
            else
                QCOMPARE(d->amount, Money::fromBillionsString(value(u"amount_usd_bn")));
            QCOMPARE(d->note.en, value(u"note_en"));
            // The row's page first; a seed fact cites the seed article before it.
            const int own = seed.contains(d->id) ? 1 : 0;
            QVERIFY(d->sources.size() > own);
            QCOMPARE(d->sources.at(own).url, value(u"source_url"));
            if (own) {
                QVERIFY(d->sources.first().url.contains(u"n-tv.de"_s));
                QVERIFY(d->sources.at(own).title.isEmpty());
            } else {
                QCOMPARE(d->sources.at(own).title.isEmpty(), value(u"source_title").isEmpty());
            }
        }
    }

    void everyCompanyRow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addRow("2019-2025") << u"ai-companies.csv"_s << 49;
        QTest::addRow("2026 update") << u"ai-companies-2026.csv"_s << 34;
    }

    void everyCompanyRow()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        const Reference ref(file);
        QVERIFY(ref.parsed.problems.isEmpty());
        QCOMPARE(ref.table.rows().size(), rows);
        for (const Csv::Row &row : ref.table.rows()) {
            const Company *c = byName(ref.table.value(row, u"name"_s));
            QVERIFY2(c, qPrintable(ref.table.value(row, u"name"_s)));
            QCOMPARE(c->name, ref.table.value(row, u"name"_s));
            QCOMPARE(enumKey(c->kind), ref.table.value(row, u"kind"_s));
            QCOMPARE(c->country, ref.table.value(row, u"country"_s));
            QCOMPARE(c->note.en, ref.table.value(row, u"note_en"_s));
        }
        // Every company in the dataset is in a reference list or named by a deal.
        QVERIFY(m_doc.graph().companyCount() >= 49 + 34);
        for (const Company *c : m_doc.graph().companies())
            QVERIFY2(!m_doc.graph().dealsIn(c->id).isEmpty() || !m_doc.graph().dealsOut(c->id).isEmpty()
                    || !m_doc.valuationsOf(c->id).isEmpty(),
                qPrintable(c->name));
    }

    void everyValuationRow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addRow("2019-2025") << u"ai-valuations.csv"_s << 16;
        QTest::addRow("2026 update") << u"ai-valuations-2026.csv"_s << 13;
    }

    void everyValuationRow()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        const Reference ref(file);
        QVERIFY(ref.parsed.problems.isEmpty());
        QCOMPARE(ref.table.rows().size(), rows);
        QCOMPARE(m_doc.valuations().size(), 16 + 13);
        for (const Csv::Row &row : ref.table.rows()) {
            const QString company = ref.table.value(row, u"company"_s);
            const Valuation *v = valuation(company, QDate::fromString(ref.table.value(row, u"date"_s), Qt::ISODate));
            QVERIFY2(v, qPrintable(company + u' ' + ref.table.value(row, u"date"_s)));
            QCOMPARE(v->value, Money::fromBillionsString(ref.table.value(row, u"valuation_usd_bn"_s)).value());
            QCOMPARE(enumKey(v->kind), ref.table.value(row, u"kind"_s));
            QVERIFY(!v->sources.isEmpty());
            QVERIFY(std::any_of(v->sources.cbegin(), v->sources.cend(),
                [&](const Source &s) { return s.url == ref.table.value(row, u"source_url"_s); }));
        }
    }

    // Every claim of source-claims.csv is on its row, with the amount and date that source gives.
    void everyClaim()
    {
        const Reference ref(u"source-claims.csv"_s);
        QVERIFY(ref.parsed.problems.isEmpty());
        QCOMPARE(ref.table.rows().size(), 220);
        for (const Csv::Row &row : ref.table.rows()) {
            const QString key = ref.table.value(row, u"row_ref"_s);
            QList<Source> sources;
            if (key.startsWith(u"V:"_s)) {
                const QStringList parts = key.split(u':');
                const Valuation *v = valuation(parts.at(1), QDate::fromString(parts.at(2), Qt::ISODate));
                QVERIFY2(v, qPrintable(key));
                sources = v->sources;
            } else {
                const Deal *d = m_doc.deal(key);
                QVERIFY2(d, qPrintable(key));
                sources = d->sources;
            }
            const QString url = ref.table.value(row, u"source_url"_s);
            const auto s
                = std::find_if(sources.cbegin(), sources.cend(), [&](const Source &x) { return x.url == url; });
            QVERIFY2(s != sources.cend(), qPrintable(key + u' ' + url));
            const QString amount = ref.table.value(row, u"claimed_amount_usd_bn"_s);
            QCOMPARE(s->claimedAmount, amount.isEmpty() ? std::nullopt : Money::fromBillionsString(amount));
            QCOMPARE(s->claimedDate, QDate::fromString(ref.table.value(row, u"claimed_date"_s), Qt::ISODate));
        }
    }

    // The 2026 facts the issue names, exactly.
    void update2026Facts()
    {
        const Valuation *openAi = valuation(u"OpenAI"_s, QDate(2026, 3, 31));
        QVERIFY(openAi);
        QCOMPARE(openAi->value, Money::fromUsd(852'000'000'000));
        const Valuation *seriesG = valuation(u"Anthropic"_s, QDate(2026, 2, 12));
        QVERIFY(seriesG);
        QCOMPARE(seriesG->value, Money::fromUsd(380'000'000'000));
        const Valuation *seriesH = valuation(u"Anthropic"_s, QDate(2026, 5, 28));
        QVERIFY(seriesH);
        QCOMPARE(seriesH->value, Money::fromUsd(965'000'000'000));
        QVERIFY(Sources::disagree(seriesH->value, seriesH->sources));
        const Deal *stake = m_doc.deal(u"D107"_s);
        QVERIFY(stake);
        QCOMPARE(stake->amount, Money::fromUsd(30'000'000'000));
        QCOMPARE(stake->supersedes, QStringList {u"D059"_s});
        QCOMPARE(m_doc.deal(u"D075"_s)->partOf, QStringList {u"D100"_s});
        QCOMPARE(m_doc.deal(u"D076"_s)->partOf, QStringList {u"D100"_s});
        QCOMPARE(m_doc.deal(u"D071"_s)->partOf, QStringList {u"D072"_s});
        QCOMPARE(m_doc.deal(u"D040"_s)->amount, Money::fromUsd(11'000'000'000)); // corrections A.4
        QVERIFY(!m_doc.deal(u"D068"_s)->note.en.contains(u"identified as"_s)); // corrections A.1
        QCOMPARE(m_doc.dataThrough(), FuzzyDate(QDate(2026, 6, 1), DatePrecision::Month));
        // The relations are valid, and no total counts the letter next to the stake.
        QHash<QString, const Deal *> byId;
        for (const Deal *d : m_doc.graph().deals())
            byId.insert(d->id, d);
        for (const Deal *d : m_doc.graph().deals())
            QVERIFY2(DealRelations::problemsOf(*d, byId).isEmpty(), qPrintable(d->id));
        const auto uncounted = DealRelations::uncounted(m_doc.graph().deals());
        QCOMPARE(uncounted.value(u"D059"_s).supersededBy, u"D107"_s);
        QCOMPARE(uncounted.value(u"D078"_s).countedIn, u"D072"_s);
    }

    void bundledResourceIsUpToDate()
    {
        // The committed .capflow is exactly what the importer makes of the reference CSVs today.
        const CapflowFormat::ReadResult imported = ReferenceImporter::read(kSourceDir);
        QVERIFY2(imported.ok(), qPrintable(imported.problems.value(0).toString()));
        Document document;
        document.setData(imported.data);
        const QByteArray committed
            = readAll(QStringLiteral(CAPFLOW_SOURCE_DIR "/resources/dataset/ai-capital-flows.capflow"));
        QVERIFY(!committed.isEmpty());
        QVERIFY2(CapflowFormat::write(document.data()) == committed,
            "resources/dataset/ai-capital-flows.capflow is stale: cmake --build build --target rebuild_dataset");
        // And the program loads that very file.
        QCOMPARE(readAll(DocumentFiles::bundledPath()), committed);
    }

    void notesAndSources()
    {
        for (const Deal *d : m_doc.graph().deals()) {
            QVERIFY2(!d->note.de.trimmed().isEmpty(), qPrintable(d->id));
            QVERIFY2(!d->note.en.trimmed().isEmpty(), qPrintable(d->id));
            QVERIFY2(!d->sources.isEmpty(), qPrintable(d->id));
            for (const Source &s : d->sources)
                QVERIFY2(isHttp(s.url), qPrintable(d->id + u' ' + s.url));
        }
        for (const Company *c : m_doc.graph().companies()) {
            QVERIFY2(!c->note.de.trimmed().isEmpty(), qPrintable(c->name));
            QVERIFY2(!c->note.en.trimmed().isEmpty(), qPrintable(c->name));
        }
        for (const Valuation &v : m_doc.valuations()) {
            QVERIFY2(!v.sources.isEmpty(), qPrintable(v.id));
            for (const Source &s : v.sources)
                QVERIFY2(isHttp(s.url), qPrintable(v.id + u' ' + s.url));
        }
    }

    void seedArticleFacts()
    {
        // The seed facts cite the n-tv article first.
        for (const QString &id : seedFacts()) {
            const QList<Source> sources = id.startsWith(u"V:"_s)
                ? valuation(id.section(u':', 1, 1), QDate::fromString(id.section(u':', 2), Qt::ISODate))->sources
                : m_doc.deal(id)->sources;
            QVERIFY2(sources.first().url.startsWith(u"https://www.n-tv.de/"_s), qPrintable(id));
            QCOMPARE(sources.first().title, u"Tech-Giganten pumpen Milliarden in OpenAI-Rivalen Anthropic"_s);
        }
        const Deal *nvidia = m_doc.deal(u"D076"_s);
        QVERIFY(nvidia);
        QCOMPARE(nvidia->amount, Money::fromUsd(10'000'000'000));
        QCOMPARE(nvidia->amountKind, AmountKind::UpTo);
        const Deal *microsoft = m_doc.deal(u"D075"_s);
        QVERIFY(microsoft);
        QCOMPARE(microsoft->amount, Money::fromUsd(5'000'000'000));
        QCOMPARE(microsoft->amountKind, AmountKind::UpTo);
        QCOMPARE(*nvidia->amount + *microsoft->amount, Money::fromUsd(15'000'000'000));
        QCOMPARE(nvidia->date, FuzzyDate(QDate(2025, 11, 1), DatePrecision::Month));

        const Deal *azure = m_doc.deal(u"D073"_s);
        QVERIFY(azure);
        QCOMPARE(azure->amount, Money::fromUsd(30'000'000'000));
        QCOMPARE(azure->amountKind, AmountKind::Committed);
        QCOMPARE(azure->capacityMw, qint64(1000));

        const Valuation *march = valuation(u"Anthropic"_s, QDate(2025, 3, 1));
        QVERIFY(march);
        QCOMPARE(march->value, Money::fromUsd(61'500'000'000));
        QCOMPARE(march->date.precision(), DatePrecision::Month);
        const Valuation *september = valuation(u"Anthropic"_s, QDate(2025, 9, 1));
        QVERIFY(september);
        QCOMPARE(september->value, Money::fromUsd(183'000'000'000));
        QCOMPARE(september->date.precision(), DatePrecision::Month);
        const Valuation *early = valuation(u"Anthropic"_s, QDate(2023, 1, 1));
        QVERIFY(early);
        QCOMPARE(early->date.precision(), DatePrecision::Year);

        const Deal *aws = m_doc.deal(u"D078"_s);
        QVERIFY(aws);
        QCOMPARE(aws->amount, Money::fromUsd(38'000'000'000));
        QCOMPARE(aws->date, FuzzyDate(QDate(2025, 11, 3), DatePrecision::Day));

        const Deal *aggregate = m_doc.deal(u"D072"_s);
        QVERIFY(aggregate);
        QCOMPARE(m_doc.company(aggregate->from)->name, u"OpenAI"_s);
        QCOMPARE(aggregate->amount, Money::fromUsd(1'400'000'000'000));
        QCOMPARE(aggregate->capacityMw, qint64(30'000));

        const Deal *thiel = onlyDeal(u"Thiel Macro"_s, u"Nvidia"_s, DealKind::Divestment);
        QVERIFY(thiel);
        QCOMPARE(thiel->date.precision(), DatePrecision::Quarter);
        const Deal *softbank = onlyDeal(u"SoftBank"_s, u"Nvidia"_s, DealKind::Divestment);
        QVERIFY(softbank);
        QCOMPARE(softbank->amount, Money::fromUsd(5'830'000'000));
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
