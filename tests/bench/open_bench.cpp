// Opening and saving a .capflow against its anchor: QJsonDocument's parse and write of the same
// bytes (the least any JSON reader of the whole file must do). For each FILE: its size, the median
// of 5 runs of each, the ratios (targets: open ≤ 2×, save ≤ 2×) and the peak memory of one read
// of the process that reads it (target ≤ 4× the file), in a child process each so that the peaks
// are apart.
// Usage: open_bench FILE...   (open_bench --peak read|parse FILE: one run, prints the peak in KB)
#include "BenchTiming.h"

#include "io/CapflowFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>


namespace {
// The process's peak resident memory (VmHWM: getrusage's ru_maxrss survives exec, so a child
// would report its parent's peak).
long peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    if (args.size() == 3 && args[0] == QLatin1String("--peak")) {
        const QByteArray bytes = readAll(args[2]);
        if (args[1] == QLatin1String("parse")) {
            const QJsonDocument document = QJsonDocument::fromJson(bytes);
            out << peakKb() << ' ' << document.isObject() << '\n';
        } else {
            const CapflowFormat::ReadResult result = CapflowFormat::read(bytes, args[2]);
            out << peakKb() << ' ' << result.ok() << '\n';
        }
        return 0;
    }
    out << "| file | size | deals | QJsonDocument parse | CapFlow open | ratio (≤ 2) | QJsonDocument write | CapFlow save | ratio (≤ 2) | "
           "re-save identical | peak: parse / open (≤ 4× file) |\n|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const QString &path : args) {
        const QByteArray bytes = readAll(path);
        if (bytes.isEmpty()) {
            out << "| " << path << " | cannot be read |\n";
            continue;
        }
        const double parse = medianSeconds([&] { (void)QJsonDocument::fromJson(bytes); }, 5);
        CapflowFormat::ReadResult result;
        const double open = medianSeconds([&] { result = CapflowFormat::read(bytes, path); }, 5);
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        const double write = medianSeconds([&] { (void)document.toJson(QJsonDocument::Indented); }, 5);
        QByteArray saved;
        const double save = medianSeconds([&] { saved = CapflowFormat::write(result.data); }, 5);
        const auto peak = [&](const char *what) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--peak"), QString::fromLatin1(what), path});
            child.waitForFinished(-1);
            if (child.exitCode() != 0 || child.error() != QProcess::UnknownError)
                qWarning("peak run failed: %s", qPrintable(child.errorString()));
            const QByteArray printed = child.readAllStandardOutput();
            return printed.split(' ').value(0).toLongLong() * 1024;
        };
        const double mb = double(bytes.size()) / 1e6;
        const qint64 parsePeak = peak("parse"), openPeak = peak("read");
        out << "| " << QFileInfo(path).fileName() << " | " << QString::number(mb, 'f', 1) << " MB | " << result.data.deals.size() << " | "
            << QString::number(parse, 'f', 2) << " s | " << QString::number(open, 'f', 2) << " s | " << QString::number(open / parse, 'f', 2)
            << " | " << QString::number(write, 'f', 2) << " s | " << QString::number(save, 'f', 2) << " s | "
            << QString::number(save / write, 'f', 2) << " | " << (saved == bytes ? "yes" : "no") << " | "
            << QString::number(double(parsePeak) / 1e6, 'f', 0) << " / " << QString::number(double(openPeak) / 1e6, 'f', 0) << " MB ("
            << QString::number(double(openPeak) / double(bytes.size()), 'f', 1) << "×) |\n";
        out.flush();
    }
    return 0;
}
