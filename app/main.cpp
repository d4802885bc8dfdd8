#include "cli/CommandLine.h"
#include "cli/HeadlessRunner.h"
#include "window/CapflowSettings.h"
#include "window/LanguageMenu.h"
#include "window/MainWindow.h"
#include "window/TerminationSignals.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>

#include <csignal>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // A write past the process's file size limit fails with EFBIG and is reported, instead of
    // killing the program.
    std::signal(SIGXFSZ, SIG_IGN);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Decide before QApplication exists: without a display it would abort, even for --version.
    const bool gui = CommandLine::parse(arguments).needsDisplay();
    if (!gui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen platform warns on stderr without a runtime dir; give it a private one.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString dir = QDir::tempPath() + QStringLiteral("/capflow-runtime-") + QString::number(getuid());
            if (QDir().mkpath(dir)
                && QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CapFlow"));
    // No organisation name: settings go to ~/.config/CapFlow.conf and recovery files to
    // ~/.local/share/CapFlow/recovery, not to CapFlow/CapFlow (as up to 0.1).
    QApplication::setApplicationVersion(QStringLiteral(CAPFLOW_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.capflow.CapFlow"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/capflow.svg")));

    if (gui)
        CapflowSettings::adoptEarlierSettings(); // before the saved language is read

    // Parse again now that translations are installed, so that messages are in the user's language.
    CommandLine commandLine = CommandLine::parse(arguments);
    Translations translations;
    translations.apply(gui ? LanguageMenu::startupLanguage(commandLine.language)
                           : commandLine.language.value_or(languageForLocale(QLocale::system())));
    commandLine = CommandLine::parse(arguments);
    if (!gui)
        return runHeadless(commandLine);

    // With FILE the window starts empty, so that only FILE is read and laid out.
    const bool withFile = !commandLine.file.isEmpty();
    MainWindow window(withFile ? MainWindow::Start::Nothing : MainWindow::Start::BundledDataset);
    window.setTranslations(&translations);
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &window, &MainWindow::terminate);
    window.show();
    // Unsaved work of a session that crashed comes first; restoring it replaces FILE. A FILE that
    // does not open (its problems shown) leaves the bundled dataset, as a start without FILE.
    if (!window.offerRecovery() && withFile && !window.openFile(commandLine.file))
        window.showBundledDataset();
    return app.exec();
}
