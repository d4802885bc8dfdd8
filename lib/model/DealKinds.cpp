#include "model/DealKinds.h"

#include "model/DescriptorTable.h"
#include <QCoreApplication>

namespace DealKinds {

const QList<Traits> &all()
{
    using enum Money;
    static const QList<Traits> kinds {
        {DealKind::Equity, "equity", QT_TRANSLATE_NOOP("KindNames", "Equity"), PayerToReceiver, Role::Investment,
            qRgb(0xE6, 0x9F, 0x00)}, // orange: money for shares
        {DealKind::Compute, "compute", QT_TRANSLATE_NOOP("KindNames", "Compute"), PayerToReceiver, Role::Purchase,
            qRgb(0x00, 0x72, 0xB2)}, // blue: cloud purchases
        {DealKind::Chips, "chips", QT_TRANSLATE_NOOP("KindNames", "Chips"), PayerToReceiver, Role::Purchase,
            qRgb(0x00, 0x9E, 0x73)}, // green: chip purchases
        {DealKind::Partnership, "partnership", QT_TRANSLATE_NOOP("KindNames", "Partnership"), PayerToReceiver,
            Role::Other, qRgb(0x56, 0xB4, 0xE9)}, // sky blue
        {DealKind::Divestment, "divestment", QT_TRANSLATE_NOOP("KindNames", "Divestment"), ToSeller, Role::Other,
            qRgb(0xCC, 0x79, 0xA7)}, // purple
        {DealKind::Acquisition, "acquisition", QT_TRANSLATE_NOOP("KindNames", "Acquisition"), PayerToReceiver,
            Role::Other, qRgb(0xD5, 0x5E, 0x00)}, // vermillion
        {DealKind::Loan, "loan", QT_TRANSLATE_NOOP("KindNames", "Loan"), PayerToReceiver, Role::Investment,
            qRgb(0x59, 0x59, 0x59)}, // dark grey
    };
    return kinds;
}

const Traits &of(DealKind kind)
{
    return descriptorFor(all(), kind, &Traits::kind);
}

QString displayName(DealKind kind)
{
    return QCoreApplication::translate("KindNames", of(kind).name);
}

std::pair<QString, QString> payerAndReceiver(const Deal &deal)
{
    if (of(deal.kind).money == Money::ToSeller)
        return {deal.to, deal.from};
    return {deal.from, deal.to};
}

} // namespace DealKinds
