/**
 * How wide text is in Calibri, Excel's default font, which the product's sheets are written in: the advance
 * widths of Carlito (metric-compatible with Calibri, and the font LibreOffice draws Calibri with when
 * fonts-crosextra-carlito is installed, as scripts/system-deps.sh does) for U+0020 to U+00FF, in font units
 * of UNITS_PER_EM. A table rather than the font itself: the engine is pure TypeScript and reads no files, and
 * a table of 448 numbers is all that laying out a sheet needs. fontMetrics.test.ts reads both fonts with
 * opentype.js and checks every number. Beyond Latin-1, the punctuation word processors put into officers'
 * text (dashes, curly quotes, bullets, the ellipsis, the euro) has its own widths; any other character
 * counts as one em, the widest it can be.
 */

export const UNITS_PER_EM = 2048;

/** the height of a line of text, in ems: the font's Windows ascent plus descent (1950 + 550 units) */
export const LINE_EMS = 2500 / UNITS_PER_EM;

const FIRST = 0x20;

// prettier-ignore
export const REGULAR_WIDTHS: readonly number[] = [
  463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791,
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
  1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
  1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
  596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,
  1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020, 1038,
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
  1038, 667, 1020, 1038, 1020, 1038, 1020, 1020, 804, 1709, 824, 1049, 1020, 1038, 1038, 807,
  694, 1020, 688, 685, 598, 1126, 1200, 517, 629, 504, 865, 1049, 1303, 1375, 1383, 949,
  1185, 1185, 1185, 1185, 1185, 1185, 1563, 1092, 1000, 1000, 1000, 1000, 516, 516, 516, 516,
  1279, 1322, 1356, 1356, 1356, 1356, 1356, 1020, 1359, 1314, 1314, 1314, 1314, 998, 1058, 1080,
  981, 981, 981, 981, 981, 981, 1583, 866, 1019, 1019, 1019, 1019, 470, 470, 470, 470,
  1076, 1076, 1080, 1080, 1080, 1080, 1080, 1020, 1084, 1076, 1076, 1076, 1076, 927, 1076, 927,
];

// prettier-ignore
export const BOLD_WIDTHS: readonly number[] = [
  463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627, 547, 880,
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 565, 565, 1020, 1020, 1020, 949,
  1840, 1241, 1148, 1084, 1291, 999, 940, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385,
  1090, 1405, 1153, 968, 1014, 1337, 1211, 1856, 1128, 1064, 979, 665, 880, 665, 1020, 1020,
  615, 1011, 1099, 857, 1099, 1031, 648, 971, 1099, 503, 523, 983, 503, 1666, 1099, 1101,
  1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814, 704, 973, 704, 1020, 1038,
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
  1038, 667, 1020, 1038, 1020, 1038, 1020, 1020, 849, 1709, 852, 1103, 1020, 1038, 1038, 799,
  701, 1020, 692, 688, 616, 1154, 1224, 548, 621, 517, 891, 1103, 1347, 1415, 1437, 949,
  1241, 1241, 1241, 1241, 1241, 1241, 1588, 1084, 999, 999, 999, 999, 546, 546, 546, 546,
  1309, 1349, 1385, 1385, 1385, 1385, 1385, 1020, 1394, 1337, 1337, 1337, 1337, 1064, 1090, 1136,
  1011, 1011, 1011, 1011, 1011, 1011, 1587, 857, 1031, 1031, 1031, 1031, 503, 503, 503, 503,
  1099, 1099, 1101, 1101, 1101, 1101, 1101, 1020, 1114, 1099, 1099, 1099, 1099, 970, 1099, 970,
];

/** – — ‘ ’ “ ” • … €: [code point, regular width, bold width] */
// prettier-ignore
export const PUNCTUATION_WIDTHS: ReadonlyArray<readonly [number, number, number]> = [
  [0x2013, 1020, 1020], [0x2014, 1854, 1854], [0x2018, 511, 528], [0x2019, 511, 528], [0x201c, 857, 891],
  [0x201d, 857, 891], [0x2022, 1020, 1020], [0x2026, 1414, 1457], [0x20ac, 1038, 1038],
];
const PUNCTUATION = new Map(PUNCTUATION_WIDTHS.map(([c, regular, bold]) => [c, [regular, bold] as const]));

/** the width of `text` from `from` to `to` in font units (UNITS_PER_EM to the em), bold or not: whole numbers, so widths add up exactly */
export function textUnits(text: string, bold: boolean, from = 0, to = text.length): number {
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let units = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= FIRST && c < FIRST + widths.length) units += widths[c - FIRST]!;
    else units += PUNCTUATION.get(c)?.[bold ? 1 : 0] ?? UNITS_PER_EM;
  }
  return units;
}

/** the width of `text` in points, at `size` points, bold or not */
export function textWidthPt(text: string, size: number, bold = false): number {
  return (textUnits(text, bold) / UNITS_PER_EM) * size;
}
