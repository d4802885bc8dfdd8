#include "import/XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace XlsxReader {
namespace {
class XlsxMessages
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

constexpr qint64 mebibyte = 1024 * 1024;
constexpr qint64 maxPartSize = 512 * mebibyte; // one part of the workbook, unpacked
constexpr qint64 maxTotalSize = 2048 * mebibyte; // all parts together (a sheet may be named twice)
constexpr qsizetype readChunk = 256 * 1024;
constexpr int maxProblems = 100;
constexpr int maxRows = 1'048'576; // Excel's limits
constexpr int maxColumns = 16'384;

struct Context
{
    const QString &fileName;
    Problems &problems;

    void add(int line, int column, const QString &message)
    {
        if (problems.size() < maxProblems)
            problems << Problem {fileName, line, column, message};
    }
    void add(const QString &message) { add(0, 0, message); }
};

// Whole MiB, rounded up (a limit exceeded by a byte shows as exceeded).
QString mib(qint64 bytes)
{
    return QString::number((bytes + mebibyte - 1) / mebibyte);
}

quint16 u16(const QByteArray &bytes, qsizetype at)
{
    return quint16(uchar(bytes.at(at)) | uchar(bytes.at(at + 1)) << 8);
}
quint32 u32(const QByteArray &bytes, qsizetype at)
{
    return quint32(u16(bytes, at)) | quint32(u16(bytes, at + 2)) << 16;
}
quint64 u64(const QByteArray &bytes, qsizetype at)
{
    return quint64(u32(bytes, at)) | quint64(u32(bytes, at + 4)) << 32;
}

// The parts of a zip archive in memory, by their names (case-insensitive, as in Open Packaging),
// unpacked with zlib. (Not QuaZip: its bundled minizip exports the same symbols as the system
// minizip that libxlsxwriter uses, and in one process libxlsxwriter then calls QuaZip's and
// crashes.) Every offset and size is checked against the bytes; the sizes the archive gives are
// not trusted either.
class Archive
{
public:
    enum class Read { Ok, Missing, Failed };

    Archive(const QByteArray &bytes, Context &context)
        : m_bytes(bytes)
        , m_context(context)
    {
    }

    // Reads the central directory; false when the bytes are no zip archive.
    bool open()
    {
        // The end of central directory record: 22 bytes and a comment of up to 64 KiB.
        const qsizetype size = m_bytes.size();
        qsizetype end = -1;
        for (qsizetype at = size - 22; at >= 0 && at >= size - 22 - 0xFFFF; --at) {
            if (u32(m_bytes, at) == 0x06054b50 && at + 22 + u16(m_bytes, at + 20) <= size) {
                end = at;
                break;
            }
        }
        if (end < 0)
            return false;
        quint64 count = u16(m_bytes, end + 10);
        quint64 directorySize = u32(m_bytes, end + 12);
        quint64 directory = u32(m_bytes, end + 16);
        // Zip64: the locator before the record points to the zip64 record with the real values.
        if ((count == 0xFFFF || directorySize == 0xFFFFFFFF || directory == 0xFFFFFFFF) && end >= 20
            && u32(m_bytes, end - 20) == 0x07064b50) {
            const quint64 record = u64(m_bytes, end - 12);
            if (size < 56 || record > quint64(size) - 56 || u32(m_bytes, qsizetype(record)) != 0x06064b50)
                return false;
            count = u64(m_bytes, qsizetype(record) + 32);
            directorySize = u64(m_bytes, qsizetype(record) + 40);
            directory = u64(m_bytes, qsizetype(record) + 48);
        }
        if (directory > quint64(size) || directorySize > quint64(size) - directory)
            return false;
        qsizetype at = qsizetype(directory);
        const qsizetype directoryEnd = qsizetype(directory + directorySize);
        for (quint64 i = 0; i < count; ++i) {
            if (at + 46 > directoryEnd || u32(m_bytes, at) != 0x02014b50)
                return false;
            Entry entry;
            entry.flags = u16(m_bytes, at + 8);
            entry.method = u16(m_bytes, at + 10);
            entry.crc = u32(m_bytes, at + 16);
            entry.packedSize = u32(m_bytes, at + 20);
            entry.size = u32(m_bytes, at + 24);
            const qsizetype nameSize = u16(m_bytes, at + 28);
            const qsizetype extraSize = u16(m_bytes, at + 30);
            const qsizetype commentSize = u16(m_bytes, at + 32);
            entry.offset = u32(m_bytes, at + 42);
            const qsizetype next = at + 46 + nameSize + extraSize + commentSize;
            if (next > directoryEnd)
                return false;
            // The zip64 extra field holds the sizes and offset that do not fit, in this order.
            for (qsizetype extra = at + 46 + nameSize; extra + 4 <= at + 46 + nameSize + extraSize;) {
                const qsizetype fieldSize = u16(m_bytes, extra + 2);
                if (u16(m_bytes, extra) == 0x0001) {
                    qsizetype field = extra + 4;
                    const qsizetype fieldEnd = std::min(field + fieldSize, at + 46 + nameSize + extraSize);
                    for (quint64 *value : {&entry.size, &entry.packedSize, &entry.offset}) {
                        if (*value == 0xFFFFFFFF && field + 8 <= fieldEnd) {
                            *value = u64(m_bytes, field);
                            field += 8;
                        }
                    }
                }
                extra += 4 + fieldSize;
            }
            const QString name = key(QString::fromUtf8(m_bytes.constData() + at + 46, nameSize));
            if (!m_entries.contains(name))
                m_entries.insert(name, entry);
            at = next;
        }
        return true;
    }

