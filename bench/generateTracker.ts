/**
 * Writes a large, realistic action tracker for benchmarks, with ExcelJS's streaming writer. Deterministic:
 * the same (rows, seed) gives the same workbook, byte for byte.
 *
 * Layout (one sheet, "Action Tracker", columns A–K):
 *   row 1  title (merged A1:K1), row 2 subtitle, row 3 header:
 *          Ref | Action | Lead officer | Start date | Target date | Revised target | % complete |
 *          Progress Q1 | Status Q1 | Progress Q2 | Status Q2
 *   then `rows` action rows, with in between: a section (theme) row every 30–50 actions (merged A:K), a
 *   repeated header every 500 actions, a blank row now and then (~0.6 %), a continuation row now and then
 *   (~1 %, no ref, text carried on from the row above).
 *   Targets mix real dates (dd/mm/yyyy) with "Aug 2010", "Sept 10", "2009/10", "Q3 2010/11", "Dec08 - Jan09",
 *   exact dates typed as text, "Ongoing", "TBA" and ~2 % nonsense ("next year", "31/02/2011"). About 1 % of
 *   "% complete" cells are formulas with a #DIV/0! result; ~0.4 % of refs repeat the one before.
 */
import ExcelJS from 'exceljs';
import { pinZipTimestamps } from '../scripts/pinZipTimestamps';

const HEADERS = [
  'Ref',
  'Action',
  'Lead officer',
  'Start date',
  'Target date',
  'Revised target',
  '% complete',
  'Progress Q1',
  'Status Q1',
  'Progress Q2',
  'Status Q2',
] as const;
const NCOLS = HEADERS.length;

const FIXED_DATE = new Date(Date.UTC(2011, 2, 31, 9, 0, 0));
const DAY = 86_400_000;

/** mulberry32: small, fast, good enough for test data */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = [
  'Customer Access',
  'Customer Insight',
  'Culture of the Organisation',
  'Information and Access',
  'Delivery',
  'Timeliness and Quality of Service',
  'Equality and Diversity',
  'Workforce Development',
  'Partnership Working',
  'Value for Money',
];
const VERBS = [
  'Review',
  'Develop',
  'Implement',
  'Publish',
  'Consult on',
  'Roll out',
  'Agree',
  'Monitor',
  'Refresh',
  'Pilot',
  'Evaluate',
  'Promote',
];
const OBJECTS = [
  'customer service standards',
  'the complaints procedure',
  'the Reception satisfaction survey',
  'the voicemail guidance',
  'the staff suggestion scheme',
  'ward profiles',
  'the customer journey mapping programme',
  'the corporate induction module',
  'service plans for 2011-12',
  'the Contact Centre business rules',
  'the EQIA programme',
  'web accessibility improvements',
  'the engagement toolkit',
  'the mystery shopping exercise',
  'the Members customer services newsletter',
];
const SUFFIXES = [
  '',
  ' across all service areas.',
  ' and report the outcome to CMT.',
  ' with the CSE PAG.',
  ' in line with the Council Plan.',
  ', publishing results on the website.',
];
const LEADS = ['HB', 'KD/RH', 'HB&JP', 'JR', 'KH', 'SS', 'PG', 'RF/CSE PAG', 'DH', 'GM - Facilities', 'RF', 'SGC/RM'];
const PROGRESS = [
  'Work underway; on course to meet the target.',
  'Completed.',
  'Draft prepared and circulated for comment.',
  'Delayed by pressure of other work. Revised completion date October 2010.',
  'Consultation closed; responses being analysed.',
  'Agreed by SMT; implementation planned for next quarter.',
  'Pilot complete and feedback analysed.',
  'Not started – awaiting funding decision.',
  'Ongoing – reported quarterly.',
  'Report to CMT scheduled for December.',
];
/**
 * The progress texts an officer writes beside each status (indices into PROGRESS): a Complete row says it is
 * done, a Red one why it slipped. One row in twenty says something else, as happens.
 */
const PROGRESS_BY_STATUS: Readonly<Record<'complete' | 'red' | 'amber' | 'green', readonly number[]>> = {
  complete: [1, 6],
  red: [3, 7, 2],
  amber: [2, 4, 9],
  green: [0, 5, 8, 9],
};
const PROGRESS_DISAGREES = 0.05;

