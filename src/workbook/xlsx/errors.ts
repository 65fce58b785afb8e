/**
 * The one error the .xlsx reader throws. `code` is for programs; `message` is one line of plain English
 * that a council officer can act on. The caller adds the file name.
 */

export type WorkbookReadErrorCode =
  /** the file has no bytes */
  | 'empty'
  /** a legacy Excel 97-2003 workbook (OLE2 compound file) */
  | 'xls'
  /** a password-protected (encrypted) .xlsx, or an encrypted zip entry */
  | 'encrypted'
  /** CSV, HTML, XML or other plain text */
  | 'text'
  /** not a zip, not OLE2, not text (or a zip-like format we do not read, such as .xlsb) */
  | 'unknown-format'
  /** a damaged zip: truncated, bad deflate data, checksum or size mismatch */
  | 'corrupt-zip'
  /** a zip without an Excel workbook part */
  | 'no-workbook'
  /** an OpenDocument spreadsheet */
  | 'ods'
  /** a part (or the file) is over the size limits: a possible zip bomb */
  | 'too-large'
  /** a sheet has more rows with values than the limit */
  | 'too-many-rows'
  /** malformed XML (or a DOCTYPE, which workbooks never contain) */
  | 'bad-xml'
  /** readXlsxFile only: the path is a folder or not a regular file */
  | 'not-a-file'
  /** readXlsxFile only: the file does not exist or cannot be read */
  | 'unreadable';

export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;

  constructor(code: WorkbookReadErrorCode, message: string) {
    // one line, always
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim());
    this.name = 'WorkbookReadError';
    this.code = code;
  }
}

/**
 * Why a workbook that was read could not be written into (its check still stands): one line of plain
 * English, as WorkbookReadError's. Anything else thrown while writing is a fault of the product's own.
 */
export class WorkbookWriteError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim());
    this.name = 'WorkbookWriteError';
  }
}

/** What follows the words of a fault of the product's own ("internal error ..."): whose it is, and what to do. */
export const FAULT_ADVICE = 'this is a fault in Tracker Check, not in the workbook; please send this line and the workbook to the Tracker Check team';

/** 1234567 → "1,234,567" (no dependency on the ICU data Node was built with) */
export function formatCount(n: number): string {
  const s = String(Math.trunc(n));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** bytes → "600 MB", "1.5 GB", "12 KB" (binary units, as people read file sizes) */
export function formatBytes(bytes: number): string {
  const KB = 1024;
  const MB = KB * 1024;
  const GB = MB * 1024;
  const fmt = (v: number): string => (v >= 100 || Number.isInteger(v) ? String(Math.round(v)) : v.toFixed(1).replace(/\.0$/, ''));
  if (bytes >= GB) return `${fmt(bytes / GB)} GB`;
  if (bytes >= MB) return `${fmt(bytes / MB)} MB`;
  if (bytes >= KB) return `${fmt(bytes / KB)} KB`;
  return `${bytes} bytes`;
}
