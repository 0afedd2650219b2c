"""Reads a GraphML or GEXF file with networkx (Debian's python3-networkx in CI) and prints what it
loaded as JSON lines: {"nodes":N,"edges":N,"version":...} first, then one line per node and per
edge with every attribute. Usage: python3 networkx_read.py graphml|gexf FILE"""
import json
import sys

import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "version": nx.__version__, "multigraph": g.is_multigraph()}))
for _, a in g.nodes(data=True):
    print(json.dumps({"t": "n", "a": a}, ensure_ascii=False))
for s, d, a in g.edges(data=True):
    print(json.dumps({"t": "e", "s": g.nodes[s]["kg_ref"], "d": g.nodes[d]["kg_ref"], "a": a}, ensure_ascii=False))
