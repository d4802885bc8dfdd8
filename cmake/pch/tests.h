// Precompiled for the unit tests (see core.h): Qt Test alone takes 2.5 s to parse.
#include "core.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
