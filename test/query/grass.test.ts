// cypher/style.grass: Neo4j Browser's style for this graph, one block per label of the model,
// each captioned with a property the label really has, and no two labels the same colour.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/query/cypher.ts';
import { NODE_LABELS, NodeProps } from '../../src/model.ts';

const text = readFileSync(`${CYPHER_DIR}style.grass`, 'utf8');
const blocks = new Map([...text.matchAll(/^([\w.]+)\s*\{\n([\s\S]*?)\n\}/gm)].map((m) => [
  m[1]!, Object.fromEntries([...m[2]!.matchAll(/^\s*([\w-]+):\s*(.+?);\s*$/gm)].map((p) => [p[1]!, p[2]!])),
]));

describe('cypher/style.grass', () => {
  it('parses as blocks of "property: value;" lines with defaults for nodes and relationships', () => {
    expect(blocks.get('node')?.caption).toBe('"{id}"');
    expect(blocks.get('relationship')?.caption).toBe('"<type>"');
  });
  for (const label of NODE_LABELS) {
    it(`captions ${label} with one of its own properties and gives it a colour`, () => {
      const b = blocks.get(`node.${label}`);
      expect(b, `node.${label} block`).toBeDefined();
      const prop = /^"\{(\w+)\}"$/.exec(b!.caption ?? '')?.[1];
      expect(Object.keys(NodeProps[label].shape)).toContain(prop);
      expect(b!.color).toMatch(/^#[0-9A-F]{6}$/i);
    });
  }
  it('colours every label differently', () => {
    const colours = NODE_LABELS.map((l) => blocks.get(`node.${l}`)?.color?.toUpperCase());
    expect(new Set(colours).size).toBe(NODE_LABELS.length);
  });
});
