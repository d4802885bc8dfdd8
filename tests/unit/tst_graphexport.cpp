// GraphML, GEXF and DOT exports carry every company and deal with exact amounts.
#include "io/DocumentFiles.h"
#include "io/GraphExport.h"

#include <QTest>
#include <QXmlStreamReader>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>

#include <sstream>

class TestGraphExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void graphmlReadsBackWithBoost()
    {
        const DocumentData data = DocumentFiles::bundled();
        const QByteArray graphml = GraphExport::toGraphML(data);
        struct V
        {
            std::string name;
        };
        struct E
        {
            std::string dealId;
            std::string amount;
        };
        boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, E> g;
        boost::dynamic_properties dp(boost::ignore_other_properties);
        dp.property("name", boost::get(&V::name, g));
        dp.property("deal_id", boost::get(&E::dealId, g));
        dp.property("amount_usd", boost::get(&E::amount, g));
        std::istringstream in(graphml.toStdString());
        boost::read_graphml(in, g, dp);
        QCOMPARE(int(boost::num_vertices(g)), int(data.companies.size()));
        QCOMPARE(int(boost::num_edges(g)), int(data.deals.size()));
        bool found = false;
        for (auto e : boost::make_iterator_range(boost::edges(g))) {
            if (g[e].dealId == "D072") {
                QCOMPARE(QString::fromStdString(g[e].amount), QStringLiteral("1400000000000")); // exact, not 1.4e+12
                QCOMPARE(QString::fromStdString(g[boost::source(e, g)].name), QStringLiteral("OpenAI"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void gexfParsesWithAllEdges()
    {
        const DocumentData data = DocumentFiles::bundled();
        QXmlStreamReader xml(GraphExport::toGexf(data));
        int nodes = 0;
        int edges = 0;
        QString amountOfD016;
        QString currentEdge;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"node")
                ++nodes;
            if (xml.name() == u"edge") {
                ++edges;
                currentEdge = xml.attributes().value(QStringLiteral("id")).toString();
            }
            if (xml.name() == u"attvalue" && currentEdge == u"D016"
                && xml.attributes().value(QStringLiteral("for")) == u"4")
                amountOfD016 = xml.attributes().value(QStringLiteral("value")).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodes, int(data.companies.size()));
        QCOMPARE(edges, int(data.deals.size()));
        QCOMPARE(amountOfD016, QStringLiteral("643700000"));
    }

    void dotHasEveryDeal()
    {
        const DocumentData data = DocumentFiles::bundled();
        const QString dot = QString::fromUtf8(GraphExport::toDot(data));
        QVERIFY(dot.startsWith(QStringLiteral("digraph")));
        QCOMPARE(int(dot.count(QStringLiteral("->"))), int(data.deals.size()));
        QVERIFY(dot.contains(QStringLiteral("amount_usd=30000000000")));
    }
};

QTEST_GUILESS_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
