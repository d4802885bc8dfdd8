#pragma once

#include "document/DocumentData.h"

#include <QByteArray>

// The deal network for other graph tools: companies as nodes, deals as directed edges (money
// direction) with all their facts as attributes. Amounts are exact strings of whole US dollars,
// because Boost's writers would print doubles with six significant digits.
namespace GraphExport {
QByteArray toGraphML(const DocumentData &data); // via boost::write_graphml
QByteArray toDot(const DocumentData &data); // via boost::write_graphviz_dp
QByteArray toGexf(const DocumentData &data); // GEXF 1.3 (Gephi), via QXmlStreamWriter
} // namespace GraphExport
