/**
 * A real-world run (issue 15): every workbook of a corpus that other software wrote goes through the
 * product's own in-process functions, as `check`, `check --out`, a second `check --out` and `clean` run
 * them, and the run counts what went wrong. Per workbook it measures:
 *  - readable: the check passes; or refused, with the one-line reason (a WorkbookReadError);
 *  - written: the write gives bytes; or it failed (the error, classified) or wrote nothing (the note);
 *  - kept whole: every zip entry of the input is in the output (the same name twice is two entries, so
 *    a dropped duplicate counts as lost), and every entry the product does not edit has the same
 *    decompressed data. The product edits only [Content_Types].xml, the workbook part and its
 *    relationships, the styles part and the tracker sheets' parts; what it adds is its own;
 *  - second run: processing the written bytes again gives the same bytes;
 *  - cleaned back: cleanWorkbook on the written bytes gives exactly the input's entries, each with the
 *    same decompressed data;
 *  - with --libreoffice: LibreOffice opens each written workbook with every sheet there (it converts each
 *    to .xlsx, and the sheets of the converted file are counted against those of the written one); and
 *    whether it opens each refused workbook, as a sign that the refusal may be wrong.
 *
 *   npx tsx scripts/realWorldRun.ts <folder|MANIFEST.tsv> [--libreoffice] [--json]
 *
 * The corpus is other projects' work and is never committed. Fetch the public test workbooks of other
 * spreadsheet libraries (calamine's tests/*.xlsx, exceljs's spec/integration/data, Apache POI's
 * test-data/spreadsheet, ...) into a folder outside the repository and list them in a manifest: one
 * line per workbook, tab-separated: repository (owner/name), commit (40 hex digits), path in the
 * repository, local path. Given a folder instead, the run takes every .xlsx and .xlsm in it.
 *
 * It prints the figures, then each failing workbook with its reasons on one line, then those not written by
 * design (a locked structure, a package the product says in a line it cannot write into) or that
 * LibreOffice shows no worse than their input, then each refused one (with whether LibreOffice opens it).
 * With --json it prints one JSON object: the figures and every workbook's results. The exit code is 0
 * always: this is a report, not a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { cleanWorkbook } from '../src/workbook/xlsx/cleanWorkbook';
import { WorkbookReadError, WorkbookWriteError } from '../src/workbook/xlsx/errors';
import { processWorkbook, type Processed } from '../src/workbook/xlsx/processWorkbook';
import { readWorkbookBytes } from '../src/workbook/xlsx/readXlsxFile';
import { sheetParts } from '../src/workbook/xlsx/writeResults';
import { XlsxPackage } from '../src/workbook/xlsx/xlsxPackage';
import { normalisePartName, ZipArchive } from '../src/workbook/xlsx/zip';

/** the as-at date of every run, so two runs of the script give the same figures */
const TODAY = '2010-09-30';
const LIBREOFFICE_BATCH = 20;
const LIBREOFFICE_BATCH_TIMEOUT_MS = 600_000;
const LIBREOFFICE_ONE_TIMEOUT_MS = 120_000;

interface Workbook {
  /** how the run names it: "owner/name:path" from a manifest, the path under the folder otherwise */
  readonly name: string;
  readonly file: string;
  readonly repository?: string;
  readonly commit?: string;
}

/** A failure, its class (the message with its particulars taken out, to group by) and where it was thrown. */
interface Failure {
  readonly class: string;
  readonly message: string;
  readonly at?: string;
}

interface EntryDifferences {
  /** input entries missing from the output, one name per entry */
  readonly lost: string[];
  /** entries whose decompressed data differs */
  readonly changed: string[];
  /** output entries the input did not have */
  readonly added: string[];
}

/** how many sheets LibreOffice shows of a workbook, of how many it holds */
interface SheetsShown {
  readonly shown: number;
  readonly held: number;
}

type LibreOfficeVerdict =
  | {
      readonly opened: true;
      readonly written: SheetsShown;
      /** the input as LibreOffice shows it, where it did not show every sheet of the written workbook */
      readonly input?: SheetsShown;
      /** every sheet the written workbook holds is shown, or all but those LibreOffice drops of the input too */
      readonly ok: boolean;
      /** sheets are missing, but LibreOffice drops sheets of the input as well */
      readonly inputToo: boolean;
    }
  | { readonly opened: false; readonly inputOpens: boolean };

