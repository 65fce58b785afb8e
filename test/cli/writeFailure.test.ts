/**
 * A workbook that is read and checked but cannot be written into: the report is printed in full, then one
 * line saying what was not written and why, and that file's exit code is 2. A package holding two entries of
 * one name (or of names differing only in case) is such a workbook: it is refused, never mended, and no
 * entry is ever dropped.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackerSheetXml, trackerWorkbook, STYLES_SHAPES } from '../support/stylesShapes';
import { runCli, runJson } from '../support/runCli';
import { processWorkbook } from '../../src/workbook/xlsx/processWorkbook';
import { writeFailure } from '../../src/workbook/xlsx/xlsxSource';
import { deflatedText, writeZip } from '../../src/workbook/xlsx/writeZip';
import { zipParts } from '../support/zipParts';
import { StylesPartError } from '../../src/workbook/xlsx/appendStyles';

const AS_OF = ['--as-of', '2010-09-30'];
const STYLES = STYLES_SHAPES[0]![1];

function file(name: string, bytes: Uint8Array): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tc-write-failure-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { dir, path };
}

describe.each([
  ['two entries of one name', 'xl/worksheets/sheet1.xml', 'two entries named "xl/worksheets/sheet1.xml"'],
  ['two entries whose names differ only in case', 'xl/Worksheets/Sheet1.xml', 'two entries named "xl/worksheets/sheet1.xml" and "xl/Worksheets/Sheet1.xml" (part names may not differ only in case)'],
])('a package with %s', (_what, second, named) => {
  const { dir, path } = file('duplicate.xlsx', trackerWorkbook({ styles: STYLES, extra: [{ name: second, text: trackerSheetXml() }] }));
  const out = join(dir, 'out.xlsx');

  it('is checked, its report printed in full, then the one line saying why nothing was written, exit 2', () => {
    const run = runCli(['check', path, ...AS_OF, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('Action plan');
    expect(run.stdout).toMatch(/Red 2\b/);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe(`  Not written: ${out}: the workbook's package holds ${named}, so Tracker Check writes nothing into it; open it in Excel and save it again`);
    expect(run.stdout).not.toContain('internal error');
    expect(existsSync(out)).toBe(false);
  });

  it('says the same in --json, beside the whole report', () => {
    const { status, reports } = runJson(['check', path, ...AS_OF, '--out', out]);
    expect(status).toBe(2);
    expect(reports[0].notWritten).toContain(named);
    expect(reports[0].written).toBeNull();
    expect(reports[0].sheets[0].actions).toBe(5);
  });

  it('is checked when nothing is to be written, with a note saying which entry was read', () => {
    const run = runCli(['check', path, ...AS_OF]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`  Note: The workbook's package holds ${named}: the first was read, and Tracker Check writes nothing into such a file; open it in Excel and save it again.`);
  });

  it('is copied through untouched by clean when it holds nothing of the product\'s', () => {
    const run = runCli(['clean', path, '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out).equals(readFileSync(path))).toBe(true);
  });

  it('is not cleaned when the product wrote into it before the second entry was added, and says why', () => {
    const written = processWorkbook(trackerWorkbook({ styles: STYLES }), { asAt: '2010-09-30' }, { write: true, save: false, today: '2010-09-30' }).bytes!;
    const entries = [...zipParts(written)].map(([name, data]) => deflatedText(name, data.toString('utf8')));
    const { path: twice } = file('written-then-duplicated.xlsx', writeZip([...entries, deflatedText(second, trackerSheetXml())]));
    const cleaned = join(dir, 'cleaned.xlsx');
    const run = runCli(['clean', twice, '--out', cleaned]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(`Not written: ${cleaned}: the workbook's package holds ${named}`);
    expect(existsSync(cleaned)).toBe(false);
  });
});

describe('why a write failed, in words', () => {
  it.each<[string, unknown, RegExp]>([
    ['a workbook the product cannot write into says why in its own words', new StylesPartError('the workbook\'s styles part has no styleSheet element, so no cell style can be added to it'), /^the workbook's styles part has no styleSheet element/],
    ['anything else is the product\'s fault, said as one, with how to report it', new TypeError('x is undefined'), /^internal error while writing \(x is undefined\): the check above stands, but this is a fault in Tracker Check, not in the workbook; please send this line and the workbook to the Tracker Check team$/],
  ])('%s', (_what, error, expected) => {
    expect(writeFailure(error)).toMatch(expected);
  });
});
