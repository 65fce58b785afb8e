/**
 * The package parts around the worksheets: relationships, the workbook (sheet list and date system), the
 * styles (number format and fill colour per cell style) and the shared strings. Every name that comes from
 * the file is kept in a Map or an array, never as a key of a plain object.
 */

import { isDateFormat, type SheetState } from '../../core';
import { WorkbookReadError } from './errors';
import { DEFAULT_INDEXED_COLOURS, colourSpec, resolveColour, rgbOf, type ColourSpec } from './colours';
import { builtInFormat, isGeneral } from './numberFormats';
import { localName, parseXmlPart, prefixedAttribute, scanXmlPart, tText, unescapeOoxml, type XmlTag } from './xml';
import type { InflateBudget, ZipArchive, ZipEntry } from './zip';

// ---------------------------------------------------------------- relationships

export interface Relationship {
  readonly type: string;
  /** the target part's name, resolved from the package root (no leading slash); undefined when external */
  readonly target: string | undefined;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels" */
export function relsPartFor(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target, relative to the source part's folder or absolute ("/xl/..."), as a package path. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  const base = t.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

export function readRelationships(
  zip: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  sourcePart: string,
): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  parseXmlPart(zip, entry, budget, (parser) => {
    parser.on('opentag', (tag: XmlTag) => {
      if (localName(tag.name) !== 'Relationship') return;
      const a = tag.attributes;
      const id = a['Id'];
      if (id === undefined || rels.has(id)) return;
      const external = (a['TargetMode'] ?? '').toLowerCase() === 'external';
      const target = a['Target'];
      rels.set(id, {
        type: a['Type'] ?? '',
        target: external || target === undefined ? undefined : resolveTarget(sourcePart, target),
      });
    });
  });
  return rels;
}

// ---------------------------------------------------------------- workbook

export interface SheetEntry {
  readonly name: string;
  readonly state: SheetState;
  readonly relId: string | undefined;
}

export interface WorkbookInfo {
  readonly sheets: SheetEntry[];
  readonly date1904: boolean;
}

/** `date1904="1"` and `date1904="true"` both mean the 1904 system (xsd:boolean) */
export function xsdBoolean(v: string | undefined): boolean {
  if (v === undefined) return false;
  const t = v.trim().toLowerCase();
  return t === '1' || t === 'true';
}

export function readWorkbook(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  let sawRoot = false;
  parseXmlPart(zip, entry, budget, (parser) => {
    parser.on('opentag', (tag: XmlTag) => {
      const n = localName(tag.name);
      if (!sawRoot) {
        sawRoot = true;
        if (n !== 'workbook') throw new WorkbookReadError('no-workbook', 'no workbook inside: this zip is not an Excel .xlsx file');
      }
      if (n === 'workbookPr') {
        date1904 = xsdBoolean(tag.attributes['date1904']);
      } else if (n === 'sheets') {
        inSheets = true;
      } else if (n === 'sheet' && inSheets) {
        const a = tag.attributes;
        const st = a['state'];
        sheets.push({
          name: a['name'] ?? `Sheet${sheets.length + 1}`,
          state: st === 'hidden' ? 'hidden' : st === 'veryHidden' ? 'veryHidden' : 'visible',
          relId: prefixedAttribute(a, 'id') ?? a['id'],
        });
      }
    });
    parser.on('closetag', (tag: XmlTag) => {
      if (localName(tag.name) === 'sheets') inSheets = false;
    });
  });
  return { sheets, date1904 };
}

// ---------------------------------------------------------------- styles

export interface StyleTable {
  /** per cell style (cellXfs index): the number format code, undefined for General; shared string instances */
  readonly formats: ReadonlyArray<string | undefined>;
  /** per cell style: whether its number format shows a date or time */
  readonly dates: ReadonlyArray<boolean>;
  /**
   * per cell style: its solid fill colour ('RRGGBB'), undefined for none, white or automatic; absent
   * when no style has one (most workbooks), so a sheet's cells cost no look-up
   */
  readonly fills?: ReadonlyArray<string | undefined>;
}

export const DEFAULT_STYLES: StyleTable = { formats: [], dates: [] };

/**
 * The styles part: each cell style's number format and fill. A fill counts when it is a solid pattern
 * (Excel writes a solid fill's colour as its fgColor, with bgColor indexed 64); its colour may be ARGB, a
 * theme colour (`theme` gives the theme part's colours, read only when a fill names one) or an index into
 * the palette (the workbook's own `<indexedColors>`, else the default one), each with a tint.
 */
export function readStyles(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, theme?: () => readonly (string | undefined)[] | undefined): StyleTable {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  const xfFillIds: number[] = [];
  /** by fill id: the colour of a solid pattern fill, as written */
  const fillColours: (ColourSpec | undefined)[] = [];
  let indexedColours: string[] | undefined;
  let inNumFmts = false;
  let inCellXfs = false;
  let depthInCellXfs = 0;
  let inFills = false;
  let solid = false;
  /** in a second copy of an entry (see firstCopy) */
  let skipping = false;
  let inIndexedColors = false;
  // An entry of a list may be written as an mc:AlternateContent, a copy for each kind of reader (a Choice,
  // then a Fallback): it is one entry, read from its first copy.
  let alternate: 'none' | 'open' | 'taken' = 'none';
  const firstCopy = (): boolean => {
    if (alternate === 'taken') return false;
    if (alternate === 'open') alternate = 'taken';
    return true;
  };
  parseXmlPart(zip, entry, budget, (parser) => {
    parser.on('opentag', (tag: XmlTag) => {
      const n = localName(tag.name);
      if (inCellXfs) depthInCellXfs++;
      if (n === 'AlternateContent' && (inFills || (inCellXfs && depthInCellXfs === 1))) alternate = 'open';
      if (n === 'numFmts') inNumFmts = true;
      else if (n === 'cellXfs') {
        inCellXfs = true;
        depthInCellXfs = 0;
      }
      else if (n === 'numFmt' && inNumFmts) {
        const id = Number(tag.attributes['numFmtId']);
        const code = tag.attributes['formatCode'];
        if (Number.isInteger(id) && code !== undefined && !custom.has(id)) custom.set(id, code);
      } else if (n === 'xf' && inCellXfs && (depthInCellXfs === 1 || (alternate !== 'none' && depthInCellXfs === 3)) && firstCopy()) {
        const id = Number(tag.attributes['numFmtId'] ?? '0');
        xfFormatIds.push(Number.isInteger(id) && id >= 0 ? id : 0);
        const fill = Number(tag.attributes['fillId'] ?? '0');
        xfFillIds.push(Number.isInteger(fill) && fill >= 0 ? fill : 0);
      } else if (n === 'fills') inFills = true;
      // a <fill> of a differential format (dxfs) is no cell's fill: only those under <fills> are counted
      else if (n === 'fill' && inFills) {
        skipping = !firstCopy();
        if (!skipping) fillColours.push(undefined);
        solid = false;
      } else if (n === 'patternFill' && inFills && !skipping) solid = tag.attributes['patternType'] === 'solid';
      else if (n === 'fgColor' && inFills && solid && fillColours.length > 0) {
        fillColours[fillColours.length - 1] = colourSpec((name) => tag.attributes[name]);
      } else if (n === 'indexedColors') {
        inIndexedColors = true;
        indexedColours = [];
      } else if (n === 'rgbColor' && inIndexedColors) indexedColours!.push(rgbOf(tag.attributes['rgb']) ?? '000000');
    });
    parser.on('closetag', (tag: XmlTag) => {
      const n = localName(tag.name);
      if (n === 'AlternateContent' && (inFills || (inCellXfs && depthInCellXfs === 1))) alternate = 'none';
      else if (n === 'fill') skipping = false;
      if (n === 'numFmts') inNumFmts = false;
      else if (n === 'cellXfs') inCellXfs = false;
      else if (n === 'fills') inFills = false;
      else if (n === 'patternFill') solid = false;
      else if (n === 'indexedColors') inIndexedColors = false;
      if (inCellXfs) depthInCellXfs--;
    });
  });
  // one string instance per format id, shared by every style and cell that uses it
  const codeById = new Map<number, string | undefined>();
  const dateById = new Map<number, boolean>();
  const formats: (string | undefined)[] = [];
  const dates: boolean[] = [];
  for (const id of xfFormatIds) {
    if (!codeById.has(id)) {
      // Excel's own ids keep their built-in meaning; a file's definition is used for the others
      let code = builtInFormat(id) ?? custom.get(id);
      if (code !== undefined && (code === '' || isGeneral(code))) code = undefined;
      codeById.set(id, code);
      dateById.set(id, code !== undefined ? isDateFormat(code) : isDateFormat(id));
    }
    formats.push(codeById.get(id));
    dates.push(dateById.get(id) ?? false);
  }
  const fills = styleFills(xfFillIds, fillColours, theme, indexedColours);
  return fills ? { formats, dates, fills } : { formats, dates };
}

/** each cell style's fill colour, undefined when no style has one */
function styleFills(
  xfFillIds: readonly number[],
  specs: readonly (ColourSpec | undefined)[],
  theme: (() => readonly (string | undefined)[] | undefined) | undefined,
  indexedColours: readonly string[] | undefined,
): (string | undefined)[] | undefined {
  if (!specs.some((spec) => spec !== undefined)) return undefined;
  // a workbook's own palette replaces the default from index 0, as far as it goes
  const palette = indexedColours ? [...indexedColours, ...DEFAULT_INDEXED_COLOURS.slice(indexedColours.length)] : DEFAULT_INDEXED_COLOURS;
  const themeColours = specs.some((spec) => spec?.theme !== undefined && spec.rgb === undefined) ? theme?.() : undefined;
  // white is no fill to a person reading the sheet, and one string per colour is shared by every style
  const byId = specs.map((spec) => {
    const colour = spec ? resolveColour(spec, themeColours, palette) : undefined;
    return colour === 'FFFFFF' ? undefined : colour;
  });
  const fills = xfFillIds.map((id) => byId[id]);
  return fills.some((f) => f !== undefined) ? fills : undefined;
}

// ---------------------------------------------------------------- shared strings

/** The shared string table: rich-text runs concatenated, phonetic runs (`<rPh>`) left out. */
export function readSharedStrings(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): string[] {
  const strings: string[] = [];
  let inSi = false;
  let inRPh = false;
  let preserve = false;
  let text = '';
  let value = '';
  // the fast scanner (a big table can hold a million strings); local names, as with saxes above
  scanXmlPart(zip, entry, budget, (scanner) => ({
    open(n, tag) {
      if (n === 't') {
        if (inSi && !inRPh) {
          scanner.capture = true;
          text = '';
          preserve = tag.attr('xml:space') === 'preserve';
        }
      } else if (n === 'si') {
        inSi = true;
        value = '';
      } else if (n === 'rPh') {
        inRPh = true;
      }
    },
    text(t) {
      text += t;
    },
    range: () => undefined,
    close(n) {
      if (n === 't') {
        if (scanner.capture) {
          value += tText(text, preserve);
          scanner.capture = false;
        }
      } else if (n === 'si') {
        strings.push(unescapeOoxml(value));
        inSi = false;
      } else if (n === 'rPh') {
        inRPh = false;
      }
    },
  }));
  return strings;
}