    // The unpacked bytes of the part, or Missing, or Failed with a problem added.
    Read read(const QString &name, QByteArray *out)
    {
        out->clear();
        const auto it = m_entries.constFind(key(name));
        if (it == m_entries.cend())
            return Read::Missing;
        const Entry &entry = *it;
        if (entry.size > quint64(maxPartSize))
            return fail(
                XlsxMessages::tr("%1 would unpack to %2 MiB, more than the %3 MiB a part of a workbook may have")
                    .arg(name, mib(qint64(std::min<quint64>(entry.size, quint64(1) << 62))), mib(maxPartSize)));
        if (m_total + qint64(entry.size) > maxTotalSize)
            return fail(XlsxMessages::tr("the parts of the workbook unpack to more than %1 MiB together")
                            .arg(mib(maxTotalSize)));
        const QString damaged = XlsxMessages::tr("%1 cannot be unpacked (the zip archive is damaged)").arg(name);
        const auto size = quint64(m_bytes.size());
        if (size < 30 || entry.offset > size - 30 || u32(m_bytes, qsizetype(entry.offset)) != 0x04034b50)
            return fail(damaged);
        const quint64 data = entry.offset + 30 + u16(m_bytes, qsizetype(entry.offset) + 26)
            + u16(m_bytes, qsizetype(entry.offset) + 28);
        if (data > size || entry.packedSize > size - data)
            return fail(damaged);
        if (entry.flags & 0x1)
            return fail(XlsxMessages::tr("%1 cannot be unpacked: it is encrypted").arg(name));
        const char *packed = m_bytes.constData() + data;
        if (entry.method == 0) { // stored
            if (entry.packedSize != entry.size)
                return fail(damaged);
            *out = QByteArray(packed, qsizetype(entry.size));
        } else if (entry.method == 8) { // deflated
            if (!inflate(packed, entry, out))
                return fail(damaged);
        } else {
            return fail(XlsxMessages::tr("%1 cannot be unpacked: it is compressed in a way other than Deflate (%2)")
                            .arg(name)
                            .arg(entry.method));
        }
        if (quint64(out->size()) != entry.size
            || crc32(0, reinterpret_cast<const Bytef *>(out->constData()), uInt(out->size())) != entry.crc) {
            out->clear();
            return fail(XlsxMessages::tr("%1 is damaged (its size or checksum does not match)").arg(name));
        }
        m_total += out->size();
        return Read::Ok;
    }

private:
    struct Entry
    {
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        quint64 packedSize = 0;
        quint64 size = 0;
        quint64 offset = 0; // of the local header
    };

