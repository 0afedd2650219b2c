import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoadError, LoadSummary } from '../../src/load/index.ts';
import { collect, encode1256, tempDir, utf16, zipBytes } from './helpers.ts';

const fixtures = new URL('../fixtures/load/', import.meta.url).pathname;
const seedDir = new URL('../../seed/', import.meta.url).pathname;

const page = 'وقعت الأردن ومصر اتفاقية للتعاون في مجال الطاقة.\n\nالمصدر: وكالة الأنباء\n';
let t: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => { t = await tempDir(); });
afterEach(async () => { await t.cleanup(); });

describe('plain-text pages', () => {
  it('load the seed page as its article and its appended article, with the sidecar metadata', async () => {
    const { records, problems } = await collect([seedDir]);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.id)).toEqual(['putin-vietnam-2024', 'putin-vietnam-2024#1']);
    const [main, sub] = records;
    expect(main).toMatchObject({ title: null, published: '2024-06-20', outlet: 'عربي21', url: null, language: 'ar', parent: null, origin: { file: join(seedDir, 'putin-vietnam-2024.txt') } });
    expect(main?.text).not.toContain('كلمات دلالية');
    expect(main?.text).not.toContain('سيئول');
    expect(main?.tags).toContain('فيتنام');
    expect(main?.headlines).toHaveLength(10);
    expect(sub).toMatchObject({ parent: 'putin-vietnam-2024', title: 'روسيا تمارس ضغوطا على أمريكا في أربعة أماكن حول العالم', published: '2024-06-20', outlet: 'عربي21', tags: [], headlines: [] });
  });

  it('take title, url and date from front matter, the outlet from the source line', async () => {
    const { records, problems } = await collect([join(fixtures, 'pages')]);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.id, r.parent])).toEqual([
      ['cairo-khartoum-talks', null], ['cairo-khartoum-talks#1', 'cairo-khartoum-talks'], ['cairo-khartoum-talks#2', 'cairo-khartoum-talks'],
    ]);
    expect(records[0]).toMatchObject({
      title: 'مصر والسودان توقعان مذكرة تفاهم للربط الكهربائي', url: 'https://example.org/news/cairo-khartoum-talks',
      published: '2023-02-14', outlet: 'الجزيرة نت', tags: ['مصر', 'السودان', 'الربط الكهربائي', 'الطاقة'],
    });
    expect(records[0]?.text).not.toContain('title:');
  });

  it('let a sidecar override the source line, and merge its tags', async () => {
    await t.put('a.txt', page);
    await t.put('a.meta.json', JSON.stringify({ outlet: 'Petra', published: '2022-01-05', tags: ['طاقة'] }));
    const { records, problems } = await collect([t.dir]);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: 'a', outlet: 'Petra', published: '2022-01-05', tags: ['طاقة'] });
    expect(records[0]?.text).toBe('وقعت الأردن ومصر اتفاقية للتعاون في مجال الطاقة.');
  });

  it('report a broken sidecar or front matter and still load the page', async () => {
    await t.put('a.txt', page);
    await t.put('a.meta.yaml', 'publishd: 2022-01-05\n');
    await t.put('b.txt', '---\npublished: yesterday\n---\n' + page);
    const { records, problems } = await collect([t.dir]);
    expect(records.map((r) => [r.id, r.published])).toEqual([['a', null], ['b', null]]);
    expect(problems.map((p) => [p.outcome, p.reason, p.message])).toEqual([
      ['failed', 'invalid-metadata', `${join(t.dir, 'a.meta.yaml')}: unknown field "publishd"`],
      ['failed', 'invalid-metadata', `${join(t.dir, 'b.txt')}: front matter: field "published": expected a date as YYYY-MM-DD, got "yesterday"`],
    ]);
  });

  it('skip a sidecar with no page, and Markdown without metadata (a README)', async () => {
    await t.put('lost.meta.yaml', 'outlet: x\n');
    await t.put('README.md', '# Corpus\nThese files …\n');
    await t.put('story.md', '---\noutlet: سبق\n---\n' + page);
    const { records, problems } = await collect([t.dir]);
    expect(records.map((r) => [r.id, r.outlet])).toEqual([['story', 'سبق']]);
    expect(problems.map((p) => [p.file, p.outcome, p.reason])).toEqual([
      [join(t.dir, 'README.md'), 'skipped', 'unknown-kind'],
      [join(t.dir, 'lost.meta.yaml'), 'skipped', 'orphan-metadata'],
    ]);
  });

  it('skip a page with no article text', async () => {
    await t.put('empty.txt', '\n\nالمصدر: سبق\n\nكلمات دلالية: أ ب\n');
    const { records, problems } = await collect([t.dir]);
    expect(records).toEqual([]);
    expect(problems).toMatchObject([{ outcome: 'skipped', reason: 'empty-text' }]);
  });
});

