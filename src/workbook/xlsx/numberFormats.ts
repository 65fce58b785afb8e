/**
 * Excel's built-in number formats (those a workbook uses by id without defining them), as an en-GB
 * Excel shows them: ECMA-376 Part 1, 18.8.30, with the locale-dependent ids (5-8 currency, 14 and 22 short
 * date, 41-44 accounting) as the UK locale has them. Ids 27-36 and 50-58 are East Asian date formats with
 * no fixed code: they get no format string here, and the reader decides they are dates from the id alone.
 */

const BUILT_IN: ReadonlyArray<readonly [number, string]> = [
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [5, '"£"#,##0;\\-"£"#,##0'],
  [6, '"£"#,##0;[Red]\\-"£"#,##0'],
  [7, '"£"#,##0.00;\\-"£"#,##0.00'],
  [8, '"£"#,##0.00;[Red]\\-"£"#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  [14, 'dd/mm/yyyy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'dd/mm/yyyy hh:mm'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00;(#,##0.00)'],
  [40, '#,##0.00;[Red](#,##0.00)'],
  [41, '_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-'],
  [42, '_-"£"* #,##0_-;\\-"£"* #,##0_-;_-"£"* "-"_-;_-@_-'],
  [43, '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-'],
  [44, '_-"£"* #,##0.00_-;\\-"£"* #,##0.00_-;_-"£"* "-"??_-;_-@_-'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mmss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
];

const BUILT_IN_BY_ID: ReadonlyMap<number, string> = new Map(BUILT_IN);

/** the format code of a built-in id; undefined for General (0) and for ids with no fixed code */
export function builtInFormat(id: number): string | undefined {
  return BUILT_IN_BY_ID.get(id);
}

/** ids below 164 are Excel's; a workbook's own formats are numbered from 164 */
export const FIRST_CUSTOM_FORMAT_ID = 164;

export function isGeneral(code: string): boolean {
  return code.length === 7 && code.toLowerCase() === 'general';
}
