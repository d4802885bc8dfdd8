#include "analysis/FlowDiagram.h"

#include "analysis/CompanyFlows.h"
#include "graph/FilteredDealGraph.h"

#include <algorithm>
#include <map>
#include <tuple>

QList<CompanyKind> FlowDiagramOptions::defaultLayerOrder()
{
    return {CompanyKind::Investor, CompanyKind::Conglomerate, CompanyKind::AiLab, CompanyKind::Cloud,
        CompanyKind::Chips, CompanyKind::Other};
}

double FlowNode::size() const
{
    return double(std::max(in.disclosed().usd(), out.disclosed().usd()));
}

namespace {
struct Move
{
    const Deal *deal;
    QString payer; // empty: buyers outside the data
    QString receiver;
};

// The order of the columns: the user's, with any kind it lacks after it in the default order.
QList<CompanyKind> completeOrder(const QList<CompanyKind> &order)
{
    QList<CompanyKind> result;
    for (CompanyKind kind : order) {
        if (!result.contains(kind))
            result << kind;
    }
    for (CompanyKind kind : FlowDiagramOptions::defaultLayerOrder()) {
        if (!result.contains(kind))
            result << kind;
    }
    return result;
}

const QString OutsideKey = QStringLiteral("\x01outside");

QString kindKey(CompanyKind kind)
{
    return QStringLiteral("\x01kind:%1").arg(int(kind));
}

bool largerDealFirst(const Deal *a, const Deal *b)
{
    const qint64 x = a->amount ? a->amount->usd() : -1;
    const qint64 y = b->amount ? b->amount->usd() : -1;
    return x != y ? x > y : a->id < b->id;
}
} // namespace

