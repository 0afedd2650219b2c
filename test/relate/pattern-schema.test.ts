/**
 * The pattern file schema refuses keys the engine would read past (an element-level is_not next to
 * any:, a test on a gap…): a pattern must run as strict as it reads. Each refusal is one line naming
 * the file, the pattern and the key.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/data.ts';
import { PatternFile } from '../../src/relate/patterns/schema.ts';
import { CompiledPatterns } from '../../src/relate/patterns/engine.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-patterns-'));
let n = 0;
/** A pattern file of one pattern whose elements are given, written to a temporary file, then loaded. */
function load(elements: string, extra = ''): () => unknown {
  const file = join(dir, `p${n++}.yaml`);
  writeFileSync(file, `relation: veto
lexicon: vetoes.yaml
adjuncts: [time]
${extra}patterns:
  - id: veto:test-pattern
    group: act
    order: VSO
    elements:
${elements}
    confidence: 0.5
    examples: [{text: استخدمت روسيا حق النقض.}]
    negatives: [لم تستخدم روسيا حق النقض.]
`);
  return () => loadData(file, PatternFile);
}
const anchor = `      - {words: [استخدم], anchor: true, slot: verb}`;

describe('the pattern schema', () => {
  it('reads a pattern whose keys all take effect', () => {
    expect(load(`      - {kind: [STATE], slot: actor, optional: true}\n${anchor}\n      - {gap: {max: 3}, slot: rest}\n      - edge: clause`)).not.toThrow();
  });

  it('refuses an element-level is_not next to any:, in one line naming the file, the pattern and the key', () => {
    const run = load(`      - {any: [{kind: [STATE]}, {kind: [LEADER]}], is_not: oblique, slot: actor}\n${anchor}`);
    expect(run).toThrow(/^\S*p\d+\.yaml: field patterns\.0\.elements\.0\.is_not: pattern veto:test-pattern, element 1: is_not is ignored next to any: \(put it in each alternative\)$/);
  });

  it.each([
    ['a word test on a gap', `${anchor}\n      - {gap: {max: 3}, words: [ضد]}`, 'elements.1.words', 'words is ignored next to gap:'],
    ['an edge on a gap', `${anchor}\n      - {gap: {max: 3}, edge: clause}`, 'elements.1.edge', 'edge is ignored next to gap:'],
    ['a slot on an edge', `${anchor}\n      - {edge: clause, slot: end}`, 'elements.1.slot', 'slot is ignored next to edge:'],
    ['an optional gap', `${anchor}\n      - {gap: {max: 3}, optional: true}`, 'elements.1.optional', 'optional is ignored next to gap:'],
    ['a gap as the anchor', `      - {gap: {max: 3}, anchor: true}`, 'elements.0.anchor', 'anchor on a gap or edge never matches'],
    ['an optional anchor', `      - {words: [استخدم], anchor: true, optional: true}`, 'elements.0.optional', 'optional is ignored on the anchor'],
    ['repeat before the anchor', `      - {words: [قد], repeat: true}\n${anchor}`, 'elements.0.repeat', 'repeat is ignored before the anchor'],
    ['a kind next to a word list', `${anchor}\n      - {words: [روسيا], kind: [STATE]}`, 'elements.1.kind', 'kind is ignored next to words: or class:'],
    ['via without a mention kind', `${anchor}\n      - {any: [{words: [روسيا]}, {via: [nisba]}]}`, 'elements.1.any.1.via', 'any.1.via is ignored without a mention kind'],
    ['a label without a slot', `${anchor}\n      - {words: [روسيا], label: cast}`, 'elements.1.label', 'label is ignored on an element without slot:'],
  ])('refuses %s', (_what, elements, path, message) => {
    expect(load(elements)).toThrow(`field patterns.0.${path}: pattern veto:test-pattern, element ${Number(path.split('.')[1]) + 1}: ${message}`);
  });

  it('refuses a slot in a named sequence, naming the sequence', () => {
    expect(load(anchor, `sequences:\n  after_actor: [{words: [ضد], slot: x}]\n`)).toThrow('field sequences.after_actor.0.slot: sequence after_actor, element 1: slot is ignored in a sequence or reject_after');
  });

  it('reads every pattern file of data/patterns', () => {
    for (const f of readdirSync('data/patterns').filter((x) => x !== 'adjuncts.yaml')) expect(() => loadData(`patterns/${f}`, PatternFile), f).not.toThrow();
  });
});

describe('a pattern file\'s windows', () => {
  it('gives a named search distance, and names the file when asked for one it lacks', () => {
    const file = PatternFile.parse({ relation: 'visit', lexicon: 'visits.yaml', adjuncts: [], windows: { destination: 6 } });
    const compiled = new CompiledPatterns(file, {}, {}, 'visits.yaml');
    expect(compiled.window('destination')).toBe(6);
    expect(() => compiled.window('nowhere')).toThrow('visits.yaml: no window named nowhere');
  });
});
