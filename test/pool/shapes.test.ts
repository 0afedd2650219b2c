import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { keepShape } from '../../src/shapes.ts';

// A full collection, as the seed's heap bound runs one between chunks.
v8.setFlagsFromString('--expose-gc');
const fullGc = vm.runInNewContext('gc') as () => void;
// A WeakRef's target lives at least until the end of the job that made or read it.
const nextJob = () => new Promise((r) => setImmediate(r));

class PerArticle {
  constructor(readonly n: number) { keepShape(this); }
}

describe('keepShape', () => {
  it('keeps the last instance of a class alive across a full collection, and lets the one before it go', async () => {
    const first = new WeakRef(new PerArticle(1));
    await nextJob();
    fullGc();
    expect(first.deref()?.n).toBe(1);
    const second = new WeakRef(new PerArticle(2));
    await nextJob();
    fullGc();
    expect(first.deref()).toBeUndefined();
    expect(second.deref()?.n).toBe(2);
  });

  it('keeps one instance per class', async () => {
    class Other { constructor() { keepShape(this); } }
    const a = new WeakRef(new PerArticle(3));
    const b = new WeakRef(new Other());
    await nextJob();
    fullGc();
    expect(a.deref()?.n).toBe(3);
    expect(b.deref()).toBeInstanceOf(Other);
  });
});
