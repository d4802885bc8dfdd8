// Precompiled (target_precompile_headers): the Qt and standard headers that nearly every file of
// the core includes, parsed once per target rather than once per file. Only headers here, never
// a declaration of our own; each file still includes what it uses.
#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointF>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>
