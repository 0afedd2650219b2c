// Worker entry: a worker thread starts without the parent's tsx loader, so it registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