function progressFor(status: string, r: number): string {
  if (r < PROGRESS_DISAGREES) return PROGRESS[Math.floor((r / PROGRESS_DISAGREES) * PROGRESS.length)]!;
  const pool = PROGRESS_BY_STATUS[status === 'Complete' ? 'complete' : status === 'R' ? 'red' : status === 'A' ? 'amber' : 'green'];
  return PROGRESS[pool[Math.floor(((r - PROGRESS_DISAGREES) / (1 - PROGRESS_DISAGREES)) * pool.length)]!]!;
}

const CONTINUATIONS = [
  'and to agree the approach with service managers.',
  'including analysis of results by service area.',
  '(continued) following the assessor’s feedback.',
  'subject to the outcome of the budget review.',
];
const STATUSES = ['G', 'G', 'G', 'A', 'A', 'R', 'Complete', '2 - On Track'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const NONSENSE = ['next year', '31/02/2011', 'when funding allows', 'asap', 'end of the project', '32/13/10'];

const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: 'dd/mm/yyyy' };
const PCT_STYLE: Partial<ExcelJS.Style> = { numFmt: '0%' };
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } },
  alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
};
const SECTION_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } },
};
const TITLE_STYLE: Partial<ExcelJS.Style> = { font: { bold: true, size: 14 } };

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export interface TrackerStats {
  rows: number;
  sheetRows: number;
  sections: number;
  repeatedHeaders: number;
  blanks: number;
  continuations: number;
  formulaErrors: number;
  duplicateRefs: number;
}

/**
 * Writes a tracker with `rows` action rows (plus title, header, section, blank, continuation and repeated
 * header rows) to `path`.
 */
export async function generateTracker(path: string, rows: number, seed = 1): Promise<void> {
  await generateTrackerWithStats(path, rows, seed);
}

