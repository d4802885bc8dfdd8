#include "editing/FieldEditors.h"

#include "editing/Validation.h"
#include "format/Formatter.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

void markField(QWidget *field, const QString &reason)
{
    const bool invalid = !reason.isEmpty();
    if (field->property("invalid").toBool() == invalid && field->toolTip() == reason)
        return;
    field->setProperty("invalid", invalid);
    field->setToolTip(reason);
    field->setStyleSheet(invalid ? QStringLiteral("border: 2px solid #c0392b; border-radius: 2px;") : QString());
}

FuzzyDateEdit::FuzzyDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_precision(new QComboBox)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(
        languageForLocale(QLocale()) == Language::German ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd"));
    m_precision->setObjectName(QStringLiteral("precisionCombo"));
    fillEnumCombo<DatePrecision>(m_precision);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_precision);
    connect(m_date, &QDateEdit::dateChanged, this, &FuzzyDateEdit::changed);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &FuzzyDateEdit::changed);
}

FuzzyDate FuzzyDateEdit::value() const
{
    const QDate d = m_date->date();
    const auto precision = enumFromCombo<DatePrecision>(m_precision);
    switch (precision) {
    case DatePrecision::Day: return {d, precision};
    case DatePrecision::Month: return {QDate(d.year(), d.month(), 1), precision};
    case DatePrecision::Quarter: return {QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1), precision};
    case DatePrecision::Year: return {QDate(d.year(), 1, 1), precision};
    }
    return {d, precision};
}

void FuzzyDateEdit::setValue(const FuzzyDate &date)
{
    m_date->setDate(date.periodStart());
    setEnumCombo(m_precision, date.precision());
}

AmountEdit::AmountEdit(bool allowUndisclosed, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit)
    , m_unit(new QComboBox)
    , m_preview(new QLabel)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_text->setObjectName(QStringLiteral("amountEdit"));
    m_text->setPlaceholderText(
        languageForLocale(QLocale()) == Language::German ? QStringLiteral("2,5") : QStringLiteral("2.5"));
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->addItem(tr("million USD"), int(AmountParser::Unit::Million));
    m_unit->addItem(tr("billion USD"), int(AmountParser::Unit::Billion));
    m_unit->addItem(tr("trillion USD"), int(AmountParser::Unit::Trillion));
    m_unit->setCurrentIndex(1);
    row->addWidget(m_text, 1);
    row->addWidget(m_unit);
    if (allowUndisclosed) {
        m_undisclosed = new QCheckBox(tr("Undisclosed"));
        m_undisclosed->setObjectName(QStringLiteral("undisclosedBox"));
        row->addWidget(m_undisclosed);
        connect(m_undisclosed, &QCheckBox::toggled, this, &AmountEdit::update);
    }
    outer->addLayout(row);
    m_preview->setObjectName(QStringLiteral("amountPreview"));
    m_preview->setWordWrap(true);
    outer->addWidget(m_preview);
    connect(m_text, &QLineEdit::textChanged, this, &AmountEdit::update);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AmountEdit::update);
    update();
}

bool AmountEdit::isUndisclosed() const
{
    return m_undisclosed && m_undisclosed->isChecked();
}

AmountParser::Result AmountEdit::result() const
{
    if (isUndisclosed())
        return {};
    return AmountParser::parse(
        m_text->text(), languageForLocale(QLocale()), AmountParser::Unit(m_unit->currentData().toInt()));
}

void AmountEdit::setValue(const std::optional<Money> &money)
{
    if (m_undisclosed)
        m_undisclosed->setChecked(!money);
    if (!money) {
        m_text->clear();
        return;
    }
    const auto unit = AmountParser::bestUnit(*money);
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
    m_text->setText(AmountParser::toText(*money, languageForLocale(QLocale()), unit));
}

void AmountEdit::update()
{
    m_text->setEnabled(!isUndisclosed());
    m_unit->setEnabled(!isUndisclosed());
    const AmountParser::Result r = result();
    if (isUndisclosed()) {
        m_preview->clear();
    } else if (r.ok()) {
        const QString money = Formatter(languageForLocale(QLocale())).money(*r.money);
        m_preview->setText(r.note.isEmpty() ? tr("= %1").arg(money) : tr("= %1 (%2)").arg(money, r.note));
    } else {
        m_preview->setText(r.error);
    }
    markField(m_text, isUndisclosed() || r.ok() ? QString() : r.error);
    Q_EMIT changed();
}

SourcesEdit::SourcesEdit(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_rowsLayout);
    auto *add = new QPushButton(tr("Add source"));
    add->setObjectName(QStringLiteral("addSourceButton"));
    connect(add, &QPushButton::clicked, this, &SourcesEdit::addRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    outer->addLayout(buttons);
    addRow();
}

void SourcesEdit::addRow()
{
    Row row;
    row.widget = new QWidget;
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    row.url = new QLineEdit;
    row.url->setObjectName(QStringLiteral("sourceUrl%1").arg(m_rows.size()));
    row.url->setPlaceholderText(tr("https://…"));
    row.title = new QLineEdit;
    row.title->setObjectName(QStringLiteral("sourceTitle%1").arg(m_rows.size()));
    row.title->setPlaceholderText(tr("Title of the article"));
    auto *remove = new QToolButton;
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this source"));
    layout->addWidget(row.url, 3);
    layout->addWidget(row.title, 2);
    layout->addWidget(remove);
    QWidget *widget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        if (m_rows.size() <= 1) {
            m_rows.first().url->clear();
            m_rows.first().title->clear();
            return;
        }
        m_rows.removeIf([widget](const Row &r) { return r.widget == widget; });
        widget->deleteLater();
        Q_EMIT changed();
    });
    connect(row.url, &QLineEdit::textChanged, this, &SourcesEdit::changed);
    connect(row.title, &QLineEdit::textChanged, this, &SourcesEdit::changed);
    m_rowsLayout->addWidget(row.widget);
    m_rows << row;
    Q_EMIT changed();
}

QList<Source> SourcesEdit::sources() const
{
    QList<Source> result;
    for (const Row &row : m_rows) {
        const Source source {row.url->text().trimmed(), row.title->text().trimmed()};
        if (!source.url.isEmpty() || !source.title.isEmpty())
            result << source;
    }
    return result;
}

void SourcesEdit::setSources(const QList<Source> &sources)
{
    while (m_rows.size() < sources.size())
        addRow();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].url->setText(sources.value(i).url);
        m_rows[i].title->setText(sources.value(i).title);
    }
}

QStringList SourcesEdit::validate()
{
    QStringList reasons;
    for (const Row &row : m_rows) {
        const QString url = row.url->text().trimmed();
        const bool empty = url.isEmpty() && row.title->text().trimmed().isEmpty();
        QString reason;
        if (!empty && url.isEmpty())
            reason = tr("A source needs a URL.");
        else if (!empty)
            reason = Validation::sourceUrlProblem(url);
        markField(row.url, reason);
        if (!reason.isEmpty())
            reasons << reason;
    }
    if (sources().isEmpty()) {
        reasons << tr("Add at least one source (URL and title).");
        markField(m_rows.first().url, reasons.last());
    }
    return reasons;
}
