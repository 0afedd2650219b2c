/**
 * A bound on one thread's heap. V8 sizes the heap for the process's limit (a quarter of the
 * machine's memory), not for what is live: a whole-corpus seed keeps ~250 MB live, yet its RSS
 * reached 700 MB while extracting. A full collection whenever the used heap passes 1.5× what was
 * live after the last one (and at least `floorMb`) kept it at 520 MB. It is checked between units of
 * work only: a whole-graph save in between still peaks higher. Node's --max-old-space-size would
 * bound everything, but it is fixed at start-up and `kg` is started by users.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null = null;

function fullGc(): void {
  if (!collect) {
    // --expose-gc set at run time gives `gc` to contexts created afterwards.
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}

const MB = 2 ** 20;

export class HeapBound {
  private limit: number;

  /** `growth`: how far above what was live after the last full collection the heap may grow. */
  constructor(private readonly floorMb: number, private readonly growth = 1.5) {
    this.limit = floorMb * MB;
  }

  /** Cheap when under the bound; call it between units of work. */
  check(): void {
    if (v8.getHeapStatistics().used_heap_size >= this.limit) this.collect();
  }

  /** Collect now, e.g. after a large transient allocation such as reading a saved graph. */
  collect(): void {
    fullGc();
    this.limit = Math.max(this.floorMb * MB, v8.getHeapStatistics().used_heap_size * this.growth);
  }
}
