import { makeSheet, type TestCell } from '../../../test/support/makeSheet';
import type { Cell } from '../grid';
import { recordCellsOf } from '../../../test/support/recordCellsOf';
import { withFills } from '../../../test/support/withFills';
import { continuationsOf, mergeSources } from './recordCells';

const HEADER: TestCell[] = ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'];
/** an action row of its own */
const action = (ref: string, owner: TestCell = 'HB', status: TestCell = null): TestCell[] => [ref, `Action ${ref}`, owner, 'Mar 11', status];
/** a row carrying the action above on (text, no ref, owner or date) */
const more = (text: string, status: TestCell = null): TestCell[] => [null, text, null, null, status];

describe('mergeSources', () => {
  it.each<[string, string[], Array<[number, number, number]>]>([
    ['a merge down a mapped column: each row below its first', ['C2:C4'], [[2, 2, 1], [3, 2, 1]]],
    ['a merge across one row: nothing', ['B2:C2'], []],
    ['a merge down a column mapped to nothing', ['F2:F3'], []],
    ['a merge past the last row: cut at it', ['C3:C9'], [[3, 2, 2], [4, 2, 2]]],
  ])('%s', (_what, merges, expected) => {
    const sheet = makeSheet([[...HEADER, 'Photo'], action('1'), action('2'), action('3'), action('4')], { merges });
    const { cols } = recordCellsOf(sheet);
    // [row, column, the merge's first row]
    expect([...mergeSources(sheet, cols)].map(([key, from]) => [Math.floor(key / 16384), key % 16384, from])).toEqual(expected);
  });
});

describe('continuationsOf', () => {
  it.each<[string, TestCell[][], Array<[number, number[]]>]>([
    ['none', [action('1'), action('2')], []],
    ['one joined to the first', [action('1'), more('and more'), action('2')], [[1, [2]]]],
    ['two joined to the second', [action('1'), action('2'), more('and more'), more('and more still')], [[2, [3, 4]]]],
  ])('%s', (_what, rows, expected) => {
    expect([...continuationsOf(recordCellsOf(makeSheet([HEADER, ...rows])).rows)]).toEqual(expected);
  });
});

describe('RecordCells: where each record is', () => {
  it.each<[string, TestCell[][], string[], number[], number[], Array<[number, number[]]>]>([
    // what, rows below the header, merges, first rows (0-based), plain, continuation rows (1-based)
    ['one row each, nothing merged: all plain', [action('1'), action('2')], [], [1, 2], [1, 1], []],
    ['a record with a continuation row is not plain', [action('1'), more('and more'), action('2')], [], [1, 3], [0, 1], [[0, [3]]]],
    ['a record a merge runs into is not plain', [action('1'), action('2'), action('3')], ['C2:C3'], [1, 2, 3], [1, 0, 1], []],
    ['a section row is no record', [['Customer access'], action('1')], [], [2], [1], []],
  ])('%s', (_what, rows, merges, firstRows, plain, continuations) => {
    const { cells } = recordCellsOf(makeSheet([HEADER, ...rows], { merges }));
    expect(cells.length).toBe(firstRows.length);
    expect([...cells.firstRow]).toEqual(firstRows);
    expect([...cells.plain]).toEqual(plain);
    expect([...cells.continuationRows]).toEqual(continuations);
  });
});

