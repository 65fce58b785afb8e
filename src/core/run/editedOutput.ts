/**
 * Where what the product wrote has changed since: its columns whose values, or its sheets whose text, no
 * longer match the fingerprint saved with them. Someone may have typed there, and writing or cleaning
 * would replace it.
 */

import type { Sheet, WorkbookGrid } from '../grid';
import { sheetBlockFingerprint, sheetTextFingerprint } from '../plan/blockFingerprint';
import type { Ownership } from '../plan/writePlan';
import type { PlacedBlock } from './placeBlocks';

/**
 * The product's sheets that editedOutput compares, by name. A host reads these apart from the user's
 * grid: they are never checked, and an Exceptions sheet for a large tracker is as big as the tracker.
 */
export function fingerprintedSheets(owned: Ownership | null): Map<string, string> {
  return new Map((owned?.sheets ?? []).flatMap((s) => (s.fingerprint !== undefined ? [[s.name, s.fingerprint] as const] : [])));
}

/**
 * The places, in a person's words, where what the product wrote has changed: `grid` holds the tracker
 * sheets with the product's columns, `productSheets` the product's sheets that fingerprintedSheets names.
 */
export function editedOutput(grid: WorkbookGrid, owned: Ownership | null, placed: readonly PlacedBlock[], productSheets: readonly Sheet[]): string[] {
  const edited: string[] = [];
  // by name in any case, as Excel names sheets: a sheet renamed "SUMMARY" is still the one written
  const fingerprinted = new Map([...fingerprintedSheets(owned)].map(([name, fingerprint]) => [name.toLowerCase(), fingerprint]));
  for (const sheet of productSheets) {
    const fingerprint = fingerprinted.get(sheet.name.toLowerCase());
    if (fingerprint !== undefined && sheetTextFingerprint(sheet.rows) !== fingerprint) edited.push(`"${sheet.name}"`);
  }
  for (const { block, first } of placed) {
    if (block.fingerprint === undefined || first === undefined) continue;
    const sheet = grid.sheets.find((s) => s.name === block.sheet)!;
    if (sheetBlockFingerprint(sheet.rows, first, block.headers.length) !== block.fingerprint) edited.push(`the columns on "${block.sheet}"`);
  }
  return edited;
}
