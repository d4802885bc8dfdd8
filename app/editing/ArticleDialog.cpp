#include "editing/ArticleDialog.h"

#include "document/Document.h"
#include "editing/CellDelegate.h"
#include "editing/Editor.h"
#include "editing/Validation.h"
#include "extract/ArticleText.h"
#include "format/DateInput.h"
#include "format/Formatter.h"
#include "itemmodels/ProposalTableModel.h"
#include "model/Sources.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {
Language userLanguage()
{
    return languageForLocale(QLocale());
}
} // namespace

ArticleDialog::ArticleDialog(Editor *editor, QWidget *parent)
    : EntityDialog(editor, QStringLiteral("articleDialog"), parent)
    , m_model(new ProposalTableModel(editor->document(), this))
    , m_urlLabel(new QLabel)
    , m_titleLabel(new QLabel)
    , m_dateLabel(new QLabel)
    , m_url(new QLineEdit)
    , m_publisher(new QLabel)
    , m_title(new QLineEdit)
    , m_date(new QLineEdit)
    , m_datePreview(new QLabel)
    , m_language(new QComboBox)
    , m_text(new QPlainTextEdit)
    , m_proposeButton(new QPushButton)
    , m_allButton(new QPushButton)
    , m_noneButton(new QPushButton)
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_unused(new QLabel)
{
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_text->setObjectName(QStringLiteral("articleText"));
    m_table->setObjectName(QStringLiteral("proposalTable"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_proposeButton->setObjectName(QStringLiteral("proposeButton"));

    // Earlier sources are offered as the address is typed, and fill the title.
    QStringList urls;
    QHash<QString, QString> titles;
    for (const Source &s : recentSources()) {
        urls << s.url;
        if (!Sources::hasPlaceholderTitle(s))
            titles.insert(s.url, s.title);
    }
    auto *completer = new QCompleter(new QStringListModel(urls, this), m_url);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_url->setCompleter(completer);
    auto fillTitle = [this, titles] {
        if (m_title->text().trimmed().isEmpty())
            m_title->setText(titles.value(m_url->text().trimmed()));
    };
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, fillTitle);
    connect(m_url, &QLineEdit::editingFinished, this, fillTitle);

    auto *urlRow = new QHBoxLayout;
    urlRow->setContentsMargins(0, 0, 0, 0);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_publisher);
    m_urlLabel->setBuddy(m_url);
    m_titleLabel->setBuddy(m_title);
    m_dateLabel->setBuddy(m_date);
    form()->addRow(m_urlLabel, urlRow);
    form()->addRow(m_titleLabel, m_title);
    auto *dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_datePreview, 1);
    dateRow->addSpacing(12);
    dateRow->addWidget(m_language);
    form()->addRow(m_dateLabel, dateRow);
    m_language->addItem(QString());
    m_language->addItem(QString(), int(Language::German));
    m_language->addItem(QString(), int(Language::English));

    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setMinimumHeight(fontMetrics().lineSpacing() * 6);

    m_table->setModel(m_model);
    auto *delegate = new CellDelegate(m_table);
    m_table->setItemDelegate(delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setVisible(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(fontMetrics().lineSpacing() * 7);

    auto *proposeRow = new QHBoxLayout;
    proposeRow->setContentsMargins(0, 0, 0, 0);
    proposeRow->addWidget(m_proposeButton);
    proposeRow->addWidget(m_summary, 1);
    proposeRow->addWidget(m_allButton);
    proposeRow->addWidget(m_noneButton);
    m_summary->setWordWrap(true);
    for (QPushButton *b : {m_proposeButton, m_allButton, m_noneButton})
        b->setAutoDefault(false);

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(proposeRow);
    lowerLayout->addWidget(m_table, 1);
    m_unused->setObjectName(QStringLiteral("unusedLabel"));
    m_unused->setWordWrap(true);
    m_unused->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unused->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *unusedArea = new QScrollArea;
    unusedArea->setWidget(m_unused);
    unusedArea->setWidgetResizable(true);
    unusedArea->setFrameShape(QFrame::NoFrame);
    unusedArea->setFocusPolicy(Qt::NoFocus);
    unusedArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    unusedArea->setFixedHeight(m_unused->fontMetrics().lineSpacing() * 3 + 6);
    lowerLayout->addWidget(unusedArea);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_text);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    form()->addRow(splitter);
    finishLayout(760);
    // Fits a 1366×768 laptop with room to spare.
    resize(1000, 680);

    setTabOrder(m_url, m_title);
    setTabOrder(m_title, m_date);
    setTabOrder(m_date, m_language);
    setTabOrder(m_language, m_text);
    setTabOrder(m_text, m_proposeButton);
    setTabOrder(m_proposeButton, m_table);

    connect(m_proposeButton, &QPushButton::clicked, this, &ArticleDialog::propose);
    auto *proposeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(proposeKey, &QShortcut::activated, this, &ArticleDialog::propose);
    connect(m_allButton, &QPushButton::clicked, this, [this] { m_model->setAllAccepted(true); });
    connect(m_noneButton, &QPushButton::clicked, this, [this] { m_model->setAllAccepted(false); });
    connect(m_model, &ProposalTableModel::acceptedChanged, this, &ArticleDialog::validate);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_table->resizeColumnsToContents(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArticleDialog::showEvidence);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        updatePublisher();
        validate();
    });
    connect(m_title, &QLineEdit::textChanged, this, &ArticleDialog::validate);
    connect(m_date, &QLineEdit::textChanged, this, &ArticleDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ArticleDialog::validate);
    connect(delegate, &CellDelegate::editRefused, this, [this](const QString &reason) {
        m_errors = {reason};
        showMessages({}, false);
    });

    retranslate();
    validate();
}