    // Raw Deflate, into out: no more than the size the entry gives, plus one byte to tell when
    // there is more (never more than the limit, whatever the entry says).
    static bool inflate(const char *packed, const Entry &entry, QByteArray *out)
    {
        z_stream stream {};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
            return false;
        const qsizetype limit = qsizetype(entry.size) + 1;
        out->reserve(std::min<qsizetype>(limit, 64 * mebibyte));
        quint64 left = entry.packedSize;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed));
        int status = Z_OK;
        while (status == Z_OK && out->size() < limit) {
            if (stream.avail_in == 0) {
                stream.avail_in = uInt(std::min<quint64>(left, 1u << 30));
                left -= stream.avail_in;
            }
            const qsizetype done = out->size();
            const qsizetype chunk = std::min<qsizetype>(readChunk, limit - done);
            out->resize(done + chunk);
            stream.next_out = reinterpret_cast<Bytef *>(out->data() + done);
            stream.avail_out = uInt(chunk);
            status = ::inflate(&stream, Z_NO_FLUSH);
            out->resize(done + chunk - stream.avail_out);
            if (status == Z_BUF_ERROR && stream.avail_in == 0 && left == 0)
                break; // the packed bytes end before the stream does
            if (status == Z_BUF_ERROR)
                status = Z_OK;
        }
        inflateEnd(&stream);
        return status == Z_STREAM_END;
    }

    static QString key(QString name)
    {
        name.replace(u'\\', u'/');
        if (name.startsWith(u'/'))
            name.remove(0, 1);
        return name.toCaseFolded();
    }
    Read fail(const QString &message)
    {
        m_context.add(message);
        return Read::Failed;
    }

    const QByteArray &m_bytes;
    Context &m_context;
    QHash<QString, Entry> m_entries;
    qint64 m_total = 0;
};

// False, with the problem added, when the XML of the part is malformed.
bool xmlOk(const QXmlStreamReader &xml, const QString &part, Context &context)
{
    if (!xml.hasError())
        return true;
    context.add(XlsxMessages::tr("%1, line %2, column %3: %4")
                    .arg(part)
                    .arg(xml.lineNumber())
                    .arg(xml.columnNumber())
                    .arg(xml.errorString()));
    return false;
}

// The value of the attribute of this local name (of any namespace), empty when there is none.
QString attribute(const QXmlStreamReader &xml, QStringView name)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

// Control characters and others that XML cannot hold are written as _xHHHH_ (and "_" before such
// text as _x005F_).
QString unescaped(QString text)
{
    if (!text.contains(u"_x"))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                result += QChar(code);
                i += 6;
                continue;
            }
        }
        result += text.at(i);
    }
    return result;
}

// The text of a shared string <si> or an inline string <is> (the reader on its start element):
// its <t>, or the <t> of its rich text runs, without the phonetic runs; reads to the end element.
QString richText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"t")
                text += xml.readElementText(QXmlStreamReader::SkipChildElements);
            else if (xml.name() == u"rPh" || xml.name() == u"phoneticPr")
                xml.skipCurrentElement();
            else
                ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 0)
                return unescaped(std::move(text));
            --depth;
            break;
        default: break;
        }
    }
    return unescaped(std::move(text));
}

// The text of the current element into buffer (reused: no allocation per cell); reads to its end.
void readText(QXmlStreamReader &xml, QString &buffer)
{
    buffer.resize(0);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters: buffer += xml.text(); break;
        case QXmlStreamReader::StartElement: xml.skipCurrentElement(); break;
        case QXmlStreamReader::EndElement: return;
        default: break;
        }
    }
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A decimal number as its significant digits (no leading or trailing zeros) times a power of ten.
struct Decimal
{
    bool negative = false;
    QByteArray digits;
    int scale = 0;
};

