import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { edgeStatements, evidenceJson, nodeStatements, quote } from '../../src/store/cypher.ts';
import { cypherStatements, schemaNames, schemaStatements } from '../../src/store/schema.ts';
import { evidenceKey, NODE_LABELS, uncheckedEdge, uncheckedNode } from '../../src/model.ts';
import { evidence } from './helpers/synthetic.ts';

const INJECT = "x'}) DETACH DELETE n //\"`{$rows}";

describe('Cypher statements', () => {
  it('carry every value as a parameter: names full of Cypher never reach the statement text', () => {
    const st = [
      ...nodeStatements([uncheckedNode('Person', INJECT, { name_ar: INJECT, role: null, sources: [INJECT] })]),
      ...edgeStatements([uncheckedEdge('MET', { label: 'Person', id: INJECT }, { label: 'Leader', id: 'b' }, INJECT, { place: INJECT, evidence: [evidence(INJECT, 0, 'r', INJECT)] })]),
    ];
    for (const s of st) {
      expect(s.text).not.toContain('DETACH');
      expect(s.text).not.toContain(INJECT);
    }
    expect(st[0]!.rows).toEqual([{ id: INJECT, p: { name_ar: INJECT, sources: [INJECT] } }]);
    expect(st[1]!.rows[0]).toMatchObject({ from: INJECT, to: 'b', key: INJECT, p: { place: INJECT } });
  });

  it('refuses property names that are not plain identifiers, and quotes model names', () => {
    expect(() => nodeStatements([uncheckedNode('State', 'X', { 'a`) DETACH DELETE (n': 1 })])).toThrow(/is not a plain identifier/);
    expect(quote('Article')).toBe('`Article`');
    expect(() => quote('Article`)')).toThrow();
  });

  it('gives a label one statement text whatever props its rows carry (planned once), chunked, nulls left out', () => {
    const nodes = Array.from({ length: 5 }, (_, i) => uncheckedNode('State', `S${i}`, { name_en: i % 2 ? null : 'n', aliases: [] }));
    const st = nodeStatements(nodes, 2);
    expect(st.map((s) => s.rows.length)).toEqual([2, 2, 1]);
    expect(new Set(st.map((s) => s.text)).size).toBe(1);
    // Every model prop of the label is in the text, merged by its kind.
    expect(st[0]!.text).toContain('n.`name_en` = CASE WHEN row.p.`name_en` IS NULL THEN n.`name_en` WHEN n.`name_en` IS NULL OR row.p.`name_en` < n.`name_en` THEN row.p.`name_en` ELSE n.`name_en` END');
    expect(st[0]!.text).toContain('n.`sources` = CASE WHEN row.p.`sources` IS NULL THEN n.`sources`');
    expect(st[0]!.rows).toEqual([{ id: 'S0', p: { name_en: 'n', aliases: [] } }, { id: 'S1', p: { aliases: [] } }]);
    const other = nodeStatements([uncheckedNode('State', 'X', { name_ar: 'س', sources: ['a'] })]);
    expect(other[0]!.text).toBe(st[0]!.text);
  });

  it('integers go as Neo4j integers, other numbers as floats, objects as JSON text', () => {
    const [s] = edgeStatements([uncheckedEdge('MENTIONS', { label: 'Article', id: 'a' }, { label: 'State', id: 'S' }, '', { count: 3, weight: 0.5, extra: { a: 1 } })]);
    const p = s!.rows[0]!.p as Record<string, unknown>;
    expect(neo4j.isInt(p.count)).toBe(true);
    expect(p.weight).toBe(0.5);
    expect(p.extra).toBe('{"a":1}');
  });

  it('evidence JSON puts the identity first, so the text before `,"text":` is evidenceKey in Cypher', () => {
    const tricky = { ...evidence('http://x/"a",\"text\":', 2, 'r,"text":'), text: ',"text":' };
    const json = evidenceJson(tricky);
    expect(JSON.parse(json)).toEqual(tricky);
    const prefix = json.split(',"text":')[0]!;
    expect(JSON.parse(`${prefix}}`)).toEqual({ article: tricky.article, sentence: 2, start: 20, end: 25, rule: tricky.rule });
    // Same identity, other text or confidence: same prefix; other identity: other prefix.
    expect(evidenceJson({ ...tricky, text: 'x', confidence: 0.1 }).split(',"text":')[0]).toBe(prefix);
    expect(evidenceJson({ ...tricky, sentence: 3 }).split(',"text":')[0]).not.toBe(prefix);
    expect(evidenceKey(tricky)).toBe(`${tricky.article}|2|20|25|${tricky.rule}`);
  });
});

describe('schema.cypher', () => {
  it('has a uniqueness constraint on id for every label, and the full-text indexes', () => {
    const st = schemaStatements();
    for (const label of NODE_LABELS) expect(st.some((s) => new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`).test(s))).toBe(true);
    expect(schemaNames(st)).toEqual(expect.arrayContaining(['names_ar', 'names_en', 'article_id']));
    expect(st.every((s) => /IF NOT EXISTS/.test(s))).toBe(true);
    // Only the model's labels appear in the full-text indexes.
    for (const s of st.filter((x) => x.includes('FULLTEXT'))) {
      const labels = /FOR \(n:([^)]+)\)/.exec(s)![1]!.split('|');
      expect(labels.every((l) => (NODE_LABELS as readonly string[]).includes(l))).toBe(true);
    }
  });

  it('splits a .cypher file into statements, skipping comment lines', () => {
    expect(cypherStatements('// a;\nCREATE X;\n\nMATCH (n)\nRETURN n;\n')).toEqual(['CREATE X', 'MATCH (n)\nRETURN n']);
  });
});
