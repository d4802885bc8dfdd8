#pragma once

#include <QWidget>

class DealFilterProxy;
class QComboBox;
class QDateEdit;
class QLabel;

// Filters of the deals table beside its search field: one deal kind or all, and a date range
// whose ends can be left open.
class DealFilterBar : public QWidget
{
    Q_OBJECT
public:
    DealFilterBar(DealFilterProxy *proxy, QWidget *parent = nullptr);
    void retranslate();

    QComboBox *kindCombo() const { return m_kind; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

private:
    void apply();

    DealFilterProxy *m_proxy;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
};
