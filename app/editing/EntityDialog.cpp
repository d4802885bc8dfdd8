#include "editing/EntityDialog.h"

#include "editing/Editor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EntityDialog::EntityDialog(Editor *editor, const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_document(editor->document())
    , m_form(new QFormLayout)
    , m_messages(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(objectName);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::RichText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EntityDialog::addNoteRows(QPlainTextEdit *english, QPlainTextEdit *german)
{
    english->setObjectName(QStringLiteral("noteEnEdit"));
    german->setObjectName(QStringLiteral("noteDeEdit"));
    for (QPlainTextEdit *note : {english, german}) {
        note->setTabChangesFocus(true);
        note->setFixedHeight(fontMetrics().lineSpacing() * 4);
    }
    m_form->addRow(tr("Note (&English):"), english);
    m_form->addRow(tr("Note (&German):"), german);
}

void EntityDialog::finishLayout(int minimumWidth)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);
    setMinimumWidth(minimumWidth);
}

void EntityDialog::showMessages(const QStringList &warnings, bool okAllowed)
{
    QStringList lines;
    for (const QString &e : std::as_const(m_errors))
        lines << QStringLiteral("<span style=\"color:#c0392b\">✖ %1</span>").arg(e.toHtmlEscaped());
    for (const QString &w : warnings)
        lines << QStringLiteral("<span style=\"color:#b9770e\">⚠ %1</span>").arg(w.toHtmlEscaped());
    m_messages->setText(lines.join(QStringLiteral("<br>")));
    m_messages->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errors.isEmpty() && okAllowed);
}
