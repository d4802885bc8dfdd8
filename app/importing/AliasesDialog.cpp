#include "importing/AliasesDialog.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "import/DealMerge.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

AliasesDialog::AliasesDialog(Editor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("aliasesDialog"));
    setWindowTitle(tr("Company Aliases"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Names that files to import use for a company of this document. The import "
                                "also ignores case, accents and legal forms such as Inc. or GmbH."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("aliasTable"));
    m_table->setHorizontalHeaderLabels({tr("Name in files"), tr("Company")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_table, &QTableWidget::itemChanged, this, &AliasesDialog::check);
    layout->addWidget(m_table, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(add, &QPushButton::clicked, this, [this] {
        addAlias(QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, &AliasesDialog::removeSelected);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    QStringList builtIn;
    for (const CompanyAlias &a : DealMerge::defaultAliases())
        builtIn << QStringLiteral("%1 → %2").arg(a.alias, a.name);
    auto *defaults = new QLabel(tr("Built in: %1.").arg(builtIn.join(QStringLiteral(", "))));
    defaults->setWordWrap(true);
    defaults->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(defaults);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("aliasMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AliasesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (const CompanyAlias &a : m_editor->document()->aliases())
        addAlias(a.alias, a.name);
    resize(640, 480);
    check();
}

void AliasesDialog::addAlias(const QString &alias, const QString &companyName)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(alias));
    auto *company = new QComboBox;
    QStringList names;
    for (const Company *c : m_editor->document()->graph().companies())
        names << c->name;
    std::sort(
        names.begin(), names.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    company->addItems(names);
    const int at = int(names.indexOf(companyName));
    if (at >= 0) {
        company->setCurrentIndex(at);
    } else if (!companyName.isEmpty()) {
        // A company renamed or removed since the alias was made: kept, and marked.
        company->insertItem(0, tr("%1 (not in the document)").arg(companyName), companyName);
        company->setCurrentIndex(0);
    }
    connect(company, &QComboBox::currentIndexChanged, this, &AliasesDialog::check);
    m_table->setCellWidget(row, 1, company);
    check();
}

void AliasesDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_table->removeRow(row);
    check();
}

QString AliasesDialog::problem() const
{
    QHash<QString, QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString alias = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (alias.isEmpty())
            continue; // an empty row is left out
        const QString key = DealMerge::nameKey(alias);
        if (key.isEmpty())
            return tr("Row %1: “%2” has no letters or digits to match by.").arg(row + 1).arg(alias);
        if (seen.contains(key))
            return tr("Row %1: “%2” is the same name as “%3” above.").arg(row + 1).arg(alias, seen.value(key));
        seen.insert(key, alias);
    }
    return {};
}

void AliasesDialog::check()
{
    m_message->setText(problem());
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problem().isEmpty());
}

void AliasesDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QList<CompanyAlias> aliases;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString alias = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        auto *company = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        if (alias.isEmpty() || !company || company->currentIndex() < 0)
            continue;
        const QString name
            = company->currentData().isValid() ? company->currentData().toString() : company->currentText();
        aliases << CompanyAlias {alias, name};
    }
    m_editor->setAliases(aliases);
    QDialog::accept();
}
