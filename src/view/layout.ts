/**
 * Layout for the view page, computed once in Node so the browser only draws: seeded random start
 * positions, then ForceAtlas2 (Jacomy et al. 2014, PLoS ONE 9(6): e98679) with Barnes–Hut on big graphs.
 * Input: the number of nodes and their edges as index pairs. Output: x,y per node (Float64Array, interleaved).
 */
import { UndirectedGraph } from 'graphology';
import fa2 from 'graphology-layout-forceatlas2';
import { mulberry32 } from '../random.ts';

// The package is CommonJS with `export default` typings: at run time the default import is the
// layout function itself, which TypeScript (NodeNext) types as the module namespace.
const forceAtlas2 = fa2 as unknown as typeof fa2.default;

export interface LayoutOptions {
  /** Upper bound on ForceAtlas2 iterations; the actual count shrinks as the graph grows. */
  maxIterations?: number;
  seed?: number;
}

/** Work budget (iterations × (nodes + edges)) that keeps `kg view` on the whole corpus to a few seconds. */
const WORK_BUDGET = 6_000_000;

export function layout(order: number, edges: Iterable<readonly [number, number]>, opts: LayoutOptions = {}): Float64Array {
  const rand = mulberry32(opts.seed ?? 1);
  const g = new UndirectedGraph<{ x: number; y: number }, { weight: number }>({ allowSelfLoops: false });
  const radius = Math.sqrt(order) * 10;
  for (let i = 0; i < order; i++) {
    // Uniform in a disc: sqrt on the radius so the centre is not denser than the rim.
    const r = radius * Math.sqrt(rand());
    const a = 2 * Math.PI * rand();
    g.addNode(i, { x: r * Math.cos(a), y: r * Math.sin(a) });
  }
  for (const [s, t] of edges) {
    if (s === t) continue;
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'weight', (w) => (w ?? 1) + 1);
    else g.addEdge(s, t, { weight: 1 });
  }
  const work = order + g.size;
  const iterations = Math.max(10, Math.min(opts.maxIterations ?? 300, Math.floor(WORK_BUDGET / Math.max(work, 1))));
  if (g.size > 0) {
    const settings = forceAtlas2.inferSettings(g);
    forceAtlas2.assign(g, {
      iterations,
      getEdgeWeight: 'weight',
      settings: { ...settings, barnesHutOptimize: order > 2000, linLogMode: false, outboundAttractionDistribution: true },
    });
  }
  const out = new Float64Array(order * 2);
  g.forEachNode((n, a) => {
    const i = Number(n);
    out[2 * i] = Number.isFinite(a.x) ? a.x : 0;
    out[2 * i + 1] = Number.isFinite(a.y) ? a.y : 0;
  });
  return out;
}

