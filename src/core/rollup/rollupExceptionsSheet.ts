import { formatCount } from '../report/formatCount';
import { fieldTitle } from '../fieldLabels';
import { GROUP_TITLE, WHY } from '../plan/exceptionsSheet';
import { Layout, quoteSheet, type Put } from '../plan/layout';
import { ragStyle } from '../plan/planStyles';
import type { PlanCell, ProductSheet } from '../plan/writePlan';
import { EXCEPTION_GROUPS, type ExceptionGroup } from '../summary/summaryModels';
import { asAtNote } from './portfolioSheet';
import type { RollupModel } from './rollup';

/**
 * The most links Excel keeps on one worksheet: past this many it drops the rest as it opens the file, so
 * the rows past it are written without one (and the note says so).
 */
export const MAX_SHEET_LINKS = 65_530;

// days slipped before the computed RAG: a right-aligned number straight before the Why text read as one with it
const HEADERS = ['File', 'Sheet', 'Cell', fieldTitle('ref'), fieldTitle('action'), fieldTitle('owner'), 'Target', { value: 'Days slipped', style: 'header-number' as const }, 'Computed RAG', 'Why'];

const count = (n: number, one: string, many = `${one}s`): string => `${n === 0 ? 'no' : formatCount(n)} ${n === 1 ? one : many}`;

function groupTitle(group: ExceptionGroup, n: number, amberDays: number | null): string {
  // files checked with different amber windows: the Amber group is titled without a number of days
  return group === 'amber' && amberDays === null ? `Amber: due soon, or the target moved later (${n})` : GROUP_TITLE[group](n, amberDays ?? 0);
}

export interface RollupLinks {
  /** the address of a checked file from the roll-up's folder (see PlanCell.linkFile), or null when none can be given */
  readonly linkTo: (file: string) => string | null;
}

/**
 * The Exceptions of every file in one list, most urgent first as each file's own Exceptions sheet has them
 * (Rollup.model gives the order), in titled groups under one header that stays in view and prints on every
 * page. Each row's Cell opens the tracker at the action, where the program allows a link to another file.
 */
export function rollupExceptionsSheet(model: RollupModel, { linkTo }: RollupLinks): Omit<ProductSheet, 'kind' | 'name'> {
  const l = new Layout();
  const rows = model.exceptions;
  const files = new Set(rows.map((r) => r.file)).size;
  const unlinked = Math.max(0, rows.length - MAX_SHEET_LINKS);
  l.line(['Exceptions across the trackers'], 'title');
  const none = model.portfolio.length === 0 ? 'No tracker was read.' : rows.length === 0 ? 'None: every action in every file is on time, dated and reported as the dates show.' : null;
  l.line([none !== null ? asAtNote(model) : `${asAtNote(model)} · ${count(rows.length, 'action')} to look at in ${count(files, 'file')}, most urgent first: Red, then no target date, then reported better than the dates show, then Amber · each Cell opens the tracker at the action${unlinked ? ` (the first ${formatCount(MAX_SHEET_LINKS)}: Excel keeps no more links on a sheet)` : ''}`], 'note');
  l.skip();
  l.line(HEADERS, 'header');
  const freeze = l.row;
  const targets = new Map<string, string | null>();
  let links = 0;
  let at = 0;
  for (const group of EXCEPTION_GROUPS) {
    let n = 0;
    while (at + n < rows.length && rows[at + n]!.group === group) n++;
    if (n === 0) continue;
    l.line([groupTitle(group, n, model.amberDays)], 'subtitle');
    for (const r of rows.slice(at, at + n)) {
      let target = targets.get(r.file);
      if (target === undefined) targets.set(r.file, (target = linkTo(r.file)));
      const cell: Put & { value: PlanCell['value'] } = target !== null && links < MAX_SHEET_LINKS
        ? { value: r.cell, style: 'link', link: `${quoteSheet(r.sheet)}!${r.cell}`, linkFile: target }
        : { value: r.cell };
      if (cell.linkFile !== undefined) links++;
      l.line([
        { value: r.file, style: 'wrap' },
        { value: r.sheet, style: 'wrap' },
        cell,
        { value: r.ref, style: 'wrap' },
        { value: r.action, style: 'wrap' },
        { value: r.owner, style: 'wrap' },
        { value: r.target, style: 'wrap' },
        { value: r.slippageDays, style: 'number' },
        { value: r.computed, style: ragStyle(r.computed) },
        { value: r.reasons.map((x) => WHY[x]).join(', '), style: 'wrap' },
      ], 'text');
    }
    at += n;
  }
  if (none !== null) l.line([none], 'note');
  return {
    cells: l.cells,
    // about 165 characters across, which prints one A4 landscape page wide
    widths: [24, 14, 7, 7, 42, 16, 12, 8, 11, 22],
    freeze: { rows: freeze, cols: 0 },
    printArea: l.area(),
    landscape: true,
  };
}
