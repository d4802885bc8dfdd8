#include "analysis/MoneyPathsDialog.h"

#include "analysis/MoneyPaths.h"
#include "graph/FilteredDealGraph.h"
#include "document/Document.h"
#include "format/Formatter.h"
#include "itemmodels/PathTableModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

MoneyPathsDialog::MoneyPathsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new PathTableModel(document, this))
    , m_fromLabel(new QLabel)
    , m_toLabel(new QLabel)
    , m_lengthLabel(new QLabel)
    , m_from(new QComboBox)
    , m_to(new QComboBox)
    , m_length(new QSpinBox)
    , m_kinds(new QToolButton)
    , m_swap(new QPushButton)
    , m_find(new QPushButton)
    , m_status(new QLabel)
    , m_table(new QTableView)
{
    setObjectName(QStringLiteral("moneyPathsDialog"));
    m_from->setObjectName(QStringLiteral("fromCombo"));
    m_to->setObjectName(QStringLiteral("toCombo"));
    m_table->setObjectName(QStringLiteral("pathTable"));
    for (QComboBox *combo : {m_from, m_to}) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setMinimumContentsLength(18);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_lengthLabel->setBuddy(m_length);
    m_length->setRange(1, MoneyPaths::MaxLength);
    m_length->setValue(4);
    auto *kindMenu = new QMenu(m_kinds);
    for (DealKind kind : enumValues<DealKind>()) {
        QAction *action = kindMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(kind));
        connect(action, &QAction::toggled, this, [this] {
            if (m_searched)
                find();
        });
    }
    m_kinds->setMenu(kindMenu);
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    m_find->setDefault(true);
    m_swap->setAutoDefault(false);

    auto *grid = new QGridLayout;
    grid->addWidget(m_fromLabel, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(m_swap, 0, 2);
    grid->addWidget(m_toLabel, 0, 3);
    grid->addWidget(m_to, 0, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);
    auto *options = new QHBoxLayout;
    options->addWidget(m_lengthLabel);
    options->addWidget(m_length);
    options->addSpacing(12);
    options->addWidget(m_kinds);
    options->addStretch(1);
    options->addWidget(m_find);
    grid->addLayout(options, 1, 0, 1, 5);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);

    connect(m_find, &QPushButton::clicked, this, &MoneyPathsDialog::find);
    connect(m_swap, &QPushButton::clicked, this, [this] {
        const QString from = m_from->currentText();
        m_from->setCurrentText(m_to->currentText());
        m_to->setCurrentText(from);
        find();
    });
    // A company picked from the list searches again once a search was made.
    for (QComboBox *combo : {m_from, m_to}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_searched)
                find();
        });
    }
    connect(m_length, &QSpinBox::valueChanged, this, [this] {
        if (m_searched)
            find();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &row) {
        if (row.isValid())
            Q_EMIT pathSelected(row.data(PathTableModel::DealIdsRole).toStringList(),
                row.data(PathTableModel::CompanyIdsRole).toStringList());
    });
    connect(m_document, &Document::contentChanged, this, [this] {
        fillCompanies();
        if (m_searched)
            find();
    });
    fillCompanies();
    retranslate();
}

