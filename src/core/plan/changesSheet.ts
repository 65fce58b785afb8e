import { formatUkDate } from '../dates/isoDays';
import { fieldTitle } from '../fieldLabels';
import { UNRELATED_NOTE, type ChangeLine, type ChangesModel, type SheetChanges } from '../summary/listChanges';
import { Layout, quoteSheet } from './layout';
import { ragStyle, type StyleName } from './planStyles';
import type { PlanCell, ProductSheet } from './writePlan';

type Cell = PlanCell['value'] | { value: PlanCell['value']; style?: StyleName; link?: string };

const HEADERS: Cell[] = ['Cell', fieldTitle('ref'), fieldTitle('action'), fieldTitle('owner'), 'Was', 'Now', { value: 'Days', style: 'header-number' }, 'Note'];

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The Changes sheet `compare` writes into the newer return: each change since the earlier return in
 * titled groups, most telling first (actions gone without a word, targets moved without a word, then
 * status and the rest), each linked to its row here. An action no longer here has no cell: its row quotes
 * the earlier return.
 */
export function changesSheet(model: ChangesModel): Omit<ProductSheet, 'kind' | 'name'> {
  const l = new Layout();
  const sheets = model.sheets.map((s) => ({ sheet: s.newSheet }));
  l.heading(
    'Changes',
    sheets,
    `Since ${model.old.file} (as at ${formatUkDate(model.old.asAt)}); this return as at ${formatUkDate(model.new.asAt)} · ${model.changes === 0 ? 'no changes' : plural(model.changes, 'change')}; each RAG computed at its own return's date`,
  );
  // the title and its note stay in view and print on every page; the groups below each have their own header
  const titleRows = l.row;
  for (const s of model.sheets) {
    l.subtitle(sheets, s.newSheet === s.oldSheet ? s.newSheet : `${s.newSheet} (was "${s.oldSheet}")`);
    sheetChanges(l, s);
  }
  for (const name of model.unpaired.old) l.line([`The earlier return's tracker sheet "${name}" has no counterpart here.`], 'note');
  for (const name of model.unpaired.new) l.line([`Tracker sheet "${name}" is new in this return.`], 'note');
  return {
    cells: l.cells,
    // about 165 characters across: one A4 landscape page wide, as the Exceptions sheet
    widths: [8, 8, 38, 20, 14, 14, 8, 50],
    freeze: { rows: titleRows, cols: 0 },
    printArea: l.area(),
    landscape: true,
  };
}

function sheetChanges(l: Layout, s: SheetChanges): void {
  const sheetRef = quoteSheet(s.newSheet);
  if (s.unrelated) {
    l.line([UNRELATED_NOTE], 'note');
    l.skip();
  }
  const wrap = (value: string | null): Cell => ({ value, style: 'wrap' });
  const line = (c: ChangeLine): Cell[] => [
    c.cell === null ? '—' : { value: c.cell, style: 'link', link: `${sheetRef}!${c.cell}` },
    c.ref,
    wrap(c.action),
    wrap(c.owner),
    c.wasStatus ? { value: c.was, style: ragStyle(c.wasStatus) } : wrap(c.was),
    c.nowStatus ? { value: c.now, style: ragStyle(c.nowStatus) } : wrap(c.now),
    { value: c.days, style: 'days' },
    // an action no longer here has no cell to link to: its note says where it was
    wrap(c.cell === null ? `Row ${c.oldRow} of the earlier return${c.note ? `; ${c.note.charAt(0).toLowerCase()}${c.note.slice(1)}` : ''}` : c.note),
  ];
  for (const group of s.groups) {
    l.line([`${group.title} (${group.lines.length})`], 'subtitle');
    l.line(HEADERS, 'header');
    for (const c of group.lines) l.line(line(c), 'text');
    l.skip();
  }
  if (s.statusMatrix.length > 0) {
    // the from × to matrix as a list: it prints in the sheet's own columns, where up to seven statuses across would not
    l.line(['Computed status in the earlier return and in this one, every action in both'], 'subtitle');
    l.line([null, null, null, null, 'Was', 'Now', { value: 'Actions', style: 'header-number' }], 'header');
    for (const c of s.statusMatrix) l.line([null, null, null, null, { value: c.from, style: ragStyle(c.from) }, { value: c.to, style: ragStyle(c.to) }, { value: c.count, style: 'number' }]);
    l.skip();
  }
  if (s.changes === 0 && s.groups.length === 0) {
    l.line([`No changes: the same ${plural(s.matched, 'action')}, with the same dates, owners, statuses and progress text as the earlier return.`], 'note');
    l.skip();
  }
}
