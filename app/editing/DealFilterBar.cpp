#include "editing/DealFilterBar.h"

#include "itemmodels/DealFilterProxy.h"
#include "model/Enums.h"

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
    , m_fromLabel(new QLabel)
    , m_toLabel(new QLabel)
{
    m_kind->setObjectName(QStringLiteral("dealKindFilter"));
    m_from->setObjectName(QStringLiteral("dealFromFilter"));
    m_to->setObjectName(QStringLiteral("dealToFilter"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setMinimumDate(openEnd);
        edit->setDate(openEnd);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &DealFilterBar::apply);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    retranslate();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DealFilterBar::apply);
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
}

void DealFilterBar::apply()
{
    const int kind = m_kind->currentData().toInt();
    m_proxy->setDealKinds(kind < 0 ? QSet<DealKind>() : QSet<DealKind> {DealKind(kind)});
    auto end = [](const QDateEdit *edit) {
        return edit->date() == openEnd ? std::nullopt : std::optional<QDate>(edit->date());
    };
    m_proxy->setDateRange(end(m_from), end(m_to));
}
