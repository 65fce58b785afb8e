import type { Status } from '../settings';
import { deltaE2000, hexToLab, type Lab } from './colourDistance';

/**
 * A status cell with no word in it, read from its fill colour (domain.md "Status vocabulary"): the nearest
 * of the usual reds, ambers, greens and blues, by how alike the colours look (CIEDE2000 in CIELAB).
 *
 * The colours below are the ones people pick: Excel's standard colours, its Good / Neutral / Bad cell
 * styles (also its conditional-format presets), the Office theme accents (2007–2010 and 2013 on) with their
 * 40% tints, the Excel 97–2003 palette trackers of that era still carry, Google Sheets' palette and its
 * conditional-format defaults, LibreOffice's standard palette (share/palette/standard.soc), and the GOV.UK
 * colours councils' own templates use.
 *
 * Pale colours are where a status and a banded or header fill meet, so the pale fills that are not a
 * status are listed too, as "no status": white and greys, the theme colours' 80% tints, Google's
 * "light 3" and LibreOffice's "light 4" rows, Excel's Note yellow, and the purples, cyans and navies no
 * traffic-light scheme uses. A fill whose nearest listed colour is one of these, or that is further than
 * MAX_DIFFERENCE from every listed colour, gives no status.
 */
export type FillStatus = Extract<Status, 'off-track' | 'at-risk' | 'on-track' | 'complete'>;

/** the colour's name, as a person calls it */
export const FILL_WORDS: Readonly<Record<FillStatus, string>> = {
  'off-track': 'Red',
  'at-risk': 'Amber',
  'on-track': 'Green',
  complete: 'Blue',
};

/** What a fill-only status is quoted as: "Red (cell colour)". */
export function fillStatusText(status: FillStatus): string {
  return `${FILL_WORDS[status]} (cell colour)`;
}

