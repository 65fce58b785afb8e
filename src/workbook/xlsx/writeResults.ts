/**
 * The xlsx writer: takes the product's previous output out of a workbook package, then adds the new
 * output from a WritePlan. Nothing of the user's is rewritten: the product's cells are appended to the
 * tracker sheets' rows, its sheets and styles are added after the user's, and every other part is copied
 * byte for byte (see XlsxPackage).
 */

import { STYLE_NAMES, STYLES, type StyleName, TRACKER_COLUMN_WIDTHS, type SettingsRow, SETTINGS_SHEET, type Ownership, type WritePlan, type PlacedBlock, type ProductSheet } from '../../core';
import { appendStyles, NEW_STYLES_PART, removeAppendedStyles } from './appendStyles';
import { absoluteArea, fileLinks, renderWorksheet } from './renderWorksheet';
import { chartXml, drawingXml } from './renderChart';
import { addBlock, isProtectedSheet, relatedExtent, removeBlock, sheetExtent } from './trackerSheetEdits';
import { addSheets, addStylesPart, readSheetList, removeSheets, removeStylesPart, stylesPartOf, type NewSheet } from './workbookEdits';
import { bytesTextOf } from './bytesText';
import { scanSheetRows, type SheetDataSpan } from './sheetRows';
import type { XlsxPackage } from './xlsxPackage';

const SPECS = STYLE_NAMES.map((n) => STYLES[n]);
const SETTINGS_WIDTHS = [16, 100];

/** The worksheet part of each sheet, by sheet name (as written in the workbook). */
export function sheetParts(pkg: XlsxPackage): Map<string, string> {
  const targets = new Map(pkg.relationships(pkg.workbookPart).map((r) => [r.id, r.target]));
  const parts = new Map<string, string>();
  for (const s of readSheetList(pkg.text(pkg.workbookPart)).sheets) {
    const part = s.relId !== undefined ? targets.get(s.relId) : undefined;
    const stored = part !== undefined ? pkg.nameOf(part) : undefined;
    if (stored) parts.set(s.name, stored);
  }
  return parts;
}

/**
 * Scans of tracker sheet parts, kept from measuring a sheet to writing into it so its rows are found once.
 * A scan is used only while the part's text is the very string it was made from. The text is in bytes
 * form (see bytesText.ts): a tracker sheet is the largest part there is.
 */
export class SheetScans {
  private readonly scans = new Map<string, { xml: string; scan: SheetDataSpan }>();

  of(pkg: XlsxPackage, part: string): { xml: string; scan: SheetDataSpan } {
    const xml = pkg.bytesText(part);
    const known = this.scans.get(part);
    if (known && known.xml === xml) return known;
    const made = { xml, scan: scanSheetRows(xml) };
    this.scans.set(part, made);
    return made;
  }
}

/** 0-based: one past the last column holding anything of the user's on the sheet, its related parts included */
export function userColumns(pkg: XlsxPackage, part: string, scans = new SheetScans()): number {
  const { xml, scan } = scans.of(pkg, part);
  let extent = sheetExtent(xml, scan);
  for (const rel of pkg.relationships(part)) {
    if (rel.target === undefined || !/\/(table|drawing|comments|threadedComment)$/.test(rel.type)) continue;
    const related = pkg.nameOf(rel.target);
    if (related) extent = Math.max(extent, relatedExtent(pkg.text(related)));
  }
  return extent;
}

export function isProtected(pkg: XlsxPackage, part: string | undefined): boolean {
  return part !== undefined && isProtectedSheet(pkg.bytesText(part));
}

/**
 * Takes out what the product wrote before, as its settings sheet lists it: its columns (where placeBlocks
 * found them), its sheets and the settings sheet, and its styles when the
 * styles part is still exactly as the product left it. Returns what a person should know.
 */