void ArticleDialog::retranslate()
{
    setWindowTitle(tr("Deals from Article"));
    m_urlLabel->setText(tr("Article &address:"));
    m_titleLabel->setText(tr("&Title:"));
    m_dateLabel->setText(tr("Article &date:"));
    m_url->setPlaceholderText(tr("https://… (the page every accepted deal cites)"));
    m_title->setPlaceholderText(tr("The article's headline"));
    m_date->setPlaceholderText(DateInput::examples(userLanguage()));
    m_date->setToolTip(tr("The day the article appeared: dates such as \"in March\" are read relative to it, and "
                          "deals whose date the text does not give take it."));
    m_language->setItemText(0, tr("Language: detect"));
    m_language->setItemText(1, tr("German"));
    m_language->setItemText(2, tr("English"));
    m_text->setPlaceholderText(
        tr("Paste the article's text here (German or English), or drop a saved web page or text file on the "
           "main window."));
    m_proposeButton->setText(tr("&Propose Deals"));
    m_proposeButton->setToolTip(tr("Read the text and propose the deals and valuations it states (Ctrl+Return)"));
    m_allButton->setText(tr("Accept &All"));
    m_noneButton->setText(tr("Reject A&ll"));
    m_model->retranslate();
    updatePublisher();
    validate();
}

void ArticleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    EntityDialog::changeEvent(event);
}

void ArticleDialog::setArticle(const QString &text, const QString &url, const QString &title, QDate date)
{
    m_text->setPlainText(text);
    if (!url.isEmpty())
        m_url->setText(url);
    if (!title.isEmpty())
        m_title->setText(title);
    if (date.isValid())
        m_date->setText(DateInput::text(FuzzyDate(date, DatePrecision::Day), userLanguage()));
    propose();
}

bool ArticleDialog::openFile(const QString &path)
{
    QString error;
    const auto article = ArticleText::fromFile(path, &error);
    if (!article) {
        m_errorText = error;
        return false;
    }
    if (article->text.trimmed().isEmpty()) {
        m_errorText = tr("%1 holds no text.").arg(path);
        return false;
    }
    setArticle(article->text, article->url, article->title, article->date);
    return true;
}

void ArticleDialog::propose()
{
    ArticleExtractor::Options options;
    if (m_language->currentIndex() > 0)
        options.language = Language(m_language->currentData().toInt());
    const DateInput::Result date = DateInput::parse(m_date->text(), userLanguage());
    options.articleDate = date.date.periodStart();
    m_proposedText = m_text->toPlainText();
    m_result = ArticleExtractor(m_document->data()).extract(m_proposedText, options);
    // Deals without a date of their own take the article's.
    ExtractionResult dated = m_result;
    if (date.date.isValid()) {
        for (DealProposal &d : dated.deals)
            if (!d.date.isValid())
                d.date = date.date;
        for (ValuationProposal &v : dated.valuations)
            if (!v.date.isValid())
                v.date = date.date;
    }
    m_model->setProposals(dated);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_text->setExtraSelections({});
    validate();
}

void ArticleDialog::showEvidence()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount() || m_text->toPlainText() != m_proposedText) {
        m_text->setExtraSelections({});
        return;
    }
    const ArticleEvidence &evidence = m_model->rows().at(row).evidence();
    QList<QTextEdit::ExtraSelection> selections;
    auto mark = [&](const TextSpan &span, const QTextCharFormat &format) {
        if (!span.isValid())
            return;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(int(span.start));
        s.cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
        s.format = format;
        selections << s;
    };
    QTextCharFormat sentence;
    sentence.setBackground(QColor(0xff, 0xf1, 0xa8));
    QTextCharFormat figure;
    figure.setBackground(QColor(0xff, 0xd5, 0x4f));
    figure.setFontWeight(QFont::Bold);
    mark(evidence.sentenceSpan, sentence);
    mark(evidence.figureSpan, figure);
    m_text->setExtraSelections(selections);
    if (evidence.sentenceSpan.isValid()) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(evidence.sentenceSpan.end));
        m_text->setTextCursor(cursor);
        m_text->ensureCursorVisible();
        cursor.setPosition(int(evidence.sentenceSpan.start));
        m_text->setTextCursor(cursor);
        m_text->ensureCursorVisible();
    }
}

