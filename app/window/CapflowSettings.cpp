#include "window/CapflowSettings.h"

#include <QFileInfo>

void CapflowSettings::adoptEarlierSettings()
{
    if (!QCoreApplication::organizationName().isEmpty())
        return;
    CapflowSettings settings;
    const QString app = QCoreApplication::applicationName();
    QSettings earlier(app, app);
    if (QFileInfo::exists(settings.fileName()) || !QFileInfo::exists(earlier.fileName()))
        return;
    for (const QString &key : earlier.allKeys())
        settings.setValue(key, earlier.value(key));
}
