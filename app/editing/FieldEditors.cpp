#include "editing/FieldEditors.h"

#include "editing/Validation.h"
#include "format/DateInput.h"
#include "format/Formatter.h"

#include <QCheckBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

void markField(QWidget *field, const QString &reason, const QString &hint)
{
    const bool invalid = !reason.isEmpty();
    const QString toolTip = invalid ? reason : hint;
    if (field->property("invalid").toBool() == invalid && field->toolTip() == toolTip)
        return;
    // The red frame must not change the field's height, or the fields below it would move.
    if (field->sizePolicy().verticalPolicy() == QSizePolicy::Fixed && !field->property("keptHeight").isValid()) {
        field->setProperty("keptHeight", field->sizeHint().height());
        field->setFixedHeight(field->sizeHint().height());
    }
    field->setProperty("invalid", invalid);
    field->setToolTip(toolTip);
    field->setStyleSheet(invalid ? QStringLiteral("border: 2px solid #c0392b; border-radius: 2px;") : QString());
}

FuzzyDateEdit::FuzzyDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_date(new QLineEdit)
    , m_precision(new QComboBox)
    , m_preview(new QLabel)
{
    const Language language = languageForLocale(QLocale());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setPlaceholderText(DateInput::text(FuzzyDate(QDate::currentDate(), DatePrecision::Day), language));
    m_date->setToolTip(tr("Type the date as %1; the precision follows").arg(DateInput::examples(language)));
    m_precision->setObjectName(QStringLiteral("precisionCombo"));
    m_precision->setToolTip(tr("How precisely the date is known"));
    fillEnumCombo<DatePrecision>(m_precision);
    row->addWidget(m_date, 1);
    row->addWidget(m_precision);
    outer->addLayout(row);
    m_preview->setObjectName(QStringLiteral("datePreview"));
    m_preview->setWordWrap(true);
    keepHeight(m_preview, 2);
    outer->addWidget(m_preview);
    connect(m_date, &QLineEdit::textEdited, this, [this] {
        // The precision follows what was typed: "11.2025" is a month, "Q4 2025" a quarter.
        const DateInput::Result typed = DateInput::parse(m_date->text(), languageForLocale(QLocale()));
        if (typed.date.isValid()) {
            const QSignalBlocker blocker(m_precision);
            setEnumCombo(m_precision, typed.date.precision());
        }
        update();
    });
    connect(m_date, &QLineEdit::textChanged, this, [this] {
        if (!m_date->isModified())
            update(); // set from code
    });
    connect(m_precision, &QComboBox::currentIndexChanged, this, &FuzzyDateEdit::update);
    setValue(FuzzyDate(QDate::currentDate(), DatePrecision::Day));
}

FuzzyDate FuzzyDateEdit::value() const
{
    const DateInput::Result typed = DateInput::parse(m_date->text(), languageForLocale(QLocale()));
    if (!typed.date.isValid())
        return {};
    const auto precision = enumFromCombo<DatePrecision>(m_precision);
    if (precision < typed.date.precision())
        return {}; // finer than typed: "11.2025" at day precision names no day
    const QDate d = typed.date.periodStart();
    switch (precision) {
    case DatePrecision::Day: return {d, precision};
    case DatePrecision::Month: return {QDate(d.year(), d.month(), 1), precision};
    case DatePrecision::Quarter: return {QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1), precision};
    case DatePrecision::Year: return {QDate(d.year(), 1, 1), precision};
    }
    return {d, precision};
}

QString FuzzyDateEdit::problem() const
{
    const Language language = languageForLocale(QLocale());
    const DateInput::Result typed = DateInput::parse(m_date->text(), language);
    if (typed.isEmpty())
        return tr("Enter a date, as %1.").arg(DateInput::examples(language));
    if (!typed.error.isEmpty())
        return typed.error;
    if (enumFromCombo<DatePrecision>(m_precision) < typed.date.precision())
        return tr("\"%1\" is less precise than “%2”; type more, or choose “%3”.")
            .arg(m_date->text().simplified(), enumDisplayName(enumFromCombo<DatePrecision>(m_precision)),
                enumDisplayName(typed.date.precision()));
    return {};
}

