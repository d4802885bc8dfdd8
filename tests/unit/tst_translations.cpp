// Every translation file is complete: no unfinished, vanished or obsolete message, plural forms
// present, placeholders kept. (CI checks the same after running lupdate; this catches it earlier.)
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> result;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        result.insert(it.next().captured(0));
    return result;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(CAPFLOW_SOURCE_DIR "/translations"));
        for (const QString &name : dir.entryList({QStringLiteral("*.ts")}))
            QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
    }
    void complete()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        QString translation;
        bool numerus = false;
        int forms = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"message") {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                forms = 0;
                translation.clear();
            } else if (xml.isStartElement() && xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"translation") {
                const QStringView type = xml.attributes().value(QStringLiteral("type"));
                QVERIFY2(
                    type.isEmpty(), qPrintable(QStringLiteral("%1: \"%2\" is %3").arg(path, source, type.toString())));
                if (!numerus)
                    translation = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"numerusform") {
                ++forms;
                const QString form = xml.readElementText();
                QVERIFY2(!form.isEmpty(), qPrintable(source));
                QSet<QString> expected = placeholders(source);
                QSet<QString> got = placeholders(form);
                // A singular form may spell out the number instead of %n.
                expected.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
                QCOMPARE(got, expected);
            } else if (xml.isEndElement() && xml.name() == u"message") {
                ++messages;
                if (numerus) {
                    QVERIFY2(forms == 2, qPrintable(source));
                } else {
                    QVERIFY2(!translation.isEmpty(), qPrintable(source));
                    QVERIFY2(placeholders(translation) == placeholders(source),
                        qPrintable(QStringLiteral("placeholders differ: \"%1\" -> \"%2\"").arg(source, translation)));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
