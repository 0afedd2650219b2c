// A seeding process for the kill tests: writes the synthetic corpus (article range from argv) into a
// store and prints one line per write, so the parent can kill it at a chosen point.
// argv: target, articles, seed, saveEveryWrites/bufferRecords.
import { openStore } from '../../../src/store/index.ts';
import { EmbeddedStore } from '../../../src/store/embedded.ts';
import { syntheticCorpus } from './synthetic.ts';

const [target, n, seed, every] = process.argv.slice(2);
const store = target!.includes('://') ? await openStore(target) : await EmbeddedStore.open(target!, { saveEveryWrites: Number(every) });
let i = 0;
for (const batch of syntheticCorpus(Number(n), Number(seed))) {
  await store.write(batch);
  process.stdout.write(`wrote ${++i}\n`);
}
await store.close();
process.stdout.write('done\n');
