import { AS_AT_FROM, describeChange, formatUkDate, UNRELATED_NOTE, type AsAtSource, type ChangesModel } from '../core';
import { words, wrapLine, wrapText } from './wrapLine';

const paint = (on: boolean, code: number, s: string): string => (on ? `\u001b[${code}m${s}\u001b[39m` : s);
const RAG_COLOUR: Record<string, number> = { Red: 31, Amber: 33, Green: 32, Complete: 34, Closed: 90, Ongoing: 36, 'No date': 35 };


export interface ReturnSide {
  readonly asAtFrom: AsAtSource;
}

/** "2 new", "1 gone without a word": the counts a sheet's headline gives, those that are not nought */
function headline(s: ChangesModel['sheets'][number]): string {
  const n = (kind: string): number => s.groups.find((g) => g.kind === kind)?.lines.length ?? 0;
  const parts = [`${s.matched} action${s.matched === 1 ? '' : 's'} in both`];
  const add = (count: number, text: string): void => {
    if (count > 0) parts.push(`${count} ${text}`);
  };
  add(n('added'), 'new');
  add(n('gone'), 'gone without a word');
  add(n('quietMove'), `target${n('quietMove') === 1 ? '' : 's'} moved without a word`);
  add(n('unsure'), `pairing${n('unsure') === 1 ? '' : 's'} to check`);
  return parts.join(', ');
}

/**
 * What a performance officer reads in a terminal after `compare`: the two returns and their dates, then
 * per tracker sheet each group of changes, most telling first, one line a change (wrapped under itself).
 */
export function formatChanges(model: ChangesModel, sides: { old: ReturnSide; new: ReturnSide }, { color, width }: { color: boolean; width: number }): string {
  const lines: string[] = [];
  lines.push(`${model.old.file} — as at ${formatUkDate(model.old.asAt)} (${AS_AT_FROM[sides.old.asAtFrom]})`);
  lines.push(`${model.new.file} — as at ${formatUkDate(model.new.asAt)} (${AS_AT_FROM[sides.new.asAtFrom]})`);
  const status = (text: string | null): string => (text !== null && RAG_COLOUR[text] ? paint(color, RAG_COLOUR[text]!, text) : (text ?? ''));
  for (const s of model.sheets) {
    lines.push('');
    const name = s.newSheet === s.oldSheet ? `"${s.newSheet}"` : `"${s.newSheet}" (was "${s.oldSheet}")`;
    lines.push(...wrapLine(['Sheet', `${name}:`, ...words(headline(s))], { width, indent: '  ', hanging: '    ' }));
    if (s.unrelated) lines.push(...wrapLine(words(UNRELATED_NOTE), { width, indent: '  ', hanging: '  ' }));
    if (s.groups.length === 0) lines.push('  No changes.');
    for (const g of s.groups) {
      lines.push(`  ${g.title} (${g.lines.length}):`);
      const where = g.lines.map((c) => c.cell ?? `earlier row ${c.oldRow}`);
      const whereWidth = Math.max(...where.map((w) => w.length));
      g.lines.forEach((c, i) => {
        lines.push(...wrapText(describeChange(c, status), { width, indent: `    ${where[i]!.padEnd(whereWidth)}  `, hanging: ' '.repeat(4 + whereWidth + 2) }));
      });
    }
    if (s.statusMatrix.length > 0) {
      const moved = s.statusMatrix.filter((c) => c.from !== c.to).map((c) => `${status(c.from)} → ${status(c.to)} ${c.count}`);
      const same = s.statusMatrix.filter((c) => c.from === c.to).reduce((n, c) => n + c.count, 0);
      lines.push(...wrapLine(['Computed', 'status:', ...(moved.length ? moved.map((m, i) => (i < moved.length - 1 ? `${m},` : m)) : ['none', 'changed']), `(${same} unchanged)`], { width, indent: '  ', hanging: '    ' }));
    }
  }
  for (const name of model.unpaired.old) lines.push(`  The earlier return's tracker sheet "${name}" has no counterpart in the later one.`);
  for (const name of model.unpaired.new) lines.push(`  Tracker sheet "${name}" is new in the later return.`);
  return lines.join('\n');
}
