import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../core';
import { runXlsx, runXlsxLater, type Processed, type ProcessOptions } from './processWorkbook';
import { FIXED_DOS_DATE, FIXED_DOS_TIME } from './writeZip';
import { ZipArchive } from './zip';

const SAMPLES = join(__dirname, '../../../samples');
const TODAY = '2026-11-23';

/** what a run gives a person: the report (its functions aside), the notes, the written bytes, or why none */
const given = (result: Result<Processed>) =>
  result.ok
    ? { report: JSON.stringify(result.value.report), notes: result.value.notes, bytes: result.value.bytes && Buffer.from(result.value.bytes).toString('base64'), notWritten: result.value.notWritten }
    : result;

describe('runXlsxLater', () => {
  it.each<[string, string, Omit<ProcessOptions, 'today'>]>([
    ['a check', 'cse-corporate-action-plan.xlsx', { write: false, save: false }],
    ['a write', 'cse-corporate-action-plan.xlsx', { write: true, save: false }],
    ['a write that saves the settings', 'recommendations-progress-update.xlsx', { write: true, save: true }],
    ['a write of some summaries', 'recommendations-progress-update.xlsx', { write: true, save: false, summaries: ['exceptions'] }],
  ])('gives what runXlsx gives, bytes and all: %s', async (_what, file, options) => {
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, file)));
    const request = { asAt: '2010-09-30' } as const;
    const later = await runXlsxLater(file, bytes, request, { ...options, today: TODAY });
    const now = runXlsx(file, bytes, request, { ...options, today: TODAY });
    expect(given(later)).toEqual(given(now));
    expect(later.ok && later.value.bytes !== undefined).toBe(options.write);
  });

  it('gives what runXlsx gives for a copy written before: its output replaced', async () => {
    const options = { write: true, save: false, today: TODAY } as const;
    const first = runXlsx('x', new Uint8Array(readFileSync(join(SAMPLES, 'cse-assessment-scoring.xlsx'))), {}, options);
    const written = first.ok ? first.value.bytes! : new Uint8Array();
    expect(given(await runXlsxLater('x', written, {}, options))).toEqual(given(runXlsx('x', written, {}, options)));
  });
});

describe('the written package', () => {
  it.each<[string, (bytes: Uint8Array) => Promise<Uint8Array>]>([
    ['runXlsx', async (bytes) => (runXlsx('x', bytes, {}, { write: true, save: false, today: TODAY }) as { value: Processed }).value.bytes!],
    ['runXlsxLater', async (bytes) => ((await runXlsxLater('x', bytes, {}, { write: true, save: false, today: TODAY })) as { value: Processed }).value.bytes!],
  ])('%s: a part changed keeps its time, a part added has the fixed one', async (_how, write) => {
    const input = new Uint8Array(readFileSync(join(SAMPLES, 'cse-corporate-action-plan.xlsx')));
    const before = new Map(new ZipArchive(input).entries.map((e) => [e.name, e]));
    const after = new ZipArchive(await write(input)).entries;
    const times = after.map((e) => {
      const was = before.get(e.name);
      return was ? [e.dosTime, e.dosDate].join() === [was.dosTime, was.dosDate].join() : e.dosTime === FIXED_DOS_TIME && e.dosDate === FIXED_DOS_DATE;
    });
    expect(times.every(Boolean)).toBe(true);
    // the tracker sheet is changed and kept its time: that it was not given the fixed one shows
    expect(after.some((e) => before.has(e.name) && e.dosDate !== FIXED_DOS_DATE)).toBe(true);
  });
});
