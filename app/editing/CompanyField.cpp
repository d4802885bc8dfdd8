#include "editing/CompanyField.h"

#include "document/Document.h"
#include "editing/FieldEditors.h"

#include <QCheckBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

CompanyField::CompanyField(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit)
    , m_create(new QCheckBox)
    , m_kind(new QComboBox)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name);
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_create);
    createRow->addWidget(m_kind);
    createRow->addStretch();
    layout->addLayout(createRow);
    m_create->setObjectName(QStringLiteral("createCompanyBox"));
    m_create->setText(tr("Create as a new company of kind"));
    m_kind->setObjectName(QStringLiteral("newCompanyKind"));
    fillEnumCombo<CompanyKind>(m_kind);
    setEnumCombo(m_kind, CompanyKind::Other);
    // The "create" row keeps its place while hidden, so that the fields below do not move as a
    // name is typed (and a click meant for one of them lands in another).
    for (QWidget *w : {static_cast<QWidget *>(m_create), static_cast<QWidget *>(m_kind)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }

    QStringList names;
    for (const Company *c : document->graph().companies())
        names << c->name;
    names.sort(Qt::CaseInsensitive);
    auto *completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_name->setCompleter(completer);

    connect(m_name, &QLineEdit::textChanged, this, &CompanyField::update);
    connect(m_create, &QCheckBox::toggled, this, &CompanyField::update);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CompanyField::changed);
    update();
}

void CompanyField::setCompanyId(const QString &id)
{
    const Company *c = m_document->company(id);
    m_name->setText(c ? c->name : id);
}

QString CompanyField::companyId() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return {};
    if (const Company *c = m_document->graph().companyByName(name))
        return c->id;
    return m_create->isChecked() ? m_document->companyIdFor(name) : QString();
}

std::optional<Company> CompanyField::newCompany() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || m_document->graph().companyByName(name) || !m_create->isChecked())
        return std::nullopt;
    Company company;
    company.id = m_document->companyIdFor(name);
    company.name = name;
    company.kind = enumFromCombo<CompanyKind>(m_kind);
    return company;
}

QString CompanyField::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a company.");
    if (!m_document->graph().companyByName(name) && !m_create->isChecked())
        return tr("“%1” is not a known company: pick one from the list, or tick the box below to create it.").arg(name);
    return {};
}

void CompanyField::update()
{
    const QString name = m_name->text().trimmed();
    const bool unknown = !name.isEmpty() && !m_document->graph().companyByName(name);
    m_create->setVisible(unknown);
    m_kind->setVisible(unknown);
    m_kind->setEnabled(m_create->isChecked());
    markField(m_name, problem());
    Q_EMIT changed();
}
