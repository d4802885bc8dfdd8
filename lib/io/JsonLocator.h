#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

// Finds where each value of a JSON text starts, by JSON Pointer ("/deals/3/amount_usd"), so that
// validation errors can name a line and column. QJsonDocument does not keep positions.
//
// Reading a valid file costs one light scan for keys given twice (QJsonDocument silently keeps
// the last); the index of every value's position is built only when a position is first asked
// for, i.e. when there is a problem to report (building it for a 300k-deal file took longer than
// the whole parse).
class JsonLocator
{
public:
    // The text must be valid JSON (parse it first) and outlive the locator.
    // When `cancelled` becomes true the scan stops within a few thousand values and
    // wasCancelled() says so.
    // scanForDuplicates: false when the caller knows there are none (and so no key is repeated,
    // duplicateKeys() stays empty, and the text is not scanned at all until a position is asked).
    explicit JsonLocator(
        const QByteArray &utf8, const std::atomic<bool> *cancelled = nullptr, bool scanForDuplicates = true);
    bool wasCancelled() const { return m_wasCancelled; }
    // Nested deeper than QJsonDocument accepts (1024 levels): the scan stopped, and nothing
    // else may be asked (the index would be built by recursion as deep).
    bool isTooDeep() const { return m_tooDeep; }

    // Byte offset of the value at the pointer; of its closest located parent when absent.
    qsizetype offsetOf(const QString &pointer) const;
    std::pair<int, int> lineAndColumnOf(const QString &pointer) const;
    // Whether the index of positions has been built (for tests: a valid file never needs it).
    bool isIndexed() const { return m_offsets.has_value(); }

    // Keys that appear twice in one object (QJsonDocument silently keeps the last): the pointer
    // of each repeated key and the byte offset of its second appearance.
    struct DuplicateKey
    {
        QString pointer;
        qsizetype offset;
    };
    const QList<DuplicateKey> &duplicateKeys() const { return m_duplicates; }
    const QByteArray &text() const { return m_text; }

    static QString child(const QString &pointer, const QString &key);
    static QString child(const QString &pointer, qsizetype index);

private:
    void buildIndex() const;

    const QByteArray &m_text;
    bool m_wasCancelled = false;
    bool m_tooDeep = false;
    mutable std::optional<QHash<QString, qsizetype>> m_offsets;
    QList<DuplicateKey> m_duplicates;
};
