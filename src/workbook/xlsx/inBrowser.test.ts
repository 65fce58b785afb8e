/**
 * The .xlsx adapter as the browser's bundle has it: the platform modules swapped for their browser twins,
 * as webpack's aliases swap them (BROWSER_TWINS), and nothing of Node's reached from xlsxHost.ts.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { SUMMARY_KINDS } from '../../core/plan/writePlan';
import { processWorkbook } from './processWorkbook';
import { readXlsx } from './readXlsx';

/** each Node module, and the module the browser's bundle has in its place */
const BROWSER_TWINS: Readonly<Record<string, string>> = {
  './platform/zlib': './platform/zlib.browser',
  './platform/latin1': './platform/latin1.browser',
};

/** packages the browser's bundle may take from node_modules for the adapter and the engine: plain JavaScript */
const PACKAGES = /^(?:fflate|zod|date-fns\/\w+)$/;

interface Adapter {
  readXlsx: typeof readXlsx;
  processWorkbook: typeof processWorkbook;
}

/** The adapter's modules loaded afresh with the browser's twins, as the bundle holds them. */
function loadForBrowser(): Adapter {
  let adapter: Adapter | undefined;
  jest.isolateModules(() => {
    for (const [node, twin] of Object.entries(BROWSER_TWINS)) jest.doMock(node, () => jest.requireActual(twin));
    adapter = {
      readXlsx: jest.requireActual<typeof import('./readXlsx')>('./readXlsx').readXlsx,
      processWorkbook: jest.requireActual<typeof import('./processWorkbook')>('./processWorkbook').processWorkbook,
    };
  });
  for (const node of Object.keys(BROWSER_TWINS)) jest.dontMock(node);
  return adapter!;
}

/** Runs `job` with Buffer gone, as it is in a browser. */
function withoutBuffer<T>(job: () => T): T {
  const buffer = globalThis.Buffer;
  Reflect.deleteProperty(globalThis, 'Buffer');
  try {
    return job();
  } finally {
    globalThis.Buffer = buffer;
  }
}

const SAMPLES = join(__dirname, '../../../samples');
const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort();
const RUN = { write: true, save: true, today: '2026-11-23', summaries: SUMMARY_KINDS } as const;

describe.each(files)('the adapter in a browser, on %s', (file) => {
  const browser = loadForBrowser();
  const bytes = new Uint8Array(readFileSync(join(SAMPLES, file)));
  const inNode = processWorkbook(bytes, { asAt: '2011-03-31' }, RUN).bytes!;
  const inBrowser = withoutBuffer(() => browser.processWorkbook(bytes, { asAt: '2011-03-31' }, RUN)).bytes!;

  it('reads the same grid as in Node', () => {
    expect(withoutBuffer(() => browser.readXlsx(bytes))).toEqual(readXlsx(bytes));
    expect(withoutBuffer(() => browser.readXlsx(inNode))).toEqual(readXlsx(inNode));
  });

  it('writes a workbook that reads back as the one written in Node does, deflated by fflate rather than zlib', () => {
    expect(Buffer.from(inBrowser).equals(Buffer.from(inNode))).toBe(false);
    expect(readXlsx(inBrowser)).toEqual(readXlsx(inNode));
  });

  it('writes a workbook ExcelJS reads, with the product\'s sheets', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(inBrowser) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Summary', 'Exceptions', 'By owner']));
  });

  it('gives the same bytes when run again on its own output', () => {
    const again = withoutBuffer(() => browser.processWorkbook(inBrowser, { asAt: '2011-03-31' }, RUN)).bytes!;
    expect(Buffer.from(again).equals(Buffer.from(inBrowser))).toBe(true);
  });
});

describe('what the browser\'s bundle loads from xlsxHost.ts', () => {
  /** the modules a module loads when it runs (imports of types alone are gone by then) */
  function loads(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?\sfrom\s+'([^']+)'/gms)].map((m) => m[1]!);
  }

  function reached(): Map<string, string[]> {
    const seen = new Map<string, string[]>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      const specs = loads(file);
      seen.set(file, specs);
      for (const spec of specs) {
        if (!spec.startsWith('.')) continue;
        const local = `./${join(dirname(file), spec).slice(__dirname.length + 1)}`;
        const twin = BROWSER_TWINS[local];
        const path = twin ? resolve(__dirname, twin) : resolve(dirname(file), spec);
        // a folder's import (the engine's surface, '../../core') is its index.ts
        visit(existsSync(`${path}.ts`) ? `${path}.ts` : join(path, 'index.ts'));
      }
    };
    visit(join(__dirname, 'xlsxHost.ts'));
    return seen;
  }

  it('reaches the browser\'s twins and never their Node modules', () => {
    const files = [...reached().keys()].map((f) => f.slice(__dirname.length + 1));
    expect(files).toEqual(expect.arrayContaining(['platform/zlib.browser.ts', 'platform/latin1.browser.ts']));
    expect(files).not.toEqual(expect.arrayContaining(['platform/zlib.ts']));
    expect(files).not.toEqual(expect.arrayContaining(['platform/latin1.ts']));
  });

  it('takes nothing from Node, and no package but plain JavaScript ones', () => {
    const found: string[] = [];
    for (const [file, specs] of reached()) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const spec of specs) if (!spec.startsWith('.') && !PACKAGES.test(spec)) found.push(`${file}: imports ${spec}`);
      for (const m of code.matchAll(/\b(?:Buffer|process)\s*\.|\brequire\s*\(|\b__dirname\b/g)) found.push(`${file}: uses ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
