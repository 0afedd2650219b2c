/**
 * The map tab of `kg view` in a real Chromium: the page opens on it; the seed's agreements, visits
 * and veto are arcs between states drawn on bundled boundaries (no request leaves the page); a click
 * on an arc or on a state opens the evidence panel; and on SaudiNewsNet (reserved urls filtered out)
 * the month slider leaves only that month's arcs. Screenshots go to test-artifacts/.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/cli/seed.ts';
import { view } from '../../src/cli/view.ts';
import { corpusZips, readCorpusZip } from '../../src/load/corpus.ts';
import { artifactPath, assertBrowserOrSkip, launch, type Browser } from './chromium.ts';

const canRun = assertBrowserOrSkip();
const SEED_ARTICLE = join(import.meta.dirname, '..', '..', 'seed', 'putin-vietnam-2024.txt');
const zips = corpusZips();
const inCI = process.env.CI === 'true' || process.env.CI === '1';
const corpusAbsent = zips.length === 0 ? 'the SaudiNewsNet corpus is not there (set KG_CORPUS_DIR)' : '';
if (corpusAbsent && inCI) throw new Error(`the map's corpus test cannot run under CI: ${corpusAbsent}`);
if (corpusAbsent) console.warn(`skipping the map's corpus test: ${corpusAbsent}`);

interface Arc { index: number; kind: number; date: string; from: string; to: string }
interface MapHandle {
  months: string[];
  arcs: number;
  visible(): Arc[];
  statePoint(key: string): { x: number; y: number } | null;
  arcPoint(index: number): { x: number; y: number } | null;
}
interface KgView { ready: boolean; drawn: boolean; tab(): string; map: MapHandle }
const kg = (page: Page) => ({
  eval: <T,>(fn: (v: KgView) => T) => page.evaluate(`(${fn.toString()})(window.kgView)`) as Promise<T>,
});

/** Open a page; every request it makes is recorded (the map must need none beyond its own file). */
async function openPage(browser: Browser, file: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window as unknown as { kgView?: KgView }).kgView?.ready === true, null, { timeout: 60_000 });
  expect(errors).toEqual([]);
  return { page, requests };
}

async function clickAt(page: Page, at: { x: number; y: number } | null, what: string): Promise<void> {
  expect(at, `${what} is drawn`).not.toBeNull();
  await page.mouse.click(at!.x, at!.y);
}

