/**
 * A failure as a council officer should read it: what was being done, and what went wrong, in one line.
 * Office.js reports its failures by code; the codes a user can meet are put in words.
 */
const OFFICE_CODES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: 'Excel is editing a cell. Press Enter or Esc in the sheet, then try again.',
  AccessDenied: 'Excel refused the change: the sheet or workbook may be protected, or opened read-only.',
  ItemNotFound: 'A sheet or cell it needed is no longer there. Check the tracker again, then try again.',
  RequestPayloadSizeLimitExceeded: 'The workbook is too large for Excel on the web to send in one go.',
  ResponsePayloadSizeLimitExceeded: 'The workbook is too large for Excel on the web to send in one go.',
  GeneralException: 'Excel reported a general error. Save your work, reopen the workbook and try again.',
  Unauthenticated: 'Excel could not confirm who you are. Sign in again and try again.',
};

export function plainMessage(err: unknown, what: string): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  const known = OFFICE_CODES[code];
  if (known) return `${what} did not finish. ${known}`;
  const message = err instanceof Error ? err.message : String(err);
  const line = message.split('\n')[0]!.trim();
  return `${what} did not finish: ${line || 'an unexpected error.'}`;
}
