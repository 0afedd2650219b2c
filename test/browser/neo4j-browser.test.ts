/**
 * Neo4j Browser, as a user meets it: the locally provisioned Neo4j serves it at /browser/; seed the
 * database from the seed article, connect with the form, run cypher/agreements.cypher as written
 * (its :param lines included), and find the Russia–North Korea treaty in the result.
 * Runs in vitest's `neo4j` project (one file at a time: the single user database is shared).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { describeNeo4j, type Neo4jHandle } from '../support/neo4j.ts';
import { artifactPath, assertBrowserOrSkip, launch } from './chromium.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED_ARTICLE = join(ROOT, 'seed', 'putin-vietnam-2024.txt');
const QUERY_FILE = join(ROOT, 'cypher', 'agreements.cypher');
const STYLE_FILE = join(ROOT, 'cypher', 'style.grass');

const canRun = assertBrowserOrSkip();
// Without Chromium (and not under CI, where assertBrowserOrSkip throws) the suite shows as skipped.
const suite = canRun ? describeNeo4j : (name: string, fn: (neo: Neo4jHandle) => void) => describe.skip(name, () => fn({} as Neo4jHandle));

/** Type text into Neo4j Browser's main (Monaco) editor in one input event and run it. */
async function runInEditor(page: Page, text: string): Promise<void> {
  const editor = page.locator('[data-testid="activeEditor"] #monaco-main-editor');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText, not type(): typing key by key would let the editor auto-close brackets and quotes.
  await page.keyboard.insertText(text);
  await page.locator('[data-testid="activeEditor"] [data-testid="editor-Run"]').click();
}

suite('Neo4j Browser on the seeded database', (neo) => {
  beforeAll(async () => {
    const { seed } = await import('../../src/cli/seed.ts');
    // Credentials reach the store from the environment, as they do for a user.
    vi.stubEnv('NEO4J_USER', neo.user);
    vi.stubEnv('NEO4J_PASSWORD', neo.password);
    const { counts } = await seed([SEED_ARTICLE], { store: neo.uri, batch: 500, quiet: true });
    vi.unstubAllEnvs();
    expect(counts.nodes.Agreement ?? 0, 'the pipeline found agreements in the seed article').toBeGreaterThan(0);
  }, 180_000);

  /** A fresh profile per test: Browser keeps credentials, parameters and styles in local storage. */
  async function withPage(name: string, fn: (page: Page) => Promise<void>): Promise<void> {
    const browser = await launch();
    const page = await browser.context.newPage();
    try {
      await fn(page);
    } catch (err) {
      // What the Browser showed when it went wrong is the first thing to look at.
      await page.screenshot({ path: await artifactPath(`${name}-failure.png`) });
      throw err;
    } finally {
      await browser.close();
    }
  }

  it('connects, runs cypher/agreements.cypher for Russia and shows the treaty with North Korea', async () => {
    await withPage('neo4j-browser-agreements', checkAgreements);
  }, 120_000);

  /** Open Neo4j Browser and fill its connect form, as a user would. */
  async function connect(page: Page): Promise<void> {
    const bolt = new URL(neo.uri);
    await page.goto(`http://${bolt.hostname}:${process.env.NEO4J_HTTP_PORT ?? '7474'}/browser/`);
    await page.locator('[data-testid="boltaddress"]').waitFor({ timeout: 30_000 });
    await page.selectOption('[data-testid="bolt-scheme-select"]', `${bolt.protocol}//`);
    await page.fill('[data-testid="boltaddress"]', bolt.host);
    await page.fill('[data-testid="username"]', neo.user);
    await page.fill('[data-testid="password"]', neo.password);
    await page.click('[data-testid="connect"]');
    await page.getByText('You are connected as user').waitFor({ timeout: 30_000 });
  }

  async function checkAgreements(page: Page): Promise<void> {
    await connect(page);

    // The query file exactly as checked in: Browser runs it as a multi-statement script, whose
    // :param lines set $state => 'RUS' (and the other filters to null) for this session.
    const file = await readFile(QUERY_FILE, 'utf8');
    expect(file).toMatch(/^:param state => 'RUS';$/m);
    await runInEditor(page, file);
    // The script's statements run one after another: wait until Browser holds every parameter.
    await expect.poll(async () => {
      await runInEditor(page, ':params');
      return page.locator('[data-testid="frame"]').first().innerText();
    }, { timeout: 30_000, interval: 1_000 }).toMatch(/"state": "RUS"[\s\S]*"until": null/);
    // Then the query itself, as a user reruns it after the params are set: one frame, shown as a table.
    const statement = file.split('\n').filter((l) => !l.startsWith('//') && !l.startsWith(':param')).join('\n').trim();
    await runInEditor(page, statement);
    const frame = page.locator('[data-testid="frame"]').first();
    await frame.getByText(/Started streaming \d+ records?/).waitFor({ timeout: 30_000 });
    const text = await frame.innerText();
    // The agreement row lists its parties as a JSON-like array: both states in one row.
    const rows = text.split('\n').filter((l) => l.includes('"RUS"'));
    const treaty = rows.find((r) => r.includes('"PRK"'));
    expect(treaty, `a result row with parties RUS and PRK in:\n${text}`).toBeDefined();
    await page.screenshot({ path: await artifactPath('neo4j-browser-agreements-russia.png') });
  }

  it('applies cypher/style.grass and draws Russia\'s agreements with its colours and Arabic captions', async () => {
    await withPage('neo4j-browser-style', async (page) => {
      await connect(page);
      const grass = await readFile(STYLE_FILE, 'utf8');
      const stateColour = /node\.State\s*\{[^}]*?\bcolor:\s*(#[0-9a-fA-F]{6})/.exec(grass)?.[1];
      expect(stateColour, 'style.grass gives State a colour').toBeDefined();
      // Dropped on the window, as the README tells users: Browser loads a dropped .grass file as its
      // style. (Pasting a multi-line `:style …` into the editor crashes Browser 5.24 when it next
      // draws a graph; a drop, or the file's text on one line, does not.)
      const drop = await page.evaluateHandle((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'style.grass'));
        return dt;
      }, grass);
      const main = page.locator('[data-testid="main"]');
      for (const type of ['dragenter', 'dragover', 'drop']) await main.dispatchEvent(type, { dataTransfer: drop });
      await runInEditor(page, ':style');
      await expect.poll(() => page.locator('[data-testid="frame"]').first().innerText(), { timeout: 15_000 }).toContain(`color: ${stateColour}`);

      await runInEditor(page, "MATCH p = (:State {id: 'RUS'})-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(:State) RETURN p");
      const frame = page.locator('[data-testid="frame"]').first();
      const circles = frame.locator('svg g.node circle.b-outline');
      await circles.first().waitFor({ timeout: 30_000 });
      const fills = await circles.evaluateAll((cs) => cs.map((c) => c.getAttribute('fill')?.toLowerCase()));
      expect(fills, 'State nodes drawn in style.grass\'s State colour').toContain(stateColour!.toLowerCase());
      // Captions from the style's "{name_ar}" (Browser may break a caption over two lines).
      const captions = (await frame.locator('svg g.node text').allTextContents()).join(' ');
      expect(captions).toContain('روسيا');
      expect(captions).toContain('كوريا');
      await page.waitForTimeout(1_500); // let the force layout settle for the picture
      await page.screenshot({ path: await artifactPath('neo4j-browser-graph-styled.png') });
    });
  }, 120_000);
});
