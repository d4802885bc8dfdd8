// Start-up of the main window, as after `capflow` and `capflow FILE`: the time from the process's
// start (the kernel's record of it, to 10 ms) to the first frame of the network with its companies,
// and to the end of the layout, and how many data replacements and layouts it took. The window is
// the real one on the offscreen platform. Usage: startup_bench [FILE] (one start per run: the
// bench script runs it several times and takes the median).
#include "document/Document.h"
#include "network/NetworkPicture.h"
#include "network/NetworkView.h"
#include "network/NetworkWidget.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <unistd.h>

namespace {
// Seconds since the process started, from /proc (Linux): its start in clock ticks since boot.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The fields after the command's closing parenthesis; starttime is field 22 (the 20th after it).
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const double started = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9 - started;
}

class FirstFrame : public QObject
{
public:
    FirstFrame(const NetworkWidget *network, QElapsedTimer *clock, double offset)
        : m_network(network)
        , m_clock(clock)
        , m_offset(offset)
    {
    }
    double firstFrame = -1; // seconds since the process started
    double laidOut = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_network->networkScene().nodes().empty()) {
            const double now = m_offset + double(m_clock->nsecsElapsed()) / 1e9;
            if (firstFrame < 0)
                firstFrame = now;
            if (laidOut < 0 && !m_network->isLayoutRunning())
                laidOut = now;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const NetworkWidget *m_network;
    QElapsedTimer *m_clock;
    double m_offset;
};
} // namespace

int main(int argc, char **argv)
{
    const double atMain = sinceProcessStart();
    QElapsedTimer clock;
    clock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("capflow-startup-bench"));
    const QString file = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // As main.cpp: with FILE the window starts empty and opens FILE.
    MainWindow window(file.isEmpty() ? MainWindow::Start::BundledDataset : MainWindow::Start::Nothing);
    int replacements = file.isEmpty() ? 1 : 0; // the bundled dataset, set in the constructor
    QObject::connect(window.document(), &Document::reset, [&replacements] { ++replacements; });
    FirstFrame frames(window.network(), &clock, atMain);
    window.network()->view()->viewport()->installEventFilter(&frames);
    window.resize(1600, 1000);
    window.show();
    if (!file.isEmpty() && !window.openFile(file))
        return 1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (frames.laidOut >= 0 || clock.elapsed() > 120000)
            app.quit();
        else if (!window.network()->isLayoutRunning())
            window.network()->view()->viewport()->update();
    });
    poll.start(5);
    app.exec();
    QTextStream(stdout) << "| " << (file.isEmpty() ? QStringLiteral("bundled dataset") : file) << " | "
                        << window.document()->graph().companyCount() << " | " << QString::number(atMain * 1000, 'f', 0)
                        << " | " << QString::number(frames.firstFrame * 1000, 'f', 0) << " | "
                        << QString::number(frames.laidOut * 1000, 'f', 0) << " | " << replacements << " | "
                        << window.network()->layoutsStarted() << " |\n";
    return frames.firstFrame < 0 ? 1 : 0;
}