describe('JSON records', () => {
  it('load JSONL lines with id, text or content, and dates cut to the day', async () => {
    const { records, problems } = await collect([join(fixtures, 'articles.jsonl')]);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.id, r.published, r.outlet, r.origin.line])).toEqual([
      ['jl-1', '2023-05-02', 'وكالة الأنباء', 1], ['42', '2023-05-03', null, 2], ['jl-3', null, null, 4],
    ]);
    expect(records[1]?.text).toBe('استقبل ملك الأردن الرئيس الفرنسي في عمان.');
    expect(records[2]?.tags).toEqual(['تركيا', 'قطر']);
  });

  it('load a SaudiNewsNet array: id = url, outlet = source, published = day of date_extracted', async () => {
    const { records, problems } = await collect([join(fixtures, 'saudinewsnet-sample.json')]);
    expect(records.map((r) => [r.id, r.outlet, r.published, r.title, r.origin.record])).toEqual([
      ['http://example.org/sabq/1', 'sabq', '2015-07-22', 'خادم الحرمين يستقبل وزير الخارجية الأمريكي', 1],
      ['http://example.org/okaz/3', 'okaz', '2015-07-23', 'مجلس الأمن يعقد جلسة طارئة', 3],
    ]);
    expect(records[0]?.url).toBe('http://example.org/sabq/1');
    expect(problems).toEqual([{
      file: join(fixtures, 'saudinewsnet-sample.json'), record: 2, outcome: 'skipped', reason: 'empty-text',
      message: `${join(fixtures, 'saudinewsnet-sample.json')}, record 2: field "content" is empty`,
    }]);
  });

  it('report an invalid JSON line, a missing field and a wrong-typed field, and go on', async () => {
    const lines = [
      '{"id": "ok-1", "text": "نص أول"}',
      '{"id": "broken", "text": "نص',
      '{"title": "بلا معرف", "text": "نص"}',
      '{"id": "t", "title": 5, "text": "نص"}',
      '{"id": "no-text"}',
      '["not", "an", "object"]',
      '{"id": "d", "text": "نص", "published": "2023-02-30"}',
      '{"id": "ok-2", "content": "نص ثان"}',
    ];
    const file = await t.put('mixed.jsonl', lines.join('\n'));
    const { records, problems } = await collect([file]);
    expect(records.map((r) => r.id)).toEqual(['ok-1', 'ok-2']);
    expect(problems.map((p) => [p.line, p.reason, p.message.slice(file.length)])).toEqual([
      [2, 'invalid-json', expect.stringMatching(/^, line 2: invalid JSON \(/)],
      [3, 'invalid-record', ', line 3: field "id" is missing'],
      [4, 'invalid-record', ', line 4: field "title": expected string, received number'],
      [5, 'invalid-record', ', line 5: field "text" (or "content") is missing'],
      [6, 'invalid-record', ', line 6: expected a JSON object, got an array'],
      [7, 'invalid-record', ', line 7: field "published": expected a date as YYYY-MM-DD, got "2023-02-30"'],
    ]);
    expect(problems.every((p) => p.outcome === 'failed' && p.file === file)).toBe(true);
  });

  it('report a broken array element by record number, and a truncated array', async () => {
    const file = await t.put('day.json', '[{"id": "a", "text": "نص"}, {"id": "b", text: 1}, {"id": "c", "text": "نص"}, {"id": "d", "te');
    const { records, problems } = await collect([file]);
    expect(records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(problems.map((p) => [p.record, p.reason])).toEqual([[2, 'invalid-json'], [undefined, 'invalid-json']]);
    expect(problems[1]?.message).toBe(`${file}: the file ends inside record 4`);
  });
});

