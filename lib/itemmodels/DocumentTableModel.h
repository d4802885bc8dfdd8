#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "document/Document.h"

#include <optional>
#include <vector>

class Editor;

// A table with one row per entity of a document (company, deal, valuation), keyed by its id.
// Subclasses say which ids exist and what each cell shows; this class keeps the rows in step
// with the document's change signals.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(QString lastEditError READ lastEditError)
public:
    enum Roles { IdRole = Qt::UserRole + 1, SortRole };

    explicit DocumentTableModel(QObject *parent = nullptr);

    Document *document() const { return m_document; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QString idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }

    // Whether row a sorts before row b in a column by its SortRole value, each row's value worked
    // out once and kept until the rows change (a sort of 300,000 rows asks for values millions of
    // times); nullopt when the two values cannot be compared here. Strings are compared as
    // QSortFilterProxyModel compares them (not locale-aware), with the given case sensitivity.
    virtual std::optional<bool> sortLess(int rowA, int rowB, int column, Qt::CaseSensitivity cs) const;

    // Call after the language changed: every header and cell text is redone.
    void retranslate();

    // With an editor, simple cells become editable in place; each edit is one undo step.
    void setEditor(Editor *editor) { m_editor = editor; }
    Editor *editor() const { return m_editor; }
    // Why the last setData() was refused, for the view to show.
    QString lastEditError() const { return m_lastEditError; }

protected:
    void setDocument(Document *document);
    virtual QStringList currentIds() const = 0;
    // Whether the table has a row for this id, as currentIds() would say, without listing them all
    // (a document gets many deals added one by one in an import).
    virtual bool showsId(const QString &id) const = 0;
    void entityAdded(const QString &id);
    void entityChanged(const QString &id);
    void entityAboutToBeRemoved(const QString &id);
    void entityRemoved(const QString &id);
    void refreshAll();
    bool refuseEdit(const QString &reason)
    {
        m_lastEditError = reason;
        return false;
    }
    void acceptEdit() { m_lastEditError.clear(); }
    // Called whenever the rows or what they show may have changed, before the views hear of it:
    // for what a subclass keeps per row.
    virtual void rowsChanged() {}

private:
    void changedRows(); // the sort values are dropped, then rowsChanged()

    QPointer<Document> m_document;
    QStringList m_ids;
    QString m_removing;
    Editor *m_editor = nullptr;
    QString m_lastEditError;
    mutable std::vector<QVariant> m_sortValues; // of m_sortColumn, by row; see sortLess()
    mutable int m_sortColumn = -1;
};