describe.runIf(canRun)('kg view map in Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-view-map-'));
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('opens on the map: the seed\'s facts as arcs; clicking an arc or a state opens the evidence', async () => {
    const store = join(dir, 'seed.json');
    await seed([SEED_ARTICLE], { store, batch: 500, quiet: true });
    const { out } = await view({ store, out: join(dir, 'seed.html') });
    const { page, requests } = await openPage(browser, out);
    const k = kg(page);
    expect(await k.eval((v) => v.tab())).toBe('map');
    expect(await page.isVisible('#kg-map svg')).toBe(true);
    expect(await page.isHidden('#kg-graph')).toBe(true);
    expect(await page.locator('#kg-map path.country').count(), 'world-atlas boundaries drawn').toBeGreaterThan(200);

    const arcs = await k.eval((v) => v.map.visible());
    const has = (kind: number, from: string, to: string) => arcs.some((a) => a.kind === kind && a.from === from && a.to === to);
    expect(has(1, 'State:RUS', 'State:VNM'), 'Putin\'s visit: Russia → Viet Nam').toBe(true);
    expect(arcs.some((a) => a.kind === 0 && [a.from, a.to].includes('State:RUS')), 'an agreement with Russia').toBe(true);
    expect(arcs.some((a) => a.kind === 2 && a.to === 'UN'), 'a veto').toBe(true);
    await page.screenshot({ path: await artifactPath('view-map-seed.png') });

    // A click on the visit's arc: the panel shows the visit with the sentence that says it.
    const visit = arcs.find((a) => a.kind === 1 && a.to === 'State:VNM')!;
    await clickAt(page, await k.eval(new Function('v', `return v.map.arcPoint(${visit.index})`) as (v: KgView) => { x: number; y: number } | null), 'the visit arc');
    await page.locator('#kg-panel .edge[data-edge-type="VISITED"] blockquote').first().waitFor({ timeout: 5_000 });
    expect((await page.locator('#kg-panel .edge[data-edge-type="VISITED"] blockquote').first().textContent())!.length).toBeGreaterThan(20);
    await page.screenshot({ path: await artifactPath('view-map-seed-visit.png') });

    // With the arcs filtered away, a click on Viet Nam opens the state's own panel.
    for (const kind of ['agreement', 'visit', 'veto']) await page.click(`#kg-arc-${kind}`);
    expect(await k.eval((v) => v.map.visible().length)).toBe(0);
    await clickAt(page, await k.eval((v) => v.map.statePoint('State:VNM')), 'Viet Nam');
    await expect.poll(() => page.locator('#kg-panel header h2').textContent()).toBe('فيتنام');
    expect(await page.locator('#kg-panel .edges .edge').count()).toBeGreaterThan(0);

    // The node-link view is the second tab, on the entities (articles hidden).
    await page.click('#kg-tab-graph');
    expect(await k.eval((v) => v.drawn)).toBe(true);
    expect(await page.isHidden('#kg-map')).toBe(true);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), 'no request leaves the page').toEqual([]);
    await page.close();
  });

  it.runIf(!corpusAbsent)('on SaudiNewsNet, the slider leaves one month\'s arcs, and an arc opens its evidence', async () => {
    // Three days spread over the corpus (some 6,000 articles), through the loader that leaves the
    // reserved urls out.
    const records = [];
    for (let i = 0; i < 3; i++) records.push(...(await readCorpusZip(zips[Math.floor((i * zips.length) / 3)]!)));
    const input = join(dir, 'corpus.json');
    await writeFile(input, JSON.stringify(records));
    const store = join(dir, 'corpus-graph.json');
    await seed([input], { store, batch: 500, quiet: true });
    const { out, nodes, edges } = await view({ store, out: join(dir, 'corpus.html') });
    const { page, requests } = await openPage(browser, out);
    const k = kg(page);
    const all = await k.eval((v) => v.map.visible());
    const months = await k.eval((v) => v.map.months);
    expect(all.length).toBeGreaterThan(20);
    // The month with the most arcs.
    const count = (m: string) => all.filter((a) => a.date.startsWith(m)).length;
    const month = months.reduce((best, m) => (count(m) > count(best) ? m : best), months[0]!);
    const t0 = Date.now();
    await page.locator('#kg-month').fill(String(months.indexOf(month) + 1));
    const shown = await k.eval((v) => v.map.visible());
    const filterMs = Date.now() - t0;
    expect(await page.locator('#kg-month-label').textContent()).toBe(month);
    expect(shown.length).toBe(count(month));
    expect(shown.length).toBeLessThan(all.length);
    for (const a of shown) expect(a.date.startsWith(month)).toBe(true);
    await page.screenshot({ path: await artifactPath('view-map-corpus-month.png') });

    const visit = shown.find((a) => a.kind === 1) ?? shown[0]!;
    await clickAt(page, await k.eval(new Function('v', `return v.map.arcPoint(${visit.index})`) as (v: KgView) => { x: number; y: number } | null), 'an arc of the month');
    await page.locator('#kg-panel .edge blockquote').first().waitFor({ timeout: 5_000 });
    await page.screenshot({ path: await artifactPath('view-map-corpus-month-arc.png') });
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    console.log(`kg view map, ${records.length} SaudiNewsNet articles (${nodes} nodes, ${edges} edges): ${all.length} arcs over ${months.length} months; ${month}: ${shown.length} arcs, filtered in ${filterMs} ms`);
    await page.close();
  }, 240_000);
});