describe('encodings and broken files', () => {
  const text = 'استقبل أمير قطر الرئيس التركي في الدوحة، وبحثا العلاقات الثنائية.';
  const line = (id: string) => JSON.stringify({ id, text }) + '\n';

  it('load windows-1256, UTF-16LE/BE and BOM-prefixed files as the same Arabic', async () => {
    await t.put('p-1256.txt', encode1256(text));
    await t.put('p-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    await t.put('p-le.txt', utf16(text, 'le'));
    await t.put('p-be.txt', utf16(text, 'be'));
    await t.put('r-1256.jsonl', encode1256(line('w')));
    await t.put('r-le.jsonl', utf16(line('l'), 'le'));
    await t.put('r-be.json', utf16(`[${JSON.stringify({ id: 'b', text })}]`, 'be'));
    const { records, problems } = await collect([t.dir]);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.id)).toEqual(['p-1256', 'p-be', 'p-bom', 'p-le', 'w', 'b', 'l']);
    for (const r of records) expect(r.text).toBe(text);
  });

  it('report invalid UTF-8 with its byte offset and store no replacement character', async () => {
    const good = Buffer.from(text);
    await t.put('bad.txt', Buffer.concat([good.subarray(0, 10), Buffer.from([0xff, 0xfe, 0x41]), good.subarray(10)]));
    const { records, problems } = await collect([t.dir]);
    expect(records).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ outcome: 'failed', reason: 'invalid-encoding', message: `${join(t.dir, 'bad.txt')}: invalid UTF-8 at byte 10 (and not windows-1256 Arabic)` })]);
  });

  it('keep every record before an invalid byte deep in a stream, and report the rest as lost', async () => {
    const head = Array.from({ length: 3000 }, (_, i) => line(`n${i}`)).join('');
    const file = await t.put('long.jsonl', Buffer.concat([Buffer.from(head), Buffer.from([0xc0, 0x80]), Buffer.from(line('after'))]));
    const { records, problems } = await collect([file]);
    expect(records).toHaveLength(3000);
    expect(records.some((r) => r.text.includes('\ufffd'))).toBe(false);
    expect(problems).toEqual([expect.objectContaining({ reason: 'invalid-encoding', message: `${file}: invalid UTF-8 at byte ${Buffer.byteLength(head)} (and not windows-1256 Arabic)` })]);
  });

  it('report binary files, unknown kinds, missing paths and dangling links', async () => {
    await t.put('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    await t.put('data.bin.json', Buffer.from([0x5b, 0, 0, 0, 1, 2, 3]));
    await t.put('notes.docx', 'PK…');
    await symlink(join(t.dir, 'gone.txt'), join(t.dir, 'link.txt'));
    await t.put('.hidden.txt', page);
    const explicit = await t.put('sub/table.csv', 'a,b\n');
    const { records, problems } = await collect([t.dir, explicit, join(t.dir, 'nowhere.jsonl')]);
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.file.slice(t.dir.length + 1), p.outcome, p.reason])).toEqual([
      ['data.bin.json', 'failed', 'binary'],
      ['link.txt', 'failed', 'unreadable'],
      ['notes.docx', 'skipped', 'unknown-kind'],
      ['photo.txt', 'failed', 'binary'],
      ['sub/table.csv', 'skipped', 'unknown-kind'],
      ['nowhere.jsonl', 'failed', 'not-found'],
    ]);
  });

  it('fail an unknown kind named explicitly', async () => {
    const file = await t.put('table.csv', 'a,b\n');
    const { problems } = await collect([file]);
    expect(problems).toEqual([expect.objectContaining({ outcome: 'failed', reason: 'unknown-kind' })]);
    expect(problems[0]?.message).toMatch(/table\.csv: not a kind of file that holds articles \(\.csv;/);
  });
});

