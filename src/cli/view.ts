/**
 * `kg view [--store PATH] [--out FILE] [--open]`: write one self-contained HTML page of the embedded
 * graph (search, colours per label, a panel with properties, edges and evidence). Input: the store
 * file. Output: the page on disk, and its path on stdout.
 */
import { spawn } from 'node:child_process';
import { stat, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { loadGraph } from '../store/persist.ts';
import { UserError } from './errors.ts';
import { checkOut } from './out.ts';

export interface ViewOptions {
  store?: string;
  out?: string;
  open?: boolean;
  force?: boolean;
}

const DEFAULT_STORE = '.kg/graph.json';
const DEFAULT_OUT = '.kg/view.html';

export function viewCommand(): Command {
  return new Command('view')
    .description('write one offline HTML page of the embedded graph: a world map of agreements, visits and vetoes (by kind and month) and the node-link graph; click a state, an arc or a node to read its edges and evidence')
    .option('--store <path>', `embedded store file (default: ${DEFAULT_STORE})`)
    .option('--out <file>', `where to write the page (default: ${DEFAULT_OUT}, replaced on each run); an existing file only with --force, a graph store never`)
    .option('--force', 'replace an existing --out file (never a graph store)')
    .option('--open', 'open the page in the default browser afterwards')
    .action(async (opts: ViewOptions) => {
      const { out, nodes, edges } = await view(opts);
      process.stdout.write(`kg view: wrote ${out} (${nodes} nodes, ${edges} edges)\n`);
      if (opts.open) openInBrowser(out);
    });
}

/** Write the page; the programmatic twin of `kg view`. */
export async function view(opts: ViewOptions): Promise<{ out: string; nodes: number; edges: number }> {
  const store = opts.store ?? DEFAULT_STORE;
  if (/^(bolt|neo4j)(\+s|\+ssc)?:\/\//i.test(store)) {
    throw new UserError(`kg view draws the embedded store, not ${store}; for Neo4j open Neo4j Browser (http://localhost:7474/browser/)`);
  }
  // The default page is kg's own and is replaced each run; a file the user named is checked.
  const out = resolve(opts.out ?? DEFAULT_OUT);
  await checkOut(out, opts.force || opts.out === undefined, `${opts.out?.replace(/\/+$/, '')}/graph.html`);
  const found = await stat(store).catch(() => null);
  if (!found?.isFile()) throw new UserError(`no graph file at ${store} (run "kg seed --store ${store}" first)`);
  const graph = await loadGraph(store);
  const { buildViewData, renderPage } = await import('../view/index.ts');
  const data = buildViewData(graph);
  const html = await renderPage(data, { title: `kg view — ${store}` });
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, html);
  } catch (err) {
    throw new UserError(`cannot write ${out}: ${(err as Error).message}`);
  }
  return { out, nodes: graph.order, edges: graph.size };
}

function openInBrowser(file: string): void {
  const url = pathToFileURL(file).href;
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`kg view: could not start ${cmd}; open ${url} yourself\n`));
  child.unref();
}
