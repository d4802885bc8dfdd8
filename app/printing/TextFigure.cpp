#include "printing/TextFigure.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

#include <memory>

ReportFigure textDocumentFigure(const QString &title, const QTextDocument *document, QSizeF preferredSize)
{
    std::shared_ptr<QTextDocument> copy(document->clone());
    auto paint = [copy](QPainter *painter, const QRectF &target) {
        copy->setTextWidth(target.width());
        painter->save();
        painter->translate(target.topLeft());
        painter->setClipRect(QRectF(QPointF(0, 0), target.size()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, 0), target.size());
        context.palette.setColor(QPalette::Text, Qt::black);
        copy->documentLayout()->draw(painter, context);
        painter->restore();
    };
    return ReportFigure {title, QString(), paint, preferredSize};
}
