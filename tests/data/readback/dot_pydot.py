# Reads a DOT file with networkx's pydot reader and prints nodes and edges as JSON. pydot keeps
# values as written, so quotes are stripped and the Graphviz escapes undone here.
import json
import sys

import networkx as nx


def unquote(text):
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1]
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", '"': '"', "\\": "\\"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


g = nx.drawing.nx_pydot.read_dot(sys.argv[1])
print(json.dumps({
    "multigraph": g.is_multigraph(),
    "directed": g.is_directed(),
    "nodes": {unquote(n): {k: unquote(v) for k, v in d.items()} for n, d in g.nodes(data=True)},
    "edges": [{"source": unquote(u), "target": unquote(v), **{k: unquote(x) for k, x in d.items()}}
              for u, v, d in g.edges(data=True)],
}, ensure_ascii=False))