interface WorkbookResult {
  readonly name: string;
  readonly file: string;
  /** where the workbook came from, when a manifest says */
  readonly repository?: string;
  readonly commit?: string;
  readonly bytes: number;
  readonly ms: number;
  readonly refused?: { readonly code: string; readonly message: string };
  readonly checkFailed?: Failure;
  /** the run's own measuring failed (the written bytes are no zip, say) */
  readonly measureFailed?: Failure;
  readonly trackerSheets?: readonly string[];
  readonly writeFailed?: Failure;
  /** nothing was written, and the product's note says why */
  readonly declined?: string;
  readonly written?: {
    readonly bytes: number;
    readonly entries: EntryDifferences;
    /** changed entries that are not the product's to edit */
    readonly unowned: readonly string[];
  };
  readonly secondRun?: { readonly same: true } | { readonly same: false; readonly differences?: EntryDifferences; readonly failed?: Failure };
  readonly clean?: { readonly same: true } | { readonly same: false; readonly differences?: EntryDifferences; readonly failed?: Failure; readonly notes?: readonly string[] };
  libreOffice?: LibreOfficeVerdict;
  /** a refused workbook as LibreOffice opens it: its sheets' names (one named as the file is a text import); null when it does not open it */
  libreOfficeOnInput?: string[] | null;
}

// ---------------------------------------------------------------------------------------------------------
// The corpus

