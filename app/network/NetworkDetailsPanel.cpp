#include "network/NetworkDetailsPanel.h"

#include "analysis/AmountTotals.h"
#include "document/Document.h"
#include "format/Formatter.h"

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
} // namespace

QString NetworkDetailsPanel::companyHtml(const QString &id) const
{
    const Formatter format(m_language);
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
    if (latest)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Latest valuation: %1 (%2)")
                             .arg(format.money(latest->value), format.date(latest->date))
                             .toHtmlEscaped());
    const QString note
        = m_language == Language::German && !company->note.de.isEmpty() ? company->note.de : company->note.en;
    if (!note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());

    auto section = [&](const QString &title, const QList<const Deal *> &deals, bool outgoing) {
        const KindTotals summary = KindTotals::of(deals);
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
        html += QStringLiteral("</table><ul>");
        QList<const Deal *> sorted = deals;
        std::sort(sorted.begin(), sorted.end(), [](const Deal *a, const Deal *b) { return a->date < b->date; });
        for (const Deal *deal : std::as_const(sorted)) {
            const QString otherId = outgoing ? deal->to : deal->from;
            const Company *other = m_document->company(otherId);
            html += QStringLiteral("<li>%1 · %2 · %3 · %4</li>")
                        .arg(format.date(deal->date).toHtmlEscaped(),
                            link(QStringLiteral("company"), otherId, other ? other->name : otherId),
                            link(QStringLiteral("deal"), deal->id, enumDisplayName(deal->kind)),
                            format.dealAmount(deal->amount, deal->amountKind).toHtmlEscaped());
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
    const Deal *deal = m_document->deal(id);
    const Company *from = m_document->company(deal->from);
    const Company *to = m_document->company(deal->to);
    QString html = QStringLiteral("<h3>%1 → %2</h3><table cellspacing='0' cellpadding='2'>")
                       .arg(link(QStringLiteral("company"), deal->from, from ? from->name : deal->from),
                           link(QStringLiteral("company"), deal->to, to ? to->name : deal->to));
    auto field = [&](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    field(tr("Deal"), deal->id);
    field(tr("Date"), format.date(deal->date));
    field(tr("Kind"), enumDisplayName(deal->kind));
    field(tr("Amount"), format.dealAmount(deal->amount, deal->amountKind));
    field(tr("Amount kind"), enumDisplayName(deal->amountKind));
    if (deal->capacityMw)
        field(tr("Capacity"), format.gigawatts(*deal->capacityMw));
    html += QStringLiteral("</table>");
    const QString note = m_language == Language::German && !deal->note.de.isEmpty() ? deal->note.de : deal->note.en;
    if (!note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Sources").toHtmlEscaped());
    for (const Source &source : deal->sources)
        html += QStringLiteral("<li><a href='%1'>%2</a></li>")
                    .arg(source.url.toHtmlEscaped(),
                        (source.title.isEmpty() ? source.url : source.title).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}
