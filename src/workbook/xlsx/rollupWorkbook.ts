/**
 * The roll-up workbook (tracker-check check FOLDER --rollup FILE): a new package holding only the
 * product's sheets, written by the same writer as the sheets it adds to a tracker (writeResults.ts).
 */

import type { ProductSheet } from '../../core';
import { addSheets } from './workbookEdits';
import { addProductStyles, productSheetPart } from './writeResults';
import { deflatedText, writeZip } from './writeZip';
import { XlsxPackage } from './xlsxPackage';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A workbook with no sheet yet: the least package addSheets and addProductStyles add to (the styles part is theirs). */
const EMPTY_WORKBOOK: ReadonlyArray<[string, string]> = [
  ['[Content_Types].xml', `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`],
  ['_rels/.rels', `${DECLARATION}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
  ['xl/workbook.xml', `${DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>`],
  ['xl/_rels/workbook.xml.rels', `${DECLARATION}<Relationships xmlns="${RELS_NS}"></Relationships>`],
];

/** The package of a new workbook holding these sheets, in order (the first is the one it opens at). */
export function rollupPackage(sheets: readonly ProductSheet[]): XlsxPackage {
  const pkg = XlsxPackage.open(writeZip(EMPTY_WORKBOOK.map(([name, text]) => deflatedText(name, text))));
  const xfOf = addProductStyles(pkg);
  addSheets(pkg, sheets.map((s) => productSheetPart(s, xfOf)));
  return pkg;
}
