/**
 * Adding the product's sheets to a workbook package and taking them out again: the sheet parts, their
 * entries in the workbook's sheet list, relationships and content types, and their print areas. Each
 * addition goes at the end of its list, and removal takes out exactly those elements, so removing what
 * was added gives back the parts as they were, byte for byte.
 */

import { escapeXml, escapeXmlAttribute, prefixOf } from './xmlText';
import { applySplices, findElement, findElements, findTag, prefixForNamespace, type FoundElement, type Splice } from './xmlTags';
import type { XlsxPackage } from './xlsxPackage';
import { relsPartFor, xsdBoolean } from './parts';
import { chartRelId } from './renderChart';
import { DRAWING_REL_ID, fileLinkRelId } from './renderWorksheet';
import { WorkbookWriteError } from './errors';

const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${RELS_NS}/worksheet`;
const CALC_CHAIN_REL = `${RELS_NS}/calcChain`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_REL = `${RELS_NS}/styles`;
/** transitional and strict relationship types alike */
const STYLES_REL_TYPE = /\/styles$/;
/** the id of the relationship to a styles part the product added, which marks the part as its own */
const STYLES_ID = 'rIdTcStyles';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
const CONTENT_TYPES = '[Content_Types].xml';
const DRAWING_REL = `${RELS_NS}/drawing`;
const CHART_REL = `${RELS_NS}/chart`;
const HYPERLINK_REL = `${RELS_NS}/hyperlink`;
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

export class WorkbookPartError extends WorkbookWriteError {}

export interface SheetListEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string | undefined;
  readonly state: string | undefined;
  readonly element: FoundElement;
}

export interface SheetList {
  /** the workbook part's prefix for the main namespace */
  readonly p: string;
  readonly sheets: SheetListEntry[];
  /** offset of `</sheets>` */
  readonly sheetsClose: number;
}

export function readSheetList(xml: string): SheetList {
  const p = prefixOf(xml, 'sheets');
  if (p === null) throw new WorkbookPartError('the workbook part has no list of sheets');
  const sheetsEl = findElement(xml, `${p}sheets`)!;
  const sheets = findElements(xml, `${p}sheet`, sheetsEl.contentStart, sheetsEl.contentEnd).map((element) => {
    const a = element.attributes;
    let relId: string | undefined;
    for (const [k, v] of a) if (k === 'id' || (k.endsWith(':id') && !k.startsWith('xmlns'))) relId = v;
    return { name: a.get('name') ?? '', sheetId: Number(a.get('sheetId') ?? 0), relId, state: a.get('state'), element };
  });
  return { p, sheets, sheetsClose: sheetsEl.contentEnd };
}

/** Whether the workbook's structure is locked (no sheet may be added or removed). */
export function isStructureLocked(workbookXml: string): boolean {
  const p = prefixOf(workbookXml, 'workbookProtection');
  if (p === null) return false;
  return xsdBoolean(findTag(workbookXml, `${p}workbookProtection`)?.attributes.get('lockStructure'));
}

export interface NewSheet {
  readonly name: string;
  /** the worksheet part's XML, whole or as pieces made as they are read */
  readonly xml: string | Iterable<string>;
  readonly veryHidden: boolean;
  /** an absolute area for the print area name ("'Summary'!$A$1:$H$30"), when it has one */
  readonly printArea?: string;
  /** the rows printed at the top of every page ("'Summary'!$1:$4"), when it has them */
  readonly printTitles?: string;
  /**
   * its drawing, when it has charts: the drawing part's XML, naming the charts by relationship id in
   * order (chartRelId), and each chart part's XML; the sheet's XML names the drawing as DRAWING_REL_ID
   */
  readonly drawing?: { readonly xml: string; readonly charts: readonly string[] };
  /** the other workbooks its links open (URI references), which the sheet's XML names by fileLinkRelId in order */
  readonly fileLinks?: readonly string[];
}

/** Elements of CT_Workbook that come after definedNames, in schema order: a new definedNames goes before the first there is. */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

function closeTagOffset(xml: string, local: string): number {
  const m = new RegExp(`</(?:[\\w.-]+:)?${local}>`).exec(xml);
  if (!m) throw new WorkbookPartError(`a part of the workbook has no closing ${local} tag`);
  return m.index;
}

/**
 * A new part's name: `stem` numbered one past the highest the package has in that folder ("drawing3.xml"
 * after "drawing2.xml", as Excel numbers them), skipping any name the package or a relationship already
 * uses, and any whose relationships part is there already.
 */
function newPartName(pkg: XlsxPackage, folder: string, stem: string, named: ReadonlySet<string>): string {
  const numbered = new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${stem}(\\d+)\\.xml$`, 'i');
  let n = Math.max(0, ...pkg.names.map((name) => Number(numbered.exec(name)?.[1] ?? 0)));
  let part = `${folder}${stem}${++n}.xml`;
  while (pkg.has(part) || pkg.has(relsPartFor(part)) || named.has(part.toLowerCase())) part = `${folder}${stem}${++n}.xml`;
  return part;
}

