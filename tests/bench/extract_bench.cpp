// Precision and recall of the deals and valuations proposed from the article fixtures of
// tests/data/articles/ (see tests/support/ArticleFixtures.h), run on the bundled dataset's companies.
// Usage: extract_bench [FOLDER] [-v]   (-v also lists what was missing, what was extra and the unused
// figures). tests/data/articles-blind/ holds articles written after the rules: first measured blind
// (precision 0.50, recall 0.13), then three of their phrasings became rules ("put … into", "zugesagt",
// the company raising the round), so the next honest figure needs new articles there.
#include "files/DocumentFiles.h"
#include "support/ArticleFixtures.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool verbose = arguments.removeAll(QStringLiteral("-v")) > 0;
    const QString folder = arguments.value(0, QStringLiteral(CAPFLOW_ARTICLES));
    QTextStream out(stdout);
    const QList<ArticleFixtures::Fixture> fixtures = ArticleFixtures::readAll(folder);
    if (fixtures.isEmpty()) {
        out << folder << ": no articles (*.txt)\n";
        return 1;
    }
    const DocumentData document = DocumentFiles::bundled();
    const ArticleExtractor extractor(document);
    ArticleFixtures::Score total;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("article"), -34)
               .arg(QStringLiteral("expected"), 8)
               .arg(QStringLiteral("found"), 6)
               .arg(QStringLiteral("right"), 6)
               .arg(QStringLiteral("precision"), 9)
               .arg(QStringLiteral("recall"), 7);
    for (const ArticleFixtures::Fixture &f : fixtures) {
        if (!f.error.isEmpty()) {
            out << f.error << '\n';
            return 1;
        }
        const ExtractionResult result = extractor.extract(f.text, f.options);
        const ArticleFixtures::Keys keys = ArticleFixtures::extractedKeys(f, result);
        ArticleFixtures::Score s = ArticleFixtures::score(f.expectedDeals, keys.deals);
        const ArticleFixtures::Score v = ArticleFixtures::score(f.expectedValuations, keys.valuations);
        s.add(v);
        s.missing += v.missing;
        s.extra += v.extra;
        total.add(s);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(f.name, -34)
                   .arg(s.truePositives + s.falseNegatives, 8)
                   .arg(s.truePositives + s.falsePositives, 6)
                   .arg(s.truePositives, 6)
                   .arg(s.precision(), 9, 'f', 3)
                   .arg(s.recall(), 7, 'f', 3);
        if (verbose) {
            for (const QString &m : std::as_const(s.missing))
                out << "    missing: " << m << '\n';
            for (const QString &e : std::as_const(s.extra))
                out << "    extra:   " << e << '\n';
            for (const UnusedFigure &u : result.unused)
                out << "    unused:  " << u.text << " (" << u.reason << ")\n";
        }
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("overall"), -34)
               .arg(total.truePositives + total.falseNegatives, 8)
               .arg(total.truePositives + total.falsePositives, 6)
               .arg(total.truePositives, 6)
               .arg(total.precision(), 9, 'f', 3)
               .arg(total.recall(), 7, 'f', 3);
    return 0;
}
