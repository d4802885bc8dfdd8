// File > Export…'s dialog on its own: the format follows the suffix typed or browsed and the
// suffix the format chosen, the size shown is the size written, existing files are replaced only
// when the user says so, bad names are refused with their reason, and the choices are remembered.
#include "ModalHelper.h"
#include "printing/ExportDialog.h"
#include "support/UserFiles.h"
#include "window/CapflowSettings.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using Format = FigureExporter::Format;
using What = ExportDialog::What;

namespace {
QComboBox *combo(const ExportDialog &dialog, const char *name)
{
    return dialog.findChild<QComboBox *>(QLatin1String(name));
}

QString sizeText(const ExportDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("exportSize"))->text();
}

// Types into the file name field as a user does: select all, then the keys.
void typeName(ExportDialog &dialog, const QString &name)
{
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"));
    edit->selectAll();
    QTest::keyClicks(edit, name);
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateUserFiles(m_dir.filePath(QStringLiteral("recovery")));
        QLocale::setDefault(QLocale::c()); // numbers as "5000 × 3125"
    }

    void init()
    {
        CapflowSettings settings;
        settings.clear();
        settings.setValue(QStringLiteral("export/folder"), m_dir.path());
    }

    void formatAndSuffixInStep()
    {
        ExportDialog dialog(QStringLiteral("Network"), QSizeF(1600, 1000));
        QCOMPARE(dialog.what(), What::CurrentView);
        QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("capflow-network.pdf")));
        dialog.setWhat(What::Report);
        QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("capflow-report.pdf")));
        dialog.setWhat(What::CurrentView);
        dialog.setPath(QStringLiteral("/tmp/out.pdf"));
        QCOMPARE(dialog.dpi(), 300);
        auto *dpi = dialog.findChild<QSpinBox *>(QStringLiteral("exportDpi"));
        QVERIFY(!dpi->isEnabled());
        dialog.setFormat(Format::Png);
        QVERIFY(dpi->isEnabled());
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/out.png"));
        dialog.setFormat(Format::Svg);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/out.svg"));
        dialog.setWhat(What::Report);
        QCOMPARE(dialog.format(), Format::Pdf);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/out.pdf"));
        QVERIFY(!combo(dialog, "exportFormat")->isEnabled());
        QVERIFY(combo(dialog, "exportPageSize")->isEnabled());
        // Back to the view: its format again.
        dialog.setWhat(What::CurrentView);
        QCOMPARE(dialog.format(), Format::Svg);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/out.svg"));
        ExportDialog noView {QString(), QSizeF()};
        QCOMPARE(noView.what(), What::Report);
        QCOMPARE(noView.path(), m_dir.filePath(QStringLiteral("capflow-report.pdf")));
    }

    // Typing a name with a suffix CapFlow writes selects that format; other names get the format's.
    void typedSuffixSelectsFormat_data()
    {
        QTest::addColumn<int>("chosen");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("written");
        QTest::addRow("svg with PDF chosen") << int(Format::Pdf) << "a.svg" << int(Format::Svg) << "a.svg";
        QTest::addRow("png with SVG chosen") << int(Format::Svg) << "b.png" << int(Format::Png) << "b.png";
        QTest::addRow("upper case") << int(Format::Pdf) << "C.PNG" << int(Format::Png) << "C.PNG";
        QTest::addRow("pdf with PNG chosen") << int(Format::Png) << "d.pdf" << int(Format::Pdf) << "d.pdf";
        QTest::addRow("no suffix") << int(Format::Svg) << "e" << int(Format::Svg) << "e.svg";
        QTest::addRow("unknown suffix") << int(Format::Png) << "f.jpg" << int(Format::Png) << "f.jpg.png";
        QTest::addRow("version dots") << int(Format::Pdf) << "g.2025.11" << int(Format::Pdf) << "g.2025.11.pdf";
    }
    void typedSuffixSelectsFormat()
    {
        QFETCH(int, chosen);
        QFETCH(QString, typed);
        QFETCH(int, format);
        QFETCH(QString, written);
        ExportDialog dialog(QStringLiteral("Network"), QSizeF(1600, 1000));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFormat(Format(chosen));
        typeName(dialog, m_dir.filePath(typed));
        QCOMPARE(int(dialog.format()), format);
        QCOMPARE(combo(dialog, "exportFormat")->currentData().toInt(), format);
        QCOMPARE(dialog.path(), m_dir.filePath(written));
        // A relative name goes into the remembered folder.
        typeName(dialog, typed);
        QCOMPARE(dialog.path(), m_dir.filePath(written));
    }

    // A name chosen in the file dialog selects its format, and the file dialog does not ask about
    // replacing (the export dialog does, once).
    void browsedNameSelectsFormat()
    {
        ExportDialog dialog(QStringLiteral("Timeline"), QSizeF(1200, 750));
        QCOMPARE(dialog.format(), Format::Pdf);
        const QString chosen = m_dir.filePath(QStringLiteral("browsed.svg"));
        bool dontConfirm = false;
        whenModal<QFileDialog>([&](QFileDialog *files) {
            dontConfirm = files->testOption(QFileDialog::DontConfirmOverwrite);
            // The name typed into the file dialog's own field, as a user does.
            files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(chosen);
            QMetaObject::invokeMethod(files, "accept");
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportBrowse")), Qt::LeftButton);
        QVERIFY(dontConfirm);
        QCOMPARE(dialog.path(), chosen);
        QCOMPARE(dialog.format(), Format::Svg);
    }

    // The size shown is the size written: a PNG is the view's size in logical pixels times the
    // DPI over 96, as the command line's PNGs without --size.
    void sizeShown_data()
    {
        QTest::addColumn<QSizeF>("figure");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("text");
        QTest::addRow("network at 300 dpi") << QSizeF(1600, 1000) << int(Format::Png) << 300
                                            << "5000 × 3125 px at 300 dpi";
        QTest::addRow("at 96 dpi as on screen") << QSizeF(1600, 1000) << int(Format::Png) << 96
                                                << "1600 × 1000 px at 96 dpi";
        QTest::addRow("odd size rounds") << QSizeF(1001, 333) << int(Format::Png) << 150 << "1564 × 520 px at 150 dpi";
        QTest::addRow("empty: 1600 × 1000") << QSizeF() << int(Format::Png) << 192 << "3200 × 2000 px at 192 dpi";
        QTest::addRow("svg") << QSizeF(1200, 750) << int(Format::Svg) << 300 << "1200 × 750 px (vector)";
        QTest::addRow("pdf figure size") << QSizeF(1200, 750) << int(Format::Pdf) << 300 << "318 × 198 mm page";
    }
    void sizeShown()
    {
        QFETCH(QSizeF, figure);
        QFETCH(int, format);
        QFETCH(int, dpi);
        QFETCH(QString, text);
        ExportDialog dialog(QStringLiteral("Network"), figure);
        dialog.setFormat(Format(format));
        dialog.setDpi(dpi);
        QCOMPARE(sizeText(dialog), text);
        if (Format(format) == Format::Png)
            QCOMPARE(dialog.pixelSize(), FigureExporter::pixelSize(dialog.figureSize(), dpi));
    }

    // The page: the figure's own size for a view, paper for a view as PDF and for the report.
    void pageChoices()
    {
        ExportDialog dialog(QStringLiteral("Network"), QSizeF(1600, 1000));
        QComboBox *page = combo(dialog, "exportPageSize");
        QComboBox *orientation = combo(dialog, "exportOrientation");
        QCOMPARE(dialog.pageSize(), QPageSize::Custom);
        QVERIFY(!dialog.pageLayout());
        QVERIFY(page->isEnabled());
        QVERIFY(!orientation->isEnabled()); // a page the figure's size has no orientation
        dialog.setPageSize(QPageSize::A4);
        QVERIFY(orientation->isEnabled());
        QCOMPARE(dialog.orientation(), QPageLayout::Landscape); // a view's default
        QCOMPARE(sizeText(dialog), QStringLiteral("297 × 210 mm page"));
        QCOMPARE(dialog.pageLayout()->pageSize().id(), QPageSize::A4);
        QCOMPARE(dialog.pageLayout()->orientation(), QPageLayout::Landscape);
        dialog.setOrientation(QPageLayout::Portrait);
        QCOMPARE(sizeText(dialog), QStringLiteral("210 × 297 mm page"));
        dialog.setFormat(Format::Png);
        QVERIFY(!page->isEnabled());
        QVERIFY(!orientation->isEnabled());
        dialog.setFormat(Format::Pdf);
        // The report has no size of its own: no "Figure size", and its own page.
        dialog.setWhat(What::Report);
        auto *model = qobject_cast<QStandardItemModel *>(page->model());
        QVERIFY(!model->item(page->findData(int(QPageSize::Custom)))->isEnabled());
        QCOMPARE(dialog.pageSize(), QPageSize::A4);
        QCOMPARE(dialog.orientation(), QPageLayout::Portrait);
        dialog.setPageSize(QPageSize::Letter);
        dialog.setWhat(What::CurrentView);
        QVERIFY(model->item(page->findData(int(QPageSize::Custom)))->isEnabled());
        QCOMPARE(dialog.pageSize(), QPageSize::A4);
        QCOMPARE(dialog.orientation(), QPageLayout::Portrait);
        dialog.setWhat(What::Report);
        QCOMPARE(dialog.pageSize(), QPageSize::Letter);
    }

    // An existing file is replaced only when the user says yes; No is the default and keeps the
    // dialog open with what was entered.
    void asksBeforeReplacing_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::addRow("no") << false;
        QTest::addRow("yes") << true;
    }
    void asksBeforeReplacing()
    {
        QFETCH(bool, replace);
        const QString existing = m_dir.filePath(QStringLiteral("existing.png"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        ExportDialog dialog(QStringLiteral("Network"), QSizeF(1600, 1000));
        dialog.setPath(existing);
        QString text;
        bool defaultIsNo = false;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            text = box->text();
            defaultIsNo = box->defaultButton() == box->button(QMessageBox::No);
            box->button(replace ? QMessageBox::Yes : QMessageBox::No)->click();
        });
        dialog.accept();
        QVERIFY2(text.contains(QStringLiteral("existing.png already exists")), qPrintable(text));
        QVERIFY(defaultIsNo);
        QCOMPARE(dialog.result(), replace ? int(QDialog::Accepted) : int(QDialog::Rejected));
        QCOMPARE(dialog.path(), existing);
        QCOMPARE(dialog.format(), Format::Png);
        // Nothing is remembered from an export that did not happen.
        QCOMPARE(CapflowSettings().contains(QStringLiteral("export/format")), replace);
    }

    // A name the export cannot be written to is refused with the reason, and the dialog stays.
    void refusesBadNames_data()
    {
        QTest::addColumn<bool>("report");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::addRow("report as svg") << true << "report.svg" << "The report is written as PDF only, and report.svg";
        QTest::addRow("report as png") << true << "r.png" << "names a PNG file";
        QTest::addRow("missing folder") << false << "no/such/folder/a.png" << "does not exist";
        QTest::addRow("a folder") << false << "folder.png" << "is a folder";
    }
    void refusesBadNames()
    {
        QFETCH(bool, report);
        QFETCH(QString, name);
        QFETCH(QString, message);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.png")));
        ExportDialog dialog(QStringLiteral("Network"), QSizeF(1600, 1000));
        dialog.setWhat(report ? What::Report : What::CurrentView);
        dialog.setPath(m_dir.filePath(name));
        QString text;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            text = box->text();
            box->accept();
        });
        dialog.accept();
        QVERIFY2(text.contains(message), qPrintable(text));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.path(), m_dir.filePath(name)); // what was typed is kept
        QVERIFY(!CapflowSettings().contains(QStringLiteral("export/dpi"))); // nothing remembered
    }

    // Format, DPI, folder and each kind's page come back in the next dialog and after a restart
    // (they are in the settings file).
    void remembersChoices()
    {
        QTemporaryDir folder;
        {
            ExportDialog dialog(QStringLiteral("Network"), QSizeF(1600, 1000));
            dialog.setPath(folder.filePath(QStringLiteral("first.png")));
            dialog.setDpi(150);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        {
            ExportDialog dialog(QStringLiteral("Timeline"), QSizeF(1200, 750));
            QCOMPARE(dialog.format(), Format::Png);
            QCOMPARE(dialog.dpi(), 150);
            QCOMPARE(dialog.path(), folder.filePath(QStringLiteral("capflow-timeline.png")));
            dialog.setFormat(Format::Pdf);
            dialog.setPageSize(QPageSize::A3);
            dialog.setOrientation(QPageLayout::Portrait);
            dialog.accept();
        }
        {
            ExportDialog dialog {QString(), QSizeF()};
            QCOMPARE(dialog.what(), What::Report);
            QCOMPARE(dialog.pageSize(), QPageSize::A4); // the report's own page, not the view's A3
            dialog.setPageSize(QPageSize::Letter);
            dialog.setOrientation(QPageLayout::Landscape);
            dialog.accept();
        }
        ExportDialog dialog(QStringLiteral("Network"), QSizeF(1600, 1000));
        QCOMPARE(dialog.format(), Format::Pdf); // the report's export leaves the views' format alone
        QCOMPARE(dialog.pageSize(), QPageSize::A3);
        QCOMPARE(dialog.orientation(), QPageLayout::Portrait);
        dialog.setWhat(What::Report);
        QCOMPARE(dialog.pageSize(), QPageSize::Letter);
        QCOMPARE(dialog.orientation(), QPageLayout::Landscape);
        CapflowSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY2(saved.contains("dpi=150") && saved.contains("format=pdf"), saved.constData());
        QVERIFY2(saved.contains(QFile::encodeName(folder.path())), saved.constData());
    }

    // Settings that make no sense (edited by hand, a folder since removed) give the defaults.
    void badSettingsGiveDefaults()
    {
        CapflowSettings settings;
        settings.setValue(QStringLiteral("export/format"), QStringLiteral("jpg"));
        settings.setValue(QStringLiteral("export/dpi"), 99999);
        settings.setValue(QStringLiteral("export/folder"), m_dir.filePath(QStringLiteral("gone")));
        settings.setValue(QStringLiteral("export/view/pageSize"), QStringLiteral("B99"));
        settings.setValue(QStringLiteral("export/report/pageSize"), QStringLiteral("figure"));
        ExportDialog dialog(QStringLiteral("Network"), QSizeF(1600, 1000));
        QCOMPARE(dialog.format(), Format::Pdf);
        QCOMPARE(dialog.dpi(), 300);
        QCOMPARE(dialog.path(), QDir::home().filePath(QStringLiteral("capflow-network.pdf")));
        QCOMPARE(dialog.pageSize(), QPageSize::Custom);
        dialog.setWhat(What::Report);
        QCOMPARE(dialog.pageSize(), QPageSize::A4);
    }


private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