void ArticleDialog::updatePublisher()
{
    const QString url = m_url->text().trimmed();
    const QString domain = Sources::domainOf(url);
    if (domain.isEmpty()) {
        m_publisher->clear();
        return;
    }
    m_publisher->setText(tr("%1 · %2", "publisher · tier")
                             .arg(Sources::publisherOf(url), enumDisplayName(m_document->tiers().tierOfDomain(domain))));
}

Source ArticleDialog::source() const
{
    return Source(m_url->text().trimmed(), m_title->text().simplified());
}

void ArticleDialog::validate()
{
    m_errors.clear();
    QStringList warnings;
    const QString url = m_url->text().trimmed();
    if (url.isEmpty())
        m_errors << tr("Article address: enter the page the deals are cited from.");
    else if (const QString problem = Validation::sourceUrlProblem(url); !problem.isEmpty())
        m_errors << tr("Article address: %1").arg(problem);
    const DateInput::Result date = DateInput::parse(m_date->text(), userLanguage());
    m_datePreview->setText(date.date.isValid() ? Formatter(userLanguage()).date(date.date) : QString());
    if (!date.error.isEmpty())
        m_errors << tr("Article date: %1").arg(date.error);
    m_errors << m_model->problems();

    const int deals = int(m_result.deals.size());
    const int valuations = int(m_result.valuations.size());
    const int unused = int(m_result.unused.size());
    if (m_proposedText.isEmpty() && m_model->rowCount() == 0) {
        m_summary->setText(m_text->toPlainText().trimmed().isEmpty() ? QString() : tr("Press Propose Deals."));
        m_summary->setToolTip(QString());
    } else {
        QString text = tr("Proposed: %1 and %2.", "deals, valuations")
                           .arg(tr("%n deal(s)", nullptr, deals), tr("%n valuation(s)", nullptr, valuations));
        if (unused > 0)
            text += u' ' + tr("%n figure(s) not used (listed under the table).", nullptr, unused);
        if (m_text->toPlainText() != m_proposedText)
            text += u' ' + tr("The text has changed: propose again.");
        m_summary->setText(text);
    }
    // Nothing the text states is dropped silently: the figures that became no row, and the totals
    // that are the sum of rows (not rows of their own).
    QStringList notes;
    const Formatter format(userLanguage());
    for (const TotalProposal &t : std::as_const(m_result.totals)) {
        QStringList rows;
        for (int part : t.parts)
            rows << QString::number(part + 1);
        notes << tr("%1 in total: the sum of rows %2, not a deal of its own", "amount, row numbers")
                     .arg(format.dealAmount(t.amount, t.amountKind), rows.join(QStringLiteral(", ")))
                     .toHtmlEscaped();
    }
    for (const UnusedFigure &u : std::as_const(m_result.unused))
        notes << tr("%1 — %2", "figure — why it did not become a proposal").arg(u.text, u.reason).toHtmlEscaped();
    m_unused->setText(notes.isEmpty() ? QString()
                                      : QStringLiteral("<b>%1</b> ").arg(tr("Not in the table:").toHtmlEscaped())
                              + notes.join(QStringLiteral(" · ")));
    if (m_model->rowCount() > 0 && m_model->acceptedCount() == 0)
        warnings << tr("No row is accepted.");
    showMessages(warnings, m_model->acceptedCount() > 0);
    okButton()->setText(tr("&Add %n Accepted", nullptr, m_model->acceptedCount()));
}

void ArticleDialog::accept()
{
    validate();
    if (!m_errors.isEmpty() || m_model->acceptedCount() == 0)
        return;
    const ProposalTableModel::Additions additions = m_model->accepted(source());
    const QString name = m_title->text().simplified().isEmpty() ? Sources::publisherOf(source().url)
                                                                : m_title->text().simplified();
    const int count = int(additions.deals.size() + additions.valuations.size());
    if (!m_editor->addEntities(additions.companies, additions.deals, additions.valuations,
            tr("Add %n entry(s) from article %1", nullptr, count).arg(name))) {
        m_errors = {tr("The accepted rows could not be added: an id is taken or a company unknown.")};
        showMessages({}, false);
        return;
    }
    EntityDialog::accept();
}
