#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>

// Finds where each value of a JSON text starts, by JSON Pointer ("/deals/3/amount_usd"), so that
// validation errors can name a line and column. QJsonDocument does not keep positions.
class JsonLocator
{
public:
    // The text must be valid JSON (parse it with QJsonDocument first). When `cancelled` becomes
    // true the scan stops within a few thousand values and wasCancelled() says so.
    explicit JsonLocator(const QByteArray &utf8, const std::atomic<bool> *cancelled = nullptr);
    bool wasCancelled() const { return m_wasCancelled; }

    // Byte offset of the value at the pointer; of its closest located parent when absent.
    qsizetype offsetOf(const QString &pointer) const;
    std::pair<int, int> lineAndColumnOf(const QString &pointer) const;

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
    void parseValue(const QString &pointer);
    void skipWhitespace();
    QString parseString();

    const QByteArray &m_text;
    const std::atomic<bool> *m_cancelled = nullptr;
    bool m_wasCancelled = false;
    quint32 m_values = 0;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
    QList<DuplicateKey> m_duplicates;
};
