#include "network/NetworkDetailsPanel.h"

#include "analysis/AmountTotals.h"
#include "document/Document.h"
#include "format/Formatter.h"
#include "network/NetworkDealText.h"

#include <QDesktopServices>

NetworkDetailsPanel::NetworkDetailsPanel(const Document *document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("networkDetails"));
    setOpenLinks(false);
    setMinimumWidth(320);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("company"))
            Q_EMIT companyActivated(url.path());
        else if (url.scheme() == QLatin1String("deal"))
            Q_EMIT dealActivated(url.path());
        else
            QDesktopServices::openUrl(url);
    });
}

void NetworkDetailsPanel::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

void NetworkDetailsPanel::showCompany(const QString &id)
{
    m_company = id;
    m_deal.clear();
    refresh();
}

void NetworkDetailsPanel::showDeal(const QString &id)
{
    m_deal = id;
    m_company.clear();
    refresh();
}

void NetworkDetailsPanel::refresh()
{
    if (!m_deal.isEmpty() && m_document->deal(m_deal))
        setHtml(dealHtml(m_deal));
    else if (!m_company.isEmpty() && m_document->company(m_company))
        setHtml(companyHtml(m_company));
    else
        setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                    .arg(tr("Click a company or a deal in the network to see its details here.").toHtmlEscaped()));
}

