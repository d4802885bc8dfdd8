#pragma once

#include "model/DealFilter.h"

#include <QDialog>

class Document;
class PathTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

// Analysis > Money Paths…: every path of deals by which money can flow from one company to
// another, up to a number of deals, through the network as filtered, ranked by what can pass
// (MoneyPaths). Selecting a path emits pathSelected() for the network to light it up and the
// deals table to select its deals. Not modal: the network stays in view.
class MoneyPathsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MoneyPathsDialog(Document *document, QWidget *parent = nullptr);

    // The network's filter of the moment (dates, kinds, companies, amount, sources).
    void setNetworkFilter(const DealFilter &filter);
    // Preselects the companies (ids; empty keeps the choice) and searches when both are set.
    void setCompanies(const QString &fromId, const QString &toId);
    void find();

    PathTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    QSpinBox *lengthSpin() const { return m_length; }
    QToolButton *kindsButton() const { return m_kinds; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void pathSelected(const QStringList &dealIds, const QStringList &companyIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCompanies();
    QString companyOf(const QComboBox *combo) const;
    QSet<DealKind> checkedKinds() const;
    void updateStatus();

    Document *m_document;
    DealFilter m_filter;
    PathTableModel *m_model;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_lengthLabel;
    QComboBox *m_from;
    QComboBox *m_to;
    QSpinBox *m_length;
    QToolButton *m_kinds;
    QPushButton *m_swap;
    QPushButton *m_find;
    QLabel *m_status;
    QTableView *m_table;
    bool m_searched = false;
};
