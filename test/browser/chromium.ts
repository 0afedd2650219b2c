/**
 * Debian's Chromium driven by playwright-core, for the real-browser tests: headless, no sandbox
 * (CI runs as root), background networking off (this machine's network is closed), fresh profile.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

/**
 * Why the browser tests cannot run here, or null when they can. Under CI=true a missing browser is
 * a failure, not a skip: the caller throws this reason instead of skipping.
 */
export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `Chromium not found at ${CHROMIUM} (install it with .ci/install-browser.sh, or set KG_CHROMIUM)`;
}

export function assertBrowserOrSkip(): boolean {
  const missing = chromiumMissing();
  if (missing && (process.env.CI === 'true' || process.env.CI === '1')) throw new Error(`browser tests cannot run under CI: ${missing}`);
  if (missing) console.warn(`skipping browser tests: ${missing}`);
  return missing === null;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // WebGL without a GPU: sigma.js draws with WebGL, which headless Chromium only offers through SwiftShader.
      '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function artifactPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
