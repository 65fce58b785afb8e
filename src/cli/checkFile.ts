import { readXlsxFile } from '../workbook/xlsx/readXlsxFile';
import { WorkbookReadError } from '../workbook/xlsx/readXlsx';
import { checkWorkbook } from '../core/checkWorkbook';
import { makeSettings } from '../core/settings';
import type { CheckedSettings } from '../core/checkSheet';
import { toJsonReport } from '../core/report/toJsonReport';
import { formatHuman } from './formatHuman';
import type { CheckOptions } from './options';

export interface FileTask {
  readonly file: string;
  readonly options: Omit<CheckOptions, 'inputs'>;
  readonly color: boolean;
  readonly width: number;
}

/** What a checked file prints, and the exit code it asks for. */
export interface FileOutcome {
  readonly file: string;
  readonly text: string;
  readonly exitCode: 0 | 1 | 2;
  readonly errors: number;
}

export function unreadable(file: string, reason: string, json: boolean): FileOutcome {
  const text = json ? JSON.stringify({ file, error: reason }) : `${file}: cannot be checked: ${reason}`;
  return { file, text, exitCode: 2, errors: 0 };
}

export async function checkFile(task: FileTask): Promise<FileOutcome> {
  const { file, options } = task;
  let workbook;
  try {
    workbook = await readXlsxFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) return unreadable(file, e.message, options.json);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return unreadable(file, 'no such file', options.json);
    if (code === 'EACCES' || code === 'EPERM') return unreadable(file, 'permission denied: the file cannot be read', options.json);
    if (code === 'EISDIR') return unreadable(file, 'this is a folder, not a workbook', options.json);
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
  if ('problem' in report) return unreadable(file, report.message, options.json);
  const errors = report.sheets.reduce((n, s) => n + s.errors, 0);
  const json = toJsonReport(file, report);
  const text = options.json ? JSON.stringify(json) : formatHuman(json, { color: task.color, width: task.width });
  return { file, text, exitCode: errors > 0 ? 1 : 0, errors };
}
