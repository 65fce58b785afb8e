/**
 * Colours as SpreadsheetML writes them (CT_Color, ECMA-376 Part 1, 18.8.3 and 18.8.19): an ARGB value, a
 * theme colour, or an index into a palette, each with an optional tint; resolved here to 'RRGGBB'.
 */

export interface ColourSpec {
  readonly rgb?: string;
  readonly theme?: number;
  readonly indexed?: number;
  /** -1 (black) .. 1 (white); 0 leaves the colour as it is */
  readonly tint: number;
  /** `auto="1"`: the system's colour, no colour of the file's own */
  readonly auto: boolean;
}

/** The colour a `<fgColor>`, `<bgColor>` or `<color>` element's attributes name. */
export function colourSpec(attr: (name: string) => string | undefined): ColourSpec {
  const number = (name: string): number | undefined => {
    const v = attr(name);
    if (v === undefined || v.trim() === '') return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  };
  const tint = number('tint') ?? 0;
  const auto = attr('auto');
  return {
    rgb: attr('rgb'),
    theme: number('theme'),
    indexed: number('indexed'),
    tint: Math.max(-1, Math.min(1, tint)),
    auto: auto === '1' || auto === 'true',
  };
}

/**
 * Excel's theme colour indexes, which are not the order of the theme part's clrScheme (dk1, lt1, dk2,
 * lt2, ...): the first two pairs are swapped, so `theme="0"` is lt1 (white in the Office theme) and
 * `theme="1"` is dk1. LibreOffice reads them the same way (oox/source/xls/stylesbuffer.cxx,
 * Color::setTheme: XML_lt1, XML_dk1, XML_lt2, XML_dk2, XML_accent1 ... XML_folHlink).
 */
export const THEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;
export type ThemeSlot = (typeof THEME_SLOTS)[number];

/**
 * The default palette behind `indexed="n"` (0–63), the one Excel 97–2003 used, as LibreOffice gives it
 * for OOXML (oox/source/xls/stylesbuffer.cxx, spnDefColors8). A workbook's `<indexedColors>` replaces it.
 * 64 and 65 are the system's foreground and background: automatic, no colour of the file's own.
 */
export const DEFAULT_INDEXED_COLOURS: readonly string[] = [
  // 0–7 and 8–15: the bright EGA colours, twice
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  // 16–23: the dark EGA colours
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

const HEX = /^(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})$/;

/** "FFFF0000" (ARGB: the alpha is dropped) or "FF0000" → "FF0000"; undefined for anything else */
export function rgbOf(value: string | undefined): string | undefined {
  const m = value === undefined ? null : HEX.exec(value.trim());
  return m ? m[1]!.toUpperCase() : undefined;
}

/**
 * The colour a spec names, as 'RRGGBB'; undefined when it is automatic or names nothing this workbook
 * defines. `theme` is by Excel's theme index (THEME_SLOTS); `indexed` is the workbook's palette.
 */
export function resolveColour(spec: ColourSpec, theme: readonly (string | undefined)[] | undefined, indexed: readonly string[]): string | undefined {
  if (spec.auto) return undefined;
  let rgb: string | undefined;
  if (spec.rgb !== undefined) rgb = rgbOf(spec.rgb);
  else if (spec.theme !== undefined) rgb = Number.isInteger(spec.theme) ? theme?.[spec.theme] : undefined;
  else if (spec.indexed !== undefined) rgb = Number.isInteger(spec.indexed) ? indexed[spec.indexed] : undefined;
  if (rgb === undefined) return undefined;
  return spec.tint === 0 ? rgb : applyTint(rgb, spec.tint);
}

/**
 * The tint algorithm of ECMA-376 Part 1, 18.8.19 (fgColor): the colour's luminance in HLS moves toward
 * black by the tint (L × (1 + tint)) when the tint is negative, toward white (L × (1 − tint) + tint) when it
 * is positive; hue and saturation stay. LibreOffice (oox/source/drawingml/color.cxx, the Excel tint
 * transformation) and SheetJS (bits/45_styutils.js, rgb_tint) do the same.
 */
export function applyTint(rgb: string, tint: number): string {
  const r = parseInt(rgb.slice(0, 2), 16) / 255;
  const g = parseInt(rgb.slice(2, 4), 16) / 255;
  const b = parseInt(rgb.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const chroma = max - min;
  let h = 0;
  let s = 0;
  if (chroma > 0) {
    s = chroma / (1 - Math.abs(2 * l - 1));
    if (max === r) h = ((g - b) / chroma + 6) % 6;
    else if (max === g) h = (b - r) / chroma + 2;
    else h = (r - g) / chroma + 4;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  // back from HLS, h in sixths of the circle
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] = h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  const hex = (v: number): string => Math.round(Math.min(1, Math.max(0, v + m)) * 255).toString(16).padStart(2, '0');
  return `${hex(r1)}${hex(g1)}${hex(b1)}`.toUpperCase();
}