// The decimal of XML Schema double text ("-12.50", "2.5E-3"); false when the text is none, or
// out of any double's range.
bool parseDecimal(QStringView text, Decimal *out)
{
    text = text.trimmed();
    const qsizetype n = text.size();
    qsizetype i = 0;
    Decimal d;
    if (i < n && (text.at(i) == u'-' || text.at(i) == u'+'))
        d.negative = text.at(i++) == u'-';
    qint64 fraction = 0;
    bool anyDigit = false;
    for (; i < n && isDigit(text.at(i)); ++i, anyDigit = true)
        d.digits += char(text.at(i).unicode());
    if (i < n && text.at(i) == u'.') {
        for (++i; i < n && isDigit(text.at(i)); ++i, ++fraction, anyDigit = true)
            d.digits += char(text.at(i).unicode());
    }
    if (!anyDigit)
        return false;
    qint64 exponent = 0;
    if (i < n && (text.at(i) == u'e' || text.at(i) == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text.at(i) == u'-' || text.at(i) == u'+'))
            negativeExponent = text.at(i++) == u'-';
        const qsizetype start = i;
        for (; i < n && isDigit(text.at(i)); ++i) {
            if (exponent < 1'000'000)
                exponent = exponent * 10 + (text.at(i).unicode() - u'0');
        }
        if (i == start)
            return false;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n)
        return false;
    qsizetype lead = 0;
    while (lead < d.digits.size() && d.digits.at(lead) == '0')
        ++lead;
    d.digits.remove(0, lead);
    qint64 scale = exponent - fraction;
    while (!d.digits.isEmpty() && d.digits.back() == '0') {
        d.digits.chop(1);
        ++scale;
    }
    if (d.digits.isEmpty()) {
        d.negative = false;
        scale = 0;
    }
    if (scale + d.digits.size() > 400 || scale < -400) // beyond any double
        return false;
    d.scale = int(scale);
    *out = std::move(d);
    return true;
}

QString plainText(const Decimal &d)
{
    if (d.digits.isEmpty())
        return u"0"_s;
    QString text;
    if (d.negative)
        text += u'-';
    const auto digits = QLatin1StringView(d.digits);
    const qsizetype n = digits.size();
    if (d.scale >= 0) {
        text += digits;
        text += QString(d.scale, u'0');
    } else if (-d.scale < n) {
        text += digits.left(n + d.scale);
        text += u'.';
        text += digits.mid(n + d.scale);
    } else {
        text += u"0."_s;
        text += QString(-d.scale - n, u'0');
        text += digits;
    }
    return text;
}

// Plain decimal text with at most 15 digits, no leading or trailing zeros, no "+" and no "-0": the
// text as it should be kept.
bool isPlainDecimal(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    const qsizetype start = i;
    int digits = 0;
    for (; i < n && isDigit(text.at(i)); ++i)
        ++digits;
    if (digits == 0 || (digits > 1 && text.at(start) == u'0'))
        return false;
    if (i < n) {
        if (text.at(i) != u'.' || i + 1 == n || text.back() == u'0')
            return false;
        for (++i; i < n; ++i, ++digits) {
            if (!isDigit(text.at(i)))
                return false;
        }
    } else if (start == 1 && text.at(start) == u'0') {
        return false; // "-0"
    }
    return digits <= 15;
}

// The number of a numeric cell's <v> in C-locale shortest form, as plain decimal text; empty when
// the text is no number.
QString numberText(QStringView text)
{
    if (isPlainDecimal(text))
        return text.toString();
    Decimal d;
    if (!parseDecimal(text, &d))
        return {};
    // More digits than a double holds: Excel writes some with 17 ("0.41499999999999998").
    if (d.digits.size() > 15) {
        bool ok = false;
        const double value = text.trimmed().toDouble(&ok);
        char buffer[40];
        const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
        if (ok && std::isfinite(value) && error == std::errc())
            parseDecimal(QString::fromLatin1(buffer, end - buffer), &d);
    }
    return plainText(d);
}

// The day of a date cell's serial number as YYYY-MM-DD; empty when it is no day Excel shows.
QString dateText(double serial, bool date1904)
{
    if (!std::isfinite(serial))
        return {};
    const double day = std::floor(serial + 0.5 / 86'400'000); // Excel rounds to the millisecond
    if (day < (date1904 ? 0 : 1) || day > 2'958'465)
        return {};
    const auto days = qint64(day);
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days == 60)
        return u"1900-02-29"_s; // Lotus 1-2-3's leap day, which Excel keeps (and shows)
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days);
    else
        date = QDate(1899, 12, 30).addDays(days);
    if (!date.isValid() || date.year() > 9999)
        return {};
    return date.toString(Qt::ISODate);
}

