import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUMMARY_KINDS, SETTINGS_SHEET } from '../../core/plan/writePlan';
import type { WorkbookGrid } from '../../core/grid';
import { FakeExcel, retargetFormula, type SheetSnapshot } from '../../../test/support/fakeExcel';
import { runOffice, TEMPORARY } from '../../../test/office/officeRun';
import { expectPlanWritten } from '../../../test/office/expectWritten';
import { readXlsx } from '../xlsx/readXlsx';
import { OfficeWriteError } from './applyOfficePlan';
import { createExcelHost } from './excelHost';

/**
 * What real Excel does to a write that the kinder fakes let pass, each rule modelled in the fake workbook
 * (test/support/fakeExcel.ts, with its source there): the user typing in a cell, chart sheets, references
 * to a sheet that is deleted, suspended calculation, and a write interrupted before it could tidy up.
 */

const AS_AT = '2011-03-31' as const;
const sample = (name: string): WorkbookGrid => readXlsx(new Uint8Array(readFileSync(path.join(__dirname, '../../../samples', name))));
const names = (snapshot: readonly SheetSnapshot[]): string[] => snapshot.map((s) => s.name);
const tick = (ms = 20): Promise<void> => new Promise((go) => setTimeout(go, ms));

describe('a write while the user is in cell edit mode', () => {
  it('waits until the user leaves the cell, then writes everything, leaving no temporary sheet', async () => {
    const excel = new FakeExcel(sample('recommendations-progress-update.xlsx'));
    const host = createExcelHost(excel.run, () => AS_AT);
    excel.cellEditMode = true;
    let finished = false;
    const write = host.write({ summaries: SUMMARY_KINDS }).finally(() => void (finished = true));
    await tick();
    expect(finished).toBe(false);
    expect(excel.syncs).toBe(0);
    excel.leaveCellEdit();
    expect((await write).written).toBe(true);
    expect(names(excel.snapshot()).filter((n) => TEMPORARY.test(n))).toEqual([]);
    expect(names(excel.snapshot())).toContain('Summary');
  });

  it('waits when the user starts typing part-way through the write, then finishes it', async () => {
    const excel = new FakeExcel(sample('cse-corporate-action-plan.xlsx'));
    const host = createExcelHost(excel.run, () => AS_AT);
    let typed = false;
    const progress = (_done: number, _total: number, what: string): void => {
      if (typed || !what.startsWith('Writing')) return;
      typed = true;
      excel.cellEditMode = true;
      setTimeout(() => excel.leaveCellEdit(), 20);
    };
    const outcome = await host.write({ summaries: SUMMARY_KINDS }, progress);
    expect(typed).toBe(true);
    expect(outcome.written).toBe(true);
    expect(names(excel.snapshot()).filter((n) => TEMPORARY.test(n))).toEqual([]);
  });

  it('checks in cell edit mode too, once the user leaves the cell', async () => {
    const excel = new FakeExcel(sample('cse-assessment-scoring.xlsx'));
    const host = createExcelHost(excel.run, () => AS_AT);
    excel.cellEditMode = true;
    const check = host.check({});
    setTimeout(() => excel.leaveCellEdit(), 20);
    expect((await check).report).toHaveProperty('sheets');
  });
});

