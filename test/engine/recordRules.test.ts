import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTracker } from '../../bench/generateTracker';
import { checkWorkbook } from '../../src/core/checkWorkbook';
import { columnLabels } from '../../src/core/detect/columnLabels';
import { columnIndex } from '../../src/core/grid';
import { computedAt } from '../../src/core/rag/ragTable';
import { makeSettings, SINGLE_FIELDS, type SettingsInput, type SingleField } from '../../src/core/settings';
import { makeRecordRules, makeRecordTableSchema, type IssueParams, type RecordSchemaContext, type RecordsToCheck } from '../../src/core/validate/recordSchema';
import { readXlsx } from '../../src/workbook/xlsx/readXlsx';
import { reportOf } from '../support/reportOf';
import { ROOT } from '../support/runCli';

// validateRecords runs the record rules straight, for speed, where the contract is their zod schema: on
// every record of real trackers (the samples, the fixtures, a generated bench tracker), with the default
// settings and with settings that make every rule fire, both must find the same things in the same order.

type Said = [path: (string | number)[], code: string, severity: string, value: string | null, message: string];

function straight(context: RecordSchemaContext, records: RecordsToCheck): Said[] {
  const said: Said[] = [];
  makeRecordRules(context)(records, (k, field, period, code, severity, message, value) => {
    said.push([field === 'reportedStatus' ? [k, 'periods', period, field] : [k, field], code, severity, value, message]);
  });
  return said;
}

function throughZod(context: RecordSchemaContext, records: RecordsToCheck): Said[] {
  const result = makeRecordTableSchema(context).safeParse(records);
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const p = (i as { params?: IssueParams }).params!;
    return [i.path as (string | number)[], p.code, p.severity, p.value, i.message];
  });
}

const STRICT: SettingsInput = {
  officers: ['HB', 'JR', 'PG'],
  refPattern: '^\\d+\\.\\d$',
  thresholds: { maxTextLength: 40, maxOwnerLength: 4, maxRefLength: 3 },
};

const FILES = [
  'samples/cse-assessment-scoring.xlsx',
  'samples/cse-corporate-action-plan.xlsx',
  'samples/recommendations-progress-update.xlsx',
  'test/fixtures/fidelity/fidelity.xlsx',
  'test/fixtures/fidelity/fidelity-1904.xlsx',
  'test/fixtures/fill-status/fill-status-excel.xlsx',
  'test/fixtures/officer/officer-tracker.xlsx',
];

/** Every tracker sheet of a workbook, checked, as the rules' context and records. */
function recordsOf(bytes: Uint8Array, input: SettingsInput): Array<{ context: RecordSchemaContext; records: RecordsToCheck }> {
  const settings = makeSettings({ asAt: '2010-09-30', ...input });
  const report = reportOf(checkWorkbook(readXlsx(bytes), { ...settings, asAt: '2010-09-30' }));
  return report.sheets.map((sheet) => {
    const mapped = new Set(SINGLE_FIELDS.filter((f) => sheet.mapping.columns[f]));
    const columns: Partial<Record<SingleField, number>> = {};
    for (const f of mapped) columns[f] = columnIndex(sheet.mapping.columns[f]!.column);
    const open = new Uint8Array(sheet.records.length);
    for (let k = 0; k < open.length; k++) {
      const computed = computedAt(sheet.rag, k);
      open[k] = computed === 'Complete' || computed === 'Closed' ? 0 : 1;
    }
    return { context: { settings, mapped, labels: columnLabels(sheet.mapping), columns }, records: { table: sheet.records, open } };
  });
}

describe('makeRecordRules run straight agrees with makeRecordTableSchema', () => {
  let dir: string;
  let bench: Uint8Array;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tracker-check-rules-'));
    await generateTracker(join(dir, 'tracker.xlsx'), 20_000, 3);
    bench = readFileSync(join(dir, 'tracker.xlsx'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each<[string, SettingsInput]>([
    ['default settings', {}],
    ['settings that make every rule fire', STRICT],
  ])('on every record of the samples, the fixtures and a 20,000-row bench tracker, with %s', (_what, input) => {
    const workbooks = [...FILES.map((f) => readFileSync(join(ROOT, f))), bench];
    const codes = new Set<string>();
    for (const bytes of workbooks) {
      for (const { context, records } of recordsOf(bytes, input)) {
        const said = straight(context, records);
        expect(said).toEqual(throughZod(context, records));
        for (const s of said) codes.add(s[1]);
      }
    }
    // the comparison is worth something only if the rules found things to say
    if (input === STRICT) expect([...codes].sort()).toEqual(expect.arrayContaining(['bad-ref-format', 'invalid-date', 'missing-value', 'owner-unknown', 'text-too-long']));
  });
});
