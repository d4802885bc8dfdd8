#pragma once

#include "i18n/Language.h"
#include "io/CapflowFormat.h"

class ReadControl;

// Deals as CSV, in the columns of the reference data (resources/dataset/source/ai-deals.csv) plus note_de:
// id,date,date_precision,from,to,kind,amount_usd_bn,amount_kind,note_en,source_url,source_title,note_de
// Companies are named, not referenced by id; several sources are separated by line breaks.
namespace DealCsv {

QStringList columns();

// Reads deals by header name (any order, note_de optional). A company not found in `known`
// (by name) becomes a company of kind "other". Any bad row: problems, and no data at all.
// Rows are checked on all cores; `control` (optional) is told how far it is and may cancel.
CapflowFormat::ReadResult read(
    const QByteArray &utf8, const QString &fileName, const DocumentData &known, ReadControl *control = nullptr);

// How a CSV is written. The plain dialect is the reference format above (",", decimal point, no
// byte order mark). The Excel dialect is what Excel opens by double-click in the user's language:
// UTF-8 with a byte order mark (else Excel reads it as a legacy code page), and in German ";"
// between fields and a decimal comma in amounts, as German Excel expects.
struct CsvDialect
{
    QChar separator = u',';
    QChar decimalPoint = u'.';
    bool byteOrderMark = false;

    static CsvDialect plain() { return {}; }
    static CsvDialect excel(Language language);
};

// The plain dialect.
QByteArray write(const DocumentData &data);
QByteArray write(const DocumentData &data, const CsvDialect &dialect);
// The Excel dialect of the session's language (languageForLocale(QLocale())).
QByteArray writeForExcel(const DocumentData &data);

} // namespace DealCsv
