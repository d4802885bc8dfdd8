// Precompiled for the tests of the program's windows (see core.h).
#include "widgets.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
