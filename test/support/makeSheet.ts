import { parseAreaRef, type Cell, type Sheet } from '../../src/core/grid';

/** A cell as a test writes it: text, a number, a date serial ({ date: 40633 }), an error ({ error: '#REF!' }). */
export type TestCell = string | number | boolean | null | { date: number; format?: string } | { error: string };

function toCell(v: TestCell): Cell | undefined {
  if (v === null || v === '') return undefined;
  if (typeof v === 'string') return { type: 'text', value: v };
  if (typeof v === 'number') return { type: 'number', value: v };
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  if ('date' in v) return { type: 'date', value: v.date, format: v.format ?? 'dd/mm/yyyy' };
  return { type: 'error', value: v.error };
}

/** Builds a Sheet the way an adapter would: sparse rows, extents from the last value, merges as areas. */
export function makeSheet(rows: TestCell[][], options: { name?: string; merges?: string[]; state?: Sheet['state'] } = {}): Sheet {
  const grid = rows.map((r) => r.map(toCell));
  let rowCount = 0;
  let colCount = 0;
  grid.forEach((r, i) =>
    r.forEach((c, j) => {
      if (c) {
        rowCount = Math.max(rowCount, i + 1);
        colCount = Math.max(colCount, j + 1);
      }
    }),
  );
  return {
    name: options.name ?? 'Sheet1',
    state: options.state ?? 'visible',
    rows: grid,
    merges: (options.merges ?? []).map((m) => parseAreaRef(m)!),
    rowCount,
    colCount,
  };
}
