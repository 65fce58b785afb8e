import type { Stats } from 'node:fs';
import { readWorkbookBytes } from '../workbook/xlsx/readXlsxFile';
import { WorkbookReadError } from '../workbook/xlsx/readXlsx';
import { runXlsxLater } from '../workbook/xlsx/processWorkbook';
import { xlsxSource } from '../workbook/xlsx/xlsxSource';
import { now, openTracker, todayIso, jsonReportChunks, rollupFileOf, toSummaryReport, type RollupFile } from '../core';
import { compareFile, type CompareTask } from './compareFile';
import { formatHuman } from './formatHuman';
import type { CheckOptions } from './options';
import { unreadableText } from './unreadableText';
import { WriteFailure, writeWorkbookFile } from './writeWorkbookFile';

export interface FileTask {
  readonly file: string;
  readonly command: 'check' | 'clean' | 'compare';
  /** for compare: the earlier return (`file` is the later one) and each one's as-at date when given */
  readonly compare?: CompareTask;
  readonly options: Omit<CheckOptions, 'inputs'>;
  /** where the written workbook goes (the file itself for --in-place and clean); none when only checking */
  readonly target?: string;
  readonly color: boolean;
  readonly width: number;
  /** hand back the file's part of the roll-up (check --rollup) */
  readonly rollup?: boolean;
}

/** The exit code a checked file asks for; what it prints has gone out through `emit`. */
export interface FileOutcome {
  readonly file: string;
  readonly exitCode: 0 | 1 | 2;
  readonly errors: number;
  /** the file's part of the roll-up, when the task asked for it: small, in place of the report */
  readonly rollup?: RollupFile;
}

/** Text of a file's report, handed over piece by piece so a big report is never held whole. */
export type Emit = (text: string) => void;

function unreadable(task: FileTask, reason: string, emit: Emit): FileOutcome {
  const { file } = task;
  emit(unreadableText(file, reason, task.options.json));
  return task.rollup ? { file, exitCode: 2, errors: 0, rollup: { file, problem: reason } } : { file, exitCode: 2, errors: 0 };
}

/** Pieces of about this size go out at a time. */
const PIECE = 1 << 20;

/** what was written (or why it could not be) and what a person should know, after the report */
function afterword(task: FileTask, written: string | null, notes: readonly string[], notWritten?: string): string {
  if (task.options.json) return '';
  const lines = notes.map((n) => `  Note: ${n}`);
  if (written) lines.push(`  Written: ${written}`);
  if (notWritten !== undefined) lines.push(`  Not written: ${task.target}: ${notWritten}`);
  return lines.length ? `\n${lines.join('\n')}` : '';
}

async function write(task: FileTask, bytes: Uint8Array, stat: Stats): Promise<void> {
  const target = task.target!;
  await writeWorkbookFile(target, bytes, target === task.file ? { replacing: { path: task.file, stat } } : {});
}

export async function checkFile(task: FileTask, emit: Emit): Promise<FileOutcome> {
  if (task.command === 'compare') return compareFile({ ...task, compare: task.compare! }, emit);
  const { file, options } = task;
  let read;
  try {
    read = readWorkbookBytes(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) return unreadable(task, e.message, emit);
    throw e;
  }
  try {
    if (task.command === 'clean') return await clean(task, read.bytes, read.stat, emit);
    // a written copy's parts are deflated on other threads while the next is made (the check is as before)
    const result = await runXlsxLater(file, read.bytes, {
      asAt: options.asAtGiven ? options.asAt : undefined,
      ruleSet: options.ruleSet,
      amberDays: options.amberDays,
      planStart: options.planStart,
      sheet: options.sheet,
    }, { write: task.target !== undefined, save: options.save, today: options.asAt });
    if (!result.ok) return unreadable(task, result.problem.message, emit);
    let processed = result.value;
    const { report, notes, notWritten } = processed;
    if (!('sheets' in report)) return unreadable(task, report.message, emit);
    let written: string | null = null;
    if (processed.bytes) {
      await write(task, processed.bytes, read.stat);
      written = task.target!;
    }
    // The report holds everything printed from here on; the workbook's bytes can go.
    processed = { ...processed, bytes: undefined };
    read = undefined;
    const errors = report.sheets.reduce((n, s) => n + s.errors, 0);
    if (options.json) {
      let piece = '';
      for (const chunk of jsonReportChunks(file, report, notWritten === undefined ? { written, notes } : { written, notes, notWritten })) {
        piece += chunk;
        if (piece.length >= PIECE) {
          emit(piece);
          piece = '';
        }
      }
      emit(piece);
    } else {
      emit(formatHuman(toSummaryReport(file, report), { color: task.color, width: task.width }) + afterword(task, written, notes, notWritten));
    }
    // a file that could not be written is exit 2, as one that could not be read: its output is missing
    const exitCode = notWritten !== undefined ? 2 : errors > 0 ? 1 : 0;
    return task.rollup ? { file, exitCode, errors, rollup: rollupFileOf(file, report, processed.settings) } : { file, exitCode, errors };
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof WriteFailure) return unreadable(task, e.message, emit);
    throw e;
  }
}

async function clean(task: FileTask, bytes: Uint8Array, stat: Stats, emit: Emit): Promise<FileOutcome> {
  const result = now(openTracker(xlsxSource(task.file, bytes), { today: todayIso }).clean());
  if (!result.ok) {
    const { code, message } = result.problem;
    if (code !== 'write-failed') return unreadable(task, message, emit);
    emit(task.options.json ? JSON.stringify({ file: task.file, removed: false, written: null, notWritten: message }) : `${task.file}: nothing removed\n  Not written: ${task.target}: ${message}`);
    return { file: task.file, exitCode: 2, errors: 0 };
  }
  const cleaned = result.value;
  let written: string | null = null;
  if (!cleaned.blocked && (cleaned.removed || task.target !== task.file)) {
    await write(task, cleaned.output.bytes, stat);
    written = task.target!;
  }
  const { file } = task;
  emit(task.options.json
    ? JSON.stringify({ file, removed: cleaned.removed, written, notes: cleaned.notes })
    : `${file}: ${cleaned.removed ? 'Tracker Check\'s columns, sheets and settings removed' : cleaned.blocked ? 'nothing removed' : 'nothing to remove'}${afterword(task, written, cleaned.notes)}`);
  return { file, exitCode: 0, errors: 0 };
}
