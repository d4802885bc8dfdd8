// The part of a document an export or --analyze covers (ExportFilter): deals whose period overlaps
// the date range and that involve a named company, the companies they touch, and valuations.
#include "document/ExportFilter.h"
#include "support/Builders.h"

#include <QTest>

namespace {
Company company(const char *id, const char *name)
{
    return CompanyBuilder(QString::fromLatin1(id)).name(QString::fromLatin1(name));
}

Deal deal(const char *id, const char *from, const char *to, QDate date, DatePrecision precision)
{
    return DealBuilder(QString::fromLatin1(id), QString::fromLatin1(from), QString::fromLatin1(to))
        .on(date, precision)
        .sources({});
}

Valuation valuation(const char *id, const char *companyId, QDate date)
{
    return ValuationBuilder(QString::fromLatin1(id), QString::fromLatin1(companyId)).on(date);
}

// A→B in March 2024 (month), B→C on 15 January 2025, C→D in Q2 2025; E has no deals.
DocumentData fixture()
{
    DocumentData data;
    data.title = QStringLiteral("Fixture");
    data.companies = {company("a", "Alpha"), company("b", "Beta"), company("c", "Gamma"), company("d", "Delta"),
        company("e", "Epsilon")};
    data.deals = {deal("D1", "a", "b", QDate(2024, 3, 1), DatePrecision::Month),
        deal("D2", "b", "c", QDate(2025, 1, 15), DatePrecision::Day),
        deal("D3", "c", "d", QDate(2025, 4, 1), DatePrecision::Quarter)};
    data.valuations = {valuation("V1", "a", QDate(2024, 5, 1)), valuation("V2", "d", QDate(2025, 7, 1))};
    return data;
}

// "a b c" → {"a", "b", "c"}
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

QStringList ids(const DocumentData &data)
{
    QStringList result;
    for (const Company &c : data.companies)
        result << c.id;
    for (const Deal &d : data.deals)
        result << d.id;
    for (const Valuation &v : data.valuations)
        result << v.id;
    return result;
}
} // namespace

class TestExportFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("kept");
        QTest::addRow("everything") << QDate() << QDate() << QStringList() << words("a b c d e D1 D2 D3 V1 V2");
        QTest::addRow("from 2025") << QDate(2025, 1, 1) << QDate() << QStringList() << words("b c d D2 D3 V2");
        // A month-precise deal is in a range that overlaps its month.
        QTest::addRow("to mid-March 2024") << QDate() << QDate(2024, 3, 15) << QStringList() << words("a b D1");
        // Names are matched ignoring case; only the named company's valuations are kept.
        QTest::addRow("one company") << QDate() << QDate() << words("gamma") << words("b c d D2 D3");
        // A quarter-precise deal overlaps a range that starts inside its quarter.
        QTest::addRow("company and range") << QDate(2025, 5, 1) << QDate() << words("Delta") << words("c d D3 V2");
        QTest::addRow("nothing in range") << QDate(2026, 1, 1) << QDate() << QStringList() << QStringList();
    }
    void apply()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, names);
        QFETCH(QStringList, kept);
        ExportFilter selection;
        if (from.isValid())
            selection.from = from;
        if (to.isValid())
            selection.to = to;
        selection.companyNames = names;
        const DocumentData result = selection.apply(fixture());
        QCOMPARE(ids(result), kept);
        QCOMPARE(result.title, QStringLiteral("Fixture"));
    }

    void unknownNames()
    {
        ExportFilter selection;
        selection.companyNames = {QStringLiteral("alpha"), QStringLiteral("Nobody"), QStringLiteral("DELTA")};
        QCOMPARE(selection.unknownNames(fixture()), QStringList {QStringLiteral("Nobody")});
    }
};

QTEST_GUILESS_MAIN(TestExportFilter)
#include "tst_exportfilter.moc"