/** a relationships part as its source part's name ("xl/_rels/workbook.xml.rels" → "xl/workbook.xml", "_rels/.rels" → "") */
function sourceOfRels(name: string): string | undefined {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(name);
  return m ? `${m[1]}${m[2]}` : undefined;
}

/** every internal part each part's relationships name, by the target's lower-cased name: the parts naming it */
function namers(pkg: XlsxPackage): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const name of pkg.names) {
    const source = sourceOfRels(name);
    if (source === undefined) continue;
    for (const rel of pkg.relationships(source)) {
      if (rel.target === undefined) continue;
      const key = rel.target.toLowerCase();
      let set = out.get(key);
      if (!set) out.set(key, (set = new Set()));
      set.add(source.toLowerCase());
    }
  }
  return out;
}

/**
 * A sheet's drawing and charts as new parts: the drawing named by the sheet's relationships
 * (DRAWING_REL_ID, then the sheet's other relationships), the charts by the drawing's (chartRelId).
 * Returns their content-type overrides.
 */
function addDrawing(pkg: XlsxPackage, sheetPart: string, folder: string, drawing: NonNullable<NewSheet['drawing']>, named: ReadonlySet<string>, sheetRels: string): string {
  const drawingPart = newPartName(pkg, `${folder}drawings/`, 'drawing', named);
  pkg.setText(drawingPart, drawing.xml);
  let overrides = `<Override PartName="/${escapeXmlAttribute(drawingPart)}" ContentType="${DRAWING_TYPE}"/>`;
  let chartRels = '';
  drawing.charts.forEach((xml, i) => {
    const chartPart = newPartName(pkg, `${folder}charts/`, 'chart', named);
    pkg.setText(chartPart, xml);
    chartRels += `<Relationship Id="${chartRelId(i)}" Type="${CHART_REL}" Target="../charts/${escapeXmlAttribute(chartPart.slice(`${folder}charts/`.length))}"/>`;
    overrides += `<Override PartName="/${escapeXmlAttribute(chartPart)}" ContentType="${CHART_TYPE}"/>`;
  });
  pkg.setText(relsPartFor(sheetPart), relsXml(`<Relationship Id="${DRAWING_REL_ID}" Type="${DRAWING_REL}" Target="../drawings/${escapeXmlAttribute(drawingPart.slice(`${folder}drawings/`.length))}"/>${sheetRels}`));
  pkg.setText(relsPartFor(drawingPart), relsXml(chartRels));
  return overrides;
}

const relsXml = (inner: string): string => EMPTY_RELS.replace('</Relationships>', `${inner}</Relationships>`);

/** a sheet's links to other workbooks as relationships: external targets, in the order fileLinkRelId numbers them */
function fileLinkRels(files: readonly string[]): string {
  let rels = '';
  for (let i = 0; i < files.length; i++) rels += `<Relationship Id="${fileLinkRelId(i)}" Type="${HYPERLINK_REL}" Target="${escapeXmlAttribute(files[i]!)}" TargetMode="External"/>`;
  return rels;
}

