/**
 * Builds the sample trackers in samples/ from the seed texts in samples/seeds/, laid out as a council would
 * keep them in Excel. Deterministic: fixed workbook properties and zip timestamps, so a rebuild gives the
 * same bytes.
 *
 *   npx tsx scripts/buildSamples.ts          (from source)
 *   npm run samples                          (node dist/scripts/buildSamples.js after the build)
 *
 * Besides the workbooks it writes samples/layout.json: for every sheet, the header row and the 1-based row
 * numbers of each row kind (title, header, repeated header, section, data, continuation, note, blank), so
 * tests can refer to rows without hard-coding them twice.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { pinZipTimestamps } from './pinZipTimestamps';
import { repoRoot } from './repoRoot';
import { columnLetter } from '../src/core/grid';

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

type RowKind =
  | 'title'
  | 'blank'
  | 'header'
  | 'repeatedHeader'
  | 'repeatedTitle'
  | 'section'
  | 'data'
  | 'continuation'
  | 'note';

interface SheetLayout {
  /** false for sheets that are not action trackers (notes, scoring tables) */
  tracker: boolean;
  /** 1-based row of the (first) header row */
  headerRow: number;
  /** column letter → header text, as written in the header row */
  columns: Record<string, string>;
  /** 1-based row numbers by kind; kinds with no rows are left out */
  rows: Partial<Record<RowKind, number[]>>;
  lastRow: number;
  /** merged areas in A1 notation */
  merges: string[];
  /** cells of note: e.g. which targets are real dates */
  notes?: Record<string, unknown>;
}

type Layouts = Record<string, Record<string, SheetLayout>>;

class LayoutLog {
  readonly layout: SheetLayout;
  constructor(tracker: boolean) {
    this.layout = { tracker, headerRow: 0, columns: {}, rows: {}, lastRow: 0, merges: [] };
  }
  mark(kind: RowKind, row: number): void {
    (this.layout.rows[kind] ??= []).push(row);
    if (row > this.layout.lastRow) this.layout.lastRow = row;
  }
  merge(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
    ws.mergeCells(top, left, bottom, right);
    this.layout.merges.push(`${columnLetter(left - 1)}${top}:${columnLetter(right - 1)}${bottom}`);
  }
}

/** Strips the HTML left in the seed texts; paragraphs become line breaks, list bullets start a line. */
function stripHtml(s: string): string {
  return s
    .replace(/<\/p>\s*<p>/gi, '\n')
    .replace(/<\/?(?:p|ol|ul|li|br)\b[^>]*>/gi, '')
    .replace(/\s*·\s+/g, (_m, offset: number) => (offset === 0 ? '· ' : '\n· '))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** "1. Do this 2. Do that" → one sub-action per line (still one cell). */
function splitNumberedActions(s: string): string {
  return s.replace(/\s+(?=\d{1,2}\.\s+\S)/g, (m, offset: number) => (offset === 0 ? m : '\n'));
}

function readSeed(root: string, name: string): string[] {
  return readFileSync(path.join(root, 'samples', 'seeds', name), 'utf8').replace(/\r\n?/g, '\n').split('\n');
}

function newWorkbook(when: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tracker Check sample builder';
  wb.lastModifiedBy = 'Tracker Check sample builder';
  wb.created = when;
  wb.modified = when;
  return wb;
}

async function save(wb: ExcelJS.Workbook, file: string, when: Date): Promise<void> {
  await wb.xlsx.writeFile(file);
  pinZipTimestamps(file, when);
}

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const RAG_FILLS: Record<string, { fill: ExcelJS.Fill; font: Partial<ExcelJS.Font> }> = {
  R: { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } }, font: { bold: true, color: { argb: 'FFFFFFFF' } } },
  A: { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC000' } }, font: { bold: true } },
  G: { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } }, font: { bold: true } },
};