FlowDiagram FlowDiagram::build(const DealGraph &graph, const FlowDiagramOptions &options)
{
    FlowDiagram diagram;
    diagram.options = options;
    diagram.options.layerOrder = completeOrder(options.layerOrder);
    DealFilter filter = options.filter;
    filter.dropSuperseded = true; // what was replaced never happened, as in the analysis
    const FilteredDealGraph view(graph, filter);

    std::vector<Move> moves;
    CompanyFlows::forEachMove(view, [&](const Deal &deal, const QString &payer, const QString &receiver) {
        if (!options.focus.isEmpty()
            && (!options.focus.contains(receiver) || (!payer.isEmpty() && !options.focus.contains(payer))))
            return;
        moves.push_back({&deal, payer, receiver});
    });

    const auto kindOf = [&graph](const QString &id) {
        const Company *company = graph.company(id);
        return company ? company->kind : CompanyKind::Other;
    };
    // Which node each company is drawn in.
    QSet<QString> ownNode; // ByCompany: the companies drawn on their own
    if (options.layering == FlowLayering::ByCompany) {
        QHash<QString, double> money;
        for (const Move &move : moves) {
            const double amount = move.deal->amount ? double(move.deal->amount->usd()) : 0;
            if (!move.payer.isEmpty())
                money[move.payer] += amount;
            money[move.receiver] += amount;
        }
        QStringList ids = money.keys();
        std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
            return money[a] != money[b] ? money[a] > money[b] : a < b;
        });
        for (int i = 0; i < std::min<int>(std::max(options.topCompanies, 1), int(ids.size())); ++i)
            ownNode.insert(ids[i]);
    }
    const auto keyOf = [&](const QString &id) {
        if (id.isEmpty())
            return OutsideKey;
        if (ownNode.contains(id))
            return id;
        return kindKey(kindOf(id));
    };

    struct Building
    {
        FlowNode node;
        QSet<QString> companies;
    };
    std::map<QString, Building> nodes;
    struct BandKey
    {
        QString from, to;
        DealKind kind;
        bool operator<(const BandKey &other) const
        {
            return std::tie(from, to, kind) < std::tie(other.from, other.to, other.kind);
        }
    };
    std::map<BandKey, std::pair<AmountTotals, QList<const Deal *>>> bands;
    const auto nodeFor = [&](const QString &id) -> Building & {
        const QString key = keyOf(id);
        auto [it, added] = nodes.try_emplace(key);
        if (added) {
            FlowNode &node = it->second.node;
            if (key == OutsideKey) {
                node.type = FlowNode::Type::Outside;
            } else {
                node.kind = kindOf(id);
                node.type = options.layering == FlowLayering::ByKind ? FlowNode::Type::Kind
                    : ownNode.contains(id)                           ? FlowNode::Type::Company
                                                                     : FlowNode::Type::OtherCompanies;
                if (node.type == FlowNode::Type::Company)
                    node.companyId = id;
            }
        }
        if (!id.isEmpty())
            it->second.companies.insert(id);
        return it->second;
    };
    for (const Move &move : moves) {
        Building &to = nodeFor(move.receiver);
        to.node.in.add(*move.deal);
        Building &from = nodeFor(move.payer);
        from.node.out.add(*move.deal);
        auto &band = bands[BandKey {keyOf(move.payer), keyOf(move.receiver), move.deal->kind}];
        band.first.add(*move.deal);
        band.second << move.deal;
    }

    // Columns: the kinds that have money, in the order chosen; the buyers outside first.
    QSet<CompanyKind> present;
    for (const auto &[key, building] : nodes) {
        if (building.node.type == FlowNode::Type::Outside)
            diagram.hasOutside = true;
        else
            present.insert(building.node.kind);
    }
    QHash<int, int> columnOfKind;
    if (diagram.hasOutside)
        diagram.columnKinds << CompanyKind::Other;
    for (CompanyKind kind : diagram.options.layerOrder) {
        if (!present.contains(kind))
            continue;
        columnOfKind.insert(int(kind), int(diagram.columnKinds.size()));
        diagram.columnKinds << kind;
    }
    diagram.columns = int(diagram.columnKinds.size());

    QList<std::pair<QString, FlowNode>> ordered;
    for (auto &[key, building] : nodes) {
        FlowNode node = building.node;
        node.column = node.type == FlowNode::Type::Outside ? 0 : columnOfKind.value(int(node.kind));
        node.companyIds = QStringList(building.companies.cbegin(), building.companies.cend());
        std::sort(node.companyIds.begin(), node.companyIds.end());
        ordered.append({key, node});
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        const FlowNode &x = a.second, &y = b.second;
        if (x.column != y.column)
            return x.column < y.column;
        const bool xOther = x.type == FlowNode::Type::OtherCompanies, yOther = y.type == FlowNode::Type::OtherCompanies;
        if (xOther != yOther)
            return yOther;
        return x.size() != y.size() ? x.size() > y.size() : a.first < b.first;
    });
    QHash<QString, int> indexOfKey;
    for (const auto &[key, node] : ordered) {
        indexOfKey.insert(key, int(diagram.nodes.size()));
        for (const QString &id : node.companyIds)
            diagram.m_nodeOfCompany.insert(id, int(diagram.nodes.size()));
        diagram.nodes << node;
    }

    for (auto &[key, value] : bands) {
        FlowBand band;
        band.from = indexOfKey.value(key.from);
        band.to = indexOfKey.value(key.to);
        band.kind = key.kind;
        band.money = value.first;
        std::sort(value.second.begin(), value.second.end(), largerDealFirst);
        for (const Deal *deal : value.second)
            band.dealIds << deal->id;
        band.isReturn = diagram.nodes[band.from].column >= diagram.nodes[band.to].column;
        diagram.bands << band;
    }
    std::stable_sort(diagram.bands.begin(), diagram.bands.end(), [](const FlowBand &a, const FlowBand &b) {
        if (a.isReturn != b.isReturn)
            return b.isReturn;
        return a.money.disclosed() > b.money.disclosed();
    });
    return diagram;
}

int FlowDiagram::nodeOfCompany(const QString &companyId) const
{
    return m_nodeOfCompany.value(companyId, -1);
}

QList<int> FlowDiagram::bandsOf(const QStringList &dealIds) const
{
    const QSet<QString> wanted(dealIds.cbegin(), dealIds.cend());
    QList<int> result;
    for (int i = 0; i < bands.size(); ++i) {
        if (std::any_of(bands[i].dealIds.cbegin(), bands[i].dealIds.cend(),
                [&wanted](const QString &id) { return wanted.contains(id); }))
            result << i;
    }
    return result;
}
