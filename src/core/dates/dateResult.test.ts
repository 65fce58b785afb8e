import { dateExpressionSchema } from './dateExpression';
import { datedResult, undatedResult } from './dateResult';

describe('dateResult builders', () => {
  it('builds undated results', () => {
    expect(undatedResult('TBA', 'none')).toEqual({ text: 'TBA', iso: null, kind: 'none', earliest: null, latest: null, warnings: [] });
    expect(dateExpressionSchema.parse(undatedResult('x', 'invalid'))).toBeTruthy();
  });

  it('builds dated results, with dates only when given', () => {
    const one = datedResult('Mar 11', 'month', '2011-03-31', '2011-03-01', '2011-03-31');
    expect(one).toEqual({ text: 'Mar 11', iso: '2011-03-31', kind: 'month', earliest: '2011-03-01', latest: '2011-03-31', warnings: [] });
    expect('dates' in one).toBe(false);
    const many = datedResult('a', 'multiple', '2011-06-30', '2011-01-01', '2011-06-30', [], ['2011-01-31', '2011-06-30']);
    expect(dateExpressionSchema.parse(many).dates).toEqual(['2011-01-31', '2011-06-30']);
  });
});
