#pragma once

#include "format/AmountParser.h"
#include "model/Entities.h"

#include <QComboBox>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QVBoxLayout;

// Small editors shared by the deal, company and valuation dialogs.

// Fills a combo box with an enum's translated names (item data: the enum's int value).
template<typename E> void fillEnumCombo(QComboBox *combo)
{
    for (E value : enumValues<E>())
        combo->addItem(enumDisplayName(value), int(value));
}
template<typename E> E enumFromCombo(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}
template<typename E> void setEnumCombo(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(int(value)));
}

// Marks a field invalid (red frame, reason as tooltip) or clears the mark.
void markField(QWidget *field, const QString &reason);

// A date with its precision; lower precisions store the first day of the period.
class FuzzyDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit FuzzyDateEdit(QWidget *parent = nullptr);
    FuzzyDate value() const;
    void setValue(const FuzzyDate &date);
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *precisionCombo() const { return m_precision; }

Q_SIGNALS:
    void changed();

private:
    QDateEdit *m_date;
    QComboBox *m_precision;
};

// An amount typed in the user's language with a unit (million / billion / trillion USD), a preview
// of how it was read, and optionally an "undisclosed" choice.
class AmountEdit : public QWidget
{
    Q_OBJECT
public:
    explicit AmountEdit(bool allowUndisclosed, QWidget *parent = nullptr);
    // nullopt with an empty error: undisclosed.
    AmountParser::Result result() const;
    bool isUndisclosed() const;
    void setValue(const std::optional<Money> &money);
    QLineEdit *lineEdit() const { return m_text; }
    QComboBox *unitCombo() const { return m_unit; }
    QCheckBox *undisclosedBox() const { return m_undisclosed; }
    QLabel *previewLabel() const { return m_preview; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit *m_text;
    QComboBox *m_unit;
    QCheckBox *m_undisclosed = nullptr;
    QLabel *m_preview;
};

// One or more sources, each a URL (http or https) and a title.
class SourcesEdit : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesEdit(QWidget *parent = nullptr);
    QList<Source> sources() const; // rows with both fields empty are left out
    void setSources(const QList<Source> &sources);
    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *urlEdit(int row) const { return m_rows.value(row).url; }
    QLineEdit *titleEdit(int row) const { return m_rows.value(row).title; }
    void addRow();
    // Reasons, empty when valid; marks the offending fields.
    QStringList validate();

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLineEdit *url = nullptr;
        QLineEdit *title = nullptr;
    };
    QVBoxLayout *m_rowsLayout;
    QList<Row> m_rows;
};