export async function generateTrackerWithStats(path: string, rows: number, seed = 1): Promise<TrackerStats> {
  if (!Number.isInteger(rows) || rows < 0) throw new Error(`rows must be a whole number, not ${rows}`);
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const stats: TrackerStats = {
    rows,
    sheetRows: 0,
    sections: 0,
    repeatedHeaders: 0,
    blanks: 0,
    continuations: 0,
    formulaErrors: 0,
    duplicateRefs: 0,
  };

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  wb.creator = 'Tracker Check benchmark generator';
  wb.lastModifiedBy = 'Tracker Check benchmark generator';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('Action Tracker', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 3, topLeftCell: 'A4', activeCell: 'A4' }],
  });
  ws.columns = [8, 60, 14, 12, 14, 14, 10, 50, 10, 50, 10].map((width) => ({ width }));

  let r = 0;
  const put = (values: (ExcelJS.CellValue | undefined)[], style?: Partial<ExcelJS.Style>): ExcelJS.Row => {
    r++;
    const row = ws.getRow(r);
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === undefined || v === null || v === '') continue;
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (style) cell.style = style;
    }
    return row;
  };
  const header = (): void => {
    put([...HEADERS], HEADER_STYLE).commit();
  };

  // (the streaming writer needs a row's merge before the row is committed)
  const title = put(['Corporate Improvement Plan 2010-11 – Action Tracker'], TITLE_STYLE);
  ws.mergeCells(1, 1, 1, NCOLS);
  title.commit();
  put(['Quarterly monitoring: Q1 (June 2010) and Q2 (September 2010). Lead officers update their rows each quarter.']).commit();
  header();

  let section = 0;
  let inSection = 0;
  let nextSectionAt = 0;
  let prevRef = '';
  const base = Date.UTC(2009, 3, 1); // 1 April 2009

  for (let i = 0; i < rows; i++) {
    if (i > 0 && i % 500 === 0) {
      header();
      stats.repeatedHeaders++;
    }
    if (i === nextSectionAt) {
      section++;
      inSection = 0;
      nextSectionAt = i + 30 + Math.floor(rnd() * 21);
      const row = put([`Theme ${section}: ${THEMES[(section - 1) % THEMES.length]!}`], SECTION_STYLE);
      ws.mergeCells(r, 1, r, NCOLS);
      row.commit();
      stats.sections++;
    } else if (rnd() < 0.006) {
      put([]).commit();
      stats.blanks++;
    }

    inSection++;
    let ref = `${section}.${pad2(inSection)}`;
    if (prevRef && rnd() < 0.004) {
      ref = prevRef;
      stats.duplicateRefs++;
    }
    prevRef = ref;

    const action = `${pick(VERBS)} ${pick(OBJECTS)}${pick(SUFFIXES) || '.'}`;
    const lead = pick(LEADS);
    const startMs = base + Math.floor(rnd() * 540) * DAY;
    const start: Date | null = rnd() < 0.1 ? null : new Date(startMs);
    const targetMs = startMs + (30 + Math.floor(rnd() * 500)) * DAY;
    const t = new Date(targetMs);
    const y = t.getUTCFullYear();
    const m = t.getUTCMonth();
    const d = t.getUTCDate();
    const yy = pad2(y % 100);
    const fyStart = m < 3 ? y - 1 : y;

    let target: ExcelJS.CellValue;
    let targetIsDate = false;
    const p = rnd();
    if (p < 0.45) {
      target = t;
      targetIsDate = true;
    } else if (p < 0.55) target = `${MONTHS_SHORT[m]!.slice(0, 3)} ${y}`; // "Aug 2010"
    else if (p < 0.63) target = `${MONTHS_SHORT[m]!} ${yy}`; // "Sept 10"
    else if (p < 0.67) target = `${fyStart}/${pad2((fyStart + 1) % 100)}`; // "2009/10"
    else if (p < 0.71) target = `Q${Math.floor(((m + 9) % 12) / 3) + 1} ${fyStart}/${pad2((fyStart + 1) % 100)}`; // "Q3 2010/11"
    else if (p < 0.75) {
      const from = new Date(targetMs - 60 * DAY);
      target = `${MONTHS_SHORT[from.getUTCMonth()]!.slice(0, 3)}${pad2(from.getUTCFullYear() % 100)} - ${MONTHS_SHORT[m]!.slice(0, 3)}${yy}`;
    } else if (p < 0.84) target = rnd() < 0.5 ? `${pad2(d)}/${pad2(m + 1)}/${y}` : `${pad2(d)}.${pad2(m + 1)}.${yy}`;
    else if (p < 0.92) target = pick(['Ongoing', 'On-going', 'Quarterly']);
    else if (p < 0.98) target = pick(['TBA', 'TBC']);
    else target = pick(NONSENSE);

    let revised: ExcelJS.CellValue = null;
    let revisedIsDate = false;
    const q = rnd();
    if (q < 0.1) {
      revised = new Date(targetMs + (30 + Math.floor(rnd() * 180)) * DAY);
      revisedIsDate = true;
    } else if (q < 0.13) {
      const rv = new Date(targetMs + 92 * DAY);
      revised = `${MONTHS_SHORT[rv.getUTCMonth()]!.slice(0, 3)} ${rv.getUTCFullYear()}`;
    }

    let pct: ExcelJS.CellValue;
    if (rnd() < 0.01) {
      pct = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      stats.formulaErrors++;
    } else {
      pct = (Math.floor(rnd() * 21) * 5) / 100;
    }
    // Officers mostly report what the dates say at each quarter end; about one row in seven disagrees.
    const dueMs = typeof revised === 'object' && revised instanceof Date ? revised.getTime() : targetMs;
    const honest = (quarterEndMs: number): string => {
      if (dueMs < quarterEndMs) return rnd() < 0.4 ? 'Complete' : 'R';
      return dueMs - quarterEndMs <= 30 * DAY ? 'A' : pick(['G', '2 - On Track', 'Green']);
    };
    const report = (quarterEndMs: number): string => (rnd() < 0.15 ? pick(STATUSES) : honest(quarterEndMs));
    const status1 = report(Date.UTC(2010, 5, 30));
    const status2 = rnd() < 0.2 ? null : report(Date.UTC(2010, 8, 30));
    // one draw each, as before, so the rest of the tracker is as it was
    const progress2 = status2 === null ? null : progressFor(status2, rnd());

    const progress1 = progressFor(status1, rnd());
    const row = put([ref, action, lead, start, target, revised, pct, progress1, status1, progress2, status2]);
    if (start) row.getCell(4).style = DATE_STYLE;
    if (targetIsDate) row.getCell(5).style = DATE_STYLE;
    if (revisedIsDate) row.getCell(6).style = DATE_STYLE;
    row.getCell(7).style = PCT_STYLE;
    row.commit();

    if (rnd() < 0.01) {
      put([null, pick(CONTINUATIONS), null, null, null, null, null, rnd() < 0.5 ? 'See also the note above.' : null]).commit();
      stats.continuations++;
    }
  }

  ws.commit();
  await wb.commit();
  stats.sheetRows = r;
  pinZipTimestamps(path, FIXED_DATE);
  return stats;
}
