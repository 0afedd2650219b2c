/**
 * The query API: one interface, two stores. Input: raw parameters (names in any of their forms),
 * validated with zod and resolved to ids here. Output: the rows of query/contract.ts, sorted.
 */
import { z } from 'zod';
import { defined } from '../errors.ts';
import { AgreementStatus, EdgeType, VisitStatus } from '../model.ts';
import { canonicalRows } from './canonical.ts';
import {
  QueryRows, type AgreementRow, type BodyRow, type EvidenceRow, type LeaderRow, type MeetingRow, type NeighbourRow, type PathRow,
  type QueryName, type RowOf, type StateRow, type TimelineRow, type VetoRow, type VisitRow,
} from './contract.ts';
import { QueryError } from './errors.ts';
import { NameIndex, Resolver, type NamedNode } from './names.ts';

/** A calendar date as YYYY-MM-DD that exists (2024-02-30 does not). */
export const Day = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, { message: 'expected a real date as YYYY-MM-DD' });

const Text = z.string().trim().min(1, { message: 'expected a non-empty value' });
const Range = { since: Day.optional(), until: Day.optional() };

/** Raw parameters of each query, as the API, `kg query` and `kg ask` take them. */
export const QueryParams = {
  states: z.strictObject({ state: Text.optional(), article: Text.optional() }),
  bodies: z.strictObject({ body: Text.optional(), article: Text.optional() }),
  leaders: z.strictObject({ state: Text.optional(), at: Day.optional() }),
  agreements: z.strictObject({
    state: Text.optional(), with: Text.optional(), kind: Text.optional(),
    status: AgreementStatus.optional(), ...Range,
  }),
  vetoes: z.strictObject({ by: Text.optional(), body: Text.optional(), ...Range }),
  visits: z.strictObject({
    visitor: Text.optional(), by: Text.optional(), to: Text.optional(),
    status: VisitStatus.optional(), ...Range,
  }),
  meetings: z.strictObject({ leader: Text.optional(), with: Text.optional(), ...Range }),
  evidence: z.strictObject({ from: Text, to: Text.optional(), type: EdgeType.optional() }),
  timeline: z.strictObject({ entity: Text, ...Range }),
  path: z.strictObject({ from: Text, to: Text }),
  neighbours: z.strictObject({ from: Text, to: Text }),
} as const satisfies Record<QueryName, z.ZodTypeAny>;

export const QUERY_NAMES = Object.keys(QueryParams) as QueryName[];
export type ParamsOf<N extends QueryName> = z.input<(typeof QueryParams)[N]>;

type Id = string | null;
/**
 * Resolved parameters: ids only, every key present (null = no filter). These are exactly the
 * parameters of the cypher/<query>.cypher files.
 */
export interface Resolved {
  states: { state: Id; article: Id };
  bodies: { body: Id; article: Id };
  leaders: { state: Id; at: Id };
  agreements: { state: Id; other: Id; kind: Id; status: Id; since: Id; until: Id };
  vetoes: { by: Id; body: Id; since: Id; until: Id };
  visits: { visitor: Id; by: Id; to: Id; status: Id; since: Id; until: Id };
  meetings: { leader: Id; other: Id; since: Id; until: Id };
  evidence: { fromLabel: string; fromId: string; toLabel: Id; toId: Id; type: Id };
  timeline: { label: string; id: string; since: Id; until: Id };
  path: { fromLabel: string; fromId: string; toLabel: string; toId: string };
  neighbours: { fromLabel: string; fromId: string; toLabel: string; toId: string };
}

/** Fact edges walked by timeline (edges with a date or a dated end). */
export const TIMELINE_TYPES = ['HOLDS_OFFICE', 'PARTY_TO', 'SIGNED', 'VETOED', 'PUT_TO', 'VISITED', 'MET'] as const;
/** Edges walked by path and neighbours: facts and places, never article bookkeeping. */
export const WALK_TYPES = [...TIMELINE_TYPES, 'LOCATED_IN'] as const;
/** Longest path searched (a literal in cypher/path.cypher too: Cypher cannot parameterise it). */
export const MAX_PATH = 6;