void MoneyPathsDialog::fillCompanies()
{
    QList<const Company *> companies = m_document->graph().companies();
    std::sort(companies.begin(), companies.end(), [](const Company *a, const Company *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (QComboBox *combo : {m_from, m_to}) {
        const QString text = combo->currentText();
        const QSignalBlocker block(combo);
        combo->clear();
        for (const Company *c : std::as_const(companies))
            combo->addItem(c->name, c->id);
        combo->setCurrentIndex(-1);
        combo->setCurrentText(text);
    }
}

QString MoneyPathsDialog::companyOf(const QComboBox *combo) const
{
    const Company *c = m_document->graph().companyByName(combo->currentText().trimmed());
    return c ? c->id : QString();
}

void MoneyPathsDialog::setNetworkFilter(const DealFilter &filter)
{
    m_filter = filter;
    if (m_searched)
        find();
}

void MoneyPathsDialog::setCompanies(const QString &fromId, const QString &toId)
{
    if (const Company *c = m_document->company(fromId))
        m_from->setCurrentText(c->name);
    if (const Company *c = m_document->company(toId))
        m_to->setCurrentText(c->name);
    if (!companyOf(m_from).isEmpty() && !companyOf(m_to).isEmpty())
        find();
    else
        (companyOf(m_from).isEmpty() ? m_from : m_to)->setFocus();
}

QSet<DealKind> MoneyPathsDialog::checkedKinds() const
{
    QSet<DealKind> kinds;
    for (const QAction *action : m_kinds->menu()->actions()) {
        if (action->isChecked())
            kinds.insert(DealKind(action->data().toInt()));
    }
    return kinds;
}

void MoneyPathsDialog::find()
{
    m_searched = true;
    const QString from = companyOf(m_from);
    const QString to = companyOf(m_to);
    const QSet<DealKind> kinds = checkedKinds();
    PathSearchResult result;
    if (!from.isEmpty() && !to.isEmpty() && from != to && !kinds.isEmpty()) {
        DealFilter filter = m_filter;
        filter.dropSuperseded = true; // what was replaced never happened
        const FilteredDealGraph view(m_document->graph(), filter);
        PathSearchOptions options;
        options.maxLength = m_length->value();
        if (kinds.size() < enumValues<DealKind>().size())
            options.kinds = kinds;
        result = MoneyPaths::find(view, from, to, options);
    }
    m_model->setResult(result);
    // The path first: it says what the row is; the legs may be cut (their tool tip has them all).
    m_table->resizeColumnsToContents();
    const int room = m_table->viewport()->width() - m_table->columnWidth(PathTableModel::RankColumn)
        - m_table->columnWidth(PathTableModel::AmountColumn) - m_table->columnWidth(PathTableModel::DealsColumn)
        - m_table->columnWidth(PathTableModel::DatesColumn) - m_table->columnWidth(PathTableModel::PathColumn);
    if (room < m_table->columnWidth(PathTableModel::LegsColumn))
        m_table->setColumnWidth(PathTableModel::LegsColumn, std::max(room, fontMetrics().averageCharWidth() * 12));
    updateStatus();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void MoneyPathsDialog::updateStatus()
{
    const QString from = companyOf(m_from);
    const QString to = companyOf(m_to);
    QString text;
    if (!m_from->currentText().trimmed().isEmpty() && from.isEmpty())
        text = tr("No company is named \"%1\".").arg(m_from->currentText().trimmed());
    else if (!m_to->currentText().trimmed().isEmpty() && to.isEmpty())
        text = tr("No company is named \"%1\".").arg(m_to->currentText().trimmed());
    else if (from.isEmpty() || to.isEmpty())
        text = tr("Choose the company the money leaves and the one it reaches.");
    else if (from == to)
        text = tr("Choose two different companies; the Analysis dock lists circular flows.");
    else if (checkedKinds().isEmpty())
        text = tr("Choose at least one deal kind.");
    else if (m_model->rowCount() == 0)
        text = tr("No path of up to %n deal(s) leads from %1 to %2 through the network as filtered.", nullptr,
            m_length->value())
                   .arg(m_from->currentText(), m_to->currentText());
    else
        text = tr("%n path(s), ranked by what can pass (the smallest deal on the way; exact only when every deal is a "
                  "firm, disclosed amount).",
            nullptr, m_model->rowCount());
    if (m_model->result().truncated)
        text += u' '
            + tr("The search stopped at its limit (%1 steps, %2 paths): there may be more paths; fewer deals per path "
                 "find them all.")
                  .arg(QLocale().toString(m_model->result().options.workBudget),
                      QLocale().toString(m_model->result().options.maxPaths));
    m_status->setText(text);
}

void MoneyPathsDialog::retranslate()
{
    setWindowTitle(tr("Money Paths"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_lengthLabel->setText(tr("At most &deals per path:"));
    m_swap->setText(tr("⇄"));
    m_swap->setToolTip(tr("Swap the companies"));
    m_find->setText(tr("&Find Paths"));
    m_kinds->setText(tr("Deal kinds"));
    for (QAction *action : m_kinds->menu()->actions())
        action->setText(enumDisplayName(DealKind(action->data().toInt())));
    m_from->lineEdit()->setPlaceholderText(tr("Company the money leaves"));
    m_to->lineEdit()->setPlaceholderText(tr("Company it reaches"));
    m_model->retranslate();
    updateStatus();
}

void MoneyPathsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
