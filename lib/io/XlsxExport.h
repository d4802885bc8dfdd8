#pragma once

#include <QByteArray>

struct DocumentData;

// The document as an Excel workbook (.xlsx, written with libxlsxwriter) with three sheets:
// Deals, Companies and Valuations. Cells hold real values, so that Excel and LibreOffice show
// the same in every locale: dates are date cells (yyyy-mm-dd), amounts are numbers in billions of
// USD beside their exact whole dollars as text, capacity is a number in GW. Keys (kinds,
// precisions) are the ones of the CSV. Each sheet has a bold, frozen header row and an autofilter.
namespace XlsxExport {

// Names of the sheets, in their order in the workbook.
inline constexpr const char *dealsSheet = "Deals";
inline constexpr const char *companiesSheet = "Companies";
inline constexpr const char *valuationsSheet = "Valuations";

// The workbook's bytes; empty when libxlsxwriter or the temporary folder failed.
QByteArray write(const DocumentData &data);

} // namespace XlsxExport
