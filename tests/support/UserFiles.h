#pragma once

#include <QFile>
#include <QStandardPaths>

// Keeps a test of the program's windows off the user's files: Qt's test paths for settings and
// data, and a folder of its own for recovery files (CAPFLOW_RECOVERY_DIR).
inline void isolateUserFiles(const QString &recoveryDir)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CAPFLOW_RECOVERY_DIR", QFile::encodeName(recoveryDir));
}
