#include "export/FigureExporter.h"

#include "io/SafeFiles.h"
#include "model/DescriptorTable.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

const QList<FigureExporter::FigureFormat> &FigureExporter::formats()
{
    static const QList<FigureFormat> formats {
        {Format::Pdf, {{QStringLiteral("pdf")}, QT_TRANSLATE_NOOP("FileFormats", "PDF documents")},
            QT_TRANSLATE_NOOP("ExportDialog", "PDF (vector, for print)")},
        {Format::Svg, {{QStringLiteral("svg")}, QT_TRANSLATE_NOOP("FileFormats", "SVG drawings")},
            QT_TRANSLATE_NOOP("ExportDialog", "SVG (vector, for editing)")},
        {Format::Png, {{QStringLiteral("png")}, QT_TRANSLATE_NOOP("FileFormats", "PNG images")},
            QT_TRANSLATE_NOOP("ExportDialog", "PNG (image)")},
    };
    return formats;
}

const FigureExporter::FigureFormat &FigureExporter::figureFormat(Format id)
{
    return descriptorFor(formats(), id, &FigureFormat::id);
}

QList<FileFormats::Description> FigureExporter::descriptions()
{
    // Named in the order users know them from --help: .png .svg .pdf
    QList<FileFormats::Description> result;
    for (auto it = formats().crbegin(); it != formats().crend(); ++it)
        result << it->description;
    return result;
}

std::optional<FigureExporter::Format> FigureExporter::formatForPath(const QString &path)
{
    for (const FigureFormat &format : formats()) {
        if (format.description.matches(path))
            return format.id;
    }
    return std::nullopt;
}

QRectF FigureExporter::paintTitle(QPainter *painter, const QRectF &target, const QString &title)
{
    QFont font;
    font.setPixelSize(20);
    font.setBold(true);
    const QRectF text = target.adjusted(14, 8, -14, 0);
    const qreal wrapped = QFontMetricsF(font)
                              .boundingRect(QRectF(text.topLeft(), QSizeF(text.width(), target.height())),
                                  Qt::AlignLeft | Qt::TextWordWrap, title)
                              .height();
    const qreal height = std::clamp(wrapped, 32.0, std::max(32.0, target.height() / 3));
    const QRectF band(text.left(), text.top(), text.width(), height);
    painter->save();
    painter->fillRect(QRectF(target.left(), target.top(), target.width(), band.bottom() + 4 - target.top()), Qt::white);
    painter->setFont(font);
    painter->setPen(QColor(0x1A, 0x1A, 0x1A));
    painter->setClipRect(band);
    painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, title);
    painter->restore();
    return target.adjusted(0, band.bottom() + 4 - target.top(), 0, 0);
}

QSize FigureExporter::pixelSize(QSizeF size, int dpi)
{
    return (size * ((dpi > 0 ? dpi : 300) / 96.0)).toSize();
}

QSizeF FigureExporter::pdfPageSize(QSizeF size, const std::optional<QPageLayout> &page)
{
    return page ? page->fullRect(QPageLayout::Point).size() : size * 72.0 / 96.0;
}

bool FigureExporter::exportFigure(
    const QString &path, QSizeF size, int dpi, const QString &title, const PaintFunction &paint, QString *error)
{
    Options options;
    options.dpi = dpi;
    options.title = title;
    return exportFigure(path, size, options, paint, error);
}

bool FigureExporter::exportFigure(
    const QString &path, QSizeF size, const Options &options, const PaintFunction &paint, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto format = formatForPath(path);
    if (!format)
        return fail(tr("unknown image format; use %1").arg(FileFormats::suffixChoice(descriptions())));
    const int dpi = options.dpi > 0 ? options.dpi : 300;
    const auto paintFigure = [&](QPainter *painter, const QRectF &target) {
        paint(painter, options.drawTitle && !options.title.isEmpty() ? paintTitle(painter, target, options.title)
                                                                     : target);
    };
    // The figure is made in memory and written once, so that a full disk or a failing device is
    // reported with its reason and never leaves a half-written file behind.
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    const QRectF target(QPointF(0, 0), size);
    switch (*format) {
    case Format::Png: {
        const qreal scale = dpi / 96.0;
        QImage image(pixelSize(size, dpi), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return fail(tr("the image is too large for memory"));
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(scale, scale);
            paintFigure(&painter, target);
        }
        if (!image.save(&file, "PNG"))
            return fail(tr("the PNG could not be written"));
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size.toSize());
        svg.setViewBox(target);
        svg.setResolution(96);
        svg.setTitle(options.title);
        svg.setDescription(tr("Made with CapFlow"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("the SVG could not be started"));
        painter.setRenderHint(QPainter::Antialiasing);
        paintFigure(&painter, target);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(options.title);
        pdf.setCreator(QStringLiteral("CapFlow"));
        pdf.setResolution(1200);
        // One page exactly the figure's size (96 logical pixels per inch = 72 points per 96 px),
        // or the page asked for, with the figure laid out in its printable area.
        pdf.setPageLayout(options.page.value_or(
            QPageLayout(QPageSize(pdfPageSize(size, {}), QPageSize::Point), QPageLayout::Portrait, QMarginsF())));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(tr("the PDF could not be started"));
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal scale = pdf.resolution() / 96.0;
        painter.scale(scale, scale);
        paintFigure(&painter, options.page ? QRectF(0, 0, pdf.width() / scale, pdf.height() / scale) : target);
        painter.end();
        break;
    }
    }
    file.close();
    return SafeFiles::write(path, bytes, error);
}
