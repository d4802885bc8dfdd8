# Reads a GraphML or GEXF file with networkx and prints what the test checks as JSON:
#   networkx_read.py graphml|gexf FILE
import json
import sys
import warnings

import networkx as nx

warnings.simplefilter("ignore")
kind, path = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
edges = (g.edges(keys=True, data=True) if g.is_multigraph()
         else ((u, v, None, d) for u, v, d in g.edges(data=True)))
print(json.dumps({
    "multigraph": g.is_multigraph(),
    "directed": g.is_directed(),
    "title": g.graph.get("title"),
    "mode": g.graph.get("mode"),
    "nodes": {n: d for n, d in g.nodes(data=True)},
    "edges": [
        {"source": u, "target": v, "key": k,
         "types": {name: type(value).__name__ for name, value in d.items()}, **d}
        for u, v, k, d in edges
    ],
}, ensure_ascii=False, default=str))
