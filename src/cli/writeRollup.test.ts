import { fileLinkFrom } from './writeRollup';

describe('fileLinkFrom', () => {
  it.each([
    ['portfolio.xlsx', 'returns/housing.xlsx', 'returns/housing.xlsx'],
    ['out/portfolio.xlsx', 'returns/housing.xlsx', '../returns/housing.xlsx'],
    ['portfolio.xlsx', 'returns/Q3 plan #2.xlsx', 'returns/Q3%20plan%20%232.xlsx'],
    ['/tmp/a/b/portfolio.xlsx', '/tmp/c/plan.xlsx', '../../c/plan.xlsx'],
  ])('from %s to %s is %s', (rollup, file, link) => expect(fileLinkFrom(rollup, file)).toBe(link));
});
