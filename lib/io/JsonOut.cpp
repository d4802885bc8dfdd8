#include "io/JsonOut.h"

#include <QLocale>

#include <cmath>

void JsonOut::begin(char bracket)
{
    m_out += bracket;
    m_out += '\n';
    m_open.push_back({bracket == '{' ? '}' : ']', true});
}

void JsonOut::end()
{
    const Open open = m_open.back();
    m_open.pop_back();
    if (!open.empty)
        m_out += '\n';
    indent();
    m_out += open.close;
}

void JsonOut::next()
{
    if (m_open.back().empty)
        m_open.back().empty = false;
    else
        m_out += ",\n";
    indent();
}

void JsonOut::key(QByteArrayView key)
{
    next();
    m_out += '"';
    m_out += key;
    m_out += "\": ";
}

void JsonOut::element()
{
    next();
}

void JsonOut::string(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    auto escape = [this](char16_t u) {
        const char e[] = {'\\', 'u', '0', '0', hex[(u >> 4) & 15], hex[u & 15]};
        m_out.append(e, 6);
    };
    m_out += '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        // Runs of plain ASCII go in one append.
        const char16_t *run = p;
        while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p != run) {
            const qsizetype at = m_out.size();
            m_out.resize(at + (p - run));
            char *out = m_out.data() + at;
            for (const char16_t *c = run; c != p; ++c)
                *out++ = char(*c);
        }
        if (p == end)
            break;
        const char16_t u = *p++;
        if (u < 0x80) {
            switch (u) {
            case u'"': m_out += "\\\""; break;
            case u'\\': m_out += "\\\\"; break;
            case 0x08: m_out += "\\b"; break;
            case 0x0c: m_out += "\\f"; break;
            case 0x0a: m_out += "\\n"; break;
            case 0x0d: m_out += "\\r"; break;
            case 0x09: m_out += "\\t"; break;
            default: escape(u); // the other control characters
            }
        } else if (u < 0x800) {
            m_out += char(0xc0 | (u >> 6));
            m_out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u)) {
            if (p != end && QChar::isLowSurrogate(*p)) {
                const char32_t c = QChar::surrogateToUcs4(u, *p++);
                m_out += char(0xf0 | (c >> 18));
                m_out += char(0x80 | ((c >> 12) & 0x3f));
                m_out += char(0x80 | ((c >> 6) & 0x3f));
                m_out += char(0x80 | (c & 0x3f));
            } else {
                m_out += "\xEF\xBF\xBD"; // half a surrogate pair is no character: U+FFFD
            }
        } else if (QChar::isLowSurrogate(u)) {
            m_out += "\xEF\xBF\xBD";
        } else {
            m_out += char(0xe0 | (u >> 12));
            m_out += char(0x80 | ((u >> 6) & 0x3f));
            m_out += char(0x80 | (u & 0x3f));
        }
    }
    m_out += '"';
}

void JsonOut::number(double value)
{
    if (std::isfinite(value))
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null"; // as Qt writes infinities and NaN
}

void JsonOut::integer(qint64 value)
{
    m_out += QByteArray::number(value);
}

QByteArray JsonOut::finish()
{
    m_out += '\n';
    return std::move(m_out);
}
