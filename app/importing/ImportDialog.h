#pragma once

#include "import/DealMerge.h"
#include "import/ImportFile.h"

#include <QDialog>

#include <functional>

class Editor;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// File > Import…: a spreadsheet (CSV, TSV, semicolon text, .xlsx) or a graph file (GraphML,
// GEXF) read into the open document. What was detected (encoding, separator, number style) is
// shown and can be changed; a table's columns are mapped to deal fields, from a preset or by
// hand; the preview shows the first rows as they will be read, with each row's problem; the
// summary lists the new companies, the duplicates that are skipped and the near-duplicates, for
// each of which the user chooses. Import merges everything as one undo step.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Editor *editor, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file; false (with the reason in errorText()) when it cannot be read at all.
    bool openFile(const QString &path);
    QString errorText() const { return m_error; }

    // For tests and scripts: what the dialog would do now.
    const ImportFile::Read &read() const { return m_read; }
    const DealMerge::Plan &plan() const { return m_plan; }
    QString summary() const;
    bool canImport() const;
    void choosePreset(ImportMapping::Preset preset);
    void setSkipRefusedRows(bool skip);
    void setNearDuplicateChoice(int index, DealMerge::Choice choice);
    void setMapping(const ImportMapping::Mapping &mapping);
    ImportMapping::Mapping mapping() const { return m_mapping; }
    // Merges into the document (one undo step); false when nothing can be imported.
    bool importNow();

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    // Runs work on a thread while a progress dialog (shown after half a second) counts what work
    // reports; false when the user canceled (work then stops at its next report).
    bool inBackground(const QString &label, const std::function<void(const std::function<bool(int, int)> &)> &work);
    void chooseFile();
    void fillReadingControls();
    void fillMappingControls();
    void mappingEdited();
    void refresh();
    void showPreview();
    void showMerge();
    void rememberMapping() const;
    std::optional<ImportMapping::Mapping> rememberedMapping() const;
    void saveMappingAs();
    QString mappingKey() const;

    Editor *m_editor;
    QString m_path;
    QString m_error;
    ImportFile::Source m_source;
    int m_sheet = 0;
    ImportMapping::Mapping m_mapping;
    ImportAmount::Style m_style = ImportAmount::Style::Point;
    ImportFile::Read m_read;
    DealMerge::Plan m_plan;
    QList<DealMerge::Choice> m_choices;
    bool m_updating = false;

    QLabel *m_fileLabel;
    QGroupBox *m_readingBox;
    QComboBox *m_encoding;
    QComboBox *m_separator;
    QComboBox *m_sheetBox;
    QComboBox *m_styleBox;
    QLabel *m_styleNote;
    QGroupBox *m_columnsBox;
    QComboBox *m_preset;
    QList<QComboBox *> m_fieldBoxes; // by ImportMapping::fields()
    QComboBox *m_unit;
    QComboBox *m_investors;
    QLineEdit *m_sourceUrl;
    QLineEdit *m_sourceTitle;
    QCheckBox *m_remember;
    QLabel *m_graphNote;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QTableWidget *m_near;
    QCheckBox *m_skip;
    QDialogButtonBox *m_buttons;
};
