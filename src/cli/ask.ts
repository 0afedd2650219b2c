/**
 * `kg ask "QUESTION" [--store PATH|URI] [--json]`: a question in Arabic or English, routed to one query
 * (query/ask.ts). Output: the answer with its evidence sentences, or what can be asked when the
 * question cannot be routed (never a guess).
 */
import { Command } from 'commander';
import { answerQuestion, formatAnswer } from '../query/ask.ts';
import { openQueries } from '../query/open.ts';
import { UserError } from './errors.ts';

export function askCommand(): Command {
  return new Command('ask')
    .description('answer a question in Arabic or English (ما الاتفاقيات التي تشمل روسيا؟ · who visited Vietnam?)')
    .argument('<question...>', 'the question (quote it, or give it as several words)')
    .option('--store <path|uri>', 'embedded store file, or a Neo4j URI; default: $NEO4J_URI, else .kg/graph.json')
    .option('--json', 'print the route, the rows and their evidence as JSON')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .action(async (parts: string[], opts: { store?: string; json?: boolean }) => {
      process.stdout.write(await runAsk(parts.join(' '), opts));
    });
}

/** The programmatic twin of `kg ask`: the text it prints. */
export async function runAsk(question: string, opts: { store?: string; json?: boolean }): Promise<string> {
  if (!question.trim()) throw new UserError('ask: the question is empty');
  const api = await openQueries(opts.store);
  try {
    const answer = await answerQuestion(question, api);
    return opts.json ? `${JSON.stringify(answer, null, 2)}\n` : formatAnswer(answer);
  } finally {
    await api.close();
  }
}
