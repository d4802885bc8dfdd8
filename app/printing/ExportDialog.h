#pragma once

#include "export/FigureExporter.h"

#include <QDialog>
#include <QPageSize>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// File > Export…: what to export (the current view or the report), the format (PDF, SVG, PNG at
// a chosen DPI; the report is PDF only), the page size of a report, a title and the file.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class What { CurrentView, Report };

    // viewName: the current view's name; empty when it cannot be exported as a figure.
    // directory: where the suggested file goes ("capflow-report.pdf", "capflow-<view>.pdf").
    ExportDialog(const QString &viewName, const QString &directory, QWidget *parent = nullptr);

    What what() const;
    FigureExporter::Format format() const;
    int dpi() const;
    QPageSize::PageSizeId pageSize() const;
    QString title() const;
    QString path() const; // with the format's suffix

    void setWhat(What what);
    void setFormat(FigureExporter::Format format);
    void setPath(const QString &path);
    void setDpi(int dpi);

private:
    void browse();
    void updateState();
    QString suffix() const;
    void suggestFileName();

    QRadioButton *m_viewButton = nullptr;
    QRadioButton *m_reportButton = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_path = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_directory;
    QString m_viewBaseName;
};