export interface QueryApi {
  run<N extends QueryName>(name: N, params?: ParamsOf<N>): Promise<RowOf<N>[]>;
  states(p?: ParamsOf<'states'>): Promise<StateRow[]>;
  bodies(p?: ParamsOf<'bodies'>): Promise<BodyRow[]>;
  leaders(p?: ParamsOf<'leaders'>): Promise<LeaderRow[]>;
  agreements(p?: ParamsOf<'agreements'>): Promise<AgreementRow[]>;
  vetoes(p?: ParamsOf<'vetoes'>): Promise<VetoRow[]>;
  visits(p?: ParamsOf<'visits'>): Promise<VisitRow[]>;
  meetings(p?: ParamsOf<'meetings'>): Promise<MeetingRow[]>;
  evidence(p: ParamsOf<'evidence'>): Promise<EvidenceRow[]>;
  timeline(p: ParamsOf<'timeline'>): Promise<TimelineRow[]>;
  path(p: ParamsOf<'path'>): Promise<PathRow[]>;
  neighbours(p: ParamsOf<'neighbours'>): Promise<NeighbourRow[]>;
  /** Run with parameters already resolved to ids (the cypher files' own parameters). */
  runResolved<N extends QueryName>(name: N, resolved: Resolved[N]): Promise<RowOf<N>[]>;
  /** The names of the store's entities (what `kg ask` finds in a question). */
  nameIndex(): Promise<NameIndex>;
  /** Check and resolve parameters without running the query (what the cypher files receive). */
  resolve<N extends QueryName>(name: N, params?: ParamsOf<N>): Promise<Resolved[N]>;
  close(): Promise<void>;
}

/** Validate raw parameters; the first problem becomes a one-line QueryError naming the value. */
export function parseParams<N extends QueryName>(name: N, raw: unknown): z.infer<(typeof QueryParams)[N]> {
  const schema = QueryParams[name];
  const res = schema.safeParse(raw ?? {});
  if (res.success) return res.data as z.infer<(typeof QueryParams)[N]>;
  // zod reports at least one issue on a failed parse.
  const issue = defined(res.error.issues[0], 'the first zod issue');
  if (issue.code === 'unrecognized_keys') {
    throw new QueryError(`${name}: unknown filter "${issue.keys[0]}" (it takes: ${Object.keys(schema.shape).join(', ')})`);
  }
  const key = String(issue.path[0] ?? '');
  const value = (raw as Record<string, unknown> | undefined)?.[key];
  if (value === undefined) throw new QueryError(`${name}: missing ${key}`);
  throw new QueryError(`${name}: bad ${key} "${String(value)}" (${issue.message})`);
}

/** Shared by both stores: parameter checks, name resolution and row order; stores only fetch. */
export abstract class QueriesBase implements QueryApi {
  private named: Promise<NamedNode[]> | null = null;
  private index: NameIndex | null = null;

  /** Every node but Article and Outlet, with its names: what names are resolved against. */
  protected abstract catalog(): Promise<NamedNode[]>;
  /** Run one query with resolved parameters; rows in any order. */
  protected abstract exec<N extends QueryName>(name: N, params: Resolved[N]): Promise<unknown[]>;
  abstract close(): Promise<void>;

  async run<N extends QueryName>(name: N, params?: ParamsOf<N>): Promise<RowOf<N>[]> {
    return this.runResolved(name, await this.resolve(name, params));
  }

  /** Run with parameters already resolved to ids (the cypher files' own parameters). */
  async runResolved<N extends QueryName>(name: N, resolved: Resolved[N]): Promise<RowOf<N>[]> {
    const rows = await this.exec(name, resolved);
    return canonicalRows(name, rows.map((r) => QueryRows[name].parse(r) as RowOf<N>));
  }

  states(p?: ParamsOf<'states'>) { return this.run('states', p); }
  bodies(p?: ParamsOf<'bodies'>) { return this.run('bodies', p); }
  leaders(p?: ParamsOf<'leaders'>) { return this.run('leaders', p); }
  agreements(p?: ParamsOf<'agreements'>) { return this.run('agreements', p); }
  vetoes(p?: ParamsOf<'vetoes'>) { return this.run('vetoes', p); }
  visits(p?: ParamsOf<'visits'>) { return this.run('visits', p); }
  meetings(p?: ParamsOf<'meetings'>) { return this.run('meetings', p); }
  evidence(p: ParamsOf<'evidence'>) { return this.run('evidence', p); }
  timeline(p: ParamsOf<'timeline'>) { return this.run('timeline', p); }
  path(p: ParamsOf<'path'>) { return this.run('path', p); }
  neighbours(p: ParamsOf<'neighbours'>) { return this.run('neighbours', p); }

