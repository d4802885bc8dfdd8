#include "document/Document.h"
#include "io/CapflowFormat.h"
#include "io/Csv.h"
#include "files/DocumentFiles.h"
#include "io/ReferenceImporter.h"

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

    void everyDealRow()
    {
        const Reference ref(u"ai-deals.csv"_s);
        QVERIFY(ref.parsed.problems.isEmpty());
        QCOMPARE(ref.table.rows().size(), 80);
        QCOMPARE(m_doc.graph().dealCount(), 80);
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
            QCOMPARE(d->sources.size(), 1);
            QCOMPARE(d->sources.first(), (Source {value(u"source_url"), value(u"source_title")}));
        }
    }

    void everyCompanyRow()
    {
        const Reference ref(u"ai-companies.csv"_s);
        QVERIFY(ref.parsed.problems.isEmpty());
        QCOMPARE(ref.table.rows().size(), 49);
        for (const Csv::Row &row : ref.table.rows()) {
            const Company *c = byName(ref.table.value(row, u"name"_s));
            QVERIFY2(c, qPrintable(ref.table.value(row, u"name"_s)));
            QCOMPARE(c->name, ref.table.value(row, u"name"_s));
            QCOMPARE(enumKey(c->kind), ref.table.value(row, u"kind"_s));
            QCOMPARE(c->country, ref.table.value(row, u"country"_s));
            QCOMPARE(c->note.en, ref.table.value(row, u"note_en"_s));
        }
        // Every company in the dataset is in the reference list or named by a deal.
        QVERIFY(m_doc.graph().companyCount() >= 49);
        for (const Company *c : m_doc.graph().companies())
            QVERIFY2(!m_doc.graph().dealsIn(c->id).isEmpty() || !m_doc.graph().dealsOut(c->id).isEmpty()
                    || !m_doc.valuationsOf(c->id).isEmpty(),
                qPrintable(c->name));
    }

    void everyValuationRow()
    {
        const Reference ref(u"ai-valuations.csv"_s);
        QVERIFY(ref.parsed.problems.isEmpty());
        QCOMPARE(ref.table.rows().size(), 16);
        QCOMPARE(m_doc.valuations().size(), 16);
        for (const Csv::Row &row : ref.table.rows()) {
            const QString company = ref.table.value(row, u"company"_s);
            const Valuation *v = valuation(company, QDate::fromString(ref.table.value(row, u"date"_s), Qt::ISODate));
            QVERIFY2(v, qPrintable(company + u' ' + ref.table.value(row, u"date"_s)));
            QCOMPARE(v->value, Money::fromBillionsString(ref.table.value(row, u"valuation_usd_bn"_s)).value());
            QCOMPARE(enumKey(v->kind), ref.table.value(row, u"kind"_s));
            QCOMPARE(v->sources,
                QList<Source>({{ref.table.value(row, u"source_url"_s), ref.table.value(row, u"source_title"_s)}}));
        }
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
        const Deal *nvidia = onlyDeal(u"Nvidia"_s, u"Anthropic"_s, DealKind::Equity);
        QVERIFY(nvidia);
        QCOMPARE(nvidia->amount, Money::fromUsd(10'000'000'000));
        QCOMPARE(nvidia->amountKind, AmountKind::UpTo);
        const Deal *microsoft = onlyDeal(u"Microsoft"_s, u"Anthropic"_s, DealKind::Equity);
        QVERIFY(microsoft);
        QCOMPARE(microsoft->amount, Money::fromUsd(5'000'000'000));
        QCOMPARE(microsoft->amountKind, AmountKind::UpTo);
        QCOMPARE(*nvidia->amount + *microsoft->amount, Money::fromUsd(15'000'000'000));
        QCOMPARE(nvidia->date, FuzzyDate(QDate(2025, 11, 1), DatePrecision::Month));

        const Deal *azure = onlyDeal(u"Anthropic"_s, u"Microsoft"_s, DealKind::Compute);
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

        const Deal *aws = onlyDeal(u"OpenAI"_s, u"Amazon"_s, DealKind::Compute);
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
