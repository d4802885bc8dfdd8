#pragma once

#include <QDate>
#include <QDockWidget>

#include <memory>
#include <optional>

class AnalysisRunner;
class AnalysisTableModel;
class Document;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;
class WhatIfModel;
struct CapitalFlowAnalysis;

// The capital-flow analysis of the open document, one tab per analysis of the list in
// itemmodels/Analyses.h, for a date range and a longest cycle the user picks. It
// recomputes after document changes, coalesced with a zero-timer so that a batch of edits costs
// one run, on a worker thread (AnalysisRunner): the tables show the last result until the new
// one arrives, with a busy bar when that takes a while. Selecting a cycle emits cycleSelected()
// for other views to highlight.
class AnalysisDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AnalysisDock(Document *document, QWidget *parent = nullptr);
    ~AnalysisDock() override;

    // The last analysis delivered, possibly of the deals before the latest change (null until the
    // first one arrives).
    std::shared_ptr<const CapitalFlowAnalysis> analysis() const { return m_analysis; }
    // The analysis of the document as it is now, or null while a newer one is being computed.
    std::shared_ptr<const CapitalFlowAnalysis> currentAnalysis() const;
    bool isAnalysing() const;
    // Blocks until the analysis of the document as it is now is shown; for tests.
    void waitForAnalysis();
    // Sets the date fields (the state as of a date, chosen in the network); absent: any date.
    void setDateRange(std::optional<QDate> from, std::optional<QDate> to);

Q_SIGNALS:
    void cycleSelected(const QStringList &dealIds, const QStringList &companyIds);
    // A new analysis is shown.
    void analysisUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableView *makeTable(AnalysisTableModel *model, int sortColumn, Qt::SortOrder order, const QString &objectName);
    void scheduleUpdate();
    void recompute();
    void showAnalysis(std::shared_ptr<const CapitalFlowAnalysis> analysis);
    void updateCompanyChoice();
    void updateStatus();
    void retranslateUi();
    QWidget *makeCompanyPage(WhatIfModel *model, QTableView *view);
    void emitRowSelection(QTableView *view);

    Document *m_document = nullptr;
    std::shared_ptr<const CapitalFlowAnalysis> m_analysis;
    AnalysisRunner *m_runner = nullptr;
    QTimer *m_updateTimer = nullptr;
    QTimer *m_busyTimer = nullptr; // shows m_busy when a run takes a while
    QProgressBar *m_busy = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_lengthLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_maxLength = nullptr;
    QCheckBox *m_timeOrder = nullptr; // count circular flows only in time order
    QSpinBox *m_timeWindow = nullptr; // within so many months
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<AnalysisTableModel *> m_models;
    QList<QTableView *> m_highlightingViews; // the circular flows
    WhatIfModel *m_whatIfModel = nullptr;
    QLabel *m_whatIfLabel = nullptr;
    QComboBox *m_whatIfCompany = nullptr;
    QLabel *m_whatIfSummary = nullptr;
};
