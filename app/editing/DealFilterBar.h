#pragma once

#include "model/Entities.h"

#include <QWidget>

class DealFilterProxy;
class Document;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

// Filters of the deals table beside its search field: one deal kind or all, a date range whose
// ends can be left open, and only figures backed by a primary source or a news outlet (rated as
// the document of the proxy's DealTableModel rates publishers).
class DealFilterBar : public QWidget
{
    Q_OBJECT
public:
    DealFilterBar(DealFilterProxy *proxy, QWidget *parent = nullptr);
    void retranslate();

    QComboBox *kindCombo() const { return m_kind; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *reputableCheck() const { return m_reputable; }

private:
    void apply();
    Document *document() const; // of the proxy's source model, if it is a table of a document

    DealFilterProxy *m_proxy;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_reputable;
    QList<SourceTierRule> m_tierRules; // the document's ratings the filter was made with
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
};
