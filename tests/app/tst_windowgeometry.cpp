// The main window fits a 1366×768 laptop in German and in English: its minimum size is at most
// 1280×720, at 1366×768 no control lies outside the window or on top of a sibling, the central
// view gets most of the width, a size saved on a larger screen is clamped to this one, and
// File > New leaves the window's size and state alone.
#include "i18n/Language.h"
#include "support/UserFiles.h"
#include "timeline/TimelineView.h"
#include "window/MainWindow.h"
#include "TimelineChecks.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QLayout>
#include <QMenu>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Widgets whose geometry the window's layouts decide: not the insides of item views, tab bars'
// scroll buttons, menus, other windows, or the docks behind another dock's tab.
bool laidOut(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w; p && p != window; p = p->parentWidget()) {
        if (p != w && (qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QTabBar *>(p)))
            return false;
        if (qobject_cast<const QDockWidget *>(p) && p->visibleRegion().isEmpty())
            return false; // a tab that is not the current one
    }
    return !w->isWindow() && !qobject_cast<const QMenu *>(w);
}

bool managedBy(const QLayout *layout, const QWidget *w)
{
    if (!layout)
        return false;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == w || managedBy(item->layout(), w))
            return true;
    }
    return false;
}
// No widget placed by a layout lies outside the window, and siblings never overlap.
void checkLaidOut(QWidget &window)
{
        const QRect inside = window.rect();
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || !laidOut(w, &window) || w->size().isEmpty())
                continue;
            const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
            QVERIFY2(inside.contains(r),
                qPrintable(u"%1 \"%2\" at %3,%4 %5×%6 lies outside the window"_s.arg(
                    QString::fromLatin1(w->metaObject()->className()), w->objectName())
                               .arg(r.x())
                               .arg(r.y())
                               .arg(r.width())
                               .arg(r.height())));
        }
        // Siblings placed by the same layout never overlap (a label on a field, say).
        for (QWidget *parent : widgets) {
            if (!parent->layout() || !parent->isVisible() || !laidOut(parent, &window))
                continue;
            QList<QWidget *> placed;
            for (QObject *child : parent->children()) {
                auto *w = qobject_cast<QWidget *>(child);
                if (w && w->isVisible() && !w->isWindow() && managedBy(parent->layout(), w))
                    placed << w;
            }
            for (qsizetype i = 0; i < placed.size(); ++i) {
                for (qsizetype j = i + 1; j < placed.size(); ++j) {
                    QVERIFY2(!placed[i]->geometry().intersects(placed[j]->geometry()),
                        qPrintable(u"%1 \"%2\" overlaps %3 \"%4\""_s.arg(
                            QString::fromLatin1(placed[i]->metaObject()->className()), placed[i]->objectName(),
                            QString::fromLatin1(placed[j]->metaObject()->className()), placed[j]->objectName())));
                }
            }
        }
}
} // namespace

class TestWindowGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_recovery.isValid());
        isolateUserFiles(m_recovery.path());
    }

    void fitsALaptop_data()
    {
        QTest::addColumn<int>("language");
        QTest::addRow("de") << int(Language::German);
        QTest::addRow("en") << int(Language::English);
    }
    void fitsALaptop()
    {
        QFETCH(int, language);
        m_translations.apply(Language(language));
        MainWindow window;
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 720,
            qPrintable(u"minimum %1×%2"_s.arg(minimum.width()).arg(minimum.height())));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1366, 768));

        // On every tab of the views (the Flows tab shows the network's filter bar too).
        auto *views = window.findChild<QTabWidget *>(u"views"_s);
        QVERIFY(views);
        for (int tab = 0; tab < views->count(); ++tab) {
            views->setCurrentIndex(tab);
            QTest::qWait(20);
            checkLaidOut(window);
            // No axis label of the timeline is elided or cut.
            if (auto *timeline = qobject_cast<TimelineView *>(views->currentWidget()))
                verifyDateLabelsWhole(timeline->chart());
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"on the tab "_s + views->tabText(tab)));
        }
        views->setCurrentIndex(0);
        // The views get most of the width; Companies and Analysis share one side dock.
        QVERIFY2(window.centralWidget()->width() >= window.width() / 2,
            qPrintable(QString::number(window.centralWidget()->width())));
        auto *companies = window.findChild<QDockWidget *>(u"companiesDock"_s);
        auto *analysis = window.findChild<QDockWidget *>(u"analysisDock"_s);
        QVERIFY(window.tabifiedDockWidgets(analysis).contains(companies));
    }

    // A size saved on a larger screen comes back no larger than this screen allows.
    void savedSizeIsClampedToTheScreen()
    {
        m_translations.apply(Language::German);
        const QSize available = QGuiApplication::primaryScreen()->availableSize();
        {
            MainWindow large;
            large.show();
            large.resize(available * 2);
            large.close(); // saves its geometry
        }
        MainWindow window;
        const QSize bound = available.expandedTo(window.minimumSizeHint());
        QVERIFY2(window.width() <= bound.width() && window.height() <= bound.height(),
            qPrintable(u"%1×%2 on a %3×%4 screen"_s.arg(window.width())
                           .arg(window.height())
                           .arg(available.width())
                           .arg(available.height())));
    }

    // File > New keeps the window's size.
    void newDocumentLeavesTheWindowAlone()
    {
        m_translations.apply(Language::German);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *newAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::New))
                newAction = a;
        }
        QVERIFY(newAction);
        newAction->trigger();
        QTest::qWait(50);
        QCOMPARE(window.size(), QSize(1366, 768));
        QVERIFY(window.minimumSizeHint().width() <= 1280);
    }

private:
    QTemporaryDir m_recovery;
    Translations m_translations;
};

QTEST_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
