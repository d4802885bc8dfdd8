#pragma once

#include <QCoreApplication>
#include <QSettings>

// The program's settings: ~/.config/CapFlow.conf (one file named after the program, no
// organisation folder above it). When an organisation name is set (tests set their own to stay
// apart from the user's settings), the usual ORGANISATION/APPLICATION.conf.
class CapflowSettings : public QSettings
{
public:
    CapflowSettings()
        : QSettings(
            owner(), QCoreApplication::organizationName().isEmpty() ? QString() : QCoreApplication::applicationName())
    {
    }

    // Versions up to 0.1 kept their settings in CapFlow/CapFlow.conf: copies them to the new
    // file when it does not exist yet.
    static void adoptEarlierSettings();

private:
    static QString owner()
    {
        const QString organization = QCoreApplication::organizationName();
        return organization.isEmpty() ? QCoreApplication::applicationName() : organization;
    }
};