export function removeProductOutput(pkg: XlsxPackage, owned: Ownership | null, placed: readonly PlacedBlock[]): string[] {
  const notes: string[] = [];
  const parts = sheetParts(pkg);
  for (const { block, first } of placed) {
    const part = parts.get(block.sheet);
    if (part === undefined || first === undefined) {
      notes.push(`Tracker Check's columns on sheet "${block.sheet}" were not where it left them, so they were left as they are.`);
      continue;
    }
    pkg.setBytesText(part, removeBlock(pkg.bytesText(part), { first, widths: block.widths ?? TRACKER_COLUMN_WIDTHS }));
  }
  const names = new Set([SETTINGS_SHEET, ...(owned?.sheets.map((s) => s.name) ?? [])].map((n) => n.toLowerCase()));
  removeSheets(pkg, names);
  const styles = stylesPartOf(pkg);
  if (styles && owned) {
    const before = removeAppendedStyles(pkg.text(styles), SPECS);
    if (before !== undefined && !(before === NEW_STYLES_PART && removeStylesPart(pkg, styles))) pkg.setText(styles, before);
  }
  return notes;
}

/** Adds the product's styles after the user's, and gives each style's cell format index. */
export function addProductStyles(pkg: XlsxPackage): (style: StyleName) => number {
  // a workbook with no styles part (it is optional) gets one of the product's, which clean takes out again
  const styles = stylesPartOf(pkg);
  const { xml, xf } = appendStyles(styles ? pkg.text(styles) : NEW_STYLES_PART, SPECS);
  if (styles) pkg.setText(styles, xml);
  else addStylesPart(pkg, xml);
  // looked up for every cell the product writes: by name, not by searching the list of names
  const xfByStyle = Object.fromEntries(STYLE_NAMES.map((name, i) => [name, xf[i]!])) as Record<StyleName, number>;
  return (style: StyleName): number => xfByStyle[style];
}

/** A product sheet as the worksheet to add: its cells, print set-up, charts and links to other workbooks. */
export function productSheetPart(s: ProductSheet, xfOf: (style: StyleName) => number): NewSheet {
  const links = fileLinks(s.cells);
  return {
    name: s.name,
    xml: renderWorksheet(s, xfOf),
    veryHidden: false,
    printArea: absoluteArea(s.name, s.printArea),
    // the title, note and header rows (those frozen) printed again at the top of every page
    printTitles: s.freeze.rows > 0 ? `'${s.name.replace(/'/g, "''")}'!$1:$${s.freeze.rows}` : undefined,
    ...(s.charts?.length ? { drawing: { xml: drawingXml(s.charts), charts: s.charts.map((c) => chartXml(c, s.name, s.cells)) } } : {}),
    ...(links.length ? { fileLinks: links } : {}),
  };
}

/** Adds the plan's output: styles after the user's, columns on the tracker sheets, then the product's sheets (with their charts) and the very hidden settings sheet. */
export function applyWritePlan(pkg: XlsxPackage, plan: WritePlan, scans = new SheetScans()): void {
  const xfOf = addProductStyles(pkg);

  const parts = sheetParts(pkg);
  for (const block of plan.trackerColumns) {
    const part = parts.get(block.sheet);
    if (!part) throw new Error(`the workbook has no worksheet part for sheet "${block.sheet}"`);
    const { xml, scan } = scans.of(pkg, part);
    pkg.setBytesText(part, addBlock(xml, { first: block.first, widths: block.widths }, block.cells, xfOf, scan, bytesTextOf));
  }
  const sheets: NewSheet[] = plan.sheets.map((s) => productSheetPart(s, xfOf));
  sheets.push(settingsSheet(plan.settingsRows));
  addSheets(pkg, sheets);
}

/** The very hidden settings sheet: keys and values, unstyled. */
function settingsSheet(rows: readonly SettingsRow[]): NewSheet {
  return {
    name: SETTINGS_SHEET,
    veryHidden: true,
    xml: renderWorksheet({
      cells: rows.flatMap(([key, value], row) => [{ row, col: 0, value: key }, { row, col: 1, value }]),
      widths: SETTINGS_WIDTHS,
      freeze: { rows: 0, cols: 0 },
      printArea: `A1:B${Math.max(rows.length, 1)}`,
      landscape: false,
    }, (style) => {
      throw new Error(`the settings sheet has no styles, but a cell asked for "${style}"`);
    }),
  };
}

/** Puts these rows in place of the settings sheet, leaving everything else the product wrote as it is. */
export function replaceSettingsSheet(pkg: XlsxPackage, rows: readonly SettingsRow[]): void {
  removeSheets(pkg, new Set([SETTINGS_SHEET.toLowerCase()]));
  addSheets(pkg, [settingsSheet(rows)]);
}
