#pragma once

#include "export/FigureExporter.h"

#include <QDialog>
#include <QPageLayout>
#include <QPageSize>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// File > Export…: what to export (the current view or the report), the format (PDF, SVG, PNG at
// a chosen DPI; the report is PDF only), the page of a PDF (the figure's own size, A4, US Letter
// or A3, portrait or landscape), a title and the file. The format follows the suffix typed and
// the suffix the format chosen; the size of what is written is shown (a PNG's pixels). Export
// asks before it replaces a file. Format, DPI, folder and each kind's page are remembered in the
// settings for the next export.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class What { CurrentView, Report };

    // viewName: the current view's name; empty when it cannot be exported as a figure.
    // figureSize: the view's figure in logical pixels (96 per inch); empty: 1600 × 1000.
    ExportDialog(const QString &viewName, QSizeF figureSize, QWidget *parent = nullptr);

    What what() const;
    FigureExporter::Format format() const;
    int dpi() const;
    // The PDF's paper; QPageSize::Custom: a page the figure's own size (views only).
    QPageSize::PageSizeId pageSize() const;
    QPageLayout::Orientation orientation() const;
    // The PDF page of a view with the report's margins; none: the figure's own size.
    std::optional<QPageLayout> pageLayout() const;
    QString title() const;
    QString path() const; // absolute, with the format's suffix when the name has none
    QSizeF figureSize() const { return m_figureSize; }
    QSize pixelSize() const; // of the PNG a view is written as

    void setWhat(What what);
    void setFormat(FigureExporter::Format format);
    void setPath(const QString &path); // as if typed: a known suffix selects its format
    void setDpi(int dpi);
    void setPageSize(QPageSize::PageSizeId size);
    void setOrientation(QPageLayout::Orientation orientation);

    // Refuses a name the chosen export cannot be written to, with the reason, and asks before
    // replacing a file; then remembers the choices and closes.
    void accept() override;

private:
    struct Page
    {
        QPageSize::PageSizeId size;
        QPageLayout::Orientation orientation;
    };
    void browse();
    void whatChanged(bool viewChecked);
    void formatChosen(); // by the user or by what is exported
    void followSuffix(const QString &text);
    void updateState();
    void updateSizeText();
    QString suffix() const;
    void suggestFileName();
    Page page() const;
    void showPage(const Page &page);
    void restore();
    void remember() const;
    void complain(const QString &message);

    QRadioButton *m_viewButton = nullptr;
    QRadioButton *m_reportButton = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_size = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_path = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_directory;
    QString m_viewBaseName;
    QSizeF m_figureSize;
    FigureExporter::Format m_viewFormat = FigureExporter::Format::Pdf;
    Page m_viewPage {QPageSize::Custom, QPageLayout::Landscape};
    Page m_reportPage {QPageSize::A4, QPageLayout::Portrait};
};
