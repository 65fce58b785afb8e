/**
 * The task pane as a browser meets it: the gzip size of the scripts taskpane.html loads before the pane can
 * show, against the chunks it loads later; and the engine's time in headless Chromium, running the same
 * dist/web/engine.js a browser would, on a grid read in Node.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CheckedSettings } from '../src/core/checkSheet';
import type { WorkbookReport } from '../src/core/checkWorkbook';
import type { Result } from '../src/core/result';
import type { WorkbookGrid } from '../src/core/grid';

const CHROMIUM = '/usr/bin/chromium';

export interface BundleSize {
  initialFiles: string[];
  initialGzip: number;
  lazyFiles: string[];
  lazyGzip: number;
}

/** The scripts a page names with src, its own only: Office.js comes from Microsoft and is no part of the download. */
function ownScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .filter((src) => src !== '' && !/^(?:[a-z][a-z+.-]*:)?\/\//i.test(src))
    .map((src) => path.posix.normalize(src.split(/[?#]/)[0]!));
}

const gzipSize = (file: string): number => gzipSync(readFileSync(file)).length;

export function measureBundle(addinDir: string): BundleSize | string {
  const pane = path.join(addinDir, 'taskpane.html');
  if (!existsSync(pane)) return `${pane} not found (run npm run build)`;
  const initialFiles = ownScripts(readFileSync(pane, 'utf8'));
  const missing = initialFiles.find((f) => !existsSync(path.join(addinDir, f)));
  if (missing) return `taskpane.html loads ${missing}, which is not in ${addinDir}`;
  const names = readdirSync(addinDir);
  // the ribbon command page's script is loaded by its own page, never by the pane: neither initial nor lazy
  const loadedByPages = new Set(names.filter((f) => f.endsWith('.html')).flatMap((f) => ownScripts(readFileSync(path.join(addinDir, f), 'utf8'))));
  const lazyFiles = names.filter((f) => f.endsWith('.js') && !loadedByPages.has(f)).sort();
  const total = (files: string[]): number => files.reduce((sum, f) => sum + gzipSize(path.join(addinDir, f)), 0);
  return { initialFiles, initialGzip: total(initialFiles), lazyFiles, lazyGzip: total(lazyFiles) };
}

/** What a check found, enough to tell that two runs did the same work: issues and RAG counts by sheet. */
export function outcome(checked: Result<WorkbookReport>): string {
  if (!checked.ok) return checked.problem.message;
  return JSON.stringify(checked.value.sheets.map((s) => ({ sheet: s.name, issues: s.issues.length, counts: s.counts })));
}

/** An outcome in words, for the report: "1,234 issues; RAG Red 10, Amber 20, …" over every sheet checked. */
export function describeOutcome(json: string): string {
  let sheets: Array<{ issues: number; counts: Record<string, number> }>;
  try {
    sheets = JSON.parse(json) as typeof sheets;
  } catch {
    return json;
  }
  const counts = new Map<string, number>();
  for (const s of sheets) for (const [k, n] of Object.entries(s.counts)) counts.set(k, (counts.get(k) ?? 0) + n);
  const issues = sheets.reduce((sum, s) => sum + s.issues, 0);
  const n = (x: number): string => x.toLocaleString('en-GB');
  return `${n(issues)} issues; RAG ${[...counts].map(([k, c]) => `${k} ${n(c)}`).join(', ')}`;
}

export interface ChromiumEngine {
  ms: number;
  /** the page's outcome, equal to Node's */
  outcome: string;
}

/**
 * checkWorkbook in a blank page of headless Chromium: once to warm up, then the best of `runs`, timed in the
 * page so the grid's trip from Node is not counted. A string says why it could not be measured.
 */
export async function measureEngineInChromium(
  engineJs: string,
  grid: WorkbookGrid,
  settings: CheckedSettings,
  runs: number,
  nodeOutcome: string,
): Promise<ChromiumEngine | string> {
  if (!existsSync(CHROMIUM)) return 'Chromium not found: run scripts/system-deps.sh';
  if (!existsSync(engineJs)) return `${engineJs} not found (run npm run build)`;
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    return `playwright-core not available (${String(err).split('\n')[0]})`;
  }
  let browser: import('playwright-core').Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage();
    await page.addScriptTag({ content: readFileSync(engineJs, 'utf8') });
    const measured = await page.evaluate(
      ({ gridJson, settings, runs }) => {
        const engine = (globalThis as unknown as { TrackerCheckEngine: typeof import('../src/core') }).TrackerCheckEngine;
        // JSON has no holes: a sparse row's missing cells arrive as null and are made holes again, as in Node
        const grid = JSON.parse(gridJson, function (this: unknown, _key: string, value: unknown) {
          return value === null && Array.isArray(this) ? undefined : value;
        }) as WorkbookGrid;
        const report = engine.checkWorkbook(grid, settings); // warm-up
        let best = Infinity;
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          engine.checkWorkbook(grid, settings);
          best = Math.min(best, performance.now() - t);
        }
        // the same summary as outcome() in Node: a function cannot be passed into the page
        const outcome =
          !report.ok
            ? report.problem.message
            : JSON.stringify(report.value.sheets.map((s) => ({ sheet: s.name, issues: s.issues.length, counts: s.counts })));
        return { ms: best, outcome };
      },
      { gridJson: JSON.stringify(grid), settings, runs },
    );
    if (measured.outcome !== nodeOutcome) return `the page's result differs from Node's: ${measured.outcome.slice(0, 200)} against ${nodeOutcome.slice(0, 200)}`;
    return measured;
  } catch (err) {
    return `Chromium could not run the engine (${String(err).split('\n')[0]})`;
  } finally {
    await browser?.close();
  }
}
