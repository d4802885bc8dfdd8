# Reads a GraphML file with igraph and prints labels and edges as JSON.
import json
import math
import sys

import igraph


def known(value):
    """igraph fills a missing double with NaN (and a missing string with "")."""
    return None if isinstance(value, float) and math.isnan(value) else value


g = igraph.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({
    "directed": g.is_directed(),
    "labels": g.vs["label"],
    "ids": g.vs["id"],
    "edges": [
        {"source": g.vs[e.source]["id"], "target": g.vs[e.target]["id"], "id": e["id"],
         "amount_usd": e["amount_usd"], "amount_usd_bn": known(e["amount_usd_bn"])}
        for e in g.es
    ],
}, ensure_ascii=False))
