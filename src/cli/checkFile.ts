import { readXlsxFile } from '../workbook/xlsx/readXlsxFile';
import { WorkbookReadError } from '../workbook/xlsx/readXlsx';
import { checkWorkbook } from '../core/checkWorkbook';
import { makeSettings } from '../core/settings';
import type { CheckedSettings } from '../core/checkSheet';
import { jsonReportChunks, toSummaryReport } from '../core/report/toJsonReport';
import { formatHuman } from './formatHuman';
import type { CheckOptions } from './options';
import { unreadableText } from './unreadableText';

export interface FileTask {
  readonly file: string;
  readonly options: Omit<CheckOptions, 'inputs'>;
  readonly color: boolean;
  readonly width: number;
}

/** The exit code a checked file asks for; what it prints has gone out through `emit`. */
export interface FileOutcome {
  readonly file: string;
  readonly exitCode: 0 | 1 | 2;
  readonly errors: number;
}

/** Text of a file's report, handed over piece by piece so a big report is never held whole. */
export type Emit = (text: string) => void;

function unreadable(file: string, reason: string, json: boolean, emit: Emit): FileOutcome {
  emit(unreadableText(file, reason, json));
  return { file, exitCode: 2, errors: 0 };
}

/** Pieces of about this size go out at a time. */
const PIECE = 1 << 20;

export async function checkFile(task: FileTask, emit: Emit): Promise<FileOutcome> {
  const { file, options } = task;
  let workbook;
  try {
    workbook = await readXlsxFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) return unreadable(file, e.message, options.json, emit);
    throw e;
  }
  const settings: CheckedSettings = {
    ...makeSettings({
      asAt: options.asOf,
      ...(options.rules ? { ruleSet: options.rules } : {}),
      ...(options.amberDays !== undefined ? { thresholds: { amberDays: options.amberDays } } : {}),
    }),
    asAt: options.asOf,
  };
  const report = checkWorkbook(workbook, settings, { sheet: options.sheet });
  // The report holds everything printed from here on; the grid can go.
  workbook = undefined;
  if ('problem' in report) return unreadable(file, report.message, options.json, emit);
  const errors = report.sheets.reduce((n, s) => n + s.errors, 0);
  if (options.json) {
    let piece = '';
    for (const chunk of jsonReportChunks(file, report)) {
      piece += chunk;
      if (piece.length >= PIECE) {
        emit(piece);
        piece = '';
      }
    }
    emit(piece);
  } else {
    emit(formatHuman(toSummaryReport(file, report), { color: task.color, width: task.width }));
  }
  return { file, exitCode: errors > 0 ? 1 : 0, errors };
}