/** Adds sheets after the user's: parts, sheet-list entries, relationships, content types, print areas, and their drawings. */
export function addSheets(pkg: XlsxPackage, sheets: readonly NewSheet[]): void {
  if (sheets.length === 0) return;
  const workbookPart = pkg.workbookPart;
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  let workbook = pkg.text(workbookPart);
  const list = readSheetList(workbook);
  const relsPart = pkg.relsOf(workbookPart);
  let rels = pkg.has(relsPart) ? pkg.text(relsPart) : EMPTY_RELS;
  let types = pkg.text(CONTENT_TYPES);

  const usedIds = new Set([...rels.matchAll(/\sId\s*=\s*"([^"]*)"/g)].map((m) => m[1]!));
  const root = findTag(workbook, `${prefixOf(workbook, 'workbook') ?? ''}workbook`);
  let r = root ? prefixForNamespace(root, RELS_NS) : undefined;
  let declareR = '';
  if (r === undefined) {
    r = root && root.attributes.has('xmlns:r') ? 'tcr' : 'r';
    declareR = ` xmlns:${r}="${RELS_NS}"`;
  }
  let sheetId = Math.max(0, ...list.sheets.map((s) => s.sheetId));
  let sheetElements = '';
  let relElements = '';
  let overrides = '';
  let names = '';
  // Parts are named sheetN.xml like Excel's own: some readers (ExcelJS among them) find worksheets by that name.
  let partNumber = Math.max(0, ...pkg.names.map((n) => Number(/^(?:.*\/)?worksheets\/sheet(\d+)\.xml$/i.exec(n)?.[1] ?? 0)));
  // a relationship may name a part the package lacks: a new drawing or chart must not come to be that part
  const named = sheets.some((s) => s.drawing) ? new Set(namers(pkg).keys()) : new Set<string>();
  sheets.forEach((sheet, k) => {
    let part = `${folder}worksheets/sheet${++partNumber}.xml`;
    while (pkg.has(part) || pkg.has(relsPartFor(part))) part = `${folder}worksheets/sheet${++partNumber}.xml`;
    let id = `rIdTc${k + 1}`;
    for (let n = k + 1; usedIds.has(id); n += sheets.length) id = `rIdTc${n}`;
    usedIds.add(id);
    pkg.setText(part, sheet.xml);
    const state = sheet.veryHidden ? ' state="veryHidden"' : '';
    sheetElements += `<${list.p}sheet name="${escapeXmlAttribute(sheet.name)}" sheetId="${++sheetId}"${state}${declareR} ${r}:id="${id}"/>`;
    relElements += `<Relationship Id="${id}" Type="${WORKSHEET_REL}" Target="${escapeXmlAttribute(part.slice(folder.length))}"/>`;
    overrides += `<Override PartName="/${escapeXmlAttribute(part)}" ContentType="${WORKSHEET_TYPE}"/>`;
    const links = sheet.fileLinks?.length ? fileLinkRels(sheet.fileLinks) : '';
    if (sheet.drawing) overrides += addDrawing(pkg, part, folder, sheet.drawing, named, links);
    else if (links) pkg.setText(relsPartFor(part), relsXml(links));
    if (sheet.printArea) names += `<${list.p}definedName name="_xlnm.Print_Area" localSheetId="${list.sheets.length + k}">${escapeXml(sheet.printArea)}</${list.p}definedName>`;
    if (sheet.printTitles) names += `<${list.p}definedName name="_xlnm.Print_Titles" localSheetId="${list.sheets.length + k}">${escapeXml(sheet.printTitles)}</${list.p}definedName>`;
  });

  const splices: Splice[] = [{ at: list.sheetsClose, remove: 0, insert: sheetElements }];
  if (names) {
    const definedNames = findElement(workbook, `${list.p}definedNames`);
    if (definedNames && !definedNames.selfClosing) splices.push({ at: definedNames.contentEnd, remove: 0, insert: names });
    else {
      const wrapped = `<${list.p}definedNames>${names}</${list.p}definedNames>`;
      if (definedNames) splices.push({ at: definedNames.start, remove: definedNames.elementEnd - definedNames.start, insert: wrapped });
      else {
        const next = AFTER_DEFINED_NAMES.map((n) => findTag(workbook, `${list.p}${n}`)?.start).filter((x): x is number => x !== undefined && x > list.sheetsClose);
        splices.push({ at: next.length ? Math.min(...next) : closeTagOffset(workbook, 'workbook'), remove: 0, insert: wrapped });
      }
    }
  }
  workbook = applySplices(workbook, splices);
  rels = applySplices(rels, [{ at: closeTagOffset(rels, 'Relationships'), remove: 0, insert: relElements }]);
  types = applySplices(types, [{ at: closeTagOffset(types, 'Types'), remove: 0, insert: overrides }]);
  pkg.setText(workbookPart, workbook);
  pkg.setText(relsPart, rels);
  pkg.setText(CONTENT_TYPES, types);
}

/**
 * Takes sheets out of the workbook by name (case-insensitive), with their parts, relationships, content
 * types and sheet-local names; later sheets' local names and the active tab are renumbered. When the
 * calculation chain mentions a removed sheet it goes too (Excel rebuilds it). Returns the names removed.
 */
export function removeSheets(pkg: XlsxPackage, names: ReadonlySet<string>): string[] {
  const workbookPart = pkg.workbookPart;
  let workbook = pkg.text(workbookPart);
  const list = readSheetList(workbook);
  const removedIndex = list.sheets.flatMap((s, i) => (names.has(s.name.toLowerCase()) ? [i] : []));
  if (removedIndex.length === 0) return [];
  const removed = removedIndex.map((i) => list.sheets[i]!);
  const newIndex = (old: number): number => old - removedIndex.filter((i) => i < old).length;

  const splices: Splice[] = removed.map((s) => ({ at: s.element.start, remove: s.element.elementEnd - s.element.start, insert: '' }));
  const definedNames = findElement(workbook, `${list.p}definedNames`);
  if (definedNames && !definedNames.selfClosing) {
    const all = findElements(workbook, `${list.p}definedName`, definedNames.contentStart, definedNames.contentEnd);
    const gone = all.filter((d) => removedIndex.includes(Number(d.attributes.get('localSheetId') ?? -1)));
    if (gone.length === all.length && workbook.slice(definedNames.contentStart, definedNames.contentEnd).trim() === workbook.slice(all[0]!.start, all[all.length - 1]!.elementEnd).trim()) {
      splices.push({ at: definedNames.start, remove: definedNames.elementEnd - definedNames.start, insert: '' });
    } else {
      for (const d of all) {
        const local = d.attributes.get('localSheetId');
        if (gone.includes(d)) splices.push({ at: d.start, remove: d.elementEnd - d.start, insert: '' });
        else if (local !== undefined && newIndex(Number(local)) !== Number(local)) splices.push(...renumber(workbook, d, 'localSheetId', newIndex(Number(local))));
      }
    }
  }
  for (const view of findElements(workbook, `${list.p}workbookView`)) {
    for (const attr of ['activeTab', 'firstSheet']) {
      const v = view.attributes.get(attr);
      if (v === undefined) continue;
      const old = Number(v);
      // an index past every sheet points at none (other writers leave such): it is left as it was written
      if (!(old >= 0 && old < list.sheets.length)) continue;
      const next = removedIndex.includes(old) ? 0 : newIndex(old);
      if (next !== old) splices.push(...renumber(workbook, view, attr, next));
    }
  }
  workbook = applySplices(workbook, splices);
  pkg.setText(workbookPart, workbook);

  const relsPart = pkg.relsOf(workbookPart);
  const rels = pkg.relationships(workbookPart);
  const ids = new Set(removed.map((s) => s.relId));
  const calcChain = rels.find((r) => r.type === CALC_CHAIN_REL);
  const dropCalcChain = calcChain !== undefined && removed.some((s) => calcChainMentions(pkg, calcChain.target, s.sheetId));
  const gone = rels.filter((r) => (r.id !== undefined && ids.has(r.id)) || (dropCalcChain && r === calcChain));
  if (gone.length > 0) pkg.setText(relsPart, applySplices(pkg.text(relsPart), gone.map((r) => ({ at: r.element.start, remove: r.element.elementEnd - r.element.start, insert: '' }))));
  removeParts(pkg, withTheirOwn(pkg, gone.flatMap((r) => (r.target !== undefined ? [r.target] : []))));
  return removed.map((s) => s.name);
}

/**
 * The parts, and every part reached from them through relationships that nothing else names: a product
 * sheet's drawing, its charts and their own parts go with the sheet (whether the product wrote them or a
 * program that saved the workbook again did), while a part anything else also names stays.
 */
function withTheirOwn(pkg: XlsxPackage, parts: readonly string[]): string[] {
  const going = new Map(parts.flatMap((p) => {
    const stored = pkg.nameOf(p);
    return stored ? [[stored.toLowerCase(), stored] as const] : [];
  }));
  const added: string[] = [];
  let by: Map<string, Set<string>> | undefined;
  for (let frontier = [...going.values()]; frontier.length > 0;) {
    const next: string[] = [];
    for (const part of frontier) {
      for (const rel of pkg.relationships(part)) {
        const target = rel.target !== undefined ? pkg.nameOf(rel.target) : undefined;
        if (target === undefined || going.has(target.toLowerCase())) continue;
        // read only when a part going has relationships: most sheets the product removes have none
        by ??= namers(pkg);
        if (![...(by.get(target.toLowerCase()) ?? [])].every((source) => going.has(source))) continue;
        going.set(target.toLowerCase(), target);
        added.push(target);
        next.push(target);
      }
    }
    frontier = next;
  }
  return [...parts, ...added];
}

function calcChainMentions(pkg: XlsxPackage, part: string | undefined, sheetId: number): boolean {
  if (part === undefined || !pkg.has(part)) return false;
  return new RegExp(`\\si\\s*=\\s*"${sheetId}"`).test(pkg.text(part));
}

/** Removes parts, their relationship parts and the content-type overrides of both (LibreOffice writes them for relationship parts too). */
function removeParts(pkg: XlsxPackage, parts: readonly string[]): void {
  if (parts.length === 0) return;
  let types = pkg.text(CONTENT_TYPES);
  const names = new Set(parts.flatMap((part) => [`/${part}`.toLowerCase(), `/${pkg.relsOf(part)}`.toLowerCase()]));
  const overrides = findElements(types, `${prefixOf(types, 'Override') ?? ''}Override`).filter((o) => names.has((o.attributes.get('PartName') ?? '').toLowerCase()));
  types = applySplices(types, overrides.map((o) => ({ at: o.start, remove: o.elementEnd - o.start, insert: '' })));
  pkg.setText(CONTENT_TYPES, types);
  for (const part of parts) {
    pkg.remove(pkg.relsOf(part));
    pkg.remove(part);
  }
}

/** an edit that sets one attribute's value in a start tag */
function renumber(xml: string, tag: FoundElement, attribute: string, value: number): Splice[] {
  const text = xml.slice(tag.start, tag.end);
  const m = new RegExp(`(\\s${attribute}\\s*=\\s*)(["'])[^"']*\\2`).exec(text);
  if (!m) return [];
  return [{ at: tag.start + m.index, remove: m[0].length, insert: `${m[1]}"${value}"` }];
}

/**
 * The workbook's styles part: the one its relationships name, else a styles.xml beside the workbook part
 * (as the reader finds it); undefined when it has none, which the package format allows.
 */
export function stylesPartOf(pkg: XlsxPackage): string | undefined {
  for (const rel of pkg.relationships(pkg.workbookPart)) {
    const found = STYLES_REL_TYPE.test(rel.type) && rel.target !== undefined ? pkg.nameOf(rel.target) : undefined;
    if (found) return found;
  }
  return pkg.nameOf(pkg.workbookPart.replace(/[^/]*$/, 'styles.xml'));
}

/** Gives a workbook that has none a styles part holding `xml`: the part, its relationship and content type, each at the end of its list. */
export function addStylesPart(pkg: XlsxPackage, xml: string): string {
  const workbookPart = pkg.workbookPart;
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  // a name no relationship names already: a workbook can point at a styles part it lacks, and that
  // dangling relationship must not come to point at the product's part
  const named = new Set(pkg.relationships(workbookPart).flatMap((r) => (r.target === undefined ? [] : [r.target.toLowerCase()])));
  let part = `${folder}styles.xml`;
  for (let n = 2; pkg.has(part) || named.has(part.toLowerCase()); n++) part = `${folder}styles${n}.xml`;
  const relsPart = pkg.relsOf(workbookPart);
  const rels = pkg.has(relsPart) ? pkg.text(relsPart) : EMPTY_RELS;
  const usedIds = new Set([...rels.matchAll(/\sId\s*=\s*"([^"]*)"/g)].map((m) => m[1]!));
  let id = STYLES_ID;
  for (let n = 2; usedIds.has(id); n++) id = `${STYLES_ID}${n}`;
  pkg.setText(part, xml);
  pkg.setText(relsPart, applySplices(rels, [{ at: closeTagOffset(rels, 'Relationships'), remove: 0, insert: `<Relationship Id="${id}" Type="${STYLES_REL}" Target="${escapeXmlAttribute(part.slice(folder.length))}"/>` }]));
  const types = pkg.text(CONTENT_TYPES);
  pkg.setText(CONTENT_TYPES, applySplices(types, [{ at: closeTagOffset(types, 'Types'), remove: 0, insert: `<Override PartName="/${escapeXmlAttribute(part)}" ContentType="${STYLES_TYPE}"/>` }]));
  return part;
}

/**
 * Takes out a styles part added by addStylesPart: the part, its relationship and its content type. A
 * part is the product's when its relationship has the id addStylesPart gives (a user's own styles part can
 * read just as the product's new one does); returns whether it was.
 */
export function removeStylesPart(pkg: XlsxPackage, part: string): boolean {
  const relsPart = pkg.relsOf(pkg.workbookPart);
  const ours = pkg.relationships(pkg.workbookPart).filter((r) => STYLES_REL_TYPE.test(r.type) && r.target !== undefined && pkg.nameOf(r.target) === part);
  if (ours.length !== 1 || !new RegExp(`^${STYLES_ID}\\d*$`).test(ours[0]!.id ?? '')) return false;
  pkg.setText(relsPart, applySplices(pkg.text(relsPart), ours.map((r) => ({ at: r.element.start, remove: r.element.elementEnd - r.element.start, insert: '' }))));
  removeParts(pkg, [part]);
  return true;
}
