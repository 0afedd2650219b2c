/**
 * The `kg view` page: one self-contained HTML file (script, style and graph inlined, no network),
 * so it opens offline from disk. Input: ViewData. Output: the HTML text.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ViewData } from './data.ts';
import { defined, KgError } from '../errors.ts';

let bundle: Promise<string> | undefined;

/** Bundle page.ts with sigma and graphology once per process (esbuild: a few hundred ms). */
export function pageScript(): Promise<string> {
  bundle ??= (async () => {
    let esbuild: typeof import('esbuild');
    try {
      esbuild = await import('esbuild');
    } catch {
      throw new KgError('kg view needs esbuild, sigma and graphology installed (run npm install in the project)');
    }
    // From the source tree both when run from src/ and from dist/: the page is bundled for the browser, never by tsc.
    const out = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('../../src/view/page.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      write: false,
      legalComments: 'inline',
      logLevel: 'silent',
    });
    return defined(out.outputFiles[0], 'the bundled page script').text;
  })();
  return bundle;
}

export async function renderPage(data: ViewData, opts: { title?: string } = {}): Promise<string> {
  const [script, css] = await Promise.all([pageScript(), readFile(new URL('../../src/view/page.css', import.meta.url), 'utf8')]);
  const title = opts.title ?? 'kg view';
  // `<` escaped so no string in the data or the bundle can close the <script> element early.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const js = script.replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<header id="kg-bar">
  <nav id="kg-tabs" role="tablist">
    <button id="kg-tab-map" role="tab" type="button" aria-selected="true" aria-controls="kg-map">الخريطة</button>
    <button id="kg-tab-graph" role="tab" type="button" aria-selected="false" aria-controls="kg-graph">الشبكة</button>
  </nav>
  <div class="search">
    <input id="kg-search" type="search" dir="auto" autocomplete="off" placeholder="ابحث: روسيا، Putin، مجلس الأمن…" aria-label="بحث عن كيان" aria-controls="kg-results">
    <ul id="kg-results" role="listbox" hidden></ul>
  </div>
  <label class="toggle"><input id="kg-show-articles" type="checkbox"> إظهار المقالات والمصادر وكل الكيانات</label>
  <span id="kg-counts"></span>
  <div id="kg-legend"></div>
</header>
<main>
  <div id="kg-map" role="tabpanel" aria-label="الخريطة"></div>
  <div id="kg-graph" role="tabpanel" aria-label="الشبكة" hidden></div>
  <aside id="kg-panel" aria-live="polite"></aside>
</main>
<p id="kg-status" role="status"></p>
<script id="kg-data" type="application/json">${json}</script>
<script>${js}</script>
</body>
</html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
