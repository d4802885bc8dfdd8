#pragma once

#include "format/AmountParser.h"
#include "model/Entities.h"
#include "model/Sources.h"

#include <QComboBox>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStringListModel;
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

// Marks a field invalid (red frame, reason as tooltip) or clears the mark (tooltip: the hint).
void markField(QWidget *field, const QString &reason, const QString &hint = QString());

// Gives a label a fixed height of `lines` lines, so that the fields below it stay where they are
// as its text comes and goes.
void keepHeight(QLabel *label, int lines);

// A date as people type it ("18.11.2025", "11.2025", "Q4 2025", "Nov 18, 2025": DateInput) with its
// precision, which follows what was typed and can be chosen coarser; the date as read is shown
// under the field, or why it is not one. Lower precisions store the first day of the period.
class FuzzyDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit FuzzyDateEdit(QWidget *parent = nullptr);
    // Invalid while problem() is not empty.
    FuzzyDate value() const;
    // Why the text is not a date at the chosen precision; empty when it is.
    QString problem() const;
    void setValue(const FuzzyDate &date);
    QLineEdit *dateEdit() const { return m_date; }
    QComboBox *precisionCombo() const { return m_precision; }
    QLabel *previewLabel() const { return m_preview; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit *m_date;
    QComboBox *m_precision;
    QLabel *m_preview;
};

// An amount typed in the user's language with a unit (million / billion / trillion USD), a preview
// of how it was read, and optionally an "undisclosed" choice.
class AmountEdit : public QWidget
{
    Q_OBJECT
public:
    explicit AmountEdit(bool allowUndisclosed, QWidget *parent = nullptr);
    // nullopt with an empty error: undisclosed, or left empty where the amount is optional.
    AmountParser::Result result() const;
    bool isUndisclosed() const;
    bool isEmpty() const;
    void setValue(const std::optional<Money> &money);
    // No amount typed, and not marked undisclosed.
    void clear();
    // Empty text is no amount rather than a mistake.
    void setOptional(bool optional);
    // One line only: the preview becomes the field's tool tip, else the hint.
    void setCompact(bool compact);
    void setHint(const QString &hint);
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
    QString m_hint;
    bool m_optional = false;
    bool m_compact = false;
};

// One or more sources. Each has a URL (http or https) and a title, and optionally what figure the
// source itself reports (amount or value, and date) and the user's rating of it; the rating's
// default is the tier of the URL's domain, shown beside the publisher's name as the URL is typed.
// Tab goes URL, title, reported figure, its date, rating, then the next source. Beyond a few
// sources the list scrolls, so that the dialog keeps its size.
class SourcesEdit : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesEdit(QWidget *parent = nullptr);
    // The tiers domains have (the document's); the rows show them for their URLs.
    void setTiers(const Sources::TierTable &tiers);
    // How many sources show before the list scrolls.
    void setVisibleRows(int rows);
    // Sources entered before, most recent first: their URLs are offered as a URL is typed, and
    // choosing one fills in its title (and rating) where none is typed yet.
    void setRecentSources(const QList<Source> &sources);
    QList<Source> sources() const; // rows with nothing entered are left out
    void setSources(const QList<Source> &sources);
    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *urlEdit(int row) const { return m_rows.value(row).url; }
    QLineEdit *titleEdit(int row) const { return m_rows.value(row).title; }
    QLabel *publisherLabel(int row) const { return m_rows.value(row).publisher; }
    AmountEdit *claimEdit(int row) const { return m_rows.value(row).claim; }
    QLineEdit *claimDateEdit(int row) const { return m_rows.value(row).claimDate; }
    // Item 0: the domain's tier ("from domain: news outlet"); then each SourceTier (item data: its int).
    QComboBox *tierCombo(int row) const { return m_rows.value(row).tier; }
    void addRow();
    // Tab goes from `before` through every source's fields and "Add source" to `after` (may be
    // null), also for sources added later. Call once the editor is in its dialog.
    void chainTabOrder(QWidget *before, QWidget *after);
    // Reasons, empty when valid; marks the offending fields.
    QStringList validate();

    // A date as the user's language writes it ("14.05.2026", "2026-05-14"), and read back; an
    // empty text is no date, nullopt a text that is not one.
    static QString dateText(QDate date);
    static std::optional<QDate> parseDate(const QString &text);

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLineEdit *url = nullptr;
        QLineEdit *title = nullptr;
        QLabel *publisher = nullptr;
        AmountEdit *claim = nullptr;
        QLineEdit *claimDate = nullptr;
        QComboBox *tier = nullptr;
        QString note; // kept as it was: the dialog does not edit it
    };
    static bool isBlank(const Row &row);
    static QString dateHint();
    void showPublisher(const Row &row) const;
    void offerRecent(const Row &row);
    void fillFromRecent(QLineEdit *url);
    void removeRow(QWidget *widget);
    void renumber();
    void fitHeight();

    QScrollArea *m_scroll;
    QWidget *m_rowsWidget;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<Row> m_rows;
    Sources::TierTable m_tiers;
    int m_visibleRows = 2;
    QList<Source> m_recent;
    QPointer<QWidget> m_before;
    QPointer<QWidget> m_after;
    QStringListModel *m_recentUrls = nullptr;
};
