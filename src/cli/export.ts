/**
 * `kg export --format graphml|gexf|json [--store PATH|URI] [--out FILE]`: the stored graph as a
 * file for Gephi (GEXF), yEd/Cytoscape/NetworkX (GraphML) or graphology (JSON).
 * Input: the embedded graph file or a Neo4j store. Output: the file (written atomically) or stdout.
 */
import { access } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { MultiDirectedGraph } from 'graphology';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../store/export.ts';
import { StoreError } from '../store/store.ts';
import { loadGraph, writeFileAtomic } from '../store/persist.ts';
import { checkOut } from './out.ts';

export interface ExportOptions {
  format: ExportFormat;
  store?: string;
  out?: string;
  force?: boolean;
}

export function exportCommand(): Command {
  return new Command('export')
    .description('write the graph as GraphML or GEXF 1.2 (Gephi, NetworkX, JGraphT; see README "Exports") or graphology JSON')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('graphml'))
    .option('--store <path|uri>', 'embedded store file, or a Neo4j URI; default: $NEO4J_URI, else .kg/graph.json')
    .option('--out <file>', 'file to write (default: standard output); an existing file only with --force, a graph store never')
    .option('--force', 'replace an existing --out file (never a graph store)')
    .action(async (opts: ExportOptions) => {
      await exportTo(opts);
    });
}

/** The programmatic twin of `kg export`. */
export async function exportTo(opts: ExportOptions): Promise<void> {
  if (opts.out) await checkOut(opts.out, opts.force, `${opts.out.replace(/\/+$/, '')}/graph.${opts.format}`);
  // Loaded here, not at the top: `kg --help` must not pay for the Neo4j driver.
  const { defaultTarget } = await import('../store/open.ts');
  const graph = await readStoredGraph(opts.store ?? defaultTarget());
  const pieces = exportGraph(graph, opts.format);
  if (opts.out) {
    await writeFileAtomic(opts.out, pieces);
    return;
  }
  for (const piece of pieces) {
    // Respect back-pressure so a large graph piped to another program is not held in memory.
    if (!process.stdout.write(piece)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

async function readStoredGraph(target: string): Promise<MultiDirectedGraph> {
  const { isNeo4jUri, openNeo4j } = await import('../store/open.ts');
  if (isNeo4jUri(target)) {
    const store = await openNeo4j(target);
    try {
      return await store.readGraph();
    } finally {
      await store.close();
    }
  }
  // Exporting a file that does not exist is a mistake (a typo, or no seed yet), not an empty graph.
  await access(target).catch(() => {
    throw new StoreError(`no graph file at ${target} (run \`kg seed\` first, or pass --store)`);
  });
  return loadGraph(target);
}
