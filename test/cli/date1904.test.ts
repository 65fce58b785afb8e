import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackage } from '../fixtures/xlsx-reader/packages';
import { runJson } from '../support/runCli';

// LibreOffice writes the 1904 date system as date1904="true", Excel for Mac as "1": both mean the same
// days, and a tracker from either must give the same targets as the 1900-system original.
const dir = mkdtempSync(join(tmpdir(), 'tracker-check-1904-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const dated = (ref: string, serial: number) => `<c r="${ref}" s="1"><v>${serial}</v></c>`;

function tracker(name: string, workbookPr: string | undefined, serial: number): string {
  const sheetData =
    `<row r="1">${inline('A1', 'Ref')}${inline('B1', 'Action')}${inline('C1', 'Lead officer')}${inline('D1', 'Target date')}${inline('E1', 'Status')}</row>` +
    `<row r="2">${inline('A2', '1.1')}${inline('B2', 'Publish the standards')}${inline('C2', 'HB')}${dated('D2', serial)}${inline('E2', 'G')}</row>`;
  const path = join(dir, name);
  writeFileSync(path, buildPackage({ sheets: [{ name: 'Plan', sheetData }], workbookPr, styles: [[0], [14]] }));
  return path;
}

describe('the 1904 date system', () => {
  it.each([
    ['1900 system', undefined, 40633],
    ['date1904="1"', 'date1904="1"', 39171],
    ['date1904="true"', 'date1904="true"', 39171],
  ])('%s: the target is 31/03/2011', (name, workbookPr, serial) => {
    const { status, reports } = runJson(['check', tracker(`${name.replace(/\W/g, '')}.xlsx`, workbookPr, serial), '--as-of', '2011-03-01']);
    expect(status).toBe(0);
    const row = reports[0].sheets[0].rows[0];
    expect(row.target).toEqual({ text: '31/03/2011', iso: '2011-03-31', kind: 'exact' });
    expect([row.computed, row.daysToDue]).toEqual(['Amber', 30]);
  });
});
