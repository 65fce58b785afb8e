import Table from 'cli-table3';
import type { toSummaryReport } from '../core/report/toJsonReport';
import { COMPUTED_STATUSES } from '../core/record';
import { formatUkDate } from '../core/dates/isoDates';
import { ragBasis } from '../core/report/ragBasis';

type Report = ReturnType<typeof toSummaryReport>;

const FIELD_ORDER = ['ref', 'section', 'action', 'outcome', 'owner', 'start', 'target', 'revisedTarget', 'completed', 'percentComplete', 'priority', 'resources', 'compliance', 'progress', 'reportedStatus'];

/** A terminal is for reading: past this, the issues are summarised by code and --json has them all. */
export const MAX_ISSUES_SHOWN = 200;

const paint = (on: boolean, code: number, s: string): string => (on ? `\u001b[${code}m${s}\u001b[39m` : s);
const SEVERITY_COLOUR = { error: 31, warning: 33, info: 36 } as const;
const RAG_COLOUR: Record<string, number> = { Red: 31, Amber: 33, Green: 32, Complete: 34, Closed: 90, Ongoing: 36, 'No date': 35 };

/** The report a performance officer reads in a terminal: mapping, RAG counts and the issues table. */
export function formatHuman(report: Report, { color, width }: { color: boolean; width: number }): string {
  const lines: string[] = [];
  lines.push(`${report.file} — as at ${formatUkDate(report.asOf)}`);
  if (report.sheets.length === 0) lines.push('  No tracker found in this workbook.');
  for (const s of report.sheets) {
    const actions = s.actions;
    lines.push('', `  Sheet "${s.name}": header at row ${s.headerRow}, ${actions} action${actions === 1 ? '' : 's'}`);
    lines.push('  Columns:');
    for (const field of FIELD_ORDER) {
      const letters = s.mapping[field];
      if (letters === undefined || (Array.isArray(letters) && letters.length === 0)) continue;
      const conf = s.confidence[field];
      const cols = Array.isArray(letters) ? letters : [letters];
      const confs = Array.isArray(conf) ? conf : [conf];
      const described = cols.map((c, i) => `${c} (${Math.round((confs[i] ?? 0) * 100)}%)`).join(', ');
      lines.push(`    ${field.padEnd(16)} ${described}`);
    }
    if (s.periods.length > 1) lines.push(`    reporting periods: ${s.periods.map((p) => (p.date ? formatUkDate(p.date) : p.label)).join(', ')}`);
    if (s.unmapped.length) lines.push(`    not used: ${s.unmapped.map((u) => `${u.column} "${u.header.replace(/\s+/g, ' ')}"`).join(', ')}`);
    if (s.joined.length > 0) lines.push(`  ${joinedLine(s.joined)}`);
    const counts = COMPUTED_STATUSES.map((k) => `${paint(color, RAG_COLOUR[k]!, k)} ${s.counts[k]}`).join(' · ');
    lines.push(`  RAG: ${counts}`);
    const basis = ragBasis(s);
    if (basis) lines.push(`  ${basis}`);
    const infos = s.issues.length - s.errors - s.warnings;
    const verdict = s.errors === 0 ? paint(color, 32, 'PASSES') : paint(color, 31, `FAILS: ${s.errors} error${s.errors === 1 ? '' : 's'}`);
    lines.push(`  ${verdict} (${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${infos} info)`);
    if (s.issues.length > MAX_ISSUES_SHOWN) {
      const byCode = new Map<string, number>();
      for (const i of s.issues) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
      lines.push(`  Issues by code: ${[...byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n.toLocaleString('en-GB')}`).join(' · ')}`);
    }
    if (s.issues.length) lines.push(issueTable(s.issues.slice(0, MAX_ISSUES_SHOWN), color, width));
    if (s.issues.length > MAX_ISSUES_SHOWN) {
      lines.push(`  … and ${(s.issues.length - MAX_ISSUES_SHOWN).toLocaleString('en-GB')} more issues: run with --json to list every one`);
    }
  }
  for (const k of report.skipped) lines.push(`  Skipped sheet "${k.name}": ${k.reason}`);
  return lines.join('\n');
}

/** rows listed by name before the rest are counted */
const JOINED_LISTED = 12;

/** "3 rows joined to the action above: 14 (to 13), 15 (to 13), 22 (to 21)" */
export function joinedLine(joined: Report['sheets'][number]['joined']): string {
  const n = joined.length;
  const listed = joined.slice(0, JOINED_LISTED).map((j) => `${j.row} (to ${j.to})`).join(', ');
  const more = n > JOINED_LISTED ? ` and ${(n - JOINED_LISTED).toLocaleString('en-GB')} more` : '';
  return `${n.toLocaleString('en-GB')} row${n === 1 ? '' : 's'} joined to the action above: ${listed}${more}`;
}

function issueTable(issues: Report['sheets'][number]['issues'], color: boolean, width: number): string {
  const fixed = [7, 10, 16, 26];
  const message = Math.max(30, width - fixed.reduce((a, b) => a + b, 0) - 8);
  const table = new Table({
    head: ['Cell', 'Severity', 'Field', 'Code', 'Message'],
    colWidths: [...fixed, message],
    wordWrap: true,
    style: { head: color ? ['bold'] : [], border: color ? ['grey'] : [] },
  });
  for (const i of issues) {
    table.push([i.cell ?? '', paint(color, SEVERITY_COLOUR[i.severity], i.severity), i.field ?? '', i.code, i.message]);
  }
  return table.toString().split('\n').map((l) => `  ${l}`).join('\n');
}