describe('the fake workbook in cell edit mode', () => {
  it('fails a batch that did not ask to wait, as Excel does', async () => {
    const excel = new FakeExcel(sample('cse-assessment-scoring.xlsx'));
    excel.cellEditMode = true;
    await expect(excel.run({}, async (context) => {
      context.workbook.worksheets.add('Mine');
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(names(excel.snapshot())).not.toContain('Mine');
  });
});

describe('a chart sheet named Summary', () => {
  it('keeps its name: the product\'s Summary takes another, and the write completes', async () => {
    const excel = new FakeExcel(sample('recommendations-progress-update.xlsx'), { chartSheets: ['Summary'] });
    const run = await runOffice(excel);
    expect(run.facts.sheetNames).toContain('Summary');
    expect(run.plan!.sheets[0]!.name).toBe('Summary (Tracker Check)');
    expect(run.plan!.notes).toContain('A sheet named "Summary" is yours, so Tracker Check\'s Summary sheet is named "Summary (Tracker Check)".');
    expectPlanWritten(excel.snapshot(), run.plan!);
  });

  it('is one name the fake refuses for a new sheet, as Excel does, though no worksheet has it', async () => {
    const excel = new FakeExcel(sample('cse-assessment-scoring.xlsx'), { chartSheets: ['Summary'] });
    excel.context.workbook.worksheets.add('summary');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});

describe('references to a product sheet survive a refresh', () => {
  it('keeps a user\'s formulas and chart that point at Summary and By owner working over a second write', async () => {
    const excel = new FakeExcel(sample('recommendations-progress-update.xlsx'));
    await runOffice(excel);
    const { worksheets } = excel.context.workbook;
    const notes = worksheets.getItem('Notes');
    notes.getRange('H1:H2').formulas = [['=Summary!B5'], ["='By owner'!A6"]];
    notes.charts.add('ColumnClustered', worksheets.getItem('Summary').getRange('B5:B11'), 'Columns');
    await excel.context.sync();
    const before = excel.snapshot().find((s) => s.name === 'Notes')!;

    await runOffice(excel);
    const after = excel.snapshot().find((s) => s.name === 'Notes')!;
    expect(after.cells.H1!.formula).toBe('=Summary!B5');
    expect(after.cells.H2!.formula).toBe("='By owner'!A6");
    expect(after.charts[0]!.series[0]!.values).toBe("'Summary'!B5:B11");
    expect(after).toEqual(before);
  });

  it('is what the fake models: deleting a sheet makes references to it #REF!, renaming one carries them along', () => {
    expect(retargetFormula('=Summary!B5+\'By owner\'!C2', 'Summary', null)).toBe("=#REF!B5+'By owner'!C2");
    expect(retargetFormula("=SUM('By owner'!C2:C9)", 'by owner', 'Owners')).toBe('=SUM(Owners!C2:C9)');
    expect(retargetFormula('=Summary!B5', 'Summary', 'Summary (old)')).toBe("='Summary (old)'!B5");
    expect(retargetFormula('=MySummary!B5', 'Summary', null)).toBe('=MySummary!B5');
  });
});

describe('a write after one that was interrupted', () => {
  it('deletes the leftover temporary sheets the interrupted one could not', async () => {
    const excel = new FakeExcel(sample('recommendations-progress-update.xlsx'));
    await runOffice(excel);
    // the first chunk fails, and so does the tidy-up's second sync: hidden temporary sheets are left
    const interrupted = await runOffice(excel, { beforeApply: () => void (excel.failAtSync = [excel.syncs + 3, excel.syncs + 5]) }).catch((e: unknown) => e);
    expect(interrupted).toMatchObject({ code: 'tidy-up-failed' });
    expect(names(excel.snapshot()).filter((n) => TEMPORARY.test(n)).length).toBeGreaterThan(0);

    excel.failAtSync = undefined;
    const next = await runOffice(excel);
    const after = excel.snapshot();
    expect(names(after).filter((n) => TEMPORARY.test(n))).toEqual([]);
    expectPlanWritten(after, next.plan!);
  });

  it('leaves a sheet of the user\'s that merely starts with the same words', async () => {
    const grid = sample('cse-assessment-scoring.xlsx');
    const theirs = { ...grid.sheets[0]!, name: 'Tracker Check writing notes', state: 'hidden' as const };
    const excel = new FakeExcel({ ...grid, sheets: [...grid.sheets, theirs] });
    await runOffice(excel);
    expect(names(excel.snapshot())).toContain('Tracker Check writing notes');
  });
});

describe('calculation after a write', () => {
  it('recalculates after writing: nothing is left uncalculated by the suspended syncs', async () => {
    const excel = new FakeExcel(sample('cse-corporate-action-plan.xlsx'));
    await runOffice(excel);
    expect(excel.calculations).toEqual(['Full']);
    expect(excel.calculationPending).toBe(false);
  });
});

describe('a write the user stops', () => {
  it('stops before its next sync, tidies up, and says it stopped as asked', async () => {
    const excel = new FakeExcel(sample('cse-corporate-action-plan.xlsx'));
    const before = excel.snapshot();
    const host = createExcelHost(excel.run, () => AS_AT);
    const controller = new AbortController();
    const progress = (_done: number, _total: number, what: string): void => {
      if (what.startsWith('Writing')) controller.abort();
    };
    const error = await host.write({ summaries: SUMMARY_KINDS }, progress, controller.signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeWriteError);
    expect(error).toMatchObject({ code: 'cancelled', message: expect.stringMatching(/^Tracker Check stopped writing, as asked\. None of your own cells were changed/) });
    expect(excel.snapshot()).toEqual(before);
  });

  it('ends a check between its steps', async () => {
    const excel = new FakeExcel(sample('cse-corporate-action-plan.xlsx'));
    const controller = new AbortController();
    controller.abort();
    await expect(createExcelHost(excel.run, () => AS_AT).check({}, undefined, controller.signal)).rejects.toMatchObject({ name: 'JobCancelled' });
  });
});

describe('the settings sheet over two writes', () => {
  it('stays very hidden and in its place, refreshed in place', async () => {
    const excel = new FakeExcel(sample('cse-corporate-action-plan.xlsx'));
    await runOffice(excel);
    const first = excel.snapshot().find((s) => s.name === SETTINGS_SHEET)!;
    await runOffice(excel);
    const second = excel.snapshot().find((s) => s.name === SETTINGS_SHEET)!;
    expect(second).toEqual(first);
    expect(second.visibility).toBe('VeryHidden');
  });
});