describe('RecordCells: a record\'s cells in a column', () => {
  // the owner column (C) of each record: what gather gives a record that is not plain, firstCell any, and the row it was on
  it.each<[string, TestCell[][], string[], Array<[unknown[], unknown, number]>]>([
    ['a plain record', [action('1', 'HB')], [], [[[], 'HB', 1]]],
    ['a blank cell', [action('1', null)], [], [[[], undefined, 1]]],
    ['across a continuation row', [action('1', 'HB'), [null, 'and more', 'KD', null, null]], [], [[['HB', 'KD'], 'HB', 1]]],
    ['blank on the first row, found on the next', [action('1', null), [null, 'and more', 'KD', null, null]], [], [[['KD'], 'KD', 2]]],
    // the merge's first row is a plain record; the row below reads the merge's value
    ['a merge\'s value on each row it spans', [action('1', 'HB'), action('2', null)], ['C2:C3'], [[[], 'HB', 1], [['HB'], 'HB', 2]]],
    ['a merge\'s value once in a record it spans twice', [action('1', 'HB'), [null, 'and more', null, null, null]], ['C2:C3'], [[['HB'], 'HB', 1]]],
  ])('%s', (_what, rows, merges, expected) => {
    const { cells } = recordCellsOf(makeSheet([HEADER, ...rows], { merges }));
    expect(Array.from({ length: cells.length }, (_, k) => {
      const gathered = cells.plain[k] === 1 ? [] : cells.found.slice(0, cells.gather(k, 2, 'owner')).map((c) => c.value);
      const first = cells.firstCell(k, 2, 'owner')?.value;
      return [gathered, first, cells.foundRow];
    })).toEqual(expected);
  });

  it.each<[string, TestCell[][], Array<[number, Array<[string, number, string]>]>]>([
    ['a formula error in a plain record', [action('1', { error: '#N/A' })], [[0, [['owner', 1, '#N/A']]]]],
    ['one on a continuation row, at its own row', [action('1'), [null, 'and more', { error: '#REF!' }, null, null]], [[0, [['owner', 2, '#REF!']]]]],
    ['none', [action('1')], []],
  ])('notes what it cannot read: %s', (_what, rows, expected) => {
    const { cells } = recordCellsOf(makeSheet([HEADER, ...rows]));
    for (let k = 0; k < cells.length; k++) cells.firstCell(k, 2, 'owner');
    expect([...cells.problemsByRecord()].map(([k, list]) => [k, list.map((p) => [p.field, p.row, p.value])])).toEqual(expected);
  });

  it('gives the problems by record in record order, whatever order they were met in', () => {
    const { cells } = recordCellsOf(makeSheet([HEADER, action('1'), action('2')]));
    cells.problem(1, { field: 'owner', row: 2, col: 2, kind: 'formula-error', value: '#N/A' });
    cells.problem(0, { field: 'action', row: 1, col: 1, kind: 'formula-error', value: '#REF!' });
    cells.problem(1, { field: 'target', row: 2, col: 3, kind: 'formula-error', value: '#N/A' });
    expect([...cells.problemsByRecord()].map(([k, list]) => [k, list.map((p) => p.field)])).toEqual([[0, ['action']], [1, ['owner', 'target']]]);
  });
});

describe('RecordCells.plainCell: blank as isBlank says, whether or not the column is in the rows\' filled mask', () => {
  // the owner in column D (in the mask) or in column AH (33: past it, read and tested afresh)
  const sheetWithOwner = (col: number, owner: Cell | undefined) => {
    const header: TestCell[] = ['Ref', 'Action', 'Target date'];
    const row: TestCell[] = ['1', 'Review', 'Mar 11'];
    header[col] = 'Lead officer';
    const sheet = makeSheet([header, row]);
    (sheet.rows[1] as Array<Cell | undefined>)[col] = owner;
    return sheet;
  };
  it.each<[string, Cell | undefined, unknown, string[]]>([
    ['text', { type: 'text', value: 'HB' }, 'HB', []],
    ['no cell', undefined, undefined, []],
    ['empty text', { type: 'text', value: '' }, undefined, []],
    ['white space', { type: 'text', value: ' \u00a0\n' }, undefined, []],
    ['a number', { type: 'number', value: 0 }, 0, []],
    ['a cell with no value', { type: 'empty', value: null }, undefined, []],
    ['a formula error, noted', { type: 'error', value: '#N/A' }, undefined, ['#N/A']],
  ])('%s', (_what, owner, expected, problems) => {
    for (const col of [3, 33]) {
      const { cells, cols } = recordCellsOf(sheetWithOwner(col, owner));
      expect(cols.field.owner).toBe(col);
      expect(cells.plain[0]).toBe(1);
      expect(cells.plainCell(0, col, 'owner')?.value).toBe(expected);
      expect([...cells.problemsByRecord()].flatMap(([, list]) => list.map((p) => p.value))).toEqual(problems);
    }
  });
});

describe('RecordCells: the fill of a record\'s status cell', () => {
  it.each<[string, TestCell[][], string[], Record<string, string>, Array<string | undefined>]>([
    ['a plain record\'s own', [action('1'), action('2')], [], { E2: 'FF0000' }, ['FF0000', undefined]],
    ['the first of a record\'s rows that has one', [action('1'), more('and more')], [], { E3: '00B050' }, ['00B050']],
    ['a merge\'s, on each record it spans', [action('1'), action('2')], ['E2:E3'], { E2: 'FFC000' }, ['FFC000', 'FFC000']],
    ['none under a broken formula', [action('1', 'HB', { error: '#N/A' })], [], { E2: 'FF0000' }, [undefined]],
    ['none on a sheet with no fills', [action('1')], [], {}, [undefined]],
  ])('%s', (_what, rows, merges, fills, expected) => {
    const { cells } = recordCellsOf(withFills(makeSheet([HEADER, ...rows], { merges }), fills));
    expect(Array.from({ length: cells.length }, (_, k) => cells.fill(k, 4))).toEqual(expected);
  });
});
