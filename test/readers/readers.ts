/**
 * The real readers of our GraphML and GEXF files, for the export tests: networkx (Debian's
 * python3-networkx), JGraphT's GraphMLImporter with schema validation, and the Gephi toolkit,
 * headless. Each prints what it loaded as JSON lines (count line first), read back here.
 * `.ci/install-readers.sh` installs them; without them the tests skip and say why, except under
 * CI=true, where a missing reader is a failure.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HERE = import.meta.dirname;
export const PYTHON = process.env.KG_PYTHON ?? '/usr/bin/python3';
const CLASSPATH_FILE = join(HERE, '.classpath');
const INSTALL = 'run sh .ci/install-readers.sh';

export interface Loaded {
  nodes: number;
  edges: number;
  version?: string;
  nodeList: { caption?: string; a: Record<string, unknown> }[];
  edgeList: { s: string; d: string; type?: string; a: Record<string, unknown> }[];
}

function classpath(): string[] | null {
  if (!existsSync(CLASSPATH_FILE)) return null;
  const jars = readFileSync(CLASSPATH_FILE, 'utf8').trim().split(':');
  return jars.every((j) => existsSync(j)) ? jars : null;
}

/** Why the readers cannot run here, or null when all three can. */
export function readersMissing(): string | null {
  const missing: string[] = [];
  if (spawnSync(PYTHON, ['-c', 'import networkx']).status !== 0) missing.push(`networkx for ${PYTHON}`);
  if (spawnSync('java', ['-version']).status !== 0) missing.push('java');
  if (!classpath()) missing.push(`the JGraphT and Gephi jars (${CLASSPATH_FILE})`);
  return missing.length ? `missing ${missing.join(' and ')}: ${INSTALL}` : null;
}

export function assertReadersOrSkip(): boolean {
  const missing = readersMissing();
  if (missing && (process.env.CI === 'true' || process.env.CI === '1')) throw new Error(`reader tests cannot run under CI: ${missing}`);
  if (missing) console.warn(`skipping the reader tests: ${missing}`);
  return missing === null;
}

function parse(stdout: string): Loaded {
  const [head, ...lines] = stdout.trim().split('\n').map((l) => JSON.parse(l));
  return { ...head, nodeList: lines.filter((l) => l.t === 'n'), edgeList: lines.filter((l) => l.t === 'e') };
}

const big = { maxBuffer: 1 << 30, timeout: 120_000 };

export async function networkx(format: 'graphml' | 'gexf', file: string): Promise<Loaded> {
  return parse((await run(PYTHON, [join(HERE, 'networkx_read.py'), format, file], big)).stdout);
}

const java = async (args: string[]): Promise<Loaded> =>
  parse((await run('java', ['-Djava.awt.headless=true', '-cp', classpath()!.join(':'), join(HERE, 'ReadExport.java'), ...args], big)).stdout);

export const jgrapht = (file: string): Promise<Loaded> => java(['jgrapht', file]);

/** Gephi with its default import settings, or with the edge merge strategy given. */
export const gephi = (file: string, merge?: 'NO_MERGE'): Promise<Loaded> => java(['gephi', file, ...(merge ? [merge] : [])]);
