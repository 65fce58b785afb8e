import { deltaE2000, hexToLab, type Lab } from './colourDistance';

describe('hexToLab', () => {
  // sRGB primaries and white in CIELAB (D65), as colour references list them
  it.each<[string, Lab]>([
    ['FF0000', [53.2408, 80.0925, 67.2032]],
    ['00FF00', [87.7347, -86.1827, 83.1793]],
    ['0000FF', [32.297, 79.1875, -107.8602]],
    ['ffffff', [100, 0, 0]],
    ['000000', [0, 0, 0]],
    ['808080', [53.585, 0, 0]],
  ])('%s → %j', (rgb, lab) => {
    const got = hexToLab(rgb)!;
    got.forEach((v, i) => expect(v).toBeCloseTo(lab[i]!, 2));
  });

  it.each(['', 'FF00', 'FF00000', '#FF0000', 'GG0000', 'FF 000'])('%j is not a colour', (rgb) => expect(hexToLab(rgb)).toBeUndefined());
});

describe('deltaE2000', () => {
  // test pairs published with the formula (Sharma, Wu and Dalal 2005, table 1), each taken both ways round
  it.each<[Lab, Lab, number]>([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[50, 2.5, 0], [56, -27, -3], 31.903],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[50, 2.5, 0], [50, 3.1736, 0.5854], 1],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[63.0109, -31.0961, -5.8663], [62.8187, -29.7946, -4.0864], 1.263],
    [[90.8027, -2.0831, 1.441], [91.1528, -1.6435, 0.0447], 1.4441],
    [[6.7747, -0.2908, -2.4247], [5.8714, -0.0985, -2.2286], 0.6377],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ])('%j and %j differ by %d', (one, two, difference) => {
    expect(deltaE2000(one, two)).toBeCloseTo(difference, 4);
    expect(deltaE2000(two, one)).toBeCloseTo(difference, 4);
  });

  it('is 0 between a colour and itself', () => expect(deltaE2000([53.2, 80.1, 67.2], [53.2, 80.1, 67.2])).toBe(0));
});
