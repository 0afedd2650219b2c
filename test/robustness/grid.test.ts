/**
 * Capability grids (src/robustness/grid.ts): the runner fills templates with every combination of
 * their slots and judges each sentence on the real pipeline; each grid of data/robustness/grids/ keeps
 * at least its floor (test/robustness/floor.json `grids`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridFiles, runGrids } from '../../src/robustness/grid.ts';

const floor = JSON.parse(readFileSync('test/robustness/floor.json', 'utf8')) as { grids: Record<string, number> };

function gridFile(yaml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-grid-')), 'g.yaml');
  writeFileSync(file, yaml);
  return file;
}

const SMALL = `relation: visit
published: 2016-05-10
lead: قال مسؤولون إن المحادثات ستتناول الأمن.
slots:
  X:
    - {text: الرئيس الفرنسي فرانسوا هولاند, id: francois-hollande, state: FRA}
    - {text: الرئيس التركي رجب طيب أردوغان, id: recep-tayyip-erdogan, state: TUR}
  Y:
    - {text: باريس, state: FRA}
    - {text: موسكو, state: RUS}
  T:
    - {text: أمس, date: '2016-05-09'}
    - {text: اليوم, date: '2016-05-09'}
templates:
  - id: arrived
    text: "ووصل {X} إلى {Y} أمس."
    expect: {visitor: X, to: Y}
  - id: future-as-done
    text: "وسيصل {X} إلى {Y} غدا."
    expect: {visitor: X, to: Y}
  - id: future-absent
    text: "وسيصل {X} إلى {Y} غدا."
    absent: {visitor: X, to: Y}
  - id: dated
    text: "ووصل {X} إلى {Y} {T}."
    expect: {visitor: X, to: Y, date: T}
`;

describe('the grid runner', () => {
  const r = runGrids([gridFile(SMALL)]);
  const t = r.grids[0]!.templates;
  it('fills every combination but those where two fillers share a state (Hollande to Paris)', () => {
    expect(t.arrived!.ran).toBe(3);
  });
  it('passes a sentence that gives the fact, fails one that gives it with another status, and checks absences', () => {
    expect(t.arrived!.passed).toBe(3);
    expect(t['future-as-done']).toEqual({ ran: 3, passed: 0 });
    expect(t['future-absent']).toEqual({ ran: 3, passed: 3 });
    expect(r.failures.map((f) => f.text)).toContain('وسيصل الرئيس التركي رجب طيب أردوغان إلى موسكو غدا.');
  });
  it('checks the date a filler of the time slot gives: اليوم of 10 May is not the 9th', () => {
    expect(t.dated).toEqual({ ran: 6, passed: 3 });
    expect(r.failures.find((f) => f.text === 'ووصل الرئيس التركي رجب طيب أردوغان إلى موسكو اليوم.')?.got).toEqual(['visit recep-tayyip-erdogan>RUS done 2016-05-10']);
    expect(r.rate).toBeCloseTo(9 / 15, 3);
  });
  it('names the grid file and the slot when a template asks for a slot the grid lacks', () => {
    expect(() => runGrids([gridFile(SMALL.replace('{Y} أمس', '{Z} أمس'))])).toThrow(/slot \{Z\}/);
  });
});

describe('the grids of data/robustness/grids/', () => {
  const r = runGrids();
  it('each has a floor', () => {
    expect(gridFiles().filter((f) => floor.grids[f] === undefined)).toEqual([]);
  });
  it.each(gridFiles())('%s keeps its floor', (file) => {
    const g = r.grids.find((x) => x.file === file)!;
    expect(g.passed / g.ran).toBeGreaterThanOrEqual(floor.grids[file]!);
  });
});
