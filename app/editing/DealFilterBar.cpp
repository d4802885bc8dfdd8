#include "editing/DealFilterBar.h"

#include "itemmodels/DealFilterProxy.h"
#include "itemmodels/DocumentTableModel.h"
#include "model/Enums.h"
#include "widgets/FlowLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace {
const QDate openEnd(2000, 1, 1); // the minimum date shows as "any"
}

DealFilterBar::DealFilterBar(DealFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_kind(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_reputable(new QCheckBox)
    , m_fromLabel(new QLabel)
    , m_toLabel(new QLabel)
{
    m_kind->setObjectName(QStringLiteral("dealKindFilter"));
    m_from->setObjectName(QStringLiteral("dealFromFilter"));
    m_to->setObjectName(QStringLiteral("dealToFilter"));
    m_reputable->setObjectName(QStringLiteral("dealReputableFilter"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setMinimumDate(openEnd);
        edit->setDate(openEnd);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &DealFilterBar::apply);
    }
    // Wraps when the window is narrow; a label stays with its field.
    auto *layout = new FlowLayout(this);
    layout->addWidget(m_kind);
    layout->addWidget(FlowLayout::group({m_fromLabel, m_from}));
    layout->addWidget(FlowLayout::group({m_toLabel, m_to}));
    layout->addWidget(m_reputable);
    retranslate();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DealFilterBar::apply);
    connect(m_reputable, &QCheckBox::toggled, this, &DealFilterBar::apply);
    // The document's ratings of publishers change without a row signal; the filter follows them.
    // (Document::contentChanged follows every change but a move, a new document's data among them.)
    if (Document *doc = document()) {
        connect(doc, &Document::contentChanged, this, [this]() {
            const Document *current = document();
            if (m_reputable->isChecked() && current && current->sourceTiers() != m_tierRules)
                apply();
        });
    }
}

Document *DealFilterBar::document() const
{
    const auto *table = qobject_cast<const DocumentTableModel *>(m_proxy->sourceModel());
    return table ? table->document() : nullptr;
}

void DealFilterBar::retranslate()
{
    const QSignalBlocker blocker(m_kind);
    const int current = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), -1);
    for (DealKind kind : enumValues<DealKind>())
        m_kind->addItem(enumDisplayName(kind), int(kind));
    m_kind->setCurrentIndex(std::max(0, current));
    m_fromLabel->setText(tr("from"));
    m_toLabel->setText(tr("to"));
    m_from->setSpecialValueText(tr("any date"));
    m_to->setSpecialValueText(tr("any date"));
    m_reputable->setText(tr("Only figures backed by a primary source or news outlet"));
    m_reputable->setToolTip(tr("Hide deals whose sources are all trade press or unrated pages (aggregators, "
                               "blogs); the tiers follow the document's ratings of publishers"));
}

void DealFilterBar::apply()
{
    const int kind = m_kind->currentData().toInt();
    m_proxy->setDealKinds(kind < 0 ? QSet<DealKind>() : QSet<DealKind> {DealKind(kind)});
    auto end = [](const QDateEdit *edit) {
        return edit->date() == openEnd ? std::nullopt : std::optional<QDate>(edit->date());
    };
    m_proxy->setDateRange(end(m_from), end(m_to));
    const Document *doc = document();
    m_tierRules = doc ? doc->sourceTiers() : QList<SourceTierRule>();
    m_proxy->setReputableSources(
        m_reputable->isChecked() && doc ? std::optional(doc->tiers()) : std::optional<Sources::TierTable>());
}
