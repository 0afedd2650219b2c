/**
 * `kg ask "QUESTION" [--store PATH|URI] [--json]`: a question in Arabic or English, routed to one query
 * (query/ask.ts). Output: the answer with its evidence sentences, or what can be asked when the
 * question cannot be routed (never a guess).
 */
import { Command } from 'commander';
import { UserError } from './errors.ts';

export function askCommand(): Command {
  return new Command('ask')
    .description('answer a question in Arabic or English (ما الاتفاقيات التي تشمل روسيا؟ · who visited Vietnam?)')
    .argument('<question...>', 'the question (quote it, or give it as several words)')
    .option('--store <path|uri>', 'embedded store file, or a Neo4j URI; default: $NEO4J_URI, else .kg/graph.json')
    .option('--json', 'print the route, the rows and their evidence as JSON')
    .option('--evidence <n|all>', `evidence sentences per answer row (default ${TEXT_EVIDENCE}; all with --json)`, evidenceLimit)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .action(async (parts: string[], opts: AskCliOptions) => {
      const { text, routed } = await runAsk(parts.join(' '), opts);
      if (routed || opts.json) process.stdout.write(text);
      else process.stderr.write(`kg: ${text}`);
      // A question not answered is a failed command, so scripts can tell "no route" from "no rows".
      if (!routed) process.exitCode = UNROUTED_EXIT;
    });
}

/** Evidence sentences per row in the text answer: enough to judge a row, the rest one flag away. */
const TEXT_EVIDENCE = 3;

interface AskCliOptions { store?: string; json?: boolean; evidence?: number }

function evidenceLimit(v: string): number {
  if (v === 'all') return Infinity;
  if (!/^\d+$/.test(v)) throw new UserError(`ask: --evidence takes a number or "all", not ${JSON.stringify(v)}`);
  return Number(v);
}

/** Exit code of a question that could not be routed (or needs the user to pick who is meant). */
export const UNROUTED_EXIT = 2;

/** The programmatic twin of `kg ask`: the text it prints, and whether the question was routed. */
export async function runAsk(question: string, opts: AskCliOptions): Promise<{ text: string; routed: boolean }> {
  if (!question.trim()) throw new UserError('ask: the question is empty');
  // Loaded here, not at the top: `kg --help` must not pay for the store and the question lexicon.
  const [{ answerQuestion, formatAnswer }, { openQueries }] = await Promise.all([import('../query/ask.ts'), import('../query/open.ts')]);
  const api = await openQueries(opts.store);
  try {
    const answer = await answerQuestion(question, api, { limit: opts.evidence ?? (opts.json ? Infinity : TEXT_EVIDENCE) });
    return { text: opts.json ? `${JSON.stringify(answer, null, 2)}\n` : formatAnswer(answer), routed: answer.route !== null };
  } finally {
    await api.close();
  }
}
