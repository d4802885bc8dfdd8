#include "io/Problem.h"

#include <QByteArray>

QString Problem::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

std::pair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype offset)
{
    int line = 1;
    int column = 1;
    offset = std::min(offset, utf8.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        // A line ends at LF, CRLF or a lone CR.
        if (byte == '\n' || (byte == '\r' && (i + 1 >= utf8.size() || utf8.at(i + 1) != '\n'))) {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++column;
        }
    }
    return {line, column};
}