void FuzzyDateEdit::setValue(const FuzzyDate &date)
{
    {
        const QSignalBlocker blocker(m_precision);
        setEnumCombo(m_precision, date.precision());
    }
    m_date->setText(DateInput::text(date, languageForLocale(QLocale())));
    m_date->setModified(false);
    update();
}

void FuzzyDateEdit::update()
{
    const QString why = problem();
    const FuzzyDate date = value();
    m_preview->setText(why.isEmpty() ? tr("= %1").arg(Formatter(languageForLocale(QLocale())).date(date)) : why);
    markField(m_date, why);
    Q_EMIT changed();
}

void keepHeight(QLabel *label, int lines)
{
    // A label that keeps its height as its text comes and goes, so that the fields below stay put.
    label->setFixedHeight(label->fontMetrics().lineSpacing() * lines + 2);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
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
    keepHeight(m_preview, 2);
    outer->addWidget(m_preview);
    connect(m_text, &QLineEdit::textChanged, this, &AmountEdit::update);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AmountEdit::update);
    update();
}

bool AmountEdit::isUndisclosed() const
{
    return m_undisclosed && m_undisclosed->isChecked();
}

bool AmountEdit::isEmpty() const
{
    return m_text->text().trimmed().isEmpty();
}

void AmountEdit::setOptional(bool optional)
{
    m_optional = optional;
    update();
}

void AmountEdit::setHint(const QString &hint)
{
    m_hint = hint;
    update();
}

void AmountEdit::setCompact(bool compact)
{
    m_compact = compact;
    m_preview->setVisible(!compact);
    update();
}

AmountParser::Result AmountEdit::result() const
{
    if (isUndisclosed() || (m_optional && isEmpty()))
        return {};
    return AmountParser::parse(m_text->text(), languageForLocale(QLocale()),
        AmountParser::Unit(m_unit->currentData().toInt()), m_undisclosed != nullptr);
}

void AmountEdit::clear()
{
    if (m_undisclosed)
        m_undisclosed->setChecked(false);
    m_text->clear();
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
    const bool none = isUndisclosed() || (m_optional && isEmpty());
    if (none) {
        m_preview->clear();
    } else if (r.ok()) {
        const QString money = Formatter(languageForLocale(QLocale())).money(*r.money);
        m_preview->setText(r.note.isEmpty() ? tr("= %1").arg(money) : tr("= %1 (%2)").arg(money, r.note));
    } else {
        m_preview->setText(r.error);
    }
    // Compact, the preview is the tool tip; otherwise the tool tip is only for a mistake.
    const QString hint = !m_compact ? QString() : r.ok() ? m_preview->text() : m_hint;
    markField(m_text, none || r.ok() ? QString() : r.error, hint);
    Q_EMIT changed();
}

SourcesEdit::SourcesEdit(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea)
    , m_rowsWidget(new QWidget)
    , m_rowsLayout(new QVBoxLayout(m_rowsWidget))
    , m_add(new QPushButton(tr("Add source")))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->addStretch();
    m_scroll->setObjectName(QStringLiteral("sourcesScroll"));
    m_scroll->setWidget(m_rowsWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the sources' fields, not their frame
    outer->addWidget(m_scroll);
    m_add->setObjectName(QStringLiteral("addSourceButton"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().url->setFocus();
        m_scroll->ensureWidgetVisible(m_rows.last().widget);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    outer->addLayout(buttons);
    addRow();
}

void SourcesEdit::setTiers(const Sources::TierTable &tiers)
{
    m_tiers = tiers;
    for (const Row &row : std::as_const(m_rows))
        showPublisher(row);
}

void SourcesEdit::setRecentSources(const QList<Source> &sources)
{
    m_recent = sources;
    QStringList urls;
    for (const Source &source : sources)
        urls << source.url;
    if (!m_recentUrls)
        m_recentUrls = new QStringListModel(this);
    m_recentUrls->setStringList(urls);
    for (const Row &row : std::as_const(m_rows))
        offerRecent(row);
}

void SourcesEdit::offerRecent(const Row &row)
{
    if (!m_recentUrls || row.url->completer())
        return;
    auto *completer = new QCompleter(m_recentUrls, row.url);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains); // "ntv" finds https://www.n-tv.de/…
    completer->setMaxVisibleItems(8);
    row.url->setCompleter(completer);
    QLineEdit *url = row.url;
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this, url](const QString &chosen) {
        url->setText(chosen);
        fillFromRecent(url);
    });
    connect(row.url, &QLineEdit::editingFinished, this, [this, url] { fillFromRecent(url); });
}

