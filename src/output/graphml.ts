// GraphML (graphml.graphdrawing.org) of the signed blocs graph, for Gephi, yEd, Cytoscape or networkx.
// Signed weights are edge attributes; each node carries its bloc.
import type { SignedGraph } from '../analysis/signed-graph.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The graph as GraphML; `bloc` maps node ids to their bloc (omitted nodes get -1). */
export function toGraphml(g: SignedGraph, bloc: ReadonlyMap<string, number> = new Map()): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="code" for="node" attr.name="code" attr.type="string"/>',
    '  <key id="bloc" for="node" attr.name="bloc" attr.type="int"/>',
    '  <key id="nevents" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="positive" for="edge" attr.name="positive" attr.type="double"/>',
    '  <key id="negative" for="edge" attr.name="negative" attr.type="double"/>',
    '  <key id="sign" for="edge" attr.name="sign" attr.type="int"/>',
    '  <key id="eevents" for="edge" attr.name="events" attr.type="int"/>',
    '  <graph id="blocs" edgedefault="undirected">',
  ];
  for (const id of [...g.nodes()].sort()) {
    const a = g.getNodeAttributes(id);
    out.push(`    <node id="${esc(id)}"><data key="label">${esc(a.label)}</data><data key="code">${esc(a.code)}</data><data key="bloc">${bloc.get(id) ?? -1}</data><data key="nevents">${a.events}</data></node>`);
  }
  g.forEachEdge((key, a, s, t) => {
    const sign = a.weight > 0 ? 1 : a.weight < 0 ? -1 : 0;
    out.push(`    <edge id="${esc(key)}" source="${esc(s)}" target="${esc(t)}"><data key="weight">${a.weight}</data><data key="positive">${a.positive}</data><data key="negative">${a.negative}</data><data key="sign">${sign}</data><data key="eevents">${a.events}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}