// Built-in number formats that show dates or times (with the East Asian ones).
bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A format code with day, month, year, hour or second outside quoted text, escapes and brackets
// ([Red], [$-407], [h]).
bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        switch (code.at(i).unicode()) {
        case u'"':
            i = code.indexOf(u'"', i + 1);
            if (i < 0)
                return false;
            break;
        case u'[':
            i = code.indexOf(u']', i + 1);
            if (i < 0)
                return false;
            break;
        case u'\\':
        case u'_':
        case u'*': ++i; break;
        case u'd':
        case u'D':
        case u'm':
        case u'M':
        case u'y':
        case u'Y':
        case u'h':
        case u'H':
        case u's':
        case u'S': return true;
        default: break;
        }
    }
    return false;
}

QString columnName(int column)
{
    QString name;
    for (; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (column - 1) % 26)));
    return name;
}

// "B3" as row 3, column 2; false when it is no cell of a worksheet.
bool parseReference(QStringView ref, int *row, int *column)
{
    qsizetype i = 0;
    int c = 0;
    for (; i < ref.size() && i < 3; ++i) {
        const char16_t letter = QChar::toUpper(ref.at(i).unicode());
        if (letter < u'A' || letter > u'Z')
            break;
        c = c * 26 + (letter - u'A' + 1);
    }
    const qsizetype start = i;
    qint64 r = 0;
    for (; i < ref.size() && i - start < 8 && isDigit(ref.at(i)); ++i)
        r = r * 10 + (ref.at(i).unicode() - u'0');
    if (start == 0 || i == start || i != ref.size() || r < 1 || r > maxRows || c > maxColumns)
        return false;
    *row = int(r);
    *column = c;
    return true;
}

struct Relationship
{
    QString type;
    QString target; // the part's name in the zip
};

// The relationships of a .rels part by their ids; targets resolved against the folder of the
// part they belong to (empty for the package's own).
bool parseRelationships(const QByteArray &bytes, const QString &part, const QString &folder, Context &context,
    QHash<QString, Relationship> *out)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        if (attribute(xml, u"TargetMode").compare(u"External", Qt::CaseInsensitive) == 0)
            continue;
        QString target = attribute(xml, u"Target");
        if (target.startsWith(u'/'))
            target.remove(0, 1);
        else if (!folder.isEmpty())
            target = folder + u'/' + target;
        out->insert(attribute(xml, u"Id"), Relationship {attribute(xml, u"Type"), QDir::cleanPath(target)});
    }
    return xmlOk(xml, part, context);
}

// The target of the first relationship of this type ("…/worksheet"), empty when there is none.
QString targetOfType(const QHash<QString, Relationship> &relationships, QStringView type)
{
    for (const Relationship &r : relationships) {
        if (r.type.endsWith(u'/' + type.toString()))
            return r.target;
    }
    return {};
}

struct WorkbookSheet
{
    QString name;
    QString relationship;
};

struct Workbook
{
    QList<WorkbookSheet> sheets;
    bool date1904 = false;
    QStringList sharedStrings;
    QList<bool> dateStyles; // by the index of the cell format (a cell's s)
};

bool parseWorkbook(const QByteArray &bytes, const QString &part, Context &context, Workbook *workbook)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QString date1904 = attribute(xml, u"date1904");
            workbook->date1904 = date1904 == u"1" || date1904.compare(u"true", Qt::CaseInsensitive) == 0;
        } else if (xml.name() == u"sheet") {
            WorkbookSheet sheet;
            // r:id, in the relationships namespace (of transitional or strict Open XML).
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == u"name" && a.namespaceUri().isEmpty())
                    sheet.name = a.value().toString();
                else if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    sheet.relationship = a.value().toString();
            }
            workbook->sheets << sheet;
        }
    }
    return xmlOk(xml, part, context);
}

bool parseSharedStrings(const QByteArray &bytes, const QString &part, Context &context, QStringList *strings)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"si") {
            *strings << richText(xml);
        } else if (xml.name() == u"sst") {
            // Every <si/> takes 5 bytes at least: a wrong count allocates no more than the text.
            const qsizetype count = attribute(xml, u"uniqueCount").toLongLong();
            strings->reserve(std::clamp<qsizetype>(count, 0, bytes.size() / 5));
        }
    }
    return xmlOk(xml, part, context);
}

