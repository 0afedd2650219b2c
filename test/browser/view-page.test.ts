/**
 * The `kg view` page in a real Chromium: built from the seed article by the real pipeline and the
 * embedded store, searched for روسيا, clicked, and read back (its agreements and their evidence).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { view } from '../../src/cli/view.ts';
import { applyBatch } from '../../src/store/embedded.ts';
import { emptyGraph } from '../../src/store/graph.ts';
import { saveGraph } from '../../src/store/persist.ts';
import { artifactPath, assertBrowserOrSkip, launch, type Browser } from './chromium.ts';
import { smallBatch } from './fixture.ts';

const canRun = assertBrowserOrSkip();
const SEED_ARTICLE = join(import.meta.dirname, '..', '..', 'seed', 'putin-vietnam-2024.txt');

interface KgView {
  ready: boolean;
  drawn: boolean;
  selected(): string | null;
  nodePosition(key: string): { x: number; y: number } | null;
  settled(): boolean;
}

async function openPage(browser: Browser, file: string): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window as unknown as { kgView?: KgView }).kgView?.ready === true, null, { timeout: 30_000 });
  expect(errors).toEqual([]);
  // The page opens on the map; the node-link graph is the second tab.
  await page.click('#kg-tab-graph');
  expect(await page.evaluate(() => (window as unknown as { kgView: KgView }).kgView.drawn), 'sigma drew the graph (WebGL)').toBe(true);
  return page;
}

/** Type a query, pick the result for `key` from the list, and wait for the camera to stop. */
async function searchAndPick(page: Page, query: string, key: string): Promise<void> {
  await page.fill('#kg-search', query);
  const hit = page.locator(`#kg-results li[data-key="${key}"]`);
  await hit.waitFor({ timeout: 5_000 });
  await hit.click();
  await page.waitForFunction(() => (window as unknown as { kgView: KgView }).kgView.settled());
}

/** Click a node where sigma drew it on the canvas, as a user would. */
async function clickNode(page: Page, key: string): Promise<void> {
  await page.waitForTimeout(400); // past sigma's double-click window, so this is a click of its own
  const at = await page.evaluate((k) => (window as unknown as { kgView: KgView }).kgView.nodePosition(k), key);
  expect(at, `node ${key} is drawn`).not.toBeNull();
  await page.mouse.click(at!.x, at!.y);
  await page.waitForFunction((k) => (window as unknown as { kgView: KgView }).kgView.selected() === k, key, { timeout: 5_000 });
}

describe.runIf(canRun)('kg view page in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-view-'));
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds a node by a differently spelt name, clicks through to its neighbours, and never renders graph text as HTML', async () => {
    const store = join(dir, 'small.json');
    const g = emptyGraph();
    applyBatch(g, smallBatch());
    await saveGraph(g, store);
    const { out } = await view({ store, out: join(dir, 'small.html') });
    const page = await openPage(browser, out);

    // ة written as ه, as users often type it.
    await searchAndPick(page, 'كوريا الشماليه', 'State:PRK');
    expect(await page.textContent('#kg-panel header')).toContain('North Korea');
    await page.locator('#kg-panel .chip[data-key="State:RUS"]').click();
    expect(await page.evaluate(() => (window as unknown as { kgView: KgView }).kgView.selected())).toBe('State:RUS');
    // English names search too; articles are hidden until asked for.
    await page.fill('#kg-search', 'turkiye');
    await page.locator('#kg-results li[data-key="State:TUR"]').waitFor();
    await page.fill('#kg-search', 'عنوان المقال');
    expect(await page.locator('#kg-results li').count()).toBe(0);
    await page.check('#kg-show-articles');
    await page.fill('#kg-search', 'عنوان المقال');
    await page.locator('#kg-results li[data-key="Article:a1"]').click();
    expect(await page.textContent('#kg-panel h2')).toBe('عنوان المقال </script><b>x</b>');
    expect(await page.locator('#kg-panel b').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('seed graph: search روسيا, click it, and see its agreements with their evidence', async () => {
    const store = join(dir, 'seed.json');
    // Imported here so the page mechanics above are still checked while the pipeline is being built.
    const { seed } = await import('../../src/cli/seed.ts');
    const { counts } = await seed([SEED_ARTICLE], { store, batch: 500, quiet: true });
    expect(counts.nodes.State ?? 0, 'the pipeline found states in the seed article').toBeGreaterThan(0);
    const { out } = await view({ store, out: join(dir, 'seed.html') });
    const page = await openPage(browser, out);

    await searchAndPick(page, 'روسيا', 'State:RUS');
    await page.click('#kg-graph', { position: { x: 5, y: 5 } }); // clear the selection, then pick it on the canvas
    await page.waitForFunction(() => (window as unknown as { kgView: KgView }).kgView.selected() === null);
    await clickNode(page, 'State:RUS');
    const header = await page.textContent('#kg-panel header');
    expect(header).toContain('روسيا');
    expect(header).toContain('Russia');

    // Russia's agreements: one of them has North Korea on its other side, and says why.
    const agreements = page.locator('#kg-panel section[data-type="PARTY_TO"] .edge');
    expect(await agreements.count(), 'Russia is PARTY_TO at least one agreement').toBeGreaterThan(0);
    const withPrk = agreements.filter({ has: page.locator('.parties .chip[data-key="State:PRK"]') });
    expect(await withPrk.count(), 'an agreement of Russia lists North Korea as the other party').toBeGreaterThan(0);
    const evidence = await withPrk.first().locator('.evidence blockquote').allTextContents();
    expect(evidence.length, 'the Russia–North Korea agreement shows its evidence').toBeGreaterThan(0);
    const article = (await readFile(SEED_ARTICLE, 'utf8')).replace(/\s+/g, ' ');
    for (const text of evidence) {
      expect(text.trim().length).toBeGreaterThan(10);
      expect(article, 'evidence is a sentence of the article').toContain(text.replace(/\s+/g, ' ').trim());
    }
    await page.screenshot({ path: await artifactPath('view-seed-russia.png') });
    await page.close();
  }, 120_000);
});
