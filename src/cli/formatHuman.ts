import { type toSummaryReport, COMPUTED_STATUSES, formatCount, formatUkDate, ragBasis } from '../core';
import { words, wrapLine, wrapText } from './wrapLine';

type Report = ReturnType<typeof toSummaryReport>;

const FIELD_ORDER = ['ref', 'section', 'action', 'outcome', 'owner', 'start', 'target', 'revisedTarget', 'completed', 'percentComplete', 'priority', 'resources', 'compliance', 'progress', 'reportedStatus'];

/** A terminal is for reading: past this, the issues are summarised by code and --json has them all. */
export const MAX_ISSUES_SHOWN = 200;

const paint = (on: boolean, code: number, s: string): string => (on ? `\u001b[${code}m${s}\u001b[39m` : s);
const SEVERITY_COLOUR = { error: 31, warning: 33, info: 36 } as const;
const RAG_COLOUR: Record<string, number> = { Red: 31, Amber: 33, Green: 32, Complete: 34, Closed: 90, Ongoing: 36, 'No date': 35 };

/**
 * The report a performance officer reads in a terminal or a CI log: mapping, RAG counts and the issues,
 * each line kept within `width` and a long one wrapped under its own start.
 */
export function formatHuman(report: Report, { color, width }: { color: boolean; width: number }): string {
  const lines: string[] = [];
  // a sheet's name is one piece, never broken nor its spaces changed: it is what --sheet takes
  const wrap = (pieces: readonly string[], indent: string, hanging: string): void => {
    lines.push(...wrapLine(pieces, { width, indent, hanging }));
  };
  // a path is never broken: cut in two it could not be copied
  lines.push(`${report.file} — as at ${formatUkDate(report.asOf)}`);
  if (report.sheets.length === 0) lines.push('  No tracker found in this workbook.');
  for (const s of report.sheets) {
    const actions = s.actions;
    lines.push('');
    wrap(['Sheet', `"${s.name}":`, ...words(`header at row ${s.headerRow}, ${actions} action${actions === 1 ? '' : 's'}`)], '  ', '    ');
    lines.push('  Columns:');
    for (const field of FIELD_ORDER) {
      const letters = s.mapping[field];
      if (letters === undefined || (Array.isArray(letters) && letters.length === 0)) continue;
      const conf = s.confidence[field];
      const cols = Array.isArray(letters) ? letters : [letters];
      const confs = Array.isArray(conf) ? conf : [conf];
      const described = list(cols.map((c, i) => `${c} (${Math.round((confs[i] ?? 0) * 100)}%)`), ',');
      wrap(described, `    ${field.padEnd(16)} `, ' '.repeat(21));
    }
    if (s.periods.length > 1) wrap(['reporting', 'periods:', ...list(s.periods.map((p) => (p.date ? formatUkDate(p.date) : p.label)), ',')], '    ', '      ');
    if (s.unmapped.length) wrap(['not', 'used:', ...words(s.unmapped.map((u) => `${u.column} "${u.header}"`).join(', '))], '    ', '      ');
    if (s.joined.length > 0) wrap(joinedPieces(s.joined), '  ', '    ');
    wrap(['RAG:', ...list(COMPUTED_STATUSES.map((k) => `${paint(color, RAG_COLOUR[k]!, k)} ${s.counts[k]}`), ' ·')], '  ', '       ');
    const basis = ragBasis(s);
    if (basis) wrap(words(basis), '  ', '    ');
    const infos = s.issues.length - s.errors - s.warnings;
    const verdict = s.errors === 0 ? paint(color, 32, 'PASSES') : paint(color, 31, `FAILS: ${s.errors} error${s.errors === 1 ? '' : 's'}`);
    lines.push(`  ${verdict} (${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${infos} info)`);
    if (s.issues.length > MAX_ISSUES_SHOWN) {
      const byCode = new Map<string, number>();
      for (const i of s.issues) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
      wrap(['Issues', 'by', 'code:', ...list([...byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${formatCount(n)}`), ' ·')], '  ', '    ');
    }
    if (s.issues.length) lines.push(...issueList(s.issues.slice(0, MAX_ISSUES_SHOWN), color, width));
    if (s.issues.length > MAX_ISSUES_SHOWN) {
      wrap(words(`… and ${formatCount(s.issues.length - MAX_ISSUES_SHOWN)} more issues: run with --json to list every one`), '  ', '    ');
    }
  }
  for (const k of report.skipped) wrap(['Skipped', 'sheet', `"${k.name}":`, ...words(k.reason)], '  ', '    ');
  return lines.join('\n');
}

/** items of a list, each kept whole on a line, with the separator after all but the last */
function list(items: readonly string[], separator: string): string[] {
  return items.map((item, i) => (i < items.length - 1 ? item + separator : item));
}

/** rows listed by name before the rest are counted */
const JOINED_LISTED = 12;

/** "3 rows joined to the action above: 14 (to 13), 15 (to 13), 22 (to 21)", each row with its action kept together */
export function joinedPieces(joined: Report['sheets'][number]['joined']): string[] {
  const n = joined.length;
  const listed = list(joined.slice(0, JOINED_LISTED).map((j) => `${j.row} (to ${j.to})`), ',');
  const more = n > JOINED_LISTED ? ['and', formatCount(n - JOINED_LISTED), 'more'] : [];
  return [...words(`${formatCount(n)} row${n === 1 ? '' : 's'} joined to the action above:`), ...listed, ...more];
}

const SEVERITY_WIDTH = 'warning'.length;
/** Narrower than this, a message would be a word or two a line: it runs past a very narrow terminal instead. */
const MIN_MESSAGE_WIDTH = 30;

/**
 * One issue an entry: where and how bad at the left, where the eye runs down them; the message wrapped
 * under its own start; the code after it in brackets (dimmed on a terminal in colour), there for --json
 * filters and for searching, not for reading. The engine's field name is left out: the message names the
 * column in the tracker's own words and the cell gives its letter; --json has it.
 */
function issueList(issues: Report['sheets'][number]['issues'], color: boolean, width: number): string[] {
  const where = issues.map((i) => i.cell ?? (i.row !== null ? `row ${i.row}` : 'sheet'));
  const whereWidth = Math.max(...where.map((w) => w.length));
  const hanging = ' '.repeat(4 + whereWidth + 2 + SEVERITY_WIDTH + 2);
  const lineWidth = Math.max(width, hanging.length + MIN_MESSAGE_WIDTH + 1);
  const lines = ['  Issues:'];
  issues.forEach((i, k) => {
    const severity = paint(color, SEVERITY_COLOUR[i.severity], i.severity) + ' '.repeat(SEVERITY_WIDTH - i.severity.length);
    const code = color ? `\u001b[2m[${i.code}]\u001b[22m` : `[${i.code}]`;
    lines.push(...wrapText(i.message, { width: lineWidth, indent: `    ${where[k]!.padEnd(whereWidth)}  ${severity}  `, hanging }, code));
  });
  return lines;
}