export const FILL_PALETTE: Readonly<Record<FillStatus | 'none', readonly string[]>> = {
  'off-track': [
    'FF0000', 'C00000', // Excel standard: Red, Dark Red
    'FFC7CE', // Excel "Bad" and "Light Red Fill"
    'C0504D', // Office 2007 accent 2
    'FF99CC', 'FF8080', // Excel 97–2003: Rose, Coral
    'CC0000', 'E06666', 'EA9999', 'F4C7C3', // Google Sheets: dark red 1, light red 1 and 2, red rule fill
    'F10D0C', 'C9211E', 'FF3838', 'FF6D6D', 'FFA6A6', // LibreOffice: Dark Red 1 and 2, Light Red 1, 2 and 3
    'D4351C', // GOV.UK red
  ],
  'at-risk': [
    'FFC000', 'FFFF00', // Excel standard: Orange, Yellow
    'FFEB9C', // Excel "Neutral" and "Yellow Fill with Dark Yellow Text"
    'ED7D31', 'F4B084', // Office 2013 accent 2 and its 40% tint (accent 4 is FFC000)
    'F79646', // Office 2007 accent 6
    'FF9900', 'FFCC00', 'FFFF99', 'FFCC99', 'FF6600', // Excel 97–2003: Light Orange, Gold, Light Yellow, Tan, Orange
    'E69138', 'F6B26B', 'F9CB9C', 'F1C232', 'FFD966', 'FFE599', 'FCE8B2', // Google Sheets (and FF9900, FFFF00)
    'FFBF00', 'FF8000', 'FFD428', 'FFDE59', 'FFE994', 'FF972F', 'FFB66C', 'FFFF6D', 'FFFFA6', // LibreOffice
    'F47738', 'FFDD00', // GOV.UK orange, yellow
  ],
  'on-track': [
    '00B050', '92D050', // Excel standard: Green, Light Green
    'C6EFCE', // Excel "Good" and "Green Fill with Dark Green Text"
    '70AD47', 'A9D08E', // Office 2013 accent 6 and its 40% tint
    '9BBB59', // Office 2007 accent 3
    '00FF00', '008000', '339966', '99CC00', 'CCFFCC', // Excel 97–2003: Bright Green, Green, Sea Green, Lime, Light Green
    '6AA84F', '38761D', '93C47D', 'B6D7A8', 'B7E1CD', // Google Sheets (and 00FF00)
    '00A933', '069A2E', '81D41A', '3FAF46', '77BC65', 'AFD095', // LibreOffice
    '00703C', // GOV.UK green
  ],
  complete: [
    '0070C0', '00B0F0', // Excel standard: Blue, Light Blue
    '4472C4', '5B9BD5', '8EA9DB', '9BC2E6', // Office 2013 accents 1 and 5, and their 40% tints
    '4F81BD', '95B3D7', '4BACC6', // Office 2007 accents 1 and 5, and accent 1's 40% tint
    '0000FF', '3366FF', '00CCFF', '99CCFF', // Excel 97–2003: Blue, Light Blue, Sky Blue, Pale Blue
    '4A86E8', '3D85C6', '6FA8DC', '9FC5E8', // Google Sheets
    '2A6099', '3465A4', '5983B0', '729FCF', // LibreOffice
    '1D70B8', '5694CA', // GOV.UK blue, light blue
  ],
  none: [
    'FFFFFF', 'F2F2F2', 'D9D9D9', 'BFBFBF', 'A6A6A6', '808080', '595959', '404040', '262626', '000000', // Excel's greys
    'DDEBF7', 'D9E1F2', 'FCE4D6', 'EDEDED', 'FFF2CC', 'E2EFDA', 'D6DCE4', 'E7E6E6', '44546A', // Office 2013: 80% tints, text 2, background 2
    'DBE5F1', 'F2DCDB', 'EBF1DE', 'E5E0EC', 'DAEEF3', 'FDE9D9', 'C6D9F1', 'EEECE1', '1F497D', // Office 2007: the same
    'F4CCCC', 'FCE5CD', 'D9EAD3', 'D0E0E3', 'CFE2F3', 'D9D2E9', 'EAD1DC', // Google Sheets' light 3 row
    'FFFFD7', 'FFF5CE', 'FFDBB6', 'FFD8CE', 'FFD7D7', 'F7D1D5', 'E0C2CD', 'DEDCE6', 'DEE6EF', 'DEE7E5', 'DDE8CB', 'F6F9D4', // LibreOffice's light 4 row
    'FFFFCC', // Excel's Note style, the usual pale input and header yellow
    'CC99FF', 'E4DFEC', 'B1A0C7', '7030A0', '800080', 'FF00FF', '00FFFF', '002060', '666699', // purples, magenta, cyan, navy, blue-grey
  ],
};

/** past this CIEDE2000 difference from every listed colour, a fill is no status (about "clearly another colour") */
export const MAX_DIFFERENCE = 15;

interface Anchor {
  readonly lab: Lab;
  readonly status: FillStatus | null;
}

let anchors: Anchor[] | undefined;
function allAnchors(): Anchor[] {
  anchors ??= Object.entries(FILL_PALETTE).flatMap(([status, colours]) =>
    colours.map((rgb) => ({ lab: hexToLab(rgb)!, status: status === 'none' ? null : (status as FillStatus) })),
  );
  return anchors;
}

/** distinct fills seen before the memo is cleared (a sheet has a handful) */
const MEMO_LIMIT = 4096;
let memo = new Map<string, FillStatus | null>();

/**
 * The status a fill colour ('RRGGBB') gives: 'off-track' (red), 'at-risk' (amber), 'on-track' (green),
 * 'complete' (blue), or null for white, greys, black, pale banding and header fills, and anything not near
 * enough to any of them. Each colour is worked out once.
 */
export function statusFromFill(rgb: string): FillStatus | null {
  const known = memo.get(rgb);
  if (known !== undefined) return known;
  const status = nearest(rgb);
  if (memo.size >= MEMO_LIMIT) memo = new Map();
  memo.set(rgb, status);
  return status;
}

function nearest(rgb: string): FillStatus | null {
  const lab = hexToLab(rgb);
  if (lab === undefined) return null;
  let best: Anchor | undefined;
  let bestDifference = Infinity;
  for (const anchor of allAnchors()) {
    const difference = deltaE2000(lab, anchor.lab);
    if (difference < bestDifference) {
      bestDifference = difference;
      best = anchor;
    }
  }
  return best !== undefined && bestDifference <= MAX_DIFFERENCE ? best.status : null;
}
