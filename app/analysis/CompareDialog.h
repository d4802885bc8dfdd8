#pragma once

#include "analysis/NetworkChanges.h"

#include <QDialog>

class Document;
class QCheckBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;
class ReportTableModel;

// Analysis > Compare…: what changed between two dates (NetworkChanges) — totals by kind then and
// now, the new deals and companies, the valuation changes — in the same tables the report's page
// prints (ChangesReport). With "Show in network", the network shows the state as of the second
// date with the new deals lit and the earlier ones dimmed (comparisonChanged()); selecting a row
// emits dealsSelected(). Not modal: the network stays in view.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(Document *document, QWidget *parent = nullptr);

    // The network's filter of the moment (kinds, companies, amount, sources); its dates do not apply.
    void setNetworkFilter(const DealFilter &filter);
    void setDates(QDate from, QDate to);
    const NetworkChanges &changes() const { return m_changes; }
    bool showsInNetwork() const;

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summaryLabel() const { return m_summary; }
    ReportTableModel *model(int tab) const { return m_models.value(tab); }

Q_SIGNALS:
    void comparisonChanged();
    void dealsSelected(const QStringList &dealIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void retranslate();
    void defaultDates();

    Document *m_document;
    DealFilter m_filter;
    NetworkChanges m_changes;
    QTimer *m_timer;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_inNetwork;
    QLabel *m_title;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QList<ReportTableModel *> m_models;
    QList<QTableView *> m_views;
};
