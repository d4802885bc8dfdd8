#pragma once

#include "extract/ArticleExtractor.h"

#include <QJsonObject>

// The JSON of --extract-deals: the deals with the field names --analyze uses for deals (from_id,
// from_name, to_id, to_name, kind, amount_usd, amount_kind, certainty, date, date_precision), plus where each
// rests in the article (sentence, sentence_start, sentence_end, figure_start, figure_end), the
// stated totals, the valuations and the figures that did not become a proposal. A party the
// document does not know has a null id and its name, with "new_company": true.
QJsonObject extractionToJson(const ExtractionResult &result, const DocumentData &document);
