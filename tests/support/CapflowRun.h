#pragma once

// Runs the real capflow binary the way a user's shell would: no display, a UTF-8 C locale, the
// program choosing its headless platform itself. One runner for the tests that need the binary.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

struct CapflowRun
{
    int exitCode = -1; // -2: crashed (a signal), -3: did not finish in time
    QString out;
    QString err;
    bool crashed() const { return exitCode == -2; }
};

struct CapflowRunOptions
{
    QProcessEnvironment extraEnvironment; // added to the system environment
    std::function<void()> childModifier; // runs in the child before exec (resource limits)
    int timeoutMs = 120000;
};

// Starts the binary in `process` without waiting, for tests that act on it while it runs.
inline void startCapflow(QProcess &process, const QStringList &arguments, const CapflowRunOptions &options = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program must pick a headless platform itself
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(options.extraEnvironment);
    process.setProcessEnvironment(env);
    if (options.childModifier)
        process.setChildProcessModifier(options.childModifier);
    process.start(QStringLiteral(CAPFLOW_BINARY), arguments);
}

inline CapflowRun runCapflow(const QStringList &arguments, const CapflowRunOptions &options = {})
{
    QProcess process;
    startCapflow(process, arguments, options);
    CapflowRun run;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.exitCode = -3;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
