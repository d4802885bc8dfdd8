#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "document/Document.h"

// A table with one row per entity of a document (company, deal, valuation), keyed by its id.
// Subclasses say which ids exist and what each cell shows; this class keeps the rows in step
// with the document's change signals.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, SortRole };

    explicit DocumentTableModel(QObject *parent = nullptr);

    Document *document() const { return m_document; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QString idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }

    // Call after the language changed: every header and cell text is redone.
    void retranslate();

protected:
    void setDocument(Document *document);
    virtual QStringList currentIds() const = 0;
    void entityAdded(const QString &id);
    void entityChanged(const QString &id);
    void entityAboutToBeRemoved(const QString &id);
    void entityRemoved(const QString &id);
    void refreshAll();

private:
    QPointer<Document> m_document;
    QStringList m_ids;
    QString m_removing;
};
