// Keyboard use of NetworkView: Tab and Shift+Tab go through the companies by name, the arrow keys
// to the nearest company in that direction, Page Down and Page Up through the selected company's
// deals, Enter on a deal follows it to the company paid (Shift+Enter: to the payer), Enter on a
// company shows its details, Ctrl+Tab leaves the network. The selection is announced to screen
// readers through the view's accessible description.
#include "network/NetworkView.h"

#include "network/NetworkPicture.h"

#include <QAccessible>
#include <QCollator>
#include <QKeyEvent>

#include <cmath>
#include <numeric>

namespace {
// The node of the selection: the selected company, or the receiving end of the selected deal.
int currentNode(const NetworkPicture &picture, const QString &company, const QString &deal)
{
    if (!company.isEmpty())
        return picture.nodeIndex(company);
    const int edge = picture.edgeOfDeal(deal);
    return edge >= 0 ? picture.edges()[edge].to : -1;
}
} // namespace

bool NetworkView::focusNextPrevChild(bool next)
{
    // Tab moves through the companies while the network has the focus (Ctrl+Tab leaves it). Only
    // the view's own Tab key calls this (its viewport never takes the focus).
    if (m_network && !m_network->nodes().empty()) {
        stepByName(next ? 1 : -1);
        return true;
    }
    return QGraphicsView::focusNextPrevChild(next);
}

bool NetworkView::navigate(QKeyEvent *event)
{
    if (!m_network || m_network->nodes().empty())
        return false;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (ctrl) {
            QGraphicsView::focusNextPrevChild(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
            return true;
        }
        return false;
    case Qt::Key_Left: moveInDirection(QPointF(-1, 0)); return true;
    case Qt::Key_Right: moveInDirection(QPointF(1, 0)); return true;
    case Qt::Key_Up: moveInDirection(QPointF(0, -1)); return true;
    case Qt::Key_Down: moveInDirection(QPointF(0, 1)); return true;
    case Qt::Key_PageDown: stepThroughDeals(1); return true;
    case Qt::Key_PageUp: stepThroughDeals(-1); return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selectedDeal.isEmpty())
            followDeal(event->modifiers() & Qt::ShiftModifier);
        else if (!m_selectedCompany.isEmpty())
            Q_EMIT companyActivated(m_selectedCompany);
        return true;
    default: return false;
    }
}

void NetworkView::selectNode(int node)
{
    if (node < 0)
        return;
    const NetworkNode &n = m_network->nodes()[node];
    const double r = n.radius + 20;
    ensureVisible(QRectF(n.pos - QPointF(r, r), QSizeF(2 * r, 2 * r)), 40, 40);
    selectCompany(n.id);
}

void NetworkView::stepByName(int step)
{
    const auto &nodes = m_network->nodes();
    std::vector<int> order(nodes.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(order.begin(), order.end(),
        [&](int a, int b) { return collator.compare(nodes[a].name, nodes[b].name) < 0; });
    const int current = currentNode(*m_network, m_selectedCompany, m_selectedDeal);
    const auto at = std::find(order.begin(), order.end(), current);
    int position = at == order.end() ? (step > 0 ? -1 : 0) : int(at - order.begin());
    position = (position + step + int(order.size())) % int(order.size());
    selectNode(order[position]);
}

void NetworkView::moveInDirection(QPointF direction)
{
    const auto &nodes = m_network->nodes();
    const int current = currentNode(*m_network, m_selectedCompany, m_selectedDeal);
    if (current < 0) {
        // Nothing selected yet: the largest company.
        const auto largest = std::min_element(
            nodes.begin(), nodes.end(), [](const NetworkNode &a, const NetworkNode &b) { return a.rank < b.rank; });
        selectNode(int(largest - nodes.begin()));
        return;
    }
    // The nearest company within 60° either side of the direction; nearer to the axis counts more.
    const QPointF from = nodes[size_t(current)].pos;
    int best = -1;
    double bestScore = 0;
    for (size_t i = 0; i < nodes.size(); ++i) {
        const QPointF d = nodes[i].pos - from;
        const double along = d.x() * direction.x() + d.y() * direction.y();
        const double distance = std::hypot(d.x(), d.y());
        if (int(i) == current || along <= 0 || along < distance * 0.5)
            continue;
        const double across = std::sqrt(std::max(0.0, distance * distance - along * along));
        const double score = along + 2 * across;
        if (best < 0 || score < bestScore) {
            best = int(i);
            bestScore = score;
        }
    }
    selectNode(best);
}

void NetworkView::stepThroughDeals(int step)
{
    // The deals of the selected company (or of the selected deal's receiver), in drawing order.
    QString company = m_selectedCompany;
    if (company.isEmpty()) {
        const int edge = m_network->edgeOfDeal(m_selectedDeal);
        if (edge < 0)
            return;
        // Keep going round the company the walk started from: the deal's end that is not new.
        company = m_dealWalkCompany.isEmpty() ? m_network->nodes()[m_network->edges()[edge].to].id : m_dealWalkCompany;
    }
    const int node = m_network->nodeIndex(company);
    if (node < 0)
        return;
    QStringList deals;
    for (const NetworkEdge &e : m_network->edges()) {
        if (e.from == node || e.to == node)
            deals += e.dealIds;
    }
    if (deals.isEmpty())
        return;
    const qsizetype at = deals.indexOf(m_selectedDeal);
    const qsizetype next = at < 0 ? (step > 0 ? 0 : deals.size() - 1) : (at + step + deals.size()) % deals.size();
    selectDeal(deals.at(next));
    m_dealWalkCompany = company;
}

void NetworkView::followDeal(bool toPayer)
{
    const int edge = m_network->edgeOfDeal(m_selectedDeal);
    if (edge < 0)
        return;
    const NetworkEdge &e = m_network->edges()[edge];
    selectNode(toPayer ? e.from : e.to);
}

void NetworkView::announceSelection()
{
    m_dealWalkCompany.clear(); // stepThroughDeals() sets it again after its own selection
    QString text;
    if (m_network) {
        if (const int node = m_network->nodeIndex(m_selectedCompany); node >= 0) {
            const NetworkNode &n = m_network->nodes()[node];
            text = tr("Company %1, %2").arg(n.name, enumDisplayName(n.kind));
        } else if (const int edge = m_network->edgeOfDeal(m_selectedDeal); edge >= 0) {
            const NetworkEdge &e = m_network->edges()[edge];
            text = tr("Deal %1 from %2 to %3, %4")
                       .arg(m_selectedDeal, m_network->nodes()[e.from].name, m_network->nodes()[e.to].name,
                           enumDisplayName(e.kind));
        }
    }
    setAccessibleDescription(text);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}