function styleHeaderRow(ws: ExcelJS.Worksheet, row: number, cols: number): void {
  for (let c = 1; c <= cols; c++) {
    const cell = ws.getCell(row, c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = BORDER;
  }
}

function styleBodyRow(ws: ExcelJS.Worksheet, row: number, cols: number): void {
  for (let c = 1; c <= cols; c++) {
    const cell = ws.getCell(row, c);
    cell.alignment = WRAP_TOP;
    cell.border = BORDER;
  }
}

function writeHeader(ws: ExcelJS.Worksheet, row: number, headers: readonly string[]): void {
  headers.forEach((h, i) => {
    ws.getCell(row, i + 1).value = h === '' ? null : h;
  });
  styleHeaderRow(ws, row, headers.length);
}

function count(layout: SheetLayout, kind: RowKind): number {
  return layout.rows[kind]?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------------------
// 1. Scrutiny recommendations progress update (seed 000)

const PROGRESS_TITLE = 'Progress Update – Customer First';

async function buildRecommendations(root: string, outDir: string): Promise<{ summary: string; layout: Record<string, SheetLayout> }> {
  const lines = readSeed(root, '000_44d500ab51bccec8.txt');
  const when = new Date(Date.UTC(2009, 10, 16, 9, 0, 0));

  // Parse: pages of [title, header, records...]; a record with an empty Number continues the one before.
  type Item = { kind: 'title' } | { kind: 'header'; cells: string[] } | { kind: 'record'; cells: string[] };
  const items: Item[] = [];
  let headers: string[] | null = null;
  for (const raw of lines) {
    if (raw.trim() === '') continue;
    if (raw.trim() === PROGRESS_TITLE) {
      items.push({ kind: 'title' });
      continue;
    }
    const cells = raw.split('\t').map(stripHtml);
    if (cells[0] === 'Number') {
      headers ??= cells;
      items.push({ kind: 'header', cells });
      continue;
    }
    while (cells.length < 9) cells.push('');
    items.push({ kind: 'record', cells: cells.slice(0, 9) });
  }
  if (!headers || headers.length !== 9) throw new Error('seed 000: header row not found');

  const wb = newWorkbook(when);
  const ws = wb.addWorksheet('Progress Update', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [9, 45, 18, 48, 16, 52, 16, 52, 16].map((width) => ({ width }));
  const log = new LayoutLog(true);
  headers.forEach((h, i) => (log.layout.columns[columnLetter(i)] = h));

  let row = 0;
  let page = -1;
  const titleRow = (kind: RowKind): void => {
    row++;
    const cell = ws.getCell(row, 1);
    cell.value = PROGRESS_TITLE;
    cell.font = { bold: true, size: 14 };
    cell.alignment = { vertical: 'middle' };
    log.merge(ws, row, 1, row, 9);
    ws.getRow(row).height = 22;
    log.mark(kind, row);
  };
  for (const item of items) {
    if (item.kind === 'title') {
      page++;
      // the first title heads the sheet (then a blank row); of the repeats only the first is kept, as a
      // merged title row straight above its header, the way a copied page break looks in Excel
      if (page === 0) {
        titleRow('title');
        row++;
        log.mark('blank', row);
      } else if (page === 1) {
        titleRow('repeatedTitle');
      }
      continue;
    }
    if (item.kind === 'header') {
      row++;
      writeHeader(ws, row, item.cells);
      if (log.layout.headerRow === 0) {
        log.layout.headerRow = row;
        log.mark('header', row);
      } else {
        log.mark('repeatedHeader', row);
      }
      continue;
    }
    row++;
    const [num, rec, resp, actions, target, ev1, cat1, ev2, cat2] = item.cells as [
      string, string, string, string, string, string, string, string, string,
    ];
    const values: (string | number | null)[] = [
      /^\d+$/.test(num) ? Number(num) : num === '' ? null : num,
      rec,
      resp,
      splitNumberedActions(actions),
      target,
      ev1,
      cat1,
      ev2,
      cat2,
    ];
    values.forEach((v, i) => {
      ws.getCell(row, i + 1).value = v === '' ? null : v;
    });
    styleBodyRow(ws, row, 9);
    ws.getCell(row, 1).alignment = { vertical: 'top', horizontal: 'center' };
    log.mark(num === '' ? 'continuation' : 'data', row);
  }

  const notes = wb.addWorksheet('Notes');
  notes.columns = [{ width: 22 }, { width: 90 }];
  const noteRows: (string | null)[][] = [
    ['Assessment of progress – categories'],
    [],
    ['Category', 'Meaning'],
    ['1 - Achieved', 'The recommendation has been implemented in full.'],
    ['2 - On Track', 'Implementation is progressing to the agreed timescale.'],
    ['3 - Slipped', 'Implementation has slipped behind the agreed timescale; the evidence gives the revised date.'],
    ['4 - Not achieved', 'The recommendation has not been, or will not be, implemented; the evidence explains why.'],
    [],
    ['Progress is reported to the Scrutiny Committee at each monitoring date (01/06/09 and 16/11/09).'],
    ['Recommendations assessed as 1 - Achieved at two monitoring dates are signed off and drop out of the update.'],
  ];
  const notesLog = new LayoutLog(false);
  noteRows.forEach((values, i) => {
    values.forEach((v, c) => (notes.getCell(i + 1, c + 1).value = v));
    notesLog.mark(values.length === 0 ? 'blank' : i === 0 ? 'title' : i === 2 ? 'header' : i < 8 ? 'data' : 'note', i + 1);
  });
  notes.getCell(1, 1).font = { bold: true, size: 12 };
  notes.getRow(3).font = { bold: true };
  notes.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  notesLog.layout.headerRow = 3;
  notesLog.layout.columns = { A: 'Category', B: 'Meaning' };

  const file = path.join(outDir, 'recommendations-progress-update.xlsx');
  await save(wb, file, when);
  const l = log.layout;
  return {
    summary:
      `samples/recommendations-progress-update.xlsx: "Progress Update" rows 1–${l.lastRow}, header row ${l.headerRow}, ` +
      `${count(l, 'data')} records, ${count(l, 'continuation')} continuation rows, ` +
      `${count(l, 'repeatedHeader')} repeated headers (${count(l, 'repeatedTitle')} with a repeated title); "Notes" (not a tracker)`,
    layout: { 'Progress Update': l, Notes: notesLog.layout },
  };
}

// ---------------------------------------------------------------------------------------------------------
// 2. CSE corporate action plan (seed 001)

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};

/** "Feb 11", "Sept 10" → the last day of that month at UTC midnight; anything else → null */
function monthYearTarget(text: string): Date | null {
  const m = /^([A-Za-z]{3,4})\s+(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS[m[1]!.toLowerCase()];
  if (month === undefined) return null;
  return new Date(Date.UTC(2000 + Number(m[2]), month + 1, 0));
}

type PlanItem =
  | { kind: 'blank' }
  | { kind: 'data'; f: string[]; added?: string }
  | { kind: 'section'; text: string }
  | { kind: 'note'; text: string };

const PLAN_SECTION = '(b) Embedding customer service standards';
const PLAN_NOTE = 'No further actions on this theme.';
const PLAN_EXTRA_INVALID = [
  '',
  '',
  'SGC/RM',
  '31/02/2011',
  'Draft module with HR for comment.',
  'G',
  '2(e). Refresh the customer service module of the corporate induction programme for new starters.',
];
const PLAN_EXTRA_EXACT = [
  '',
  '',
  'RF/JT – Contact Centre',
  '15.03.11',
  'Sessions postponed – trainer unavailable; to be rebooked for April.',
  'R',
  '7. Deliver complaints-handling refresher sessions for Contact Centre team leaders.',
];

async function buildActionPlan(root: string, outDir: string): Promise<{ summary: string; layout: Record<string, SheetLayout> }> {
  const lines = readSeed(root, '001_6026da825268eef4.txt');
  const when = new Date(Date.UTC(2011, 2, 31, 9, 0, 0));

  let title = '';
  let titleDate = '';
  let headers: string[] | null = null;
  const items: PlanItem[] = [];
  for (const raw of lines) {
    const f = raw.split('\t').map(stripHtml);
    if (f.every((x) => x === '')) {
      if (headers) items.push({ kind: 'blank' });
      continue;
    }
    if (!title && /Corporate Action Plan/.test(f[0] ?? '')) {
      title = f[0]!;
      titleDate = f[f.length - 1] ?? '';
      continue;
    }
    if (f[0] === 'Criterion') {
      headers = f;
      continue;
    }
    while (f.length < 7) f.push('');
    const action = f[6]!;
    if ((f[0] ?? '').startsWith('5.')) items.push({ kind: 'section', text: PLAN_SECTION });
    items.push({ kind: 'data', f: f.slice(0, 7) });
    if (action.startsWith('2(d). Write Report')) items.push({ kind: 'data', f: [...PLAN_EXTRA_INVALID], added: 'invalid-target' });
    if (action.startsWith('6. Review and clarify mechanism')) {
      items.push({ kind: 'data', f: [...PLAN_EXTRA_EXACT], added: 'exact-text-target' });
      items.push({ kind: 'note', text: PLAN_NOTE });
    }
  }
  while (items.length > 0 && items[items.length - 1]!.kind === 'blank') items.pop();
  if (!headers || headers.length !== 7 || !title) throw new Error('seed 001: title or header row not found');

  const wb = newWorkbook(when);
  const ws = wb.addWorksheet('Action Plan 2010-11', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [18, 38, 24, 14, 42, 10, 60].map((width) => ({ width }));
  const log = new LayoutLog(true);
  headers.forEach((h, i) => (log.layout.columns[columnLetter(i)] = h));

  // row 1: title across A:F, the plan's date in G
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { vertical: 'middle' };
  log.merge(ws, 1, 1, 1, 6);
  ws.getCell(1, 7).value = titleDate;
  ws.getCell(1, 7).font = { bold: true, size: 12 };
  ws.getCell(1, 7).alignment = { vertical: 'middle', horizontal: 'right' };
  ws.getRow(1).height = 24;
  log.mark('title', 1);
  writeHeader(ws, 2, headers);
  log.layout.headerRow = 2;
  log.mark('header', 2);

  // give every item its row, then find the criterion groups
  const first = 3;
  const rowOf = (i: number): number => first + i;
  const realTargets: string[] = [];
  const textTargets: string[] = [];
  let monthYearSeen = 0;

  items.forEach((item, i) => {
    const r = rowOf(i);
    if (item.kind === 'blank') {
      log.mark('blank', r);
      return;
    }
    if (item.kind === 'section') {
      const cell = ws.getCell(r, 1);
      cell.value = item.text;
      cell.font = { bold: true, size: 12 };
      cell.fill = SECTION_FILL;
      log.merge(ws, r, 1, r, 7);
      log.mark('section', r);
      return;
    }
    if (item.kind === 'note') {
      const cell = ws.getCell(r, 2);
      cell.value = item.text;
      cell.font = { italic: true };
      log.merge(ws, r, 2, r, 7);
      log.mark('note', r);
      return;
    }
    const f = item.f;
    styleBodyRow(ws, r, 7);
    f.forEach((v, c) => {
      if (c === 3) return;
      ws.getCell(r, c + 1).value = v === '' ? null : v;
    });
    // target: about half the month-and-year targets are real dates (last day of the month), the rest text
    const target = f[3]!;
    const cell = ws.getCell(r, 4);
    const asDate = monthYearTarget(target);
    if (asDate && monthYearSeen++ % 2 === 0) {
      cell.value = asDate;
      cell.numFmt = 'mmm yy';
      realTargets.push(`D${r}`);
    } else {
      cell.value = target === '' ? null : target;
      if (target !== '') textTargets.push(`D${r}`);
    }
    cell.alignment = { vertical: 'top', horizontal: 'center', wrapText: true };
    const status = f[5]!.trim().toUpperCase();
    const rag = RAG_FILLS[status];
    if (rag) {
      const s = ws.getCell(r, 6);
      s.fill = rag.fill;
      s.font = rag.font;
      s.alignment = { vertical: 'top', horizontal: 'center' };
    }
    log.mark('data', r);
  });

  // criterion groups: a data row with a Criterion starts one; it ends at its last data/note row before the
  // next criterion or section row. The Criterion cell is merged down the group, Desired Outcomes down to the
  // row before the next outcome (never over the note row).
  const groups: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | null = null;
  items.forEach((item, i) => {
    if (item.kind === 'section') {
      if (open) groups.push(open);
      open = null;
    } else if (item.kind === 'data' && item.f[0] !== '') {
      if (open) groups.push(open);
      open = { start: i, end: i };
    } else if (open && (item.kind === 'data' || item.kind === 'note')) {
      open.end = i;
    }
  });
  if (open) groups.push(open);
  const criterionMerges: string[] = [];
  const outcomeMerges: string[] = [];
  for (const g of groups) {
    if (g.end > g.start) {
      log.merge(ws, rowOf(g.start), 1, rowOf(g.end), 1);
      criterionMerges.push(`A${rowOf(g.start)}:A${rowOf(g.end)}`);
    }
    const a = ws.getCell(rowOf(g.start), 1);
    a.font = { bold: true };
    a.alignment = WRAP_TOP;
    let lastData = g.start;
    for (let i = g.start; i <= g.end; i++) if (items[i]!.kind === 'data') lastData = i;
    for (let i = g.start; i <= lastData; i++) {
      const it = items[i]!;
      if (it.kind !== 'data' || it.f[1] === '') continue;
      let end = i;
      for (let j = i + 1; j <= lastData; j++) {
        const next = items[j]!;
        if (next.kind === 'data' && next.f[1] !== '') break;
        end = j;
      }
      // no merge should end on a blank row
      while (end > i && items[end]!.kind !== 'data') end--;
      if (end > i) {
        log.merge(ws, rowOf(i), 2, rowOf(end), 2);
        outcomeMerges.push(`B${rowOf(i)}:B${rowOf(end)}`);
      }
    }
  }

  const added: Record<string, number> = {};
  items.forEach((item, i) => {
    if (item.kind === 'data' && item.added) added[item.added] = rowOf(i);
  });
  log.layout.notes = {
    criterionMerges,
    outcomeMerges,
    realDateTargets: realTargets,
    textTargets,
    addedRows: added,
    titleDateCell: 'G1',
  };

  const file = path.join(outDir, 'cse-corporate-action-plan.xlsx');
  await save(wb, file, when);
  const l = log.layout;
  return {
    summary:
      `samples/cse-corporate-action-plan.xlsx: "Action Plan 2010-11" rows 1–${l.lastRow}, header row ${l.headerRow}, ` +
      `${count(l, 'data')} action rows in ${groups.length} criterion groups, ${realTargets.length} real-date targets + ` +
      `${textTargets.length} text targets, ${count(l, 'section')} section row, ${count(l, 'note')} note row, ${count(l, 'blank')} blank rows, ` +
      `${l.merges.length} merged areas`,
    layout: { 'Action Plan 2010-11': l },
  };
}

// ---------------------------------------------------------------------------------------------------------
// 3. CSE assessment report → scoring table and assessment record (seed 003)

const CRITERION_NAMES = [
  'Customer Insight',
  'The Culture of the Organisation',
  'Information and Access',
  'Delivery',
  'Timeliness and Quality of Service',
];

/** element groups (sub-criteria) of the standard: id prefix, number of elements, a generic description */
const ELEMENT_GROUPS: { prefix: string; n: number; topic: string }[] = [
  { prefix: '1.1', n: 3, topic: 'Customer insight: identification of customers' },
  { prefix: '1.2', n: 3, topic: 'Customer insight: engagement and consultation' },
  { prefix: '1.3', n: 5, topic: 'Customer insight: customer satisfaction' },
  { prefix: '2.1', n: 6, topic: 'Culture: leadership, policy and culture' },
  { prefix: '2.2', n: 5, topic: 'Culture: staff professionalism and attitude' },
  { prefix: '3.1', n: 3, topic: 'Information and access: range of information' },
  { prefix: '3.2', n: 4, topic: 'Information and access: quality of information' },
  { prefix: '3.3', n: 2, topic: 'Information and access: access' },
  { prefix: '3.4', n: 3, topic: 'Information and access: co-operative working with partners' },
  { prefix: '4.1', n: 3, topic: 'Delivery: delivery standards' },
  { prefix: '4.2', n: 6, topic: 'Delivery: achieving timely outcomes' },
  { prefix: '4.3', n: 4, topic: 'Delivery: dealing effectively with problems' },
  { prefix: '5.1', n: 3, topic: 'Timeliness and quality: standards for timeliness and quality' },
  { prefix: '5.2', n: 5, topic: 'Timeliness and quality: timely outcomes' },
  { prefix: '5.3', n: 2, topic: 'Timeliness and quality: timeliness of contact' },
];

const LEADS = ['JR', 'KH', 'DH', 'KD/RH', 'HB&JP', 'SS', 'HB', 'MG'];

async function buildAssessment(root: string, outDir: string): Promise<{ summary: string; layout: Record<string, SheetLayout> }> {
  const lines = readSeed(root, '003_9056cce24ccc9768.txt').map((l) => l.split('\t'));
  const when = new Date(Date.UTC(2019, 6, 17, 9, 0, 0));
  const text = (f: string[]): string => f.join('\t').trim();

  // Section A, initial assessment: the first table after "Initial Assessment"
  const initialAt = lines.findIndex((f) => text(f) === 'Initial Assessment');
  const headAt = lines.findIndex((f, i) => i > initialAt && f[0] === '' && (f[1] ?? '').startsWith('1'));
  if (initialAt < 0 || headAt < 0) throw new Error('seed 003: Section A table not found');
  const criterionHeads = lines[headAt]!.slice(1, 6);
  const scoring: { label: string; counts: number[] }[] = [];
  for (let i = headAt + 1; i <= headAt + 4; i++) {
    const f = lines[i]!;
    scoring.push({ label: f[0]!, counts: f.slice(1, 6).map(Number) });
  }
  // tolerance table (Section E)
  const elemsRow = lines.find((f) => f[0] === 'Number of elements in the criterion');
  const partialsRow = lines.find((f) => f[0] === 'Maximum number of partial compliances allowed');
  const tolHead = lines.findIndex((f) => f[0] === '' && f[1] === '1' && f[6] === 'Total');
  if (!elemsRow || !partialsRow || tolHead < 0) throw new Error('seed 003: tolerance table not found');
  // compliance plus elements by criterion, with their justification
  const plus = new Map<string, string>();
  let inPlus = false;
  for (const f of lines) {
    const t = text(f);
    if (t === 'Compliance Plus Elements') inPlus = true;
    else if (/^(Criterion \d|Section [B-E])/.test(t) || t === 'Partial Compliance Elements') inPlus = false;
    else if (inPlus && /^\d\.\d\.\d$/.test(f[0] ?? '')) plus.set(f[0]!, (f[1] ?? '').trim());
  }
  const reportDate = lines.find((f) => f[0] === 'Assessor name')?.[3] ?? '';
  const orgName = lines.find((_f, i) => i > 0 && text(lines[i - 1]!) === 'Name of Organisation')?.[0] ?? '';
  if (reportDate !== '17.07.19' || !/STOCKTON/i.test(orgName)) throw new Error('seed 003: report header not as expected');

  const wb = newWorkbook(when);

  // --- sheet 1: scoring by criterion (not an action tracker)
  const sc = wb.addWorksheet('Scoring by criterion');
  sc.columns = [46, 18, 18, 18, 18, 22, 10].map((width) => ({ width }));
  const scLog = new LayoutLog(false);
  sc.getCell('A1').value = 'Section A: Scoring Achievement by Criterion';
  sc.getCell('A1').font = { bold: true, size: 14 };
  scLog.mark('title', 1);
  sc.getCell('A2').value = 'Initial Assessment';
  sc.getCell('A2').font = { bold: true };
  scLog.mark('title', 2);
  writeHeader(sc, 3, ['', ...criterionHeads]);
  scLog.layout.headerRow = 3;
  scLog.mark('header', 3);
  ['', ...criterionHeads].forEach((h, i) => (scLog.layout.columns[columnLetter(i)] = h));
  scoring.forEach((s, i) => {
    const r = 4 + i;
    sc.getCell(r, 1).value = s.label;
    s.counts.forEach((n, c) => (sc.getCell(r, c + 2).value = n));
    styleBodyRow(sc, r, 6);
    sc.getCell(r, 1).font = { bold: true };
    scLog.mark('data', r);
  });
  scLog.mark('blank', 8);
  sc.getCell('A9').value = 'Tolerances: maximum number of partial compliances allowed';
  sc.getCell('A9').font = { bold: true };
  scLog.mark('title', 9);
  writeHeader(sc, 10, ['', '1', '2', '3', '4', '5', 'Total']);
  scLog.mark('header', 10);
  [elemsRow, partialsRow].forEach((f, i) => {
    const r = 11 + i;
    sc.getCell(r, 1).value = f[0]!;
    for (let c = 0; c < 5; c++) sc.getCell(r, c + 2).value = Number(f[c + 1]);
    sc.getCell(r, 7).value = { formula: `SUM(B${r}:F${r})`, result: Number(f[6]) };
    styleBodyRow(sc, r, 7);
    sc.getCell(r, 1).font = { bold: true };
    scLog.mark('data', r);
  });
  scLog.layout.notes = {
    countsTable: 'A3:F7 (criteria in B:F, rows 4 Non-Compliance, 5 Partial, 6 Full, 7 Compliance Plus)',
    toleranceTable: 'A10:G12 (row 11 elements, row 12 max partials, G = SUM formula with cached result)',
  };

  // --- sheet 2: assessment record, one row per element
  const ar = wb.addWorksheet('Assessment record', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 5, topLeftCell: 'A6', activeCell: 'A6' }],
  });
  ar.columns = [10, 10, 46, 18, 70, 12, 14, 12].map((width) => ({ width }));
  const arLog = new LayoutLog(true);
  const arHeaders = [
    'Element',
    'Criterion',
    'Element description',
    'Compliance',
    'Justification / evidence',
    'Lead officer',
    'Review date',
    'Status',
  ];
  const titles = [
    'Customer Service Excellence – Assessment Record',
    'Stockton-on-Tees Borough Council',
    `Initial assessment, report dated ${reportDate}`,
  ];
  titles.forEach((t, i) => {
    ar.getCell(i + 1, 1).value = t;
    ar.getCell(i + 1, 1).font = i === 0 ? { bold: true, size: 14 } : { bold: i === 1, size: 12 };
    arLog.merge(ar, i + 1, 1, i + 1, 8);
    arLog.mark('title', i + 1);
  });
  arLog.mark('blank', 4);
  writeHeader(ar, 5, arHeaders);
  arLog.layout.headerRow = 5;
  arLog.mark('header', 5);
  arHeaders.forEach((h, i) => (arLog.layout.columns[columnLetter(i)] = h));

  let r = 5;
  let k = 0;
  const counts = [0, 0, 0, 0, 0].map(() => ({ full: 0, plus: 0, elements: 0 }));
  const realReviewDates: string[] = [];
  for (let crit = 1; crit <= 5; crit++) {
    r++;
    const sec = ar.getCell(r, 1);
    sec.value = `Criterion ${crit} – ${CRITERION_NAMES[crit - 1]!}`;
    sec.font = { bold: true };
    sec.fill = SECTION_FILL;
    arLog.merge(ar, r, 1, r, 8);
    arLog.mark('section', r);
    for (const g of ELEMENT_GROUPS.filter((x) => x.prefix.startsWith(`${crit}.`))) {
      for (let e = 1; e <= g.n; e++) {
        r++;
        const id = `${g.prefix}.${e}`;
        const justification = plus.get(id);
        const c = counts[crit - 1]!;
        c.elements++;
        if (justification !== undefined) c.plus++;
        else c.full++;
        const values: (string | number | Date)[] = [
          id,
          crit,
          `${g.topic} – element ${e}`,
          justification !== undefined ? 'Compliance Plus' : 'Full Compliance',
          justification ?? 'Evidence seen meets the requirements of the element.',
          LEADS[k % LEADS.length]!,
          k % 2 === 0 ? new Date(Date.UTC(2020, 6, 6)) : 'Jul 2020',
          justification !== undefined ? 'Complete' : 'On track',
        ];
        values.forEach((v, i) => (ar.getCell(r, i + 1).value = v));
        styleBodyRow(ar, r, 8);
        if (k % 2 === 0) {
          ar.getCell(r, 7).numFmt = 'dd/mm/yyyy';
          realReviewDates.push(`G${r}`);
        }
        arLog.mark('data', r);
        k++;
      }
    }
  }

  // the record must agree with the report's own tables
  counts.forEach((c, i) => {
    const full = scoring.find((s) => s.label === 'Full Compliance')?.counts[i];
    const plusN = scoring.find((s) => s.label === 'Compliance Plus')?.counts[i];
    if (c.full !== full || c.plus !== plusN || c.elements !== Number(elemsRow[i + 1])) {
      throw new Error(`seed 003: criterion ${i + 1} counts ${c.full}/${c.plus}/${c.elements} do not match the report`);
    }
  });
  arLog.layout.notes = { realReviewDates, textReviewDate: 'Jul 2020', compliancePlus: [...plus.keys()] };

  const file = path.join(outDir, 'cse-assessment-scoring.xlsx');
  await save(wb, file, when);
  const l = arLog.layout;
  return {
    summary:
      `samples/cse-assessment-scoring.xlsx: "Scoring by criterion" (counts + tolerances, not a tracker); "Assessment record" rows 1–${l.lastRow}, ` +
      `header row ${l.headerRow}, ${count(l, 'data')} elements in ${count(l, 'section')} criterion sections, ` +
      `Full/Plus ${counts.map((c) => `${c.full}/${c.plus}`).join(', ')}`,
    layout: { 'Scoring by criterion': scLog.layout, 'Assessment record': l },
  };
}

// ---------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const root = repoRoot(__dirname);
  const outDir = path.join(root, 'samples');
  mkdirSync(outDir, { recursive: true });
  const layouts: Layouts = {};
  for (const [name, build] of [
    ['recommendations-progress-update.xlsx', buildRecommendations],
    ['cse-corporate-action-plan.xlsx', buildActionPlan],
    ['cse-assessment-scoring.xlsx', buildAssessment],
  ] as const) {
    const { summary, layout } = await build(root, outDir);
    layouts[name] = layout;
    console.log(summary);
  }
  // arrays of plain values on one line, so the file reads like a table
  const json = JSON.stringify(layouts, null, 2).replace(/\[\s*([^[\]{}]*?)\s*\]/g, (_m, inner: string) =>
    `[${inner.split(/,\s*\n\s*/).join(', ')}]`,
  );
  writeFileSync(path.join(outDir, 'layout.json'), `${json}\n`);
  console.log('samples/layout.json: row kinds and header rows of every sample sheet');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
