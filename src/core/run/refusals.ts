/** Why a host wrote nothing, worded once so the CLI, Excel and the browser say it the same way. */

export const editedNote = (places: readonly string[], what: string): string =>
  `What Tracker Check wrote has changed since (${places.join(', ')}: something typed there, or rows deleted), ` +
  `so ${what}: it would have replaced what is there. Move anything worth keeping elsewhere, delete what ` +
  'Tracker Check wrote there (its columns, or its sheet), then run again.';

export const lockedNote = (what: string): string => `The workbook's structure is locked (Review > Protect Workbook), so Tracker Check ${what}.`;
