/**
 * `kg query NAME [filters] [--store PATH|URI] [--json]`: one subcommand per query of the query API.
 * Input: filters as options (names in any form). Output: a table, or the JSON rows of query/contract.ts.
 */
import { Command, Option } from 'commander';
import { QUERY_NAMES, QueryParams } from '../query/api.ts';
import type { QueryName } from '../query/contract.ts';

const ABOUT: Record<QueryName, string> = {
  states: 'states, with the articles that mention them',
  bodies: 'UN bodies, with the articles that mention them',
  leaders: 'leaders, of a state and/or in office at a date',
  agreements: 'agreements involving a state, between two states, by kind, status or date range',
  vetoes: 'Security Council vetoes, by state, body or date range',
  visits: 'visits, by visitor or the visitor\'s state, to a state, by status or date range',
  meetings: 'meetings of a leader (or between two), by date range',
  evidence: 'the sentences behind the edges of an entity (or between two entities)',
  timeline: 'the dated facts of one entity, oldest first',
  path: 'the shortest chain of facts linking two entities',
  neighbours: 'the entities one fact away from both of two entities',
};

const STATE = 'ISO code, English or Arabic name (RUS, Russia, روسيا)';
const ENTITY = 'a state, body, leader… by name or id, or Label:id (Putin, فيتنام, Agreement:…)';
const HELP: Record<string, string> = {
  state: `a state: ${STATE}`,
  with: `a second state that must also be a party: ${STATE}`,
  article: 'an article id among its sources',
  body: 'a UN body: id or name (UNSC, Security Council, مجلس الأمن)',
  at: 'YYYY-MM-DD: in office on that date',
  kind: 'agreement kind (defense, cooperation, trade, …)',
  status: 'status of the fact',
  since: 'on or after this date (YYYY-MM-DD)',
  until: 'on or before this date (YYYY-MM-DD)',
  visitor: 'the visitor: a leader\'s id or English or Arabic name (Putin, بوتين)',
  entity: `the entity: ${ENTITY}`,
  type: 'only edges of this type (VISITED, SIGNED, PARTY_TO, VETOED, …)',
  from: `the first entity: ${ENTITY}`,
};
const OVERRIDES: Partial<Record<QueryName, Record<string, string>>> = {
  vetoes: { by: `the vetoing state: ${STATE}` },
  meetings: { leader: 'a leader\'s id or English or Arabic name (Putin, الملك سلمان)', with: 'the other participant: a leader\'s id or name' },
  visits: { by: `the visitor's state: ${STATE}`, to: `the destination state: ${STATE}`, status: 'done or planned' },
  agreements: { status: 'signed, concluded or planned' },
  evidence: { to: `only edges to this entity: ${ENTITY}` },
  path: { to: `the second entity: ${ENTITY}` },
  neighbours: { to: `the second entity: ${ENTITY}` },
};

/** What each option's value is, for the usage line (--since <date>). */
const PLACEHOLDER: Record<string, string> = {
  state: 'state', with: 'state', by: 'state', article: 'id', body: 'body', at: 'date', kind: 'kind', status: 'status',
  since: 'date', until: 'date', visitor: 'leader', leader: 'leader', entity: 'entity', type: 'TYPE', from: 'entity',
};

export function queryCommand(): Command {
  const cmd = new Command('query')
    .description('answer one query from the graph: a table, or JSON with --json')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const name of QUERY_NAMES) cmd.addCommand(subcommand(name));
  return cmd;
}

function subcommand(name: QueryName): Command {
  const sub = new Command(name).description(ABOUT[name]).exitOverride();
  const shape = QueryParams[name].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  for (const [key, schema] of Object.entries(shape)) {
    const placeholder = key === 'to' ? (name === 'visits' ? 'state' : 'entity')
      : key === 'with' && name === 'meetings' ? 'leader' : PLACEHOLDER[key] ?? 'value';
    const opt = new Option(`--${key} <${placeholder}>`, OVERRIDES[name]?.[key] ?? HELP[key] ?? key);
    // A parameter the schema cannot do without is a mandatory option, so commander names it in its usage error.
    if (!schema.safeParse(undefined).success) opt.makeOptionMandatory();
    sub.addOption(opt);
  }
  sub
    .option('--store <path|uri>', 'embedded store file, or a Neo4j URI; default: $NEO4J_URI, else .kg/graph.json')
    .option('--json', 'print the rows as JSON (the contract of query/contract.ts)')
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const { store, json, ...params } = opts;
      process.stdout.write(await runQuery(name, params as Record<string, string>, { store: store as string | undefined, json: json === true }));
    });
  // Usage errors end with the subcommand's own usage line, as every kg command's do (cli/main.ts).
  return sub.showHelpAfterError(`usage: kg query ${name} ${sub.usage()}  (--help for more)`);
}

/** The programmatic twin of `kg query NAME`: the text it prints. */
export async function runQuery(name: QueryName, params: Record<string, string>, opts: { store?: string; json?: boolean }): Promise<string> {
  // Loaded here, not at the top: `kg --help` must not pay for the store back ends.
  const [{ openQueries }, { formatTable }] = await Promise.all([import('../query/open.ts'), import('../query/table.ts')]);
  const api = await openQueries(opts.store);
  try {
    const rows = await api.run(name, params);
    return opts.json ? `${JSON.stringify(rows, null, 2)}\n` : formatTable(name, rows);
  } finally {
    await api.close();
  }
}