namespace {
QString link(const QString &scheme, const QString &id, const QString &text)
{
    return QStringLiteral("<a href='%1:%2'>%3</a>").arg(scheme, id, text.toHtmlEscaped());
}

QString dealLink(const QString &id)
{
    return link(QStringLiteral("deal"), id, id);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The sources of a figure, primary first: each publisher linked to its page, with its tier, what
// it reports and the page's headline when it has a real one.
QString sourceItems(const QList<Source> &sources, const Sources::TierTable &tiers, const Formatter &format)
{
    QString html;
    for (const Source &source : tiers.byTier(sources)) {
        const QString who = QStringLiteral("<a href='%1'>%2</a>, %3")
                                .arg(source.url.toHtmlEscaped(), NetworkDealText::publisher(source).toHtmlEscaped(),
                                    enumDisplayName(tiers.tierOf(source)).toHtmlEscaped());
        const QString claim = NetworkDealText::claim(source, format);
        QString item = claim.isEmpty() ? who
                                       : NetworkDealText::tr("%1: %2", "publisher and tier: what the source reports")
                                             .toHtmlEscaped()
                                             .arg(who, claim.toHtmlEscaped());
        if (const QString title = Sources::citableTitle(source); !title.isEmpty())
            item += QStringLiteral(" – \u201C%1\u201D").arg(title.toHtmlEscaped());
        if (!source.note.isEmpty())
            item += QStringLiteral("<br><i>%1</i>").arg(source.note.toHtmlEscaped());
        html += QStringLiteral("<li>%1</li>").arg(item);
    }
    return html;
}
} // namespace

QString NetworkDetailsPanel::companyHtml(const QString &id) const
{
    const Formatter format(m_language);
    const Sources::TierTable &tiers = m_document->tiers();
    const Company *company = m_document->company(id);
    QString html
        = QStringLiteral("<h3>%1</h3><p>%2").arg(company->name.toHtmlEscaped(), enumDisplayName(company->kind));
    if (!company->country.isEmpty())
        html += QStringLiteral(" · ") + company->country.toHtmlEscaped();
    html += QStringLiteral("</p>");
    const Valuation *latest = nullptr;
    for (const Valuation *v : m_document->valuationsOf(id)) {
        if (!latest || latest->date < v->date)
            latest = v;
    }
    if (latest) {
        QString value = format.money(latest->value);
        const QString disagree = NetworkDealText::disagreement(latest->value, latest->sources);
        if (!disagree.isEmpty())
            value = NetworkDealText::marked(value);
        html += QStringLiteral("<p>%1").arg(
            tr("Latest valuation: %1 (%2)").arg(value, format.date(latest->date)).toHtmlEscaped());
        if (!disagree.isEmpty())
            html += QStringLiteral(" – ") + disagree.toHtmlEscaped();
        html += QStringLiteral("</p>");
        if (!latest->sources.isEmpty())
            html += QStringLiteral("<ul>%1</ul>").arg(sourceItems(latest->sources, tiers, format));
    }
    const QString note
        = m_language == Language::German && !company->note.de.isEmpty() ? company->note.de : company->note.en;
    if (!note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());

    const NetworkDealText::Incoming incoming = NetworkDealText::incoming(*m_document);
    auto section = [&](const QString &title, const QList<const Deal *> &deals, bool outgoing) {
        // Each dollar once: a deal that another deal of the list supersedes or contains is listed
        // with the reason but left out of the sums.
        const KindTotals summary = KindTotals::of(deals);
        const QHash<QString, DealRelations::Status> uncounted = DealRelations::uncounted(deals);
        html += QStringLiteral("<h4>%1</h4>").arg(title.toHtmlEscaped());
        if (deals.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("None").toHtmlEscaped());
            return;
        }
        html += QStringLiteral(
            "<table cellspacing='0' cellpadding='2'><tr><th align='left'>%1</th><th align='right'>%2</th>"
            "<th align='right'>%3</th><th align='right'>%4</th><th align='right'>%5</th></tr>")
                    .arg(tr("Kind"), tr("Firm"), tr("Up to"), tr("Estimated"), tr("Undisclosed"));
        auto row = [&](const QString &name, const AmountTotals &t, bool bold) {
            const QString cell = bold ? QStringLiteral("<td align='right'><b>%1</b></td>")
                                      : QStringLiteral("<td align='right'>%1</td>");
            html += QStringLiteral("<tr><td>%1 (%2)</td>").arg(name.toHtmlEscaped()).arg(t.deals)
                + cell.arg(format.moneyOrDash(t.firm)) + cell.arg(format.moneyOrDash(t.upTo))
                + cell.arg(format.moneyOrDash(t.estimated)) + cell.arg(format.countOrDash(t.undisclosed))
                + QStringLiteral("</tr>");
        };
        for (auto it = summary.byKind.cbegin(); it != summary.byKind.cend(); ++it)
            row(enumDisplayName(it.key()), it.value(), false);
        if (summary.byKind.size() > 1)
            row(tr("All"), summary.all, true);
        html += QStringLiteral("</table>");
        if (summary.leftOut > 0)
            html += QStringLiteral("<p><small>%1</small></p>")
                        .arg(tr("%n deal(s) not added: superseded by or part of another deal listed", nullptr,
                            summary.leftOut)
                                 .toHtmlEscaped());
        html += QStringLiteral("<ul>");
        QList<const Deal *> sorted = deals;
        std::sort(sorted.begin(), sorted.end(), [](const Deal *a, const Deal *b) { return a->date < b->date; });
        for (const Deal *deal : std::as_const(sorted)) {
            const QString otherId = outgoing ? deal->to : deal->from;
            const Company *other = m_document->company(otherId);
            QString amount = format.dealAmount(deal->amount, deal->amountKind);
            if (Sources::disagree(deal->amount, deal->sources))
                amount = NetworkDealText::marked(amount);
            QString item
                = QStringLiteral("%1 · %2 · %3 · %4")
                      .arg(format.date(deal->date).toHtmlEscaped(),
                          link(QStringLiteral("company"), otherId, other ? other->name : otherId),
                          link(QStringLiteral("deal"), deal->id, enumDisplayName(deal->kind)), amount.toHtmlEscaped());
            // Why it is not added, else what it says about other deals.
            const auto status = uncounted.constFind(deal->id);
            const QString why = status == uncounted.cend()
                ? NetworkDealText::relations(*deal, incoming, dealLink, escaped).join(QStringLiteral("; "))
                : NetworkDealText::statusInTotals(*deal, *status, dealLink, escaped);
            if (!why.isEmpty())
                item += QStringLiteral(" · <i>%1</i>").arg(why);
            html += QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("</ul>");
    };
    section(tr("Deals as payer or investor"), m_document->graph().dealsOut(id), true);
    section(tr("Deals as receiver"), m_document->graph().dealsIn(id), false);
    return html;
}

QString NetworkDetailsPanel::dealHtml(const QString &id) const
{
    const Formatter format(m_language);
    const Sources::TierTable &tiers = m_document->tiers();
    const Deal *deal = m_document->deal(id);
    const Company *from = m_document->company(deal->from);
    const Company *to = m_document->company(deal->to);
    QString html = QStringLiteral("<h3>%1 → %2</h3><table cellspacing='0' cellpadding='2'>")
                       .arg(link(QStringLiteral("company"), deal->from, from ? from->name : deal->from),
                           link(QStringLiteral("company"), deal->to, to ? to->name : deal->to));
    auto fieldHtml = [&](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value);
    };
    auto field = [&](const QString &name, const QString &value) { fieldHtml(name, value.toHtmlEscaped()); };
    const QString disagree = NetworkDealText::disagreement(deal->amount, deal->sources);
    const QString amount = format.dealAmount(deal->amount, deal->amountKind);
    field(tr("Deal"), deal->id);
    field(tr("Date"), format.date(deal->date));
    field(tr("Kind"), enumDisplayName(deal->kind));
    field(tr("Amount"), disagree.isEmpty() ? amount : NetworkDealText::marked(amount));
    field(tr("Amount kind"), enumDisplayName(deal->amountKind));
    if (deal->capacityMw)
        field(tr("Capacity"), format.gigawatts(*deal->capacityMw));
    const QStringList relations
        = NetworkDealText::relations(*deal, NetworkDealText::incoming(*m_document), dealLink, escaped);
    if (!relations.isEmpty())
        fieldHtml(tr("Relations"), relations.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    const QString note = m_language == Language::German && !deal->note.de.isEmpty() ? deal->note.de : deal->note.en;
    if (!note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Sources").toHtmlEscaped());
    if (!disagree.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%1: %2 is shown", "sources disagree: the figure shown")
                             .arg(disagree, amount)
                             .toHtmlEscaped());
    html += QStringLiteral("<ul>%1</ul>").arg(sourceItems(deal->sources, tiers, format));
    return html;
}
