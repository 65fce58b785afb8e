/**
 * `tracker-check compare` on issue 19's acceptance pairs, as a performance officer runs it: --json gives
 * the comparison written by hand in expected.ts; the terminal says the same in words; --out writes the
 * later return with a Changes sheet whose links go to its cells, which clean takes out again.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/workbook/xlsx/readXlsx';
import { ROOT, runCli } from '../support/runCli';
import { zipParts } from '../support/zipParts';
import { comparableAll } from './comparable';
import { PAIRS, PAIR_A } from './expected';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function comparisonOf(stdout: string): { comparison: any; asAtFrom: unknown; written: unknown } {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  const { asAtFrom, written, notes, ...comparison } = JSON.parse(lines[0]!);
  expect(notes).toEqual([]);
  return { comparison, asAtFrom, written };
}

describe.each(PAIRS.map((p) => [p.name, p] as const))('tracker-check compare, the pair "%s"', (_name, pair) => {
  const { old: o, new: n } = pair.comparison;

  it('--json gives the officer\'s comparison, and exit 1: something went or moved without a word', () => {
    const r = runCli(['compare', o.file, n.file, '--as-of-old', o.asAt, '--as-of-new', n.asAt, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const { comparison, asAtFrom, written } = comparisonOf(r.stdout);
    expect(comparableAll(comparison)).toEqual(comparableAll(pair.comparison));
    expect(asAtFrom).toEqual({ old: 'given', new: 'given' });
    expect(written).toBeNull();
  });

  it('without dates given, takes each return as at the date of its latest progress column', () => {
    const { comparison, asAtFrom } = comparisonOf(runCli(['compare', o.file, n.file, '--json']).stdout);
    expect(asAtFrom).toEqual({ old: 'stated', new: 'stated' });
    expect([comparison.old.asAt, comparison.new.asAt]).toEqual([o.asAt, n.asAt]);
    expect(comparableAll(comparison)).toEqual(comparableAll(pair.comparison));
  });

  it('a return compared with itself: no change, exit 0', () => {
    const r = runCli(['compare', n.file, n.file, '--json']);
    expect(r.status).toBe(0);
    const s = comparisonOf(r.stdout).comparison.sheets[0];
    expect([s.counts.added, s.counts.removed, s.counts.targetMoved, s.counts.statusMoved, s.counts.completed, s.counts.ownerChanged, s.counts.progressNotUpdated]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('tracker-check compare, in words and written', () => {
  const { old: o, new: n } = PAIR_A.comparison;

  it('says each change in a line an officer reads, most telling first', () => {
    const r = runCli(['compare', o.file, n.file]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      `${o.file} — as at 31/12/2010 (the date of its latest progress column)`,
      `${n.file} — as at 31/03/2011 (the date of its latest progress column)`,
    ]);
    const titles = lines.filter((l) => /^ {2}\S.*\(\d+\):$/.test(l)).map((l) => l.trim());
    expect(titles).toEqual([
      'Gone without a word: open in the earlier return, not in this one (1):',
      'Target moved without a word (2):',
      'Computed status changed (6):',
      'Target moved, and the return says so (2):',
      'New in this return (1):',
      'Completed since the earlier return (2):',
      'Lead officer changed (1):',
      'Progress not updated: the same text as the earlier return (1):',
      'Done in the earlier return, and dropped from this one (1):',
    ]);
  });

  it('asks whether two trackers that share no action are returns of one tracker', () => {
    const r = runCli(['compare', 'test/fixtures/compare/b-q3.xlsx', n.file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  Sheet "Improvement Plan" (was "Action Plan"): 0 actions in both, 19 new, 7 gone without a word\n  No action is in both returns: are these two returns of the same tracker?\n');
  });

  it('--out writes the later return with a Changes sheet linked to its cells, and clean takes it out again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-compare-'));
    const out = join(dir, 'q4 checked.xlsx');
    const r = runCli(['compare', o.file, n.file, '--out', out, '--json']);
    expect(r.status).toBe(1);
    expect(comparisonOf(r.stdout).written).toBe(out);
    const book = readXlsx(new Uint8Array(readFileSync(out)));
    const changes = book.sheets.find((s) => s.name === 'Changes');
    expect(changes).toBeDefined();
    const texts = changes!.rows.flatMap((row) => (row ?? []).map((c) => (c && c.type === 'text' ? c.value : null))).filter(Boolean);
    expect(texts).toContain('Changes — Improvement Plan');
    expect(texts).toContain('Target moved without a word (2)');
    expect(book.sheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['Improvement Plan', 'Changes']);

    // a later check cannot remake the Changes sheet (it has no earlier return): it takes it out, and says so
    const checked = join(dir, 'checked again.xlsx');
    const again = runCli(['check', out, '--as-of', n.asAt, '--out', checked, '--json']);
    expect(JSON.parse(again.stdout).notes).toContain('Tracker Check\'s sheet "Changes" from an earlier compare was taken out: compare this workbook with its earlier return again to write it.');
    expect(readXlsx(new Uint8Array(readFileSync(checked))).sheets.map((s) => s.name)).not.toContain('Changes');

    const cleaned = join(dir, 'cleaned.xlsx');
    const c = runCli(['clean', out, '--out', cleaned]);
    expect(c.status).toBe(0);
    const before = zipParts(readFileSync(join(ROOT, n.file)));
    const after = zipParts(readFileSync(cleaned));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect({ name, same: Buffer.compare(after.get(name)!, bytes) === 0 }).toEqual({ name, same: true });
  });
});
