import { FILL_PALETTE, fillStatusText, statusFromFill, type FillStatus } from './statusFromFill';

type Expected = FillStatus | null;
const expected = (key: keyof typeof FILL_PALETTE): Expected => (key === 'none' ? null : key);
const every = (Object.keys(FILL_PALETTE) as (keyof typeof FILL_PALETTE)[]).flatMap((key) =>
  FILL_PALETTE[key].map((rgb): [string, Expected] => [rgb, expected(key)]),
);

describe('statusFromFill', () => {
  it.each(every)('palette colour %s → %s', (rgb, status) => expect(statusFromFill(rgb)).toBe(status));

  it('lists each colour once', () => {
    const colours = every.map(([rgb]) => rgb);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it.each<[string, Expected]>([
    // the traffic-light fills as they are written
    ['FF0000', 'off-track'],
    ['ffc7ce', 'off-track'],
    ['FFC000', 'at-risk'],
    ['FFEB9C', 'at-risk'],
    ['00B050', 'on-track'],
    ['C6EFCE', 'on-track'],
    ['0070C0', 'complete'],
    // near a listed colour: tints and shades people pick that are not listed
    ['E6B8B7', 'off-track'], // Office 2007 accent 2, 60% tint
    ['F8696B', 'off-track'], // Excel's red colour-scale end
    ['FF4000', 'off-track'], // LibreOffice Brick
    ['993300', 'off-track'], // Excel 97–2003 Brown, a dark red
    ['F8CBAD', 'at-risk'], // Office 2013 accent 2, 60% tint
    ['FFE699', 'at-risk'], // Office 2013 accent 4, 60% tint
    ['FFA500', 'at-risk'], // HTML orange
    ['FFEB84', 'at-risk'], // Excel's yellow colour-scale middle
    ['CC6600', 'at-risk'],
    ['C6E0B4', 'on-track'], // Office 2013 accent 6, 60% tint
    ['C4D79B', 'on-track'], // Office 2007 accent 3, 40% tint
    ['63BE7B', 'on-track'], // Excel's green colour-scale end
    ['A0A000', 'on-track'], // a dark yellow-green, 12 from the nearest green
    ['8DB4E2', 'complete'],
    ['538DD5', 'complete'],
    ['9999FF', 'complete'], // Excel 97–2003 Periwinkle
    // pale banding and header fills are no status
    ['DCE6F1', null], // the benchmark tracker's section rows
    ['BDD7EE', null], // Office 2013 accent 5, 60% tint: a header blue
    ['B4C6E7', null], // Office 2013 accent 1, 60% tint: a header blue
    ['F8F8F8', null],
    ['FFFFF0', null],
    // greys, white, black
    ['C0C0C0', null],
    ['969696', null],
    ['333333', null],
    ['FFFFFF', null],
    ['000000', null],
    // other colours: too far from every listed one
    ['808000', null], // olive, 17 from the nearest green
    ['996633', null], // light brown, 19 from the nearest amber
    ['663300', null],
    ['33CCCC', null], // Excel 97–2003 Aqua: nearer cyan than any blue
    ['FF99FF', null],
    // not a colour
    ['', null],
    ['#FF0000', null],
    ['FFFF0000', null],
    ['red', null],
  ])('%j → %s', (rgb, status) => expect(statusFromFill(rgb)).toBe(status));

  it('gives the same answer from its memo', () => {
    expect(statusFromFill('92D050')).toBe('on-track');
    expect(statusFromFill('92D050')).toBe('on-track');
  });
});

describe('fillStatusText', () => {
  it.each<[FillStatus, string]>([
    ['off-track', 'Red (cell colour)'],
    ['at-risk', 'Amber (cell colour)'],
    ['on-track', 'Green (cell colour)'],
    ['complete', 'Blue (cell colour)'],
  ])('%s → %s', (status, text) => expect(fillStatusText(status)).toBe(text));
});