// Which cell formats show dates: the number format of each <xf> of <cellXfs>, built in or defined
// in <numFmts>.
bool parseStyles(const QByteArray &bytes, const QString &part, Context &context, QList<bool> *dateStyles)
{
    QHash<int, QString> formatCodes;
    QList<int> cellFormats;
    bool inNumFmts = false;
    bool inCellXfs = false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmts")
                inNumFmts = true;
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inNumFmts && xml.name() == u"numFmt")
                formatCodes.insert(attribute(xml, u"numFmtId").toInt(), attribute(xml, u"formatCode"));
            else if (inCellXfs && xml.name() == u"xf")
                cellFormats << attribute(xml, u"numFmtId").toInt();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"numFmts")
                inNumFmts = false;
            else if (xml.name() == u"cellXfs")
                inCellXfs = false;
        }
    }
    dateStyles->reserve(cellFormats.size());
    for (const int id : std::as_const(cellFormats)) {
        const auto code = formatCodes.constFind(id);
        *dateStyles << (code != formatCodes.cend() ? isDateFormatCode(*code) : isBuiltinDateFormat(id));
    }
    return xmlOk(xml, part, context);
}

// The rows of one worksheet's XML, streamed.
class SheetParser
{
public:
    SheetParser(const Workbook &workbook, const QString &sheetName, Context &context)
        : m_workbook(workbook)
        , m_sheetName(sheetName)
        , m_context(context)
    {
    }

    bool parse(const QByteArray &bytes, const QString &part, QList<Import::Row> *rows)
    {
        QXmlStreamReader xml(bytes);
        bool inSheetData = false;
        bool sorted = true;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"sheetData") {
                    inSheetData = true;
                } else if (inSheetData && xml.name() == u"row") {
                    Import::Row row;
                    if (parseRow(xml, &row) && !row.cells.isEmpty()) {
                        sorted = sorted && (rows->isEmpty() || rows->back().line < row.line);
                        rows->append(std::move(row));
                    }
                } else if (xml.name() == u"dimension") {
                    // "A1:P200001": room for the rows, but no more than the XML could hold.
                    int lastRow = 0;
                    int lastColumn = 0;
                    const QString ref = attribute(xml, u"ref");
                    if (parseReference(QStringView(ref).mid(ref.indexOf(u':') + 1), &lastRow, &lastColumn))
                        rows->reserve(std::min<qsizetype>(lastRow, bytes.size() / 32));
                }
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData") {
                inSheetData = false;
            }
        }
        if (!sorted)
            std::stable_sort(
                rows->begin(), rows->end(), [](const Import::Row &a, const Import::Row &b) { return a.line < b.line; });
        return xmlOk(xml, part, m_context);
    }

