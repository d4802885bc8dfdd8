#include "format/Palette.h"

#include "model/DealKinds.h"

namespace Palette {

QColor companyKind(CompanyKind kind)
{
    switch (kind) {
    case CompanyKind::AiLab: return QColor(0xD5, 0x5E, 0x00); // vermillion
    case CompanyKind::Cloud: return QColor(0x00, 0x72, 0xB2); // blue
    case CompanyKind::Chips: return QColor(0x00, 0x9E, 0x73); // bluish green
    case CompanyKind::Investor: return QColor(0xE6, 0x9F, 0x00); // orange
    case CompanyKind::Conglomerate: return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case CompanyKind::Other: return QColor(0x8C, 0x8C, 0x8C); // grey
    }
    return Qt::gray;
}

QColor dealKind(DealKind kind)
{
    return QColor(DealKinds::of(kind).colour);
}

} // namespace Palette
