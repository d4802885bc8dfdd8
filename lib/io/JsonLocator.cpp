#include "io/JsonLocator.h"

#include "io/Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {
struct Cancelled
{
};
} // namespace

JsonLocator::JsonLocator(const QByteArray &utf8, const std::atomic<bool> *cancelled)
    : m_text(utf8)
    , m_cancelled(cancelled)
{
    skipWhitespace();
    try {
        if (m_pos < m_text.size())
            parseValue(QString());
    } catch (const Cancelled &) {
        m_wasCancelled = true;
    }
}

qsizetype JsonLocator::offsetOf(const QString &pointer) const
{
    QString p = pointer;
    for (;;) {
        const auto it = m_offsets.constFind(p);
        if (it != m_offsets.cend())
            return *it;
        if (p.isEmpty())
            return 0;
        p.truncate(p.lastIndexOf(u'/'));
    }
}

std::pair<int, int> JsonLocator::lineAndColumnOf(const QString &pointer) const
{
    return lineAndColumn(m_text, offsetOf(pointer));
}

QString JsonLocator::child(const QString &pointer, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    return pointer + u'/' + escaped;
}

QString JsonLocator::child(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

void JsonLocator::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

QString JsonLocator::parseString()
{
    const qsizetype start = m_pos; // at the opening quote
    ++m_pos;
    while (m_pos < m_text.size() && m_text.at(m_pos) != '"')
        m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
    ++m_pos;
    // Let Qt decode escapes: wrap the string literal in an array.
    const QByteArray literal = '[' + m_text.mid(start, m_pos - start) + ']';
    return QJsonDocument::fromJson(literal).array().at(0).toString();
}

void JsonLocator::parseValue(const QString &pointer)
{
    if (m_cancelled && (++m_values & 0xFFF) == 0 && m_cancelled->load(std::memory_order_relaxed))
        throw Cancelled {};
    m_offsets.insert(pointer, m_pos);
    if (m_pos >= m_text.size())
        return;
    const char c = m_text.at(m_pos);
    if (c == '{') {
        ++m_pos;
        skipWhitespace();
        while (m_pos < m_text.size() && m_text.at(m_pos) != '}') {
            const qsizetype keyOffset = m_pos;
            const QString key = parseString();
            skipWhitespace();
            ++m_pos; // ':'
            skipWhitespace();
            const QString keyPointer = child(pointer, key);
            if (m_offsets.contains(keyPointer))
                m_duplicates << DuplicateKey {keyPointer, keyOffset};
            parseValue(keyPointer);
            skipWhitespace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                ++m_pos;
                skipWhitespace();
            }
        }
        ++m_pos;
    } else if (c == '[') {
        ++m_pos;
        skipWhitespace();
        qsizetype index = 0;
        while (m_pos < m_text.size() && m_text.at(m_pos) != ']') {
            parseValue(child(pointer, index++));
            skipWhitespace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                ++m_pos;
                skipWhitespace();
            }
        }
        ++m_pos;
    } else if (c == '"') {
        parseString();
    } else {
        while (m_pos < m_text.size()) {
            const char d = m_text.at(m_pos);
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                break;
            ++m_pos;
        }
    }
}
