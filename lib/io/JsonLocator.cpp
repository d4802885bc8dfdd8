#include "io/JsonLocator.h"

#include "io/Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {
// Nested deeper than QJsonDocument accepts (its limit is 1024 levels).
struct TooDeep
{
};
constexpr size_t nestingLimit = 1024;

struct Cancelled
{
};

// A JSON string at `pos` (its opening quote), decoded; `pos` moves past it.
QString decodeString(const QByteArray &text, qsizetype &pos)
{
    const qsizetype start = pos;
    ++pos;
    while (pos < text.size() && text.at(pos) != '"')
        pos += text.at(pos) == '\\' ? 2 : 1;
    ++pos;
    const QByteArrayView raw(text.constData() + start + 1, std::max<qsizetype>(0, std::min(pos, text.size()) - start - 2));
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // Let Qt decode escapes: wrap the string literal in an array.
    const QByteArray literal = '[' + text.mid(start, pos - start) + ']';
    return QJsonDocument::fromJson(literal).array().at(0).toString();
}

void skipWhitespace(const QByteArray &text, qsizetype &pos)
{
    while (pos < text.size()) {
        const char c = text.at(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++pos;
    }
}

// Past the whitespace after a value, and its comma and the whitespace after that if there is one.
void skipComma(const QByteArray &text, qsizetype &pos)
{
    skipWhitespace(text, pos);
    if (pos < text.size() && text.at(pos) == ',') {
        ++pos;
        skipWhitespace(text, pos);
    }
}

// Past a number, true, false or null.
void skipScalar(const QByteArray &text, qsizetype &pos)
{
    while (pos < text.size()) {
        const char d = text.at(pos);
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
            break;
        ++pos;
    }
}

// The light scan: keys given twice, without building any pointer unless one is found. Keys
// are compared as their bytes in the file, decoded only when they hold an escape.
class DuplicateScan
{
public:
    DuplicateScan(const QByteArray &text, const std::atomic<bool> *cancelled, QList<JsonLocator::DuplicateKey> &found)
        : m_text(text)
        , m_cancelled(cancelled)
        , m_found(found)
    {
    }

    void run()
    {
        skipWhitespace(m_text, m_pos);
        if (m_pos < m_text.size())
            value();
    }

private:
    void value()
    {
        if (m_cancelled && (++m_values & 0xFFF) == 0 && m_cancelled->load(std::memory_order_relaxed))
            throw Cancelled {};
        if (m_path.size() >= nestingLimit)
            throw TooDeep {};
        if (m_pos >= m_text.size())
            return;
        const char c = m_text.at(m_pos);
        if (c == '{') {
            object();
        } else if (c == '[') {
            ++m_pos;
            skipWhitespace(m_text, m_pos);
            qsizetype index = 0;
            while (m_pos < m_text.size() && m_text.at(m_pos) != ']') {
                m_path.push_back(Step {-1, index++});
                value();
                m_path.pop_back();
                skipComma(m_text, m_pos);
            }
            ++m_pos;
        } else if (c == '"') {
            skipString();
        } else {
            skipScalar(m_text, m_pos);
        }
    }

    struct Step
    {
        qsizetype keyOffset; // a key's opening quote, or -1 for an array's item
        qsizetype index;
    };

    void skipString()
    {
        ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"')
            m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
        ++m_pos;
    }

    void object()
    {
        ++m_pos;
        skipWhitespace(m_text, m_pos);
        // The keys seen so far: their bytes, or decoded when escaped (kept in `decoded`).
        std::vector<std::string_view> keys;
        std::vector<std::unique_ptr<QByteArray>> decoded;
        std::unordered_set<std::string_view> many; // for objects of many keys
        while (m_pos < m_text.size() && m_text.at(m_pos) != '}') {
            const qsizetype keyOffset = m_pos;
            skipString();
            const qsizetype length = std::max<qsizetype>(0, std::min(m_pos, m_text.size()) - keyOffset - 2);
            std::string_view key(m_text.constData() + keyOffset + 1, size_t(length));
            if (key.find('\\') != std::string_view::npos) {
                qsizetype at = keyOffset;
                decoded.push_back(std::make_unique<QByteArray>(decodeString(m_text, at).toUtf8()));
                key = std::string_view(decoded.back()->constData(), size_t(decoded.back()->size()));
            }
            bool seen = false;
            if (keys.size() < 24) {
                seen = std::find(keys.begin(), keys.end(), key) != keys.end();
                keys.push_back(key);
                if (keys.size() == 24)
                    many.insert(keys.begin(), keys.end());
            } else {
                seen = !many.insert(key).second;
            }
            skipWhitespace(m_text, m_pos);
            ++m_pos; // ':'
            skipWhitespace(m_text, m_pos);
            m_path.push_back(Step {keyOffset, 0});
            if (seen)
                m_found << JsonLocator::DuplicateKey {pointer(), keyOffset};
            value();
            m_path.pop_back();
            skipComma(m_text, m_pos);
        }
        ++m_pos;
    }

    QString pointer() const
    {
        QString result;
        for (const Step &step : m_path) {
            if (step.keyOffset < 0) {
                result = JsonLocator::child(result, step.index);
            } else {
                qsizetype at = step.keyOffset;
                result = JsonLocator::child(result, decodeString(m_text, at));
            }
        }
        return result;
    }

    const QByteArray &m_text;
    const std::atomic<bool> *m_cancelled;
    QList<JsonLocator::DuplicateKey> &m_found;
    std::vector<Step> m_path;
    quint32 m_values = 0;
    qsizetype m_pos = 0;
};

// The index: every value's pointer and where it starts.
class Indexer
{
public:
    Indexer(const QByteArray &text, QHash<QString, qsizetype> &offsets)
        : m_text(text)
        , m_offsets(offsets)
    {
    }

    void run()
    {
        skipWhitespace(m_text, m_pos);
        if (m_pos < m_text.size())
            value(QString());
    }

private:
    void value(const QString &pointer)
    {
        if (!m_offsets.contains(pointer)) // a repeated key keeps its first position
            m_offsets.insert(pointer, m_pos);
        if (m_pos >= m_text.size())
            return;
        const char c = m_text.at(m_pos);
        if (c == '{' || c == '[') {
            const bool object = c == '{';
            ++m_pos;
            skipWhitespace(m_text, m_pos);
            qsizetype index = 0;
            while (m_pos < m_text.size() && m_text.at(m_pos) != (object ? '}' : ']')) {
                if (object) {
                    const QString key = decodeString(m_text, m_pos);
                    skipWhitespace(m_text, m_pos);
                    ++m_pos; // ':'
                    skipWhitespace(m_text, m_pos);
                    value(JsonLocator::child(pointer, key));
                } else {
                    value(JsonLocator::child(pointer, index++));
                }
                skipComma(m_text, m_pos);
            }
            ++m_pos;
        } else if (c == '"') {
            decodeString(m_text, m_pos);
        } else {
            skipScalar(m_text, m_pos);
        }
    }

    const QByteArray &m_text;
    QHash<QString, qsizetype> &m_offsets;
    qsizetype m_pos = 0;
};
} // namespace

JsonLocator::JsonLocator(const QByteArray &utf8, const std::atomic<bool> *cancelled, bool scanForDuplicates)
    : m_text(utf8)
{
    if (!scanForDuplicates)
        return;
    DuplicateScan scan(m_text, cancelled, m_duplicates);
    try {
        scan.run();
    } catch (const Cancelled &) {
        m_wasCancelled = true;
    } catch (const TooDeep &) {
        m_tooDeep = true;
    }
}

void JsonLocator::buildIndex() const
{
    m_offsets.emplace();
    Indexer(m_text, *m_offsets).run();
}

qsizetype JsonLocator::offsetOf(const QString &pointer) const
{
    if (!m_offsets)
        buildIndex();
    QString p = pointer;
    for (;;) {
        const auto it = m_offsets->constFind(p);
        if (it != m_offsets->cend())
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
