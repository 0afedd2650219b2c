/** The embedded store's graph: a directed multigraph (edges of one type between two nodes on different keys), self-loops allowed. */
import { MultiDirectedGraph } from 'graphology';

export function emptyGraph(): MultiDirectedGraph {
  return new MultiDirectedGraph({ allowSelfLoops: true });
}