  async resolve<N extends QueryName>(name: N, params?: ParamsOf<N>): Promise<Resolved[N]> {
    const p = parseParams(name, params) as Record<string, string | undefined>;
    const needsNames = Object.entries(p).some(([k, v]) => v !== undefined && !PLAIN_KEYS.has(k));
    // First without the name index (an ISO code needs none, and the catalogue walks every node of
    // the store); only a name the resolver cannot take as given waits for the catalogue.
    let r: Resolver | null = needsNames ? new Resolver(() => this.index ?? needsIndex()) : null;
    const since = p.since ?? null;
    const until = p.until ?? null;
    if (since && until && since > until) throw new QueryError(`${name}: since ${since} is after until ${until}`);
    const opt = <T>(v: string | undefined, f: (v: string) => T): T | null => (v === undefined ? null : f(v));
    const out: Record<QueryName, () => unknown> = {
      states: () => ({ state: opt(p.state, (v) => r!.state(v)), article: p.article ?? null }),
      bodies: () => ({ body: opt(p.body, (v) => r!.body(v)), article: p.article ?? null }),
      leaders: () => ({ state: opt(p.state, (v) => r!.state(v)), at: p.at ?? null }),
      agreements: () => ({
        state: opt(p.state, (v) => r!.state(v)), other: opt(p.with, (v) => r!.state(v, 'state (with)')),
        kind: p.kind?.toLowerCase() ?? null, status: p.status ?? null, since, until,
      }),
      vetoes: () => ({ by: opt(p.by, (v) => r!.state(v)), body: opt(p.body, (v) => r!.body(v)), since, until }),
      visits: () => ({
        visitor: opt(p.visitor, (v) => r!.leader(v, 'visitor')), by: opt(p.by, (v) => r!.state(v, 'visitor state')),
        to: opt(p.to, (v) => r!.state(v)), status: p.status ?? null, since, until,
      }),
      meetings: () => ({
        leader: opt(p.leader, (v) => r!.leader(v)), other: opt(p.with, (v) => r!.leader(v, 'leader (with)')), since, until,
      }),
      evidence: () => {
        const from = r!.entity(p.from!, 'entity (from)');
        const to = opt(p.to, (v) => r!.entity(v, 'entity (to)'));
        return { fromLabel: from.label, fromId: from.id, toLabel: to?.label ?? null, toId: to?.id ?? null, type: p.type ?? null };
      },
      timeline: () => {
        const e = r!.entity(p.entity!);
        return { label: e.label, id: e.id, since, until };
      },
      path: () => pair(name, r!, p.from!, p.to!),
      neighbours: () => pair(name, r!, p.from!, p.to!),
    };
    if (r === null) return out[name]() as Resolved[N];
    try {
      return out[name]() as Resolved[N];
    } catch (e) {
      if (e !== NEEDS_INDEX) throw e;
    }
    r = await this.names();
    return out[name]() as Resolved[N];
  }

  /** The store's names, indexed once per API instance. */
  async nameIndex(): Promise<NameIndex> {
    const nodes = await (this.named ??= this.catalog());
    return (this.index ??= new NameIndex(nodes));
  }

  /** A resolver that builds the name index only for a name it cannot take as given (an ISO code). */
  private async names(): Promise<Resolver> {
    const nodes = await (this.named ??= this.catalog());
    return new Resolver(() => (this.index ??= new NameIndex(nodes)));
  }
}

/** Thrown by the first, index-less resolver when a name needs the index: never escapes resolve(). */
const NEEDS_INDEX = Symbol('needs the name index');
const needsIndex = (): never => {
  throw NEEDS_INDEX;
};

/** Parameters that are taken as given, never looked up as names. */
const PLAIN_KEYS = new Set(['article', 'at', 'kind', 'status', 'since', 'until', 'type']);

function pair(name: string, r: Resolver, a: string, b: string) {
  const from = r.entity(a, 'entity (from)');
  const to = r.entity(b, 'entity (to)');
  if (from.label === to.label && from.id === to.id) throw new QueryError(`${name}: "${a}" and "${b}" are the same entity`);
  return { fromLabel: from.label, fromId: from.id, toLabel: to.label, toId: to.id };
}
