/**
 * The CheckList-style robustness suite (issue #14, part 3): seeds from the relation tests, variants
 * from src/robustness/perturb.ts, run through the real pipeline. The floors are data
 * (test/robustness/floor.json): the measured rates minus 0.02, so a regression fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';
import { conjugate, loadPerturbationData, Perturber } from '../../src/robustness/perturb.ts';
import { readSeeds, runRobustness, SEEDS, writeReport } from '../../src/robustness/run.ts';
import { collectSeeds, seedsJsonl } from '../../scripts/robustness/collect-seeds.ts';

const floor = JSON.parse(readFileSync('test/robustness/floor.json', 'utf8')) as { min_variants: number; invariance: number; directional: number };
const data = loadPerturbationData();
const verb = (perfect: string) => data.verbs.find((v) => v.perfect[0] === perfect)!;
const docOf = (text: string, published = '2024-06-20') =>
  extract(ArticleRecord.parse({ id: 't', title: null, text, published, outlet: null, url: null, origin: { file: 't' } })).doc;

describe('seeds', () => {
  it('are every relation sentence of the relation tests and the seed page, as collected now (re-run scripts/robustness/collect-seeds.ts)', async () => {
    expect(readFileSync(SEEDS, 'utf8')).toBe(seedsJsonl(await collectSeeds()));
  });
});

describe('verb morphology from the verb table', () => {
  it.each([
    ['وقع', 1, 'jussive', 'توقع'], ['وقع', 3, 'imperfect', 'توقعان'], ['زار', 0, 'jussive', 'يزر'], ['زار', 2, 'subjunctive', 'يزورا'],
    ['وصل', 0, 'imperfect', 'يصل'], ['استخدم', 1, 'imperfect', 'تستخدم'], ['التقى', 0, 'jussive', 'يلتق'], ['قام', 0, 'jussive', 'يقم'],
  ] as const)('%s, person %i, %s → %s', (perfect, person, form, want) => {
    expect(conjugate(verb(perfect), person, form)).toBe(want);
  });
});

describe('perturbations find their place from the seed', () => {
  const p = new Perturber(data);
  const seed = { id: 's', source: 'here', text: 'ووقعت السعودية وفرنسا اتفاقية للتجارة.', published: '2024-06-20', facts: [{ type: 'agreement' as const, parties: ['FRA', 'SAU'], status: 'signed' }] };
  const variants = p.variants(seed, docOf(seed.text));
  const by = (id: string) => variants.filter((v) => v.perturbation === id).map((v) => v.text);
  it('inserts after the trigger verb and moves the subject before it with dual agreement', () => {
    expect(by('time-bare')).toContain('ووقعت يوم الاثنين الماضي السعودية وفرنسا اتفاقية للتجارة.');
    expect(by('svo')).toEqual(['والسعودية وفرنسا وقعتا اتفاقية للتجارة.']);
    expect(by('place')).toContain('ووقعت السعودية وفرنسا في العاصمة الرياض اتفاقية للتجارة.');
  });
  it('builds the directional constructions from the verb table, keeping the clitic', () => {
    expect(by('negation')).toEqual(['ولم توقع السعودية وفرنسا اتفاقية للتجارة.']);
    expect(by('future')).toEqual(['وستوقع السعودية وفرنسا اتفاقية للتجارة.']);
    expect(by('planned')).toEqual(['ومن المقرر أن توقع السعودية وفرنسا اتفاقية للتجارة.']);
    expect(variants.find((v) => v.perturbation === 'negation')!.expect).toEqual({ test: 'directional', targets: seed.facts });
  });
  it('puts a threat\'s verbal noun before the object, so a subject after the verb stays the subject', () => {
    const veto = { id: 'v', source: 'here', text: 'واستخدمت روسيا أمس حق النقض ضد مشروع القرار.', published: '2024-06-20', facts: [{ type: 'veto' as const, by: 'RUS' }] };
    const threats = p.variants(veto, docOf(veto.text)).filter((v) => v.perturbation === 'threat').map((v) => v.text);
    expect(threats).toEqual(['وهددت روسيا أمس باستخدام حق النقض ضد مشروع القرار.']);
  });
  it('respells the recognised names, not other words', () => {
    expect(by('name-taa')).toEqual(['ووقعت السعوديه وفرنسا اتفاقية للتجارة.']);
  });
  it('makes no directional variant of a relation the seed states twice (the day\'s visit and an earlier one recalled)', () => {
    const twice = { id: 't', source: 'here', text: 'وزار الرئيس الروسي فلاديمير بوتين تركيا أمس. وسبق لبوتين أن زار تركيا في ديسمبر 2016.', published: '2024-06-20', facts: [] };
    const once = { ...twice, text: 'وزار الرئيس الروسي فلاديمير بوتين تركيا أمس.' };
    const directional = (s: typeof twice) => p.variants(s, docOf(s.text)).filter((v) => v.expect.test === 'directional');
    expect(directional(twice)).toEqual([]);
    expect(directional(once).length).toBeGreaterThan(0);
  });
});

describe('the suite', () => {
  it('runs at least the floor of variants at or above the floor rates, and writes test-artifacts/robustness.json', () => {
    const r = runRobustness(readSeeds());
    writeReport(r);
    expect(r.invariance.ran + r.directional.ran).toBeGreaterThanOrEqual(floor.min_variants);
    expect(r.invariance.rate).toBeGreaterThanOrEqual(floor.invariance);
    expect(r.directional.rate).toBeGreaterThanOrEqual(floor.directional);
    // Seeds whose test places mentions by hand (a cast the real recogniser does not know) or reads a
    // registry the suite does not load are dropped; most seeds must still count (290 of 324 when
    // the agreement and visit branches merged, 0.895).
    expect(r.seeds.kept).toBeGreaterThan(r.seeds.total * 0.85);
  }, 120_000);
});