function listWorkbooks(source: string): Workbook[] {
  if (statSync(source).isDirectory()) {
    const found: Workbook[] = [];
    const walk = (dir: string): void => {
      for (const item of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(dir, item.name);
        if (item.isDirectory()) walk(full);
        else if (/\.xls[xm]$/i.test(item.name)) found.push({ name: path.relative(source, full), file: full });
      }
    };
    walk(source);
    return found;
  }
  return readFileSync(source, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const [repository, commit, inRepo, file] = line.split('\t');
    if (!repository || !commit || !inRepo || !file) throw new Error(`${source}: a manifest line needs four tab-separated fields: ${line}`);
    return { name: `${repository}:${inRepo}`, file: path.resolve(path.dirname(source), file), repository, commit };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Zip entries, compared by decompressed data

interface Entry {
  readonly name: string;
  readonly method: number;
  /** the stored bytes; undefined when the entry's local header is damaged */
  readonly raw: Uint8Array | undefined;
}

function entriesOf(bytes: Uint8Array): Entry[] {
  const zip = new ZipArchive(bytes);
  return zip.entries.map((e) => {
    let raw: Uint8Array | undefined;
    try {
      raw = zip.rawData(e);
    } catch {
      raw = undefined;
    }
    return { name: e.name, method: e.method, raw };
  });
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

/** the decompressed data; the stored bytes where they cannot be decompressed, so they compare as stored */
function dataOf(e: Entry): Uint8Array | undefined {
  if (e.raw === undefined || e.method !== 8) return e.raw;
  try {
    return inflateRawSync(e.raw);
  } catch {
    return e.raw;
  }
}

function sameData(a: Entry, b: Entry): boolean {
  if (a.raw !== undefined && b.raw !== undefined && a.method === b.method && sameBytes(a.raw, b.raw)) return true;
  const da = dataOf(a);
  const db = dataOf(b);
  return da !== undefined && db !== undefined && sameBytes(da, db);
}

/** Pairs the entries by exact name, the n-th of a name in one with the n-th in the other. */
function compareEntries(before: readonly Entry[], after: readonly Entry[]): EntryDifferences {
  const byName = (entries: readonly Entry[]): Map<string, Entry[]> => {
    const map = new Map<string, Entry[]>();
    for (const e of entries) map.set(e.name, [...(map.get(e.name) ?? []), e]);
    return map;
  };
  const olds = byName(before);
  const news = byName(after);
  const lost: string[] = [];
  const changed: string[] = [];
  const added: string[] = [];
  for (const [name, was] of olds) {
    const now = news.get(name) ?? [];
    was.forEach((e, i) => {
      const counterpart = now[i];
      if (!counterpart) lost.push(name);
      else if (!sameData(e, counterpart)) changed.push(name);
    });
  }
  for (const [name, now] of news) {
    const was = olds.get(name)?.length ?? 0;
    for (let i = was; i < now.length; i++) added.push(name);
  }
  return { lost, changed, added };
}

const noDifferences = (d: EntryDifferences): boolean => d.lost.length + d.changed.length + d.added.length === 0;

function describeDifferences(d: EntryDifferences): string {
  return [...d.lost.map((n) => `lost ${n}`), ...d.changed.map((n) => `changed ${n}`), ...d.added.map((n) => `added ${n}`)].join(', ');
}

/** The parts the product may edit in this input: normalised names. */
function ownedParts(input: Uint8Array, trackerSheets: readonly string[]): Set<string> {
  const pkg = XlsxPackage.open(input);
  const owned = ['[Content_Types].xml', pkg.workbookPart, pkg.relsOf(pkg.workbookPart), pkg.workbookPart.replace(/[^/]*$/, 'styles.xml')];
  for (const rel of pkg.relationships(pkg.workbookPart)) if (/\/styles$/.test(rel.type) && rel.target !== undefined) owned.push(rel.target);
  const parts = sheetParts(pkg);
  for (const sheet of trackerSheets) {
    const part = parts.get(sheet);
    if (part !== undefined) owned.push(part);
  }
  return new Set(owned.map(normalisePartName));
}

// ---------------------------------------------------------------------------------------------------------
// Failures

/** "xl/styles.xml", "Sheet 1", 1234 → placeholders, so failures of one kind group together */
function classOf(message: string): string {
  return message
    .replace(/"[^"]*"|'[^']*'|“[^”]*”/g, '"…"')
    .replace(/\b[\w./[\]-]+\.(xml|rels|bin|vml)\b/gi, '<part>')
    .replace(/\d+/g, 'N')
    .slice(0, 140);
}

/** the first frame of the product's code in the stack: "function (src/…/file.ts:line)" */
function thrownAt(e: Error): string | undefined {
  for (const line of (e.stack ?? '').split('\n').slice(1)) {
    const m = /at (?:(.+?) \()?.*?\/((?:src|scripts)\/[^:)]+:\d+)/.exec(line);
    if (m && !m[2]!.startsWith('scripts/')) return `${m[1] ?? '<anonymous>'} (${m[2]})`;
  }
  return undefined;
}

function failure(e: unknown): Failure {
  if (!(e instanceof Error)) return { class: `thrown: ${classOf(String(e))}`, message: String(e) };
  const kind = e instanceof WorkbookReadError ? `refused as unreadable (${e.code})` : e instanceof WorkbookWriteError ? 'cannot write into it' : `internal error (${e.name})`;
  const at = thrownAt(e);
  return { class: `${kind}: ${classOf(e.message)}`, message: e.message, ...(at ? { at } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// One workbook

const WRITE = { write: true, save: false, today: TODAY } as const;
const runProduct = (bytes: Uint8Array, write: boolean): Processed => processWorkbook(bytes, {}, { ...WRITE, write });

/** A write that did not happen, from the product's one line, classed and placed by what was thrown (kept as its cause). */
function notWrittenFailure(written: Processed): Failure {
  const line = written.notWritten!;
  if (written.notWrittenCause !== undefined) return { ...failure(written.notWrittenCause), message: line };
  return { class: `not written: ${classOf(line)}`, message: line };
}

async function runOne(workbook: Workbook, writtenDir: string | undefined, index: number): Promise<{ result: WorkbookResult; writtenFile?: string }> {
  const started = Date.now();
  const base = { ...workbook, bytes: statSync(workbook.file).size };
  const done = (rest: Partial<WorkbookResult>): WorkbookResult => ({ ...base, ms: Date.now() - started, ...rest });
  let input: Uint8Array;
  try {
    input = readWorkbookBytes(workbook.file).bytes;
  } catch (e) {
    if (e instanceof WorkbookReadError) return { result: done({ refused: { code: e.code, message: e.message } }) };
    return { result: done({ checkFailed: failure(e) }) };
  }

  let written: Processed;
  try {
    written = runProduct(input, true);
  } catch (e) {
    // the check alone tells a file `check` refuses from one only `check --out` fails on
    try {
      const checked = runProduct(input, false);
      const trackerSheets = 'sheets' in checked.report ? checked.report.sheets.map((s) => s.name) : [];
      return { result: done({ trackerSheets, writeFailed: failure(e) }) };
    } catch (checkError) {
      if (checkError instanceof WorkbookReadError) return { result: done({ refused: { code: checkError.code, message: checkError.message } }) };
      return { result: done({ checkFailed: failure(checkError) }) };
    }
  }
  const { report } = written;
  if (!('sheets' in report)) return { result: done({ refused: { code: report.code, message: report.message } }) };
  const trackerSheets = report.sheets.map((s) => s.name);
  const out = written.bytes;
  if (written.notWritten !== undefined) return { result: done({ trackerSheets, writeFailed: notWrittenFailure(written) }) };
  if (!out) return { result: done({ trackerSheets, declined: written.notes.join(' ') || 'no bytes and no note' }) };

  const inputEntries = entriesOf(input);
  const outputEntries = entriesOf(out);
  const entries = compareEntries(inputEntries, outputEntries);
  const owned = ownedParts(input, trackerSheets);
  const unowned = entries.changed.filter((n) => !owned.has(normalisePartName(n)));

  let secondRun: WorkbookResult['secondRun'];
  try {
    const second = runProduct(out, true);
    const again = second.bytes;
    if (again && sameBytes(again, out)) secondRun = { same: true };
    else if (again) secondRun = { same: false, differences: compareEntries(outputEntries, entriesOf(again)) };
    else {
      const why = second.notWritten ?? (second.notes.join(' ') || 'no note');
      secondRun = { same: false, failed: { class: `wrote nothing: ${classOf(why)}`, message: `it wrote nothing: ${why}` } };
    }
  } catch (e) {
    secondRun = { same: false, failed: failure(e) };
  }

  let clean: WorkbookResult['clean'];
  try {
    const cleaned = cleanWorkbook(out);
    const differences = compareEntries(inputEntries, entriesOf(cleaned.bytes));
    clean = cleaned.removed && noDifferences(differences) ? { same: true } : { same: false, differences, notes: cleaned.notes };
  } catch (e) {
    clean = { same: false, failed: failure(e) };
  }

  let writtenFile: string | undefined;
  if (writtenDir) {
    writtenFile = path.join(writtenDir, `w${String(index).padStart(4, '0')}${path.extname(workbook.file).toLowerCase()}`);
    writeFileSync(writtenFile, out);
  }
  return { result: done({ trackerSheets, written: { bytes: out.length, entries, unowned }, secondRun, clean }), ...(writtenFile ? { writtenFile } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// LibreOffice

/** the names of a workbook's sheets, prefixed elements or not; undefined when it is no workbook */
function sheetNames(bytes: Uint8Array): string[] | undefined {
  try {
    const pkg = XlsxPackage.open(bytes);
    const sheets = pkg.text(pkg.workbookPart).match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? [];
    return sheets.map((tag) => /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag)?.slice(1).find((n) => n !== undefined) ?? '');
  } catch {
    return undefined;
  }
}

/**
 * Converts the files to .xlsx with LibreOffice, in batches, with a throw-away profile (other runs of
 * soffice may be going on), and again one by one where a batch left a file out (soffice stops at a file
 * that crashes it). Returns the sheet names of each converted file; a file LibreOffice could not open
 * has none.
 */
function libreOfficeSheets(files: readonly string[], work: string): Map<string, string[]> {
  const profile = path.join(work, 'profile');
  mkdirSync(profile, { recursive: true });
  const soffice = (inputs: readonly string[], outDir: string, timeout: number): void => {
    mkdirSync(outDir, { recursive: true });
    try {
      execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, ...inputs], { stdio: 'pipe', timeout });
    } catch {
      // a crash or a timeout: whatever did come out is used, the rest is tried again alone
    }
  };
  const sheets = new Map<string, string[]>();
  const collect = (inputs: readonly string[], outDir: string): string[] => inputs.filter((file) => {
    const out = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, '.xlsx'));
    const names = existsSync(out) ? sheetNames(new Uint8Array(readFileSync(out))) : undefined;
    if (names) sheets.set(file, names);
    return !names;
  });
  for (let i = 0; i < files.length; i += LIBREOFFICE_BATCH) {
    const batch = files.slice(i, i + LIBREOFFICE_BATCH);
    const outDir = path.join(work, `batch${i}`);
    soffice(batch, outDir, LIBREOFFICE_BATCH_TIMEOUT_MS);
    for (const file of collect(batch, outDir)) {
      const alone = path.join(work, `alone-${path.basename(file)}`);
      soffice([file], alone, LIBREOFFICE_ONE_TIMEOUT_MS);
      collect([file], alone);
    }
    console.error(`LibreOffice: ${Math.min(i + LIBREOFFICE_BATCH, files.length)} of ${files.length} converted in ${path.basename(work)}`);
  }
  return sheets;
}

/** Copies the inputs into one folder under names LibreOffice cannot trip on (no spaces, no "~$"). */
function copiesOf(inputs: readonly string[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return inputs.map((file, i) => {
    const copy = path.join(dir, `i${String(i).padStart(4, '0')}${path.extname(file).toLowerCase()}`);
    writeFileSync(copy, readFileSync(file));
    return copy;
  });
}

/**
 * Opens every written workbook in LibreOffice, and every refused one as it came. Where a written workbook
 * does not open, or shows fewer sheets than it holds, its input is tried too: a workbook LibreOffice cannot
 * open as it came, or whose sheets it drops as it came (a dialog sheet, say), is not the product's doing.
 */
function checkWithLibreOffice(written: ReadonlyArray<{ result: WorkbookResult; writtenFile: string; input: string }>, refused: readonly WorkbookResult[], work: string): void {
  const outputs = libreOfficeSheets(written.map((w) => w.writtenFile), path.join(work, 'lo-written'));
  const heldSheets = (file: string): number => sheetNames(new Uint8Array(readFileSync(file)))?.length ?? 0;
  const doubtful = written.filter((w) => outputs.get(w.writtenFile)?.length !== heldSheets(w.writtenFile));
  const doubtfulCopies = copiesOf(doubtful.map((w) => w.input), path.join(work, 'doubtful'));
  const inputSheets = libreOfficeSheets(doubtfulCopies, path.join(work, 'lo-doubtful'));
  const asInput = new Map(doubtful.map((w, i) => [w, inputSheets.get(doubtfulCopies[i]!)]));
  for (const w of written) {
    const shown = outputs.get(w.writtenFile);
    const inputShown = asInput.get(w);
    if (!shown) {
      w.result.libreOffice = { opened: false, inputOpens: inputShown !== undefined };
      continue;
    }
    const writtenSheets = { shown: shown.length, held: heldSheets(w.writtenFile) };
    const input = inputShown ? { shown: inputShown.length, held: heldSheets(w.input) } : undefined;
    // where LibreOffice drops sheets of the input too, it is enough that it shows those it keeps of the input and every one the product added
    const ok = writtenSheets.shown === writtenSheets.held || (input !== undefined && writtenSheets.shown === input.shown + writtenSheets.held - input.held);
    w.result.libreOffice = { opened: true, written: writtenSheets, ...(input ? { input } : {}), ok, inputToo: !ok && input !== undefined && input.shown < input.held };
  }
  const refusedCopies = copiesOf(refused.map((r) => r.file), path.join(work, 'refused'));
  const refusedSheets = libreOfficeSheets(refusedCopies, path.join(work, 'lo-refused'));
  refused.forEach((r, i) => {
    r.libreOfficeOnInput = refusedSheets.get(refusedCopies[i]!) ?? null;
  });
}

// ---------------------------------------------------------------------------------------------------------
// The report

function tally<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function figures(results: readonly WorkbookResult[], libreOffice: boolean): Record<string, unknown> {
  const readable = results.filter((r) => !r.refused && !r.checkFailed && !r.measureFailed);
  const written = results.filter((r) => r.written);
  const lo = results.filter((r) => r.libreOffice);
  return {
    files: results.length,
    readable: readable.length,
    refused: results.filter((r) => r.refused).length,
    refusedBy: Object.fromEntries(tally(results.filter((r) => r.refused), (r) => r.refused!.code)),
    checkFailed: results.filter((r) => r.checkFailed).length,
    measureFailed: results.filter((r) => r.measureFailed).length,
    checkFailedBy: Object.fromEntries(tally(results.filter((r) => r.checkFailed), (r) => r.checkFailed!.class)),
    written: written.length,
    declined: results.filter((r) => r.declined).length,
    writeFailed: results.filter((r) => r.writeFailed).length,
    writeFailedBy: Object.fromEntries(tally(results.filter((r) => r.writeFailed), (r) => r.writeFailed!.class)),
    keptWhole: written.filter((r) => r.written!.entries.lost.length === 0 && r.written!.unowned.length === 0).length,
    entriesLost: written.reduce((n, r) => n + r.written!.entries.lost.length, 0),
    filesLosingEntries: written.filter((r) => r.written!.entries.lost.length > 0).length,
    unownedEntriesChanged: written.reduce((n, r) => n + r.written!.unowned.length, 0),
    filesChangingUnownedEntries: written.filter((r) => r.written!.unowned.length > 0).length,
    secondRunDifferences: written.filter((r) => r.secondRun && !r.secondRun.same).length,
    cleanDifferences: written.filter((r) => r.clean && !r.clean.same).length,
    ...(libreOffice
      ? {
          libreOfficeOpened: lo.filter((r) => r.libreOffice!.opened).length,
          libreOfficeAllSheets: lo.filter((r) => r.libreOffice!.opened && r.libreOffice!.ok).length,
          libreOfficeNotOpened: lo.filter((r) => !r.libreOffice!.opened && r.libreOffice!.inputOpens).length,
          libreOfficeNotOpenedInputNeither: lo.filter((r) => !r.libreOffice!.opened && !r.libreOffice!.inputOpens).length,
          libreOfficeSheetsMissing: lo.filter((r) => r.libreOffice!.opened && !r.libreOffice!.ok && !r.libreOffice!.inputToo).length,
          libreOfficeSheetsMissingInputToo: lo.filter((r) => r.libreOffice!.opened && r.libreOffice!.inputToo).length,
          refusedLibreOfficeOpens: results.filter((r) => r.refused && r.libreOfficeOnInput).length,
        }
      : {}),
  };
}

/**
 * What went wrong with a workbook the product could read, in a line: the product's faults, and apart from
 * them what is not (a workbook it declines to write into, saying why; one LibreOffice cannot show as it came).
 */
function findings(r: WorkbookResult): { faults?: string; notes?: string } {
  const where = (f: Failure): string => `${f.message}${f.at ? ` [at ${f.at}]` : ''}`;
  const faults: string[] = [];
  const notes: string[] = [];
  if (r.checkFailed) faults.push(`check crashed: ${where(r.checkFailed)}`);
  if (r.measureFailed) faults.push(`could not be measured: ${where(r.measureFailed)}`);
  // a workbook the product says, in a line, that it cannot write into is a refusal by design; anything else is a fault
  if (r.writeFailed) (r.writeFailed.class.startsWith('cannot write') ? notes : faults).push(`write failed, ${r.writeFailed.class.replace(/:.*/, '')}: ${where(r.writeFailed)}`);
  if (r.declined) notes.push(`wrote nothing: ${r.declined}`);
  if (r.written?.entries.lost.length) faults.push(`entries lost: ${r.written.entries.lost.join(', ')}`);
  if (r.written?.unowned.length) faults.push(`entries not the product's changed: ${r.written.unowned.join(', ')}`);
  const second = r.secondRun;
  if (second && !second.same) faults.push(`second run ${second.failed ? `failed: ${where(second.failed)}` : `differs: ${describeDifferences(second.differences!) || 'same entries, other zip bytes'}`}`);
  const clean = r.clean;
  if (clean && !clean.same) {
    const what = clean.failed ? `failed: ${where(clean.failed)}` : `differs: ${describeDifferences(clean.differences!) || 'nothing removed'}${clean.notes?.length ? ` (${clean.notes.join(' ')})` : ''}`;
    faults.push(`clean ${what}`);
  }
  const lo = r.libreOffice;
  if (lo && !lo.opened) (lo.inputOpens ? faults : notes).push(lo.inputOpens ? 'LibreOffice does not open the written workbook (it opens the input)' : 'LibreOffice opens neither the written workbook nor the input');
  if (lo && lo.opened && !lo.ok) {
    const ofInput = lo.input ? `; of the input it shows ${lo.input.shown} of ${lo.input.held}` : '';
    (lo.inputToo ? notes : faults).push(`LibreOffice shows ${lo.written.shown} of the written workbook's ${lo.written.held} sheets${ofInput}`);
  }
  return { ...(faults.length ? { faults: faults.join(' | ') } : {}), ...(notes.length ? { notes: notes.join(' | ') } : {}) };
}

function printHuman(results: readonly WorkbookResult[], libreOffice: boolean, source: string): void {
  const f = figures(results, libreOffice);
  const rows: [string, unknown][] = [
    ['files', f['files']],
    ['readable (check passes)', f['readable']],
    ['refused', f['refused']],
    ...Object.entries(f['refusedBy'] as Record<string, number>).map(([k, v]): [string, unknown] => [`  ${k}`, v]),
    ['check crashed', f['checkFailed']],
    ['could not be measured', f['measureFailed']],
    ...Object.entries(f['checkFailedBy'] as Record<string, number>).map(([k, v]): [string, unknown] => [`  ${k}`, v]),
    ['written (check --out)', f['written']],
    ['wrote nothing (declined, with a note)', f['declined']],
    ['write failures', f['writeFailed']],
    ...Object.entries(f['writeFailedBy'] as Record<string, number>).map(([k, v]): [string, unknown] => [`  ${k}`, v]),
    ['kept whole', `${f['keptWhole']} of ${f['written']}`],
    ['entries lost', `${f['entriesLost']} (in ${f['filesLosingEntries']} files)`],
    ['entries not the product\'s changed', `${f['unownedEntriesChanged']} (in ${f['filesChangingUnownedEntries']} files)`],
    ['second-run differences', f['secondRunDifferences']],
    ['clean differences', f['cleanDifferences']],
  ];
  if (libreOffice) {
    rows.push(
      ['LibreOffice opened', `${f['libreOfficeOpened']} of ${f['written']}`],
      ['  with every sheet', f['libreOfficeAllSheets']],
      ['  sheets missing', f['libreOfficeSheetsMissing']],
      ['  sheets missing (of the input too)', f['libreOfficeSheetsMissingInputToo']],
      ['  not opened (the input opens)', f['libreOfficeNotOpened']],
      ['  not opened (nor the input)', f['libreOfficeNotOpenedInputNeither']],
      ['refused that LibreOffice opens', f['refusedLibreOfficeOpens']],
    );
  }
  console.log(`Real-world run over ${source}, as at ${TODAY}${libreOffice ? ', with LibreOffice' : ''}\n`);
  for (const [k, v] of rows) console.log(`${String(v).padStart(15)}  ${k}`);
  const found = results.map((r) => ({ name: r.name, ...findings(r) }));
  const failing = found.filter((x) => x.faults);
  console.log(`\nFailing workbooks (${failing.length})`);
  for (const x of failing) console.log(`${x.name}\t${x.faults}`);
  const noted = found.filter((x) => x.notes);
  console.log(`\nNot written by design, or shown by LibreOffice no worse than the input (${noted.length})`);
  for (const x of noted) console.log(`${x.name}\t${x.notes}`);
  const refused = results.filter((r) => r.refused);
  console.log(`\nRefused workbooks (${refused.length})`);
  for (const r of refused) {
    const lo = r.libreOfficeOnInput;
    const opens = lo === undefined ? '' : lo === null ? ' (LibreOffice does not open it either)' : ` (LibreOffice opens it: ${lo.length} sheets, ${lo.map((n) => `"${n}"`).join(', ')})`;
    console.log(`${r.name}\t${r.refused!.code}: ${r.refused!.message}${opens}`);
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const source = argv.find((a) => !a.startsWith('--'));
  if (!source) {
    console.error('usage: npx tsx scripts/realWorldRun.ts <folder|MANIFEST.tsv> [--libreoffice] [--json]');
    return;
  }
  const libreOffice = argv.includes('--libreoffice');
  const json = argv.includes('--json');
  const workbooks = listWorkbooks(source);
  const work = libreOffice ? mkdtempSync(path.join(tmpdir(), 'tc-realworld-')) : undefined;
  try {
    const results: WorkbookResult[] = [];
    const written: { result: WorkbookResult; writtenFile: string; input: string }[] = [];
    for (const [i, workbook] of workbooks.entries()) {
      const { result, writtenFile } = await runOne(workbook, work, i).catch((e: unknown) => ({
        result: { name: workbook.name, file: workbook.file, bytes: 0, ms: 0, measureFailed: failure(e) } as WorkbookResult,
        writtenFile: undefined,
      }));
      results.push(result);
      if (writtenFile) written.push({ result, writtenFile, input: workbook.file });
      if ((i + 1) % 50 === 0 || result.ms > 10_000) console.error(`${i + 1} of ${workbooks.length} (${workbook.name}: ${result.ms} ms)`);
    }
    if (work) checkWithLibreOffice(written, results.filter((r) => r.refused), work);
    if (json) console.log(JSON.stringify({ source, asAt: TODAY, figures: figures(results, libreOffice), workbooks: results }));
    else printHuman(results, libreOffice, source);
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e);
});
