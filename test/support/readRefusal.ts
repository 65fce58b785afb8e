import { WorkbookReadError } from '../../src/workbook/xlsx/errors';

/**
 * The WorkbookReadError `fn` throws, its message checked to be one line (it is printed as one line per
 * file); any other error is thrown on, and nothing thrown fails the test.
 */
export function readRefusal(fn: () => unknown): WorkbookReadError {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    expect(e.message).not.toMatch(/[\r\n]/);
    return e;
  }
  throw new Error('expected a WorkbookReadError');
}
