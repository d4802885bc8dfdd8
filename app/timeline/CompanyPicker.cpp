#include "timeline/CompanyPicker.h"

#include "document/Document.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

CompanyPicker::CompanyPicker(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("companySearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("companyList"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_aiLabs = new QPushButton;
    m_aiLabs->setObjectName(QStringLiteral("presetAiLabs"));
    m_seed = new QPushButton;
    m_seed->setObjectName(QStringLiteral("presetSeedArticle"));
    m_clear = new QPushButton;
    m_clear->setObjectName(QStringLiteral("presetClear"));
    connect(m_aiLabs, &QPushButton::clicked, this, [this] { setCheckedIds(aiLabIds()); });
    connect(m_seed, &QPushButton::clicked, this, [this] { setCheckedIds(seedArticleIds()); });
    connect(m_clear, &QPushButton::clicked, this, [this] { setCheckedIds({}); });

    auto *presets = new QHBoxLayout;
    presets->setContentsMargins(0, 0, 0, 0);
    presets->addWidget(m_aiLabs);
    presets->addWidget(m_seed);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(presets);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);

    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_updating)
            return;
        const QString id = item->data(IdRole).toString();
        if (item->checkState() == Qt::Checked && !m_order.contains(id))
            m_order << id;
        else if (item->checkState() != Qt::Checked)
            m_order.removeAll(id);
        Q_EMIT checkedIdsChanged(m_order);
    });
    reload();
    retranslate();
}

void CompanyPicker::retranslate()
{
    m_search->setPlaceholderText(tr("Search companies…"));
    m_aiLabs->setText(tr("AI labs"));
    m_aiLabs->setToolTip(tr("The AI labs with valuations"));
    m_seed->setText(tr("Seed article"));
    m_seed->setToolTip(
        tr("The companies of the seed article: Anthropic, OpenAI, Microsoft, Nvidia, Amazon and Alphabet"));
    m_clear->setText(tr("None"));
    m_clear->setToolTip(tr("Clear the selection"));
    reload(); // item tooltips
}

void CompanyPicker::reload()
{
    m_updating = true;
    m_model->clear();
    // By name as the user's language sorts, each name's collation key made once; all rows are
    // added in one go (a picker of 300,000 companies filled one row at a time took seconds).
    const QList<const Company *> companies = m_document->graph().companies();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<std::pair<QCollatorSortKey, const Company *>> byName;
    byName.reserve(size_t(companies.size()));
    for (const Company *c : companies)
        byName.emplace_back(collator.sortKey(c->name), c);
    // (In the C locale Qt's keys are the names' bytes and ignore the case sensitivity: there the
    // collator compares the names themselves.)
    if (collator.locale().language() == QLocale::C) {
        std::stable_sort(byName.begin(), byName.end(),
            [&collator](const auto &a, const auto &b) { return collator.compare(a.second->name, b.second->name) < 0; });
    } else {
        std::stable_sort(
            byName.begin(), byName.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    }
    QHash<QString, int> valuations;
    for (const Valuation &v : m_document->valuations())
        ++valuations[v.company];
    const QSet<QString> checked(m_order.cbegin(), m_order.cend());
    QSet<QString> kept;
    QList<QStandardItem *> items;
    items.reserve(qsizetype(byName.size()));
    for (const auto &[key, c] : byName) {
        auto *item = new QStandardItem(c->name);
        item->setData(c->id, IdRole);
        item->setCheckable(true);
        item->setEditable(false);
        const int count = valuations.value(c->id);
        item->setToolTip(tr("%n valuation(s)", nullptr, count));
        if (count == 0)
            item->setForeground(QColor(0x80, 0x80, 0x80));
        item->setCheckState(checked.contains(c->id) ? Qt::Checked : Qt::Unchecked);
        if (checked.contains(c->id))
            kept.insert(c->id);
        items << item;
    }
    m_model->invisibleRootItem()->appendRows(items);
    m_updating = false;
    // Ids of companies that no longer exist drop out of the selection.
    QStringList order;
    for (const QString &id : std::as_const(m_order)) {
        if (kept.contains(id))
            order << id;
    }
    if (order != m_order) {
        m_order = order;
        Q_EMIT checkedIdsChanged(m_order);
    }
}

QStringList CompanyPicker::checkedIds() const
{
    return m_order;
}

void CompanyPicker::setCheckedIds(const QStringList &ids)
{
    QStringList order;
    for (const QString &id : ids) {
        if (m_document->company(id) && !order.contains(id))
            order << id;
    }
    m_updating = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        item->setCheckState(order.contains(item->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    if (order != m_order) {
        m_order = order;
        Q_EMIT checkedIdsChanged(m_order);
    }
}

QStringList CompanyPicker::aiLabIds() const
{
    QStringList ids;
    for (const Company *c : m_document->graph().companies()) {
        if (c->kind == CompanyKind::AiLab && !m_document->valuationsOf(c->id).isEmpty())
            ids << c->id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList CompanyPicker::seedArticleIds() const
{
    static const char16_t *const names[]
        = {u"Anthropic", u"OpenAI", u"Microsoft", u"Nvidia", u"Amazon", u"Alphabet (Google)"};
    QStringList ids;
    for (const char16_t *name : names) {
        if (const Company *c = m_document->graph().companyByName(QString::fromUtf16(name)))
            ids << c->id;
    }
    return ids;
}
