// The checks shared by the dialogs and in-place table editing: country codes and unique names.
#include "document/Document.h"
#include "editing/Validation.h"
#include "files/DocumentFiles.h"

#include <QTest>

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void country_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("unknown country") << QString() << true;
        QTest::addRow("US") << QStringLiteral("US") << true;
        QTest::addRow("DE") << QStringLiteral("DE") << true;
        QTest::addRow("lower case") << QStringLiteral("us") << false;
        QTest::addRow("three letters") << QStringLiteral("USA") << false;
        QTest::addRow("not a territory") << QStringLiteral("QQ") << false;
        QTest::addRow("digits") << QStringLiteral("12") << false;
        QTest::addRow("spaces") << QStringLiteral(" US") << false;
    }
    void country()
    {
        QFETCH(QString, code);
        QFETCH(bool, accepted);
        const QString problem = Validation::countryProblem(code);
        QCOMPARE(problem.isEmpty(), accepted);
        if (!accepted)
            QVERIFY2(problem.contains(code) && problem.contains(QStringLiteral("ISO 3166")), qPrintable(problem));
    }

    void companyName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("exceptId");
        QTest::addColumn<QString>("problem");
        QTest::addRow("new name") << QStringLiteral("Mistral Two") << QString() << QString();
        QTest::addRow("empty") << QString() << QString() << QStringLiteral("Enter a name.");
        QTest::addRow("blank") << QStringLiteral("   ") << QString() << QStringLiteral("Enter a name.");
        QTest::addRow("taken") << QStringLiteral("OpenAI") << QString()
                               << QStringLiteral("A company named “OpenAI” already exists.");
        QTest::addRow("taken, other case and spaces")
            << QStringLiteral("  openai ") << QString() << QStringLiteral("A company named “OpenAI” already exists.");
        QTest::addRow("its own name when renaming")
            << QStringLiteral("OpenAI") << QStringLiteral("openai") << QString();
        QTest::addRow("another's name when renaming") << QStringLiteral("OpenAI") << QStringLiteral("anthropic")
                                                      << QStringLiteral("A company named “OpenAI” already exists.");
    }
    void companyName()
    {
        QFETCH(QString, name);
        QFETCH(QString, exceptId);
        QFETCH(QString, problem);
        Document document;
        document.setData(DocumentFiles::bundled());
        QVERIFY(document.company(QStringLiteral("openai")));
        QCOMPARE(Validation::companyNameProblem(document, name, exceptId), problem);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
