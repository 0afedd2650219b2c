// The CPU baseline of the seed speed-up: a fixed amount of pure arithmetic, no memory traffic.
import { parentPort, workerData } from 'node:worker_threads';

let x = 0;
for (let i = 0; i < workerData.iterations; i++) x = (x * 1103515245 + 12345 + i) % 2147483647;
parentPort.postMessage(x);
