/**
 * Query names → canonical ids: a state as ISO code, English or Arabic name (RUS, Russia, روسيا); a
 * body, leader or any entity by id or name. Input: the named nodes of a store. Output: node refs.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, dataPath, writeCache } from '../data.ts';
import { normaliseArabic } from '../normalise/arabic.ts';
import { BODIES, CITIES, isoCountries, LEADERS, registerLocales } from '../recognise/gazetteer.ts';
import { QueryError } from './errors.ts';

/** The one element of `xs`, or undefined when it has none or several. */
export const only = <T>(xs: readonly T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);

/** A node as name resolution sees it (every label but Article and Outlet). */
export interface NamedNode {
  label: string;
  id: string;
  name_en: string | null;
  name_ar: string | null;
  aliases: string[];
}

export interface EntityRef {
  label: string;
  id: string;
}


/**
 * Fold a name for comparison: the project's Arabic matching normalisation (normalise/arabic.ts:
 * the GOLD-FORMAT.md letter rules, after Larkey et al. 2007), Latin accents dropped after NFD
 * (Tô Lâm = to lam), case, punctuation and a leading "the" ignored. NFD also splits أ إ آ into a bare
 * alef and a combining hamza/madda, which the normaliser removes.
 */
export function foldName(s: string): string {
  const folded = normaliseArabic(s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

/** A lookup from folded names to the nodes that carry them, built once per catalogue. */
export class NameIndex {
  /** Folded name → its nodes, each once, in the order first met (a name has one or a few). */
  private readonly byName = new Map<string, EntityRef[]>();
  private readonly nodes: NamedNode[];
  private readonly folds = FoldMemo.open();

  constructor(nodes: NamedNode[]) {
    this.nodes = nodes;
    const folds = this.folds;
    for (const n of nodes) {
      const ref = { label: n.label, id: n.id };
      for (const name of [n.id, n.name_en, n.name_ar, ...n.aliases]) if (name) this.addFolded(folds.fold(name), ref);
    }
    folds.close();
    // Entities the store has not seen can still be asked about (an empty answer, not an error):
    // every ISO state, and the project's gazetteers of bodies, cities and leaders.
    for (const [key, label, id] of gazetteerNames()) this.addFolded(key, { label, id });
  }

  /** `ref` may be shared between calls: the index never hands out its own objects (exact copies them). */
  private addFolded(key: string, ref: EntityRef): void {
    if (!key) return;
    const refs = this.byName.get(key);
    if (!refs) this.byName.set(key, [ref]);
    else if (!refs.some((r) => r.label === ref.label && r.id === ref.id)) refs.push(ref);
  }

  /** Exact (folded) matches, optionally of one label. */
  exact(name: string, label?: string): EntityRef[] {
    const refs = (this.byName.get(foldName(name)) ?? []).map((r) => ({ label: r.label, id: r.id }));
    return label ? refs.filter((r) => r.label === label) : refs;
  }

  /** Folded words of each node's names, per name, built on first partial lookup. */
  private words: { label: string; id: string; names: Set<string>[] }[] | null = null;

  /** Nodes whose English or Arabic name holds every word of `name` (Putin → Vladimir Putin). */
  partial(name: string, labels: readonly string[]): EntityRef[] {
    const words = foldName(name).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    this.words ??= this.nodes.map((n) => ({
      label: n.label, id: n.id,
      names: [n.name_en, n.name_ar, ...n.aliases].filter((x): x is string => !!x).map((x) => new Set(this.folds.fold(x).split(' '))),
    }));
    return this.words
      .filter((n) => labels.includes(n.label) && n.names.some((have) => words.every((w) => have.has(w))))
      .map((n) => ({ label: n.label, id: n.id }));
  }

  /** Names a node of this label is known by, for error messages listing the choices. */
  idsOf(label: string): string[] {
    return [...new Set(this.nodes.filter((n) => n.label === label).map((n) => n.id))].sort();
  }
}

/** A name of the gazetteers, folded: [foldName(name), label, id]. */
type Folded = [string, string, string];

/** Every name of the ISO states and of the bodies, cities and leaders gazetteers, folded, in index order. */
export function foldGazetteerNames(): Folded[] {
  const out: Folded[] = [];
  const add = (name: string, label: string, id: string): void => {
    out.push([foldName(name), label, id]);
  };
  for (const [a3, names] of countryNames()) for (const name of names) add(name, 'State', a3);
  for (const b of BODIES()) {
    if (b.kind === 'block') continue;
    for (const name of [b.id, b.name_en, ...b.ar]) if (name) add(name, b.kind, b.id);
  }
  for (const c of CITIES()) for (const name of [c.name_en, ...c.ar]) add(name, 'City', c.id);
  for (const l of LEADERS()) for (const name of [l.en, ...l.ar]) add(name, 'Leader', l.id);
  return out;
}

const require = createRequire(import.meta.url);
/** Code whose change changes the folded names: this module, the Arabic normaliser, the gazetteer reader. */
const FOLDING_CODE = ['./names', '../normalise/arabic', '../recognise/gazetteer'].map((m) => {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return fileURLToPath(new URL(`${m}${ext}`, import.meta.url));
});

/**
 * The file of the folded gazetteer names for the data and code as they are now: its name carries a
 * hash of every gazetteer file, the folding code and the ISO names' version, so a change to any of
 * them names another file (a stale one is never read), and checkouts with different data can share
 * the folder.
 */
export function gazetteerCachePath(): string {
  const h = createHash('sha256');
  const dir = dataPath('gazetteer/');
  for (const f of readdirSync(dir).sort()) h.update(`${f}\0`).update(readFileSync(join(dir, f))).update('\0');
  for (const f of FOLDING_CODE) h.update(readFileSync(f)).update('\0');
  h.update((require('i18n-iso-countries/package.json') as { version: string }).version);
  return join(cacheDir(), `names-${h.digest('hex').slice(0, 32)}.json`);
}

/**
 * foldName of the store's names, remembered between processes: a question folded the ~12,400 names
 * of the whole-corpus store's ~4,700 named nodes each time (~40 ms and their garbage). The file's
 * name carries a hash of the folding code, so a change to it names another file; the fold is a
 * function of the name alone, so one file serves every store. A broken file is ignored and rewritten.
 */
class FoldMemo {
  private added = 0;

  private constructor(private readonly path: string | null, private readonly memo: Map<string, string>) {}

  static open(): FoldMemo {
    let path: string | null = null;
    try {
      const h = createHash('sha256');
      for (const f of FOLDING_CODE) h.update(readFileSync(f)).update('\0');
      path = join(cacheDir(), `folds-${h.digest('hex').slice(0, 32)}.json`);
      const pairs: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (Array.isArray(pairs) && pairs.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string')) {
        return new FoldMemo(path, new Map(pairs as [string, string][]));
      }
    } catch {
      // A missing or broken file: fold every name, and write it at close.
    }
    return new FoldMemo(path, new Map());
  }

  fold(name: string): string {
    let folded = this.memo.get(name);
    if (folded === undefined) {
      this.memo.set(name, (folded = foldName(name)));
      this.added++;
    }
    return folded;
  }

  /** Keep what was folded anew; past MEMO_MAX names (many stores met), keep only those. */
  close(): void {
    if (!this.added || !this.path) return;
    const pairs = [...this.memo];
    writeCache(this.path, JSON.stringify(pairs.length > MEMO_MAX ? pairs.slice(-this.added) : pairs));
  }
}

const MEMO_MAX = 200_000;

const isFolded = (x: unknown): x is Folded[] =>
  Array.isArray(x) && x.every((e) => Array.isArray(e) && e.length === 3 && e.every((v) => typeof v === 'string'));

/**
 * The folded gazetteer names, from the cache when it matches the data and code, else folded now
 * (reading and checking the gazetteers, folding ~NNN names) and cached (data.ts cacheDir). A
 * cache that cannot be read or parsed is ignored and rewritten.
 */
export function gazetteerNames(): Folded[] {
  let path: string | null = null;
  try {
    path = gazetteerCachePath();
    const cached: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (isFolded(cached)) return cached;
  } catch {
    // A missing or broken cache: fold the names below.
  }
  const names = foldGazetteerNames();
  if (path) writeCache(path, JSON.stringify(names));
  return names;
}

let countryCache: [string, string[]][] | null = null;
/** ISO 3166 names of every state in English and Arabic, with its alpha-2 and alpha-3 codes. */
function countryNames(): [string, string[]][] {
  if (countryCache) return countryCache;
  registerLocales();
  countryCache = Object.keys(isoCountries().getAlpha3Codes()).map((a3) => {
    const a2 = isoCountries().alpha3ToAlpha2(a3) ?? '';
    const en = isoCountries().getName(a3, 'en', { select: 'all' }) ?? [];
    const ar = isoCountries().getName(a3, 'ar', { select: 'all' }) ?? [];
    return [a3, [a3, a2, ...en, ...ar].filter(Boolean)];
  });
  return countryCache;
}

const ENTITY_ORDER = ['State', 'UNBody', 'Leader', 'Organization', 'City', 'Person', 'Agreement', 'DraftResolution'];

/** The resolver a query uses: one per catalogue, every failure a one-line QueryError. */
export class Resolver {
  private readonly indexOf: () => NameIndex;

  /** `index` may be a getter: the index is built (gazetteers read, every name folded) on first need. */
  constructor(index: NameIndex | (() => NameIndex)) {
    this.indexOf = typeof index === 'function' ? index : () => index;
  }

  private get index(): NameIndex {
    return this.indexOf();
  }

  state(name: string, what = 'state'): string {
    const code = name.trim().toUpperCase();
    // An ISO alpha-3 code is one of its own state's names in the index (countryNames), so the lookup
    // below would return it: answer without building the index.
    if (/^[A-Za-z]{3}$/.test(name.trim()) && Object.hasOwn(isoCountries().getAlpha3Codes(), code)) return code;
    const hits = this.index.exact(name, 'State');
    if (hits.some((h) => h.id === code)) return code;
    const hit = only(hits);
    if (hit) return hit.id;
    if (hits.length > 1) throw ambiguous(what, name, hits);
    throw new QueryError(`unknown ${what} "${name}" (give an ISO code like RUS, or a name like Russia or روسيا)`);
  }

  body(name: string, what = 'body'): string {
    const exact = this.index.exact(name, 'UNBody');
    // "Security Council" names the United Nations Security Council when no other body has those words.
    const hits = exact.length ? exact : this.index.partial(name, ['UNBody']);
    const hit = only(hits);
    if (hit) return hit.id;
    if (hits.length > 1) throw ambiguous(what, name, hits);
    const known = this.index.idsOf('UNBody');
    throw new QueryError(`unknown ${what} "${name}" (known bodies: ${known.length ? known.join(', ') : 'none in this store'})`);
  }

  leader(name: string, what = 'leader'): string {
    return this.pick(name, what, ['Leader', 'Person']).id;
  }

  /** Any entity: `Label:id`, an id, or a name; states and bodies first, then people and the rest. */
  entity(name: string, what = 'entity'): EntityRef {
    return this.pick(name, what, ENTITY_ORDER);
  }

  private pick(name: string, what: string, labels: readonly string[]): EntityRef {
    const [, label, id] = /^([A-Za-z]+):(.+)$/.exec(name.trim()) ?? [];
    if (label !== undefined && id !== undefined && labels.includes(label)) return { label, id };
    const exact = this.index.exact(name).filter((r) => labels.includes(r.label));
    for (const label of labels) {
      const ofLabel = exact.filter((r) => r.label === label);
      const hit = only(ofLabel);
      if (hit) return hit;
      if (ofLabel.length > 1) throw ambiguous(what, name, ofLabel);
    }
    const partial = this.index.partial(name, labels);
    const hit = only(partial);
    if (hit) return hit;
    if (partial.length > 1) throw ambiguous(what, name, partial);
    throw new QueryError(`unknown ${what} "${name}" (not an id or a name in this store)`);
  }
}

function ambiguous(what: string, name: string, hits: EntityRef[]): QueryError {
  const list = hits.slice(0, 5).map((h) => `${h.label}:${h.id}`).join(', ');
  return new QueryError(`ambiguous ${what} "${name}": could be ${list}${hits.length > 5 ? ', …' : ''}`);
}
