import { extract } from '../src/pipeline.ts';
const text = process.argv[2]!;
const { doc } = extract({ id: 'x', source: 'x', title: null, text, published: process.argv[3] ?? '2015-07-21', url: null } as any);
console.log(doc.mentions.map((m) => `${m.kind}:${m.id}:${m.text}`).join(' | '));
console.log(JSON.stringify(doc.facts.filter((f: any) => f.type === 'visit').map((f: any) => [f.visitor.id, f.to, f.date, f.status, f.evidence[0].rule])));
