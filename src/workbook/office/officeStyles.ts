/// <reference types="office-js" />
import { cellRef, type PlanCell, STYLES, type StyleName, type StyleSpec } from '../../core';
import { packChunks, type OfficeChunk } from './officeChunk';

/**
 * Excel takes many areas in one address ("K5:K9, K12, K14:K20") and formats them in one call; an address
 * is kept under this many characters, well inside what Excel accepts.
 */
export const ADDRESS_LIMIT = 2000;

/** One style over some areas of a sheet, as addresses of at most ADDRESS_LIMIT characters each. */
export interface StyleAreas {
  readonly sheet: string;
  readonly style: StyleName;
  readonly addresses: string[];
}

/**
 * The planned cells of one sheet grouped by style, each style's cells joined into runs down a column
 * ("K5:K9"): a RAG column of 20,000 rows is a few hundred areas, not 20,000 cells.
 */
export function officeStyleAreas(sheet: string, cells: readonly PlanCell[]): StyleAreas[] {
  const byStyle = new Map<StyleName, PlanCell[]>();
  for (const cell of cells) {
    if (!cell.style) continue;
    const list = byStyle.get(cell.style);
    if (list) list.push(cell);
    else byStyle.set(cell.style, [cell]);
  }
  const out: StyleAreas[] = [];
  for (const [style, styled] of byStyle) {
    const sorted = [...styled].sort((a, b) => a.col - b.col || a.row - b.row);
    const areas: string[] = [];
    for (let i = 0; i < sorted.length; ) {
      const { row, col } = sorted[i]!;
      let j = i + 1;
      while (j < sorted.length && sorted[j]!.col === col && sorted[j]!.row === row + (j - i)) j++;
      const last = sorted[j - 1]!.row;
      areas.push(last === row ? cellRef(row, col) : `${cellRef(row, col)}:${cellRef(last, col)}`);
      i = j;
    }
    const addresses: string[] = [];
    let current = '';
    for (const area of areas) {
      if (current && current.length + 1 + area.length > ADDRESS_LIMIT) {
        addresses.push(current);
        current = '';
      }
      current = current ? `${current},${area}` : area;
    }
    if (current) addresses.push(current);
    out.push({ sheet, style, addresses });
  }
  return out;
}

/** Every property of the style set, not only those it turns on: a cell restyled on a later run (Red last
 * month, Closed now) keeps nothing of its old look. */
function applySpec(format: Excel.RangeFormat, spec: StyleSpec): void {
  if (spec.fill) format.fill.color = `#${spec.fill}`;
  else format.fill.clear();
  const font = format.font;
  font.bold = spec.bold;
  font.italic = spec.italic;
  font.underline = spec.underline ? 'Single' : 'None';
  font.color = `#${spec.color ?? '000000'}`;
  font.size = spec.size;
  format.wrapText = spec.wrap;
  format.horizontalAlignment = spec.align === 'right' ? 'Right' : 'General';
  // at the top of its row, beside the row's own wrapped text (as the .xlsx writer's styles)
  format.verticalAlignment = 'Top';
  format.borders.getItem('EdgeBottom').style = spec.bottomBorder ? 'Continuous' : 'None';
}

/** what applySpec sends for one address, besides the address */
const specBytes = (style: StyleName): number => {
  const spec = STYLES[style];
  return JSON.stringify([spec.fill ? `#${spec.fill}` : null, spec.bold, spec.italic, spec.underline ? 'Single' : 'None', `#${spec.color ?? '000000'}`, spec.size, spec.wrap, spec.align === 'right' ? 'Right' : 'General', 'Top', spec.bottomBorder ? 'Continuous' : 'None']).length;
};

/**
 * Formatting the product's cells by style as requests: each address is one call that sets every
 * property of its style, under `budgetBytes` a request and at most `perChunk` addresses (each address is
 * eight property sets, and a request stays a few thousand calls at most). Number formats are not set
 * here: they go with the values (see officeBlocks).
 */
export function styleChunks(styles: readonly StyleAreas[], budgetBytes: number, perChunk = 200): OfficeChunk[] {
  const calls = styles.flatMap(({ sheet, style, addresses }) => addresses.map((address) => ({ sheet, style, address })));
  const chunks: OfficeChunk[] = [];
  for (const packed of packChunks(calls, (c) => JSON.stringify(c.address).length + specBytes(c.style), budgetBytes)) {
    for (let i = 0; i < packed.length; i += perChunk) {
      const request = packed.slice(i, i + perChunk);
      const sheets = [...new Set(request.map((c) => c.sheet))];
      chunks.push({
        what: `formats on ${sheets.map((s) => `"${s}"`).join(', ')}`,
        bytes: request.reduce((n, c) => n + JSON.stringify(c.address).length + specBytes(c.style), 0),
        queue: (sheet) => {
          for (const { sheet: name, style, address } of request) applySpec(sheet(name).getRanges(address).format, STYLES[style]);
        },
      });
    }
  }
  return chunks;
}
