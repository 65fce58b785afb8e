import { applyTint, colourSpec, DEFAULT_INDEXED_COLOURS, resolveColour, rgbOf, THEME_SLOTS, type ColourSpec } from './colours';

describe('rgbOf', () => {
  it.each<[string | undefined, string | undefined]>([
    ['FFFF0000', 'FF0000'], // ARGB, as Excel writes it: the alpha is dropped
    ['00FF0000', 'FF0000'],
    ['ff00b050', '00B050'],
    ['FF0000', 'FF0000'], // plain RGB, as some writers give it
    [' FFC6EFCE ', 'C6EFCE'],
    ['#FF0000', undefined],
    ['FFF', undefined],
    ['GGFF0000', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (value, rgb) => expect(rgbOf(value)).toBe(rgb));
});

describe('colourSpec', () => {
  const spec = (attributes: Record<string, string>): ColourSpec => colourSpec((name) => attributes[name]);
  it.each<[Record<string, string>, ColourSpec]>([
    [{ rgb: 'FFFF0000' }, { rgb: 'FFFF0000', theme: undefined, indexed: undefined, tint: 0, auto: false }],
    [{ theme: '9', tint: '0.39997558519241921' }, { rgb: undefined, theme: 9, indexed: undefined, tint: 0.39997558519241921, auto: false }],
    [{ indexed: '64' }, { rgb: undefined, theme: undefined, indexed: 64, tint: 0, auto: false }],
    [{ auto: '1' }, { rgb: undefined, theme: undefined, indexed: undefined, tint: 0, auto: true }],
    [{ auto: 'true' }, { rgb: undefined, theme: undefined, indexed: undefined, tint: 0, auto: true }],
    // a tint past ±1 is held at it; one that is not a number is none
    [{ theme: '4', tint: '-1.5' }, { rgb: undefined, theme: 4, indexed: undefined, tint: -1, auto: false }],
    [{ theme: '4', tint: 'x' }, { rgb: undefined, theme: 4, indexed: undefined, tint: 0, auto: false }],
    [{ theme: '' }, { rgb: undefined, theme: undefined, indexed: undefined, tint: 0, auto: false }],
  ])('%j → %j', (attributes, expected) => expect(spec(attributes)).toEqual(expected));
});

describe('THEME_SLOTS', () => {
  it('numbers the theme colours as Excel does: light 1 first, then dark 1, light 2, dark 2, the accents and links', () => {
    expect(THEME_SLOTS).toEqual(['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink']);
  });
});

describe('applyTint', () => {
  // what LibreOffice 7.4 wrote for these theme colours when it saved fill-status-excel.xlsx again, and
  // the spec's plain cases: the same algorithm gives the same colour
  it.each<[string, number, string]>([
    ['70AD47', 0.39997558519241921, 'A9D18E'], // accent 6, lighter 40%
    ['4472C4', -0.249977111117893, '2F5597'], // accent 1, darker 25%
    ['4472C4', 0.79998168889431442, 'DAE3F3'], // accent 1, lighter 80%
    ['FF0000', 0, 'FF0000'],
    ['FF0000', 1, 'FFFFFF'],
    ['FF0000', -1, '000000'],
    ['FF0000', 0.5, 'FF8080'],
    ['FF0000', -0.5, '800000'],
    ['808080', 0.5, 'C0C0C0'],
    ['FFFFFF', -0.0499893185216834, 'F2F2F2'], // background 1, darker 5%
    ['000000', 0.34998626667073579, '595959'], // text 1, lighter 35%
  ])('%s with tint %d → %s', (rgb, tint, expected) => expect(applyTint(rgb, tint)).toBe(expected));

  // the colours Excel shows for its theme's tints: Excel rounds in its own way, and the spec's algorithm
  // lands within two steps of each, in each channel
  it.each<[string, number, string]>([
    ['70AD47', 0.5999938962981048, 'C6E0B4'],
    ['70AD47', 0.7999816888943144, 'E2EFDA'],
    ['4472C4', 0.7999816888943144, 'D9E1F2'],
    ['ED7D31', 0.3999755851924192, 'F4B084'],
    ['5B9BD5', 0.7999816888943144, 'DDEBF7'],
    ['4F81BD', 0.7999816888943144, 'DCE6F1'],
    ['C0504D', 0.3999755851924192, 'DA9694'],
  ])('%s with tint %d is within two steps of Excel\'s %s', (rgb, tint, excel) => {
    const got = applyTint(rgb, tint);
    for (let i = 0; i < 6; i += 2) expect(Math.abs(parseInt(got.slice(i, i + 2), 16) - parseInt(excel.slice(i, i + 2), 16))).toBeLessThanOrEqual(2);
  });
});

describe('resolveColour', () => {
  // an Office 2013 theme by Excel's theme index, with a council's dark green for dk2
  const theme = ['FFFFFF', '000000', 'E7E6E6', '00703C', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];
  const custom = [...DEFAULT_INDEXED_COLOURS];
  custom[20] = '00B050';
  const spec = (s: Partial<ColourSpec>): ColourSpec => ({ tint: 0, auto: false, ...s });

  it.each<[string, Partial<ColourSpec>, string | undefined]>([
    ['ARGB', { rgb: 'FFFF0000' }, 'FF0000'],
    ['ARGB with a tint', { rgb: 'FFFF0000', tint: 0.5 }, 'FF8080'],
    ['theme 0: light 1', { theme: 0 }, 'FFFFFF'],
    ['theme 1: dark 1', { theme: 1 }, '000000'],
    ['theme 2: light 2', { theme: 2 }, 'E7E6E6'],
    ['theme 3: dark 2', { theme: 3 }, '00703C'],
    ['theme 9: accent 6', { theme: 9 }, '70AD47'],
    ['theme 9 lighter 40%', { theme: 9, tint: 0.39997558519241921 }, 'A9D18E'],
    ['a theme index the theme does not have', { theme: 12 }, undefined],
    ['indexed 10 (red)', { indexed: 10 }, 'FF0000'],
    ['indexed 52 (light orange)', { indexed: 52 }, 'FF9900'],
    ['indexed 20 (purple)', { indexed: 20 }, '800080'],
    ['indexed 64: the system foreground', { indexed: 64 }, undefined],
    ['indexed 65: the system background', { indexed: 65 }, undefined],
    ['auto', { auto: true, rgb: 'FFFF0000' }, undefined],
    ['nothing named', {}, undefined],
    ['ARGB that is not a colour', { rgb: 'red' }, undefined],
  ])('%s', (_, s, expected) => expect(resolveColour(spec(s), theme, DEFAULT_INDEXED_COLOURS)).toBe(expected));

  it('reads the workbook\'s own palette for an index, and no theme colour without a theme', () => {
    expect(resolveColour(spec({ indexed: 20 }), theme, custom)).toBe('00B050');
    expect(resolveColour(spec({ theme: 3 }), undefined, custom)).toBeUndefined();
  });

  it('has the 64 colours of the default palette', () => {
    expect(DEFAULT_INDEXED_COLOURS).toHaveLength(64);
    expect(DEFAULT_INDEXED_COLOURS.every((c) => /^[0-9A-F]{6}$/.test(c))).toBe(true);
  });
});
