/**
 * The pane's "Compare with an earlier return" on issue 19's acceptance pairs, in both hosts: the later
 * return open (in the browser's host, and in the fake Excel workbook), the earlier one picked as a file.
 * The changes are the comparison written by hand in expected.ts, and writing the Changes sheet puts it in
 * the workbook with its links to the cells.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { WorkbookHost, WorkbookReport } from '../../src/core';
import { compareWithEarlier } from '../../src/taskpane/state/earlierReturn';
import { createExcelHost } from '../../src/workbook/office/excelHost';
import { readXlsx } from '../../src/workbook/xlsx/readXlsx';
import { createXlsxHost } from '../../src/workbook/xlsx/xlsxHost';
import { FakeExcel } from '../support/fakeExcel';
import { ROOT } from '../support/runCli';
import { comparableAll } from './comparable';
import { PAIRS, PAIR_A } from './expected';

const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, file)));
/** a return as the user picks it in the pane: a File, named as on disk */
const picked = (file: string): File => new File([Uint8Array.from(readFileSync(join(ROOT, file)))], basename(file));

/** the later return open in a host, checked as at its date, as the pane holds it */
async function opened(host: WorkbookHost, asAt: string): Promise<WorkbookReport> {
  const outcome = await host.check({ asAt });
  if (!('sheets' in outcome.report)) throw new Error(outcome.report.message);
  return outcome.report;
}

const HOSTS = ['browser', 'Excel'] as const;
function hostFor(kind: (typeof HOSTS)[number], file: string, today: string): { host: WorkbookHost; excel?: FakeExcel } {
  if (kind === 'browser') return { host: createXlsxHost(basename(file), bytesOf(file), { today: () => today }) };
  const excel = new FakeExcel(readXlsx(bytesOf(file)));
  return { host: createExcelHost(excel.run, () => today), excel };
}

describe.each(PAIRS.flatMap((pair) => HOSTS.map((kind) => [pair.name, kind, pair] as const)))('the pane on the pair "%s", in %s', (_name, kind, pair) => {
  it('lists the officer\'s comparison, the earlier return read as at its stated date', async () => {
    const { old: o, new: n } = pair.comparison;
    const { host } = hostFor(kind, n.file, n.asAt);
    const report = await opened(host, n.asAt);
    const earlier = picked(o.file);
    const found = await compareWithEarlier(earlier, { name: n.file, report }, {}, () => n.asAt);
    if (!found.ok) throw new Error(found.problem.message);
    expect(found.value.earlier).toEqual({ name: basename(o.file), asAtFrom: 'stated' });
    const comparison = { ...found.value.input.comparison, old: { ...found.value.input.comparison.old, file: o.file } };
    expect(comparableAll(comparison)).toEqual(comparableAll(pair.comparison));
  });
});

describe('the pane writes the Changes sheet', () => {
  const { old: o, new: n } = PAIR_A.comparison;

  it('in Excel: a sheet of its own, its links on the cells, and the tracker\'s cells untouched', async () => {
    const { host, excel } = hostFor('Excel', n.file, n.asAt);
    const report = await opened(host, n.asAt);
    const found = await compareWithEarlier(picked(o.file), { name: basename(n.file), report }, {}, () => n.asAt);
    if (!found.ok) throw new Error(found.problem.message);
    const before = excel!.snapshot().find((s) => s.name === 'Improvement Plan')!;
    const written = await host.write({ asAt: n.asAt, summaries: [], changes: found.value.input });
    expect(written.written).toBe(true);
    expect(written.sheets).toEqual(['Changes']);
    const sheets = excel!.snapshot();
    const changes = sheets.find((s) => s.name === 'Changes')!;
    expect(changes.cells.A1!.value).toBe('Changes — Improvement Plan');
    const links = Object.values(changes.cells).filter((c) => c.hyperlink).map((c) => c.hyperlink!.documentReference);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link).toMatch(/^'Improvement Plan'!A\d+$/);
    // every cell of the user's that was there is as it was: the product adds its columns right of them
    const after = sheets.find((s) => s.name === 'Improvement Plan')!;
    for (const [ref, cell] of Object.entries(before.cells)) expect({ ref, value: after.cells[ref]?.value }).toEqual({ ref, value: cell.value });
  });

  it('in the browser: the written copy holds the Changes sheet', async () => {
    const host = createXlsxHost(basename(n.file), bytesOf(n.file), { today: () => n.asAt });
    const report = await opened(host, n.asAt);
    const found = await compareWithEarlier(picked(o.file), { name: basename(n.file), report }, {}, () => n.asAt);
    if (!found.ok) throw new Error(found.problem.message);
    const written = await host.write({ asAt: n.asAt, summaries: [], changes: found.value.input });
    expect(written.sheets).toEqual(['Changes']);
    const names = readXlsx(host.bytes()).sheets.map((s) => s.name);
    expect(names).toContain('Changes');
  });
});
