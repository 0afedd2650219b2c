// A seeding process for the kill tests: writes the synthetic corpus (article range from argv) into a
// store and prints one line per write, so the parent can kill it at a chosen point.
// argv: target (a file, or a Neo4j URI with credentials in NEO4J_USER/NEO4J_PASSWORD), articles,
// seed, and saveEveryWrites (embedded) or bufferRecords (Neo4j).
import { openNeo4j } from '../../../src/store/index.ts';
import { EmbeddedStore } from '../../../src/store/embedded.ts';
import { syntheticCorpus } from './synthetic.ts';

const [target, n, seed, every] = process.argv.slice(2);
const store = target!.includes('://')
  ? await openNeo4j(target!, process.env, { bufferRecords: Number(every) })
  : await EmbeddedStore.open(target!, { saveEveryWrites: Number(every) });
let i = 0;
for (const batch of syntheticCorpus(Number(n), Number(seed))) {
  await store.write(batch);
  process.stdout.write(`wrote ${++i}\n`);
}
await store.close();
process.stdout.write('done\n');
