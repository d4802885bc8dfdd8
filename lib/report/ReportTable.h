#pragma once

#include <QColor>
#include <QList>
#include <QStringList>

// A table for a printed report, as plain data: the deal table, and extra sections such as an
// analysis page. The report lays it out across pages and repeats the header row on each one.
struct ReportTable
{
    struct Column
    {
        QString header;
        Qt::Alignment alignment = Qt::AlignLeft;
        bool wraps = true; // false: kept on one line (dates, amounts, numbers)
        // With wraps: breaks only between parts joined by " · " ("$1.4tn committed · 30 GW"), so
        // the column is at least as wide as its widest part.
        bool keepsParts = false;
    };

    QString title; // heading above the table; empty: none
    QString note; // a paragraph between heading and table; empty: none
    QList<Column> columns;
    QList<QStringList> rows;
    // Optional: a colour swatch drawn in front of the text in markerColumn, one colour per row
    // (the deal kind's colour, as in the views and legends).
    int markerColumn = -1;
    QList<QColor> rowMarkers;
    // Optional, for tables also shown on screen (itemmodels/ReportTableModel): the deals and
    // companies a row stands for, lit in the views when the row is selected.
    QList<QStringList> rowDeals;
    QList<QStringList> rowCompanies;
};