private:
    // The reader on <row>; reads to its end. False when the row is skipped.
    bool parseRow(QXmlStreamReader &xml, Import::Row *row)
    {
        int number = m_lastRow + 1;
        bool numbered = false;
        const QString r = attribute(xml, u"r");
        if (!r.isEmpty()) {
            bool ok = false;
            number = r.toInt(&ok);
            if (!ok || number < 1 || number > maxRows) {
                m_context.add(XlsxMessages::tr("sheet \"%1\": \"%2\" is not a row number").arg(m_sheetName, r));
                xml.skipCurrentElement();
                return false;
            }
            numbered = true;
        }
        row->cells.reserve(m_lastRowSize);
        int column = 0;
        bool sorted = true;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            int cellRow = number;
            const int previous = column;
            if (!parseCell(xml, &cellRow, &column))
                continue;
            if (!numbered && row->cells.isEmpty()) // a row without r is where its first cell is
                number = cellRow;
            if (m_text.isEmpty() && !m_number)
                continue;
            sorted = sorted && column > previous;
            row->cells.append(Import::Cell {std::move(m_text), cellRow, column, m_number});
        }
        if (!sorted)
            std::stable_sort(row->cells.begin(), row->cells.end(),
                [](const Import::Cell &a, const Import::Cell &b) { return a.column < b.column; });
        row->line = number;
        m_lastRow = number;
        m_lastRowSize = row->cells.size();
        return true;
    }

    // The reader on <c>; reads to its end. The cell's text into m_text (empty for an empty cell),
    // its place into row and column (the previous column). False when the cell is skipped.
    bool parseCell(QXmlStreamReader &xml, int *row, int *column)
    {
        m_text.clear();
        m_number = false;
        QString type;
        int style = 0;
        bool referenced = false;
        const QXmlStreamAttributes attributes = xml.attributes();
        for (const QXmlStreamAttribute &a : attributes) {
            const QStringView name = a.name();
            if (name == u"r") {
                if (!parseReference(a.value(), row, column)) {
                    m_context.add(XlsxMessages::tr("sheet \"%1\": \"%2\" is not a cell reference")
                                      .arg(m_sheetName, a.value().toString()));
                    xml.skipCurrentElement();
                    return false;
                }
                referenced = true;
            } else if (name == u"t") {
                type = a.value().toString();
            } else if (name == u"s") {
                style = a.value().toInt();
            }
        }
        if (!referenced)
            ++*column; // cells without r follow the one before
        bool hasValue = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v") {
                readText(xml, m_value);
                hasValue = true;
            } else if (xml.name() == u"is") {
                m_text = richText(xml);
            } else {
                xml.skipCurrentElement();
            }
        }
        if (type == u"inlineStr") {
            if (m_text.isEmpty() && hasValue)
                m_text = m_value;
        } else if (!hasValue || m_value.isEmpty()) {
            m_text.clear();
        } else if (type == u"s") {
            bool ok = false;
            const qsizetype index = QStringView(m_value).trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_workbook.sharedStrings.size()) {
                const QString cell = columnName(*column) + QString::number(*row);
                m_context.add(*row, *column,
                    ok ? XlsxMessages::tr("sheet \"%1\", cell %2: shared string %3 does not exist (the workbook has "
                                          "%4)")
                             .arg(m_sheetName, cell, QString::number(index),
                                 QString::number(m_workbook.sharedStrings.size()))
                       : XlsxMessages::tr("sheet \"%1\", cell %2: \"%3\" is not the number of a shared string")
                             .arg(m_sheetName, cell, m_value));
                return false;
            }
            m_text = m_workbook.sharedStrings.at(index);
        } else if (type == u"str" || type == u"e") {
            m_text = unescaped(m_value);
        } else if (type == u"b") {
            const QStringView value = QStringView(m_value).trimmed();
            m_text = value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0 ? u"TRUE"_s
                : value == u"0" || value.compare(u"false", Qt::CaseInsensitive) == 0   ? u"FALSE"_s
                                                                                       : value.toString();
        } else if (type == u"d") { // an ISO 8601 date (strict Open XML)
            const QDate date = QDate::fromString(QStringView(m_value).left(10), Qt::ISODate);
            m_text = date.isValid() ? date.toString(Qt::ISODate) : m_value;
        } else if (type.isEmpty() || type == u"n") {
            m_text = numberText(m_value);
            m_number = !m_text.isEmpty();
            if (!m_number) {
                m_text = m_value; // no number after all: its text
            } else if (style > 0 && style < m_workbook.dateStyles.size() && m_workbook.dateStyles.at(style)) {
                const QString date = dateText(QStringView(m_value).toDouble(), m_workbook.date1904);
                if (!date.isEmpty()) {
                    m_text = date;
                    m_number = false;
                }
            }
        } else {
            m_text = m_value; // an unknown type: its text
        }
        return true;
    }

    const Workbook &m_workbook;
    const QString &m_sheetName;
    Context &m_context;
    int m_lastRow = 0;
    qsizetype m_lastRowSize = 0;
    QString m_value; // the text of the cell's <v>, reused
    QString m_text;
    bool m_number = false;
};

// The package's workbook part: the target of its officeDocument relationship, or where Excel
// puts it.
QString workbookPart(Archive &archive, Context &context, bool *ok)
{
    const QString rels = u"_rels/.rels"_s;
    QByteArray bytes;
    QHash<QString, Relationship> relationships;
    switch (archive.read(rels, &bytes)) {
    case Archive::Read::Failed: *ok = false; return {};
    case Archive::Read::Missing: break;
    case Archive::Read::Ok:
        if (!parseRelationships(bytes, rels, QString(), context, &relationships)) {
            *ok = false;
            return {};
        }
        break;
    }
    const QString target = targetOfType(relationships, u"officeDocument");
    return target.isEmpty() ? u"xl/workbook.xml"_s : target;
}

} // namespace