void SourcesEdit::fillFromRecent(QLineEdit *url)
{
    const QString typed = url->text().trimmed();
    const auto known = std::find_if(m_recent.begin(), m_recent.end(), [&](const Source &s) { return s.url == typed; });
    if (known == m_recent.end())
        return;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.url != url)
            continue;
        if (row.title->text().trimmed().isEmpty() && !Sources::hasPlaceholderTitle(*known))
            row.title->setText(known->title);
        if (known->tier && row.tier->currentIndex() == 0)
            row.tier->setCurrentIndex(row.tier->findData(int(*known->tier)));
    }
}

void SourcesEdit::chainTabOrder(QWidget *before, QWidget *after)
{
    m_before = before;
    m_after = after;
    QList<QWidget *> chain {before};
    for (const Row &row : std::as_const(m_rows))
        chain << row.url << row.title << row.claim->lineEdit() << row.claim->unitCombo() << row.claimDate << row.tier;
    chain << m_add;
    if (after)
        chain << after;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void SourcesEdit::setVisibleRows(int rows)
{
    m_visibleRows = std::max(1, rows);
    fitHeight();
}

QString SourcesEdit::dateText(QDate date)
{
    return date.isValid() ? DateInput::text(FuzzyDate(date, DatePrecision::Day), languageForLocale(QLocale()))
                          : QString();
}

std::optional<QDate> SourcesEdit::parseDate(const QString &text)
{
    // A source's own date is a day; any way of typing one will do ("14.05.2026", "May 14, 2026").
    const DateInput::Result typed = DateInput::parse(text, languageForLocale(QLocale()));
    if (typed.isEmpty())
        return QDate();
    if (typed.date.isValid() && typed.date.precision() == DatePrecision::Day)
        return typed.date.periodStart();
    return std::nullopt;
}

QString SourcesEdit::dateHint()
{
    return tr("The date this source gives (optional), as %1").arg(dateText(QDate::currentDate()));
}

void SourcesEdit::addRow()
{
    Row row;
    row.widget = new QWidget;
    auto *lines = new QVBoxLayout(row.widget);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(2);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    lines->addLayout(first);
    lines->addLayout(second);

    row.url = new QLineEdit;
    row.url->setPlaceholderText(tr("https://…"));
    row.title = new QLineEdit;
    row.title->setPlaceholderText(tr("Title of the article"));
    auto *remove = new QToolButton;
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this source"));
    remove->setFocusPolicy(Qt::NoFocus); // Tab goes from a source's rating on to the next source
    first->addWidget(row.url, 3);
    first->addWidget(row.title, 2);
    first->addWidget(remove);

    row.publisher = new QLabel;
    row.publisher->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row.publisher->setMinimumWidth(fontMetrics().averageCharWidth() * 10);
    row.claim = new AmountEdit(false);
    row.claim->setOptional(true);
    row.claim->setCompact(true);
    row.claim->lineEdit()->setPlaceholderText(tr("reports…"));
    row.claim->setHint(tr("The figure this source reports, when it names one (optional)"));
    row.claim->lineEdit()->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    row.claimDate = new QLineEdit;
    row.claimDate->setPlaceholderText(tr("date"));
    row.claimDate->setToolTip(dateHint());
    row.claimDate->setMaximumWidth(fontMetrics().averageCharWidth() * 13);
    row.tier = new QComboBox;
    row.tier->addItem(QString(), -1);
    for (SourceTier tier : enumValues<SourceTier>())
        row.tier->addItem(enumDisplayName(tier), int(tier));
    // As wide as its longest text, so that the rows line up and typing a URL does not widen it.
    QString longest = tr("from domain");
    for (SourceTier tier : enumValues<SourceTier>()) {
        const QString text = tr("from domain: %1", "the tier of the URL's domain").arg(enumDisplayName(tier));
        if (fontMetrics().horizontalAdvance(text) > fontMetrics().horizontalAdvance(longest))
            longest = text;
    }
    row.tier->setItemText(0, longest);
    row.tier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row.tier->setFixedWidth(row.tier->sizeHint().width());
    row.tier->setToolTip(tr("How far this source can be trusted: by default as its domain is rated"));
    second->addWidget(row.publisher, 1);
    second->addWidget(row.claim);
    second->addWidget(row.claimDate);
    second->addWidget(row.tier);

    QWidget *widget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
    QLineEdit *url = row.url;
    connect(row.url, &QLineEdit::textChanged, this, [this, url] {
        for (const Row &r : std::as_const(m_rows)) {
            if (r.url == url)
                showPublisher(r);
        }
        Q_EMIT changed();
    });
    connect(row.title, &QLineEdit::textChanged, this, &SourcesEdit::changed);
    connect(row.claim, &AmountEdit::changed, this, &SourcesEdit::changed);
    connect(row.claimDate, &QLineEdit::textChanged, this, &SourcesEdit::changed);
    connect(row.tier, &QComboBox::currentIndexChanged, this, &SourcesEdit::changed);

    m_rowsLayout->insertWidget(int(m_rows.size()), row.widget);
    // Tab order: after the previous source (or first), then this source's fields, then "Add source".
    QList<QWidget *> chain {row.url, row.title, row.claim->lineEdit(), row.claim->unitCombo(), row.claimDate, row.tier};
    if (!m_rows.isEmpty())
        chain.prepend(m_rows.last().tier);
    chain << m_add;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    m_rows << row;
    if (m_before)
        chainTabOrder(m_before, m_after);
    renumber();
    showPublisher(row);
    offerRecent(row);
    fitHeight();
    Q_EMIT changed();
}

void SourcesEdit::removeRow(QWidget *widget)
{
    if (m_rows.size() <= 1) {
        Row &only = m_rows.first();
        only.url->clear();
        only.title->clear();
        only.claim->setValue(std::nullopt);
        only.claimDate->clear();
        only.tier->setCurrentIndex(0);
        only.note.clear();
        return;
    }
    m_rows.removeIf([widget](const Row &r) { return r.widget == widget; });
    widget->hide();
    widget->deleteLater();
    renumber();
    fitHeight();
    Q_EMIT changed();
}

void SourcesEdit::renumber()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.url->setObjectName(QStringLiteral("sourceUrl%1").arg(i));
        row.title->setObjectName(QStringLiteral("sourceTitle%1").arg(i));
        row.publisher->setObjectName(QStringLiteral("sourcePublisher%1").arg(i));
        row.claim->setObjectName(QStringLiteral("sourceClaimField%1").arg(i));
        row.claim->lineEdit()->setObjectName(QStringLiteral("sourceClaim%1").arg(i));
        row.claim->unitCombo()->setObjectName(QStringLiteral("sourceClaimUnit%1").arg(i));
        row.claim->previewLabel()->setObjectName(QStringLiteral("sourceClaimPreview%1").arg(i));
        row.claimDate->setObjectName(QStringLiteral("sourceClaimDate%1").arg(i));
        row.tier->setObjectName(QStringLiteral("sourceTier%1").arg(i));
    }
}

