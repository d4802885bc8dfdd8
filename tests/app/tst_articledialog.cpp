#include "ModalHelper.h"

#include "document/Document.h"
#include "editing/ArticleDialog.h"
#include "editing/Editor.h"
#include "graph/DealGraph.h"
#include "i18n/Language.h"
#include "itemmodels/ProposalTableModel.h"
#include "support/UserFiles.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>
#include <QUrl>

namespace {

// The seed article's deals, in its own words (German).
const QString seedText = QStringLiteral(
    "Microsoft und Nvidia investieren in Anthropic. Nvidia will bis zu 10 Milliarden US-Dollar in Anthropic "
    "investieren, Microsoft bis zu 5 Milliarden US-Dollar. Anthropic hat sich im Gegenzug verpflichtet, "
    "Rechenkapazität im Wert von 30 Milliarden US-Dollar bei Microsofts Cloud-Dienst Azure zu kaufen.");

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestArticleDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_recovery.isValid());
        isolateUserFiles(m_recovery.path());
        m_translations.apply(Language::German);
    }

    void proposesAndHighlightsTheSentence()
    {
        MainWindow window;
        ArticleDialog dialog(window.editor());
        dialog.setArticle(seedText, QStringLiteral("https://www.n-tv.de/wirtschaft/x.html"), QString(),
            QDate(2025, 11, 18));
        ProposalTableModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("3 Deals")), qPrintable(dialog.summaryLabel()->text()));
        // The first row is selected, its sentence marked in the text and its figure in bold.
        QCOMPARE(dialog.table()->currentIndex().row(), 0);
        const QList<QTextEdit::ExtraSelection> marks = dialog.textEdit()->extraSelections();
        QCOMPARE(marks.size(), 2);
        QVERIFY2(marks.at(0).cursor.selectedText().startsWith(QStringLiteral("Nvidia will bis zu 10 Milliarden")),
            qPrintable(marks.at(0).cursor.selectedText()));
        QCOMPARE(marks.at(1).cursor.selectedText(), QStringLiteral("bis zu 10 Milliarden US-Dollar"));
        QCOMPARE(marks.at(1).format.fontWeight(), int(QFont::Bold));
        // Another row, another sentence.
        dialog.table()->setCurrentIndex(model->index(2, ProposalTableModel::FromColumn));
        QVERIFY(dialog.textEdit()->extraSelections().at(0).cursor.selectedText().startsWith(
            QStringLiteral("Anthropic hat sich")));
        // Nothing stated is dropped silently.
        dialog.setArticle(seedText + QStringLiteral(" Insgesamt fließen damit bis zu 15 Milliarden US-Dollar. "
                                                    "Die Branche plant Ausgaben von 2 Billionen US-Dollar."));
        QVERIFY2(dialog.unusedLabel()->text().contains(QStringLiteral("2 Billionen US-Dollar — ")),
            qPrintable(dialog.unusedLabel()->text()));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("nicht verwendet")));
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(okButton(&dialog)->text(), QStringLiteral("3 Übernommene &hinzufügen"));
    }

    void theAddressIsAskedOnce()
    {
        MainWindow window;
        ArticleDialog dialog(window.editor());
        dialog.setArticle(seedText, QString(), QString(), QDate(2025, 11, 18));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(dialog.errors().join(u'\n').contains(QStringLiteral("Adresse")));
        dialog.urlEdit()->setText(QStringLiteral("kein Link"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        dialog.urlEdit()->setText(QStringLiteral("https://www.n-tv.de/x.html"));
        QVERIFY(okButton(&dialog)->isEnabled());
        // A date that is none is named, and blocks.
        dialog.dateEdit()->setText(QStringLiteral("31.02.2025"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(dialog.errors().join(u'\n').contains(QStringLiteral("Artikeldatum")));
        dialog.dateEdit()->setText(QStringLiteral("18.11.2025"));
        QVERIFY(okButton(&dialog)->isEnabled());
    }

    void acceptedRowsGoInAsOneUndoStep()
    {
        MainWindow window;
        Document *document = window.document();
        const int deals = document->graph().dealCount();
        const int steps = window.undoStack()->count();
        ArticleDialog dialog(window.editor());
        dialog.setArticle(seedText, QStringLiteral("https://www.n-tv.de/x.html"), QStringLiteral("Schlagzeile"),
            QDate(2025, 11, 18));
        ProposalTableModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 3);
        // Reject the purchase; change the first amount in place.
        QVERIFY(model->setData(model->index(2, ProposalTableModel::AcceptColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model->setData(model->index(0, ProposalTableModel::AmountColumn), QStringLiteral("9,5")));
        QCOMPARE(okButton(&dialog)->text(), QStringLiteral("2 Übernommene &hinzufügen"));
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(document->graph().dealCount(), deals + 2);
        QCOMPARE(window.undoStack()->count(), steps + 1);
        bool found = false;
        for (const Deal *d : document->graph().deals()) {
            if (d->from == u"nvidia" && d->to == u"anthropic" && d->amount == Money::fromUsd(9'500'000'000)
                && d->sources.size() == 1 && d->sources.at(0).url == u"https://www.n-tv.de/x.html"
                && d->sources.at(0).title == u"Schlagzeile") {
                found = true;
                QCOMPARE(d->amountKind, AmountKind::UpTo);
            }
        }
        QVERIFY(found);
        window.undoStack()->undo();
        QCOMPARE(document->graph().dealCount(), deals);
    }

    void aProblemRowBlocksUntilFixedOrRejected()
    {
        MainWindow window;
        ArticleDialog dialog(window.editor());
        dialog.setArticle(seedText, QStringLiteral("https://www.n-tv.de/x.html"), QString(), QDate(2025, 11, 18));
        ProposalTableModel *model = dialog.model();
        QVERIFY(okButton(&dialog)->isEnabled());
        QVERIFY(model->setData(model->index(1, ProposalTableModel::FromColumn), QString()));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY2(dialog.errors().join(u'\n').contains(QStringLiteral("Zeile 2")), qPrintable(dialog.errors().join(u'\n')));
        QVERIFY(model->setData(model->index(1, ProposalTableModel::FromColumn), QStringLiteral("Microsoft")));
        QVERIFY(okButton(&dialog)->isEnabled());
        model->setAllAccepted(false);
        QVERIFY(!okButton(&dialog)->isEnabled());
    }

    void savedWebPage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("artikel.html"));
        QVERIFY(writeFile(path,
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            "<title>Fallback &amp; title</title>"
            "<meta property=\"og:title\" content=\"Nvidia und Microsoft investieren in Anthropic\">"
            "<meta property=\"article:published_time\" content=\"2025-11-18T17:05:00+01:00\">"
            "<link rel=\"canonical\" href=\"https://www.n-tv.de/wirtschaft/anthropic.html\">"
            "<script>var x = 'bis zu 99 Milliarden US-Dollar';</script><style>p{}</style></head><body>"
            "<p>Nvidia will bis zu 10&nbsp;Milliarden US-Dollar in Anthropic investieren.</p></body></html>"));
        MainWindow window;
        ArticleDialog dialog(window.editor());
        QVERIFY(dialog.openFile(path));
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("https://www.n-tv.de/wirtschaft/anthropic.html"));
        QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("Nvidia und Microsoft investieren in Anthropic"));
        QCOMPARE(dialog.dateEdit()->text(), QStringLiteral("18.11.2025"));
        QVERIFY(!dialog.textEdit()->toPlainText().contains(QStringLiteral("99")));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QVERIFY(okButton(&dialog)->isEnabled());

        QVERIFY(!dialog.openFile(dir.filePath(QStringLiteral("fehlt.txt"))));
        QVERIFY(dialog.errorText().contains(QStringLiteral("fehlt.txt")));
    }

    void droppedFileOpensTheDialog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("news.txt"));
        QVERIFY(writeFile(path, seedText.toUtf8()));
        MainWindow window;
        window.show();
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        int rows = -1;
        QString text;
        whenModal<ArticleDialog>([&](ArticleDialog *dialog) {
            rows = dialog->model()->rowCount();
            text = dialog->textEdit()->toPlainText();
            dialog->reject();
        });
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(rows, 3);
        QCOMPARE(text, seedText);

        // A spreadsheet is not an article.
        auto *other = new QMimeData;
        other->setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("deals.xlsx")))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, other, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
        delete mime;
        delete other;
    }

    void menuAction()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("articleAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Deals aus &Artikel…"));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        bool opened = false;
        whenModal<ArticleDialog>([&](ArticleDialog *dialog) {
            opened = true;
            dialog->reject();
        });
        action->trigger();
        QVERIFY(opened);
        m_translations.apply(Language::English);
        QTRY_COMPARE(action->text(), QStringLiteral("Deals from &Article…"));
        ArticleDialog dialog(window.editor());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Deals from Article"));
        m_translations.apply(Language::German);
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Deals aus Artikel"));
        QCOMPARE(dialog.model()->headerData(ProposalTableModel::AmountColumn, Qt::Horizontal).toString(),
            QStringLiteral("Betrag (Mrd. USD)"));
    }

private:
    QTemporaryDir m_recovery;
    Translations m_translations;
};

QTEST_MAIN(TestArticleDialog)
#include "tst_articledialog.moc"