describe('zip archives', () => {
  it('stream .json, .jsonl and .txt entries, skipping unknown ones and litter', async () => {
    const zip = await t.put('corpus.zip', zipBytes([
      { name: 'day/2015-07-22.json', data: JSON.stringify([{ source: 'sabq', url: 'http://e/1', date_extracted: '2015-07-22 01:02:03', title: 'ع', author: '', content: 'نص الخبر' }, { source: 'sabq', url: 'http://e/2', date_extracted: '2015-07-22 01:02:03', title: 'ع', author: '', content: '  ' }]) },
      { name: 'extra.jsonl', data: '{"id": "z1", "text": "نص"}\n', store: true },
      { name: 'pages/story.txt', data: page },
      { name: 'README', data: 'about' },
      { name: 'inner.zip', data: 'PK', store: true },
      { name: 'pages/story.meta.yaml', data: 'outlet: x\n' },
      { name: '__MACOSX/._story.txt', data: 'junk' },
      { name: 'day/', data: '', store: true },
    ]));
    const { records, problems } = await collect([zip]);
    expect(records.map((r) => [r.id, r.origin.entry, r.origin.record ?? r.origin.line ?? null])).toEqual([
      ['http://e/1', 'day/2015-07-22.json', 1], ['z1', 'extra.jsonl', 1], ['story', 'pages/story.txt', null],
    ]);
    expect(records[2]?.outlet).toBe('وكالة الأنباء');
    expect(problems.map((p) => [p.entry, p.record, p.reason, p.message])).toEqual([
      ['day/2015-07-22.json', 2, 'empty-text', `${zip} › day/2015-07-22.json, record 2: field "content" is empty`],
      ['README', undefined, 'unknown-kind', `${zip} › README: not a kind of file that holds articles (no extension)`],
      ['inner.zip', undefined, 'nested-archive', `${zip} › inner.zip: a zip inside a zip is not opened; unpack it first`],
      ['pages/story.meta.yaml', undefined, 'unsupported-sidecar', `${zip} › pages/story.meta.yaml: metadata sidecars inside a zip are not read; use front matter`],
    ]);
  });

  it('report a file that is not a zip, and a corrupt entry', async () => {
    await t.put('fake.zip', 'this is not an archive');
    const good = zipBytes([{ name: 'a.jsonl', data: '{"id": "a", "text": "نص سليم"}\n'.repeat(20) }]);
    // Flip bytes inside the deflated data: inflating fails or the CRC check does.
    const bad = Buffer.from(good);
    bad.set(bad.subarray(40, 60).map((b) => b ^ 0x5a), 40);
    await t.put('hurt.zip', bad);
    const { problems } = await collect([t.dir]);
    expect(problems.map((p) => [p.file.slice(t.dir.length + 1), p.entry, p.reason])).toEqual([
      ['fake.zip', undefined, 'invalid-zip'], ['hurt.zip', 'a.jsonl', 'invalid-zip'],
    ]);
  });
});

describe('order, duplicates, strict mode and the summary', () => {
  it('walks folders recursively in sorted order and loads a file named twice once', async () => {
    await t.put('b/2.txt', page);
    await t.put('b/1.txt', page);
    await t.put('a.txt', page);
    await t.put('c/d/e.jsonl', '{"id": "e", "text": "نص"}\n');
    const { records } = await collect([t.dir, join(t.dir, 'a.txt')]);
    expect(records.map((r) => r.id)).toEqual(['a', '1', '2', 'e']);
  });

  it('stops at the first problem with a LoadError whose message is that problem', async () => {
    await t.put('a.jsonl', '{"id": "a", "text": "نص"}\n{"id": "b"}\n{"id": "c", "text": "نص"}\n');
    const seen: string[] = [];
    const problems: unknown[] = [];
    const run = async () => {
      for await (const r of (await import('../../src/load/index.ts')).loadArticles([t.dir], { strict: true, onProblem: (p) => problems.push(p) })) seen.push(r.id);
    };
    const error = await run().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).message).toBe(`${join(t.dir, 'a.jsonl')}, line 2: field "text" (or "content") is missing`);
    expect((error as LoadError).problem).toMatchObject({ line: 2, reason: 'invalid-record', outcome: 'failed' });
    expect(seen).toEqual(['a']);
    expect(problems).toEqual([]);
  });

  it('counts loaded, skipped and failed by reason', async () => {
    await t.put('a.jsonl', '{"id": "a", "text": "نص"}\n{"id": "b", "text": ""}\n{"id": "c", "text": ""}\nnot json\n');
    await t.put('x.csv', '');
    const summary = new LoadSummary();
    const { records } = await collect([t.dir], { onProblem: (p) => summary.add(p) });
    summary.loaded = records.length;
    expect(summary.format()).toBe('loaded 1 articles; skipped 3 (empty-text 2, unknown-kind 1); failed 1 (invalid-json 1)');
    expect([summary.skippedTotal, summary.failedTotal]).toEqual([3, 1]);
  });
});