void SourcesEdit::fitHeight()
{
    // As high as the sources, up to the number that show; beyond it the list scrolls.
    int visible = 0;
    const int spacing = m_rowsLayout->spacing();
    for (qsizetype i = 0; i < m_rows.size() && i < m_visibleRows; ++i)
        visible += m_rows.at(i).widget->sizeHint().height() + (i > 0 ? spacing : 0);
    m_scroll->setFixedHeight(visible);
    m_scroll->setVerticalScrollBarPolicy(
        m_rows.size() > m_visibleRows ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
}

void SourcesEdit::showPublisher(const Row &row) const
{
    const QString url = row.url->text().trimmed();
    const QString domain = Sources::domainOf(url);
    row.publisher->setText(domain.isEmpty() ? QString() : Sources::publisherOf(url));
    QStringList about;
    if (!domain.isEmpty())
        about << domain;
    if (!row.note.isEmpty())
        about << row.note;
    row.publisher->setToolTip(about.join(u'\n'));
    row.tier->setItemText(0,
        domain.isEmpty()
            ? tr("from domain")
            : tr("from domain: %1", "the tier of the URL's domain").arg(enumDisplayName(m_tiers.tierOfDomain(domain))));
}

bool SourcesEdit::isBlank(const Row &row)
{
    return row.url->text().trimmed().isEmpty() && row.title->text().trimmed().isEmpty() && row.claim->isEmpty()
        && row.claimDate->text().trimmed().isEmpty();
}

QList<Source> SourcesEdit::sources() const
{
    QList<Source> result;
    for (const Row &row : m_rows) {
        if (isBlank(row))
            continue;
        Source source {row.url->text().trimmed(), row.title->text().trimmed()};
        if (const int tier = row.tier->currentData().toInt(); tier >= 0)
            source.tier = SourceTier(tier);
        source.claimedAmount = row.claim->result().money;
        source.claimedDate = parseDate(row.claimDate->text()).value_or(QDate());
        source.note = row.note;
        result << source;
    }
    return result;
}

void SourcesEdit::setSources(const QList<Source> &sources)
{
    while (m_rows.size() < sources.size())
        addRow();
    while (m_rows.size() > std::max<qsizetype>(1, sources.size()))
        removeRow(m_rows.last().widget);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Source source = sources.value(i);
        Row &row = m_rows[i];
        row.note = source.note;
        row.url->setText(source.url);
        row.title->setText(source.title);
        row.url->setCursorPosition(0); // the start of the address and of the headline show
        row.title->setCursorPosition(0);
        row.claim->setValue(source.claimedAmount);
        row.claimDate->setText(dateText(source.claimedDate));
        row.tier->setCurrentIndex(source.tier ? row.tier->findData(int(*source.tier)) : 0);
        showPublisher(row);
    }
}

QStringList SourcesEdit::validate()
{
    QStringList reasons;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QString url = row.url->text().trimmed();
        const bool blank = isBlank(row);
        QString reason;
        if (!blank && url.isEmpty())
            reason = tr("A source needs a URL.");
        else if (!blank)
            reason = Validation::sourceUrlProblem(url);
        markField(row.url, reason);
        if (!reason.isEmpty())
            reasons << reason;
        const AmountParser::Result claim = row.claim->result();
        if (!row.claim->isEmpty() && !claim.ok())
            reasons << tr("source %1, reported figure: %2").arg(i + 1).arg(claim.error);
        QString dateProblem;
        if (!parseDate(row.claimDate->text()))
            dateProblem = tr("source %1, reported date: write it as %2, or leave it empty.")
                              .arg(i + 1)
                              .arg(dateText(QDate::currentDate()));
        markField(row.claimDate, dateProblem, dateHint());
        if (!dateProblem.isEmpty())
            reasons << dateProblem;
    }
    if (sources().isEmpty()) {
        reasons << tr("Add at least one source (URL and title).");
        markField(m_rows.first().url, reasons.last());
    }
    return reasons;
}
