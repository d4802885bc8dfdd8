#pragma once

#include "editing/EntityDialog.h"
#include "extract/ArticleExtractor.h"

class ProposalTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// Edit > Deals from Article…: the user pastes (or drops) an article in German or English, CapFlow
// proposes the deals and valuations it states (ArticleExtractor), and the user checks them in a
// table, edits cells in place and accepts or rejects each. The article's address, title and date
// are asked once and cited by every accepted row; the accepted rows go in as one undo step.
// Selecting a row shows its sentence highlighted in the text, its figure in bold.
class ArticleDialog : public EntityDialog
{
    Q_OBJECT
public:
    explicit ArticleDialog(Editor *editor, QWidget *parent = nullptr);

    // Fills the text and, where given, the source fields (a dropped web page's own address,
    // title and date), then proposes.
    void setArticle(const QString &text, const QString &url = QString(), const QString &title = QString(),
        QDate date = QDate());
    // Reads the text of an article file (ArticleText); false with errorText() when it cannot.
    bool openFile(const QString &path);
    QString errorText() const { return m_errorText; }

    // Runs the extractor on the text as it stands; the table's rows are replaced.
    void propose();

    ProposalTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *dateEdit() const { return m_date; }
    QComboBox *languageCombo() const { return m_language; }
    QLabel *summaryLabel() const { return m_summary; }
    // Under the table: every figure that did not become a proposal, with the reason, and the
    // totals the text states for several rows.
    QLabel *unusedLabel() const { return m_unused; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    void showEvidence();
    void updatePublisher();
    Source source() const;

    ProposalTableModel *m_model;
    QLabel *m_urlLabel;
    QLabel *m_titleLabel;
    QLabel *m_dateLabel;
    QLineEdit *m_url;
    QLabel *m_publisher;
    QLineEdit *m_title;
    QLineEdit *m_date;
    QLabel *m_datePreview;
    QComboBox *m_language;
    QPlainTextEdit *m_text;
    QPushButton *m_proposeButton;
    QPushButton *m_allButton;
    QPushButton *m_noneButton;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_unused;
    ExtractionResult m_result;
    QString m_proposedText; // the text the table's rows were proposed from
    QString m_errorText;
};
