#include "sources/SourceTiersDialog.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "model/Sources.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Column { PublisherColumn, DomainColumn, FiguresColumn, TierColumn };
}

SourceTiersDialog::SourceTiersDialog(Editor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("sourceTiersDialog"));
    setWindowTitle(tr("Source Ratings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How far each publisher can be trusted: the company itself (primary source), a news "
                                "outlet, the trade press, or unrated (aggregators, blogs, machine-written pages). A "
                                "rating here applies to this document; a single source's own rating in the deal or "
                                "valuation dialog wins over it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("sourceTiersSearch"));
    m_search->setPlaceholderText(tr("Find a publisher or domain"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &SourceTiersDialog::filter);
    layout->addWidget(m_search);

    const Document *document = m_editor->document();
    QMap<QString, int> figures; // domain -> figures citing it
    auto count = [&figures](const QList<Source> &sources) {
        QSet<QString> domains;
        for (const Source &s : sources)
            domains.insert(Sources::domainOf(s.url));
        for (const QString &d : domains) {
            if (!d.isEmpty())
                ++figures[d];
        }
    };
    for (const Deal *d : document->graph().deals())
        count(d->sources);
    for (const Valuation &v : document->valuations())
        count(v.sources);
    QHash<QString, SourceTier> rated;
    for (const SourceTierRule &r : document->sourceTiers()) {
        rated.insert(r.domain, r.tier);
        figures.insert(r.domain, figures.value(r.domain));
    }
    QStringList domains = figures.keys();
    std::stable_sort(domains.begin(), domains.end(),
        [&figures](const QString &a, const QString &b) { return figures.value(a) > figures.value(b); });

    m_table = new QTableWidget(int(domains.size()), 4);
    m_table->setObjectName(QStringLiteral("sourceTiersTable"));
    m_table->setHorizontalHeaderLabels({tr("Publisher"), tr("Domain"), tr("Figures"), tr("Tier")});
    m_table->horizontalHeader()->setSectionResizeMode(PublisherColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DomainColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FiguresColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TierColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const Sources::TierTable builtIn;
    for (int row = 0; row < domains.size(); ++row) {
        const QString &domain = domains.at(row);
        m_table->setItem(
            row, PublisherColumn, new QTableWidgetItem(Sources::publisherOf(QStringLiteral("https://") + domain)));
        m_table->setItem(row, DomainColumn, new QTableWidgetItem(domain));
        auto *n = new QTableWidgetItem(QString::number(figures.value(domain)));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, FiguresColumn, n);
        auto *tier = new QComboBox;
        tier->addItem(tr("As built in: %1").arg(enumDisplayName(builtIn.tierOfDomain(domain))));
        for (SourceTier t : enumValues<SourceTier>())
            tier->addItem(enumDisplayName(t));
        if (rated.contains(domain))
            tier->setCurrentIndex(1 + int(enumValues<SourceTier>().indexOf(rated.value(domain))));
        m_table->setCellWidget(row, TierColumn, tier);
    }
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SourceTiersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

int SourceTiersDialog::rowOf(const QString &domain) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, DomainColumn)->text() == domain)
            return row;
    }
    return -1;
}

void SourceTiersDialog::setChoice(int row, int choice)
{
    if (auto *tier = qobject_cast<QComboBox *>(m_table->cellWidget(row, TierColumn)))
        tier->setCurrentIndex(choice);
}

void SourceTiersDialog::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool shown = needle.isEmpty()
            || m_table->item(row, PublisherColumn)->text().contains(needle, Qt::CaseInsensitive)
            || m_table->item(row, DomainColumn)->text().contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !shown);
    }
}

void SourceTiersDialog::accept()
{
    QList<SourceTierRule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *tier = qobject_cast<QComboBox *>(m_table->cellWidget(row, TierColumn));
        if (!tier || tier->currentIndex() <= 0)
            continue;
        rules << SourceTierRule {
            m_table->item(row, DomainColumn)->text(), enumValues<SourceTier>().at(tier->currentIndex() - 1)};
    }
    std::sort(rules.begin(), rules.end(),
        [](const SourceTierRule &a, const SourceTierRule &b) { return a.domain < b.domain; });
    m_editor->setSourceTiers(rules);
    QDialog::accept();
}