Result read(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    Context context {fileName, result.problems};
    Archive archive(bytes, context);
    if (!archive.open()) {
        context.add(bytes.startsWith("\xD0\xCF\x11\xE0")
                ? XlsxMessages::tr("the file is an old Excel workbook (.xls) or an encrypted one; save it as an Excel "
                                   "workbook (.xlsx) without a password")
                : XlsxMessages::tr("the file is no Excel workbook (.xlsx): it is not a zip archive"));
        return result;
    }

    bool ok = true;
    const QString mainPart = workbookPart(archive, context, &ok);
    if (!ok)
        return result;
    Workbook workbook;
    QByteArray data;
    switch (archive.read(mainPart, &data)) {
    case Archive::Read::Failed: return result;
    case Archive::Read::Missing:
        context.add(XlsxMessages::tr("the file is no Excel workbook (.xlsx): the zip archive has no %1").arg(mainPart));
        return result;
    case Archive::Read::Ok: break;
    }
    if (!parseWorkbook(data, mainPart, context, &workbook))
        return result;

    const qsizetype slash = mainPart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : mainPart.left(slash);
    const QString relsPart
        = (slash < 0 ? QString() : folder + u'/') + u"_rels/"_s + mainPart.mid(slash + 1) + u".rels"_s;
    QHash<QString, Relationship> relationships;
    switch (archive.read(relsPart, &data)) {
    case Archive::Read::Failed: return result;
    case Archive::Read::Missing:
        if (!workbook.sheets.isEmpty()) {
            context.add(XlsxMessages::tr("the workbook has no %1, which names the parts of its sheets").arg(relsPart));
            return result;
        }
        break;
    case Archive::Read::Ok:
        if (!parseRelationships(data, relsPart, folder, context, &relationships))
            return result;
        break;
    }

    // Shared strings and styles are optional; where the relationships do not say, where Excel puts
    // them.
    auto readOptional = [&](QStringView type, const QString &fallback, QString *part) {
        const QString target = targetOfType(relationships, type);
        *part = target.isEmpty() ? folder + u'/' + fallback : target;
        return archive.read(*part, &data);
    };
    QString part;
    switch (readOptional(u"sharedStrings", u"sharedStrings.xml"_s, &part)) {
    case Archive::Read::Failed: return result;
    case Archive::Read::Missing: break;
    case Archive::Read::Ok:
        if (!parseSharedStrings(data, part, context, &workbook.sharedStrings))
            return result;
        break;
    }
    switch (readOptional(u"styles", u"styles.xml"_s, &part)) {
    case Archive::Read::Failed: return result;
    case Archive::Read::Missing: break;
    case Archive::Read::Ok:
        if (!parseStyles(data, part, context, &workbook.dateStyles))
            return result;
        break;
    }

    result.sheets.reserve(workbook.sheets.size());
    for (const WorkbookSheet &s : std::as_const(workbook.sheets)) {
        const auto relationship = relationships.constFind(s.relationship);
        if (relationship == relationships.cend()) {
            context.add(XlsxMessages::tr("sheet \"%1\": the workbook names no part for it").arg(s.name));
            continue;
        }
        if (!relationship->type.endsWith(u"/worksheet"))
            continue; // a chart sheet or a dialog sheet, without cells
        const QString &sheetPart = relationship->target;
        switch (archive.read(sheetPart, &data)) {
        case Archive::Read::Failed: return result;
        case Archive::Read::Missing:
            context.add(XlsxMessages::tr("sheet \"%1\": the zip archive has no %2").arg(s.name, sheetPart));
            continue;
        case Archive::Read::Ok: break;
        }
        Import::Sheet sheet;
        sheet.name = s.name;
        SheetParser parser(workbook, s.name, context);
        const bool parsed = parser.parse(data, sheetPart, &sheet.rows);
        result.sheets << std::move(sheet);
        if (!parsed)
            return result;
    }
    return result;
}

} // namespace XlsxReader
