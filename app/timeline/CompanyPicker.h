#pragma once

#include <QWidget>

class Document;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

// Chooses the companies of the timeline: a checkable list with a search field and presets.
class CompanyPicker : public QWidget
{
    Q_OBJECT
public:
    explicit CompanyPicker(Document *document, QWidget *parent = nullptr);

    QStringList checkedIds() const;
    void setCheckedIds(const QStringList &ids);
    // Companies of the presets, as ids of the current document.
    QStringList aiLabIds() const;
    QStringList seedArticleIds() const;
    // Refills the list after the document's companies changed; keeps the checks.
    void reload();
    void retranslate();

Q_SIGNALS:
    void checkedIdsChanged(const QStringList &ids);

private:
    Document *m_document;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_list;
    QPushButton *m_aiLabs;
    QPushButton *m_seed;
    QPushButton *m_clear;
    QStringList m_order; // checked ids in the order they were checked
    bool m_updating = false;
};
