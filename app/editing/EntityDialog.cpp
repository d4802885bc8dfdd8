#include "editing/EntityDialog.h"

#include "document/Document.h"
#include "editing/Editor.h"
#include "model/Entities.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

EntityDialog::EntityDialog(Editor *editor, const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_document(editor->document())
    , m_form(new QFormLayout)
    , m_messages(new QLabel)
    , m_messagesArea(new QScrollArea)
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
        note->setFixedHeight(fontMetrics().lineSpacing() * 3 + 8);
    }
    m_form->addRow(tr("Note (&English):"), english);
    m_form->addRow(tr("Note (&German):"), german);
}

void EntityDialog::finishLayout(int minimumWidth)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    // The messages keep a fixed height, so that the form does not move as they come and go.
    m_messages->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_messagesArea->setObjectName(QStringLiteral("messagesArea"));
    m_messagesArea->setWidget(m_messages);
    m_messagesArea->setWidgetResizable(true);
    m_messagesArea->setFrameShape(QFrame::NoFrame);
    m_messagesArea->setFocusPolicy(Qt::NoFocus);
    m_messagesArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_messagesArea->setFixedHeight(m_messages->fontMetrics().lineSpacing() * 3 + 6);
    layout->addWidget(m_messagesArea);
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
    if (!m_savedNote.isEmpty())
        lines << QStringLiteral("<span style=\"color:#1e8449\">✔ %1</span>").arg(m_savedNote.toHtmlEscaped());
    m_messages->setText(lines.join(QStringLiteral("<br>")));
    const bool ok = m_errors.isEmpty() && okAllowed;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (m_addAnother)
        m_addAnother->setEnabled(ok);
}

QPushButton *EntityDialog::addAnotherButton(const QString &text, const QString &toolTip)
{
    m_addAnother = m_buttons->addButton(text, QDialogButtonBox::ActionRole);
    m_addAnother->setObjectName(QStringLiteral("addAnotherButton"));
    m_addAnother->setToolTip(toolTip);
    m_addAnother->setAutoDefault(false);
    return m_addAnother;
}

QPushButton *EntityDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QList<Source> EntityDialog::recentSources() const
{
    // Deals and valuations by date, newest first (then by id, "D141" before "D140"): the news of
    // the last days is what is entered next.
    struct Cited
    {
        QDate date;
        QString id;
        const QList<Source> *sources;
    };
    QList<Cited> cited;
    for (const Deal *d : m_document->graph().deals())
        cited << Cited {d->date.periodStart(), d->id, &d->sources};
    for (const Valuation &v : m_document->valuations())
        cited << Cited {v.date.periodStart(), v.id, &v.sources};
    std::sort(cited.begin(), cited.end(),
        [](const Cited &a, const Cited &b) { return a.date != b.date ? a.date > b.date : naturalIdLess(b.id, a.id); });
    QList<Source> result;
    QSet<QString> seen;
    for (const Cited &c : std::as_const(cited)) {
        for (const Source &s : *c.sources) {
            if (!seen.contains(s.url)) {
                seen.insert(s.url);
                Source plain(s.url, s.title);
                plain.tier = s.tier;
                result << plain;
            }
        }
    }
    return result;
}
