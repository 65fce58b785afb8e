import { checkRows } from '../../../test/support/checkRows';
import { cseScoringSchema, type SheetReport, type SummaryKind } from '../../core';
import { unavailableBecause } from './summaryChoices';

const AS_AT = { asAt: '2011-03-31' };
const plain = checkRows(['Ref', 'Action', 'Lead officer', 'Target date'], [['1', 'A', 'HB', 'Dec 2011']], AS_AT);
const onePeriod = checkRows(['Ref', 'Action', 'Lead officer', 'Target date', 'Progress 01/06/09', 'Status 01/06/09'], [['1', 'A', 'HB', 'Dec 2011', 'x', 'G']], AS_AT);
const twoPeriods = checkRows(['Ref', 'Action', 'Lead officer', 'Target date', 'Progress 01/06/09', 'Status 01/06/09', 'Progress 16/11/09', 'Status 16/11/09'],
  [['1', 'A', 'HB', 'Dec 2011', 'x', 'G', 'y', 'R']], AS_AT);
const scored = checkRows(['Element', 'Criterion', 'Element description', 'Compliance', 'Lead officer', 'Review date'],
  [['1.1.1', 'Criterion 1 – Theme 1', 'Element', 'Full Compliance', 'JR', 'Jul 2020']], AS_AT);
const rules = cseScoringSchema.parse({});

describe('unavailableBecause', () => {
  it.each<[string, SummaryKind, SheetReport[], string | null]>([
    ['Movement from two reporting periods', 'movement', [twoPeriods], null],
    ['Movement when one sheet of several has two', 'movement', [plain, twoPeriods], null],
    ['no Movement from one period', 'movement', [onePeriod], 'Needs two reporting periods with a status column: this tracker has one.'],
    ['no Movement without periods', 'movement', [plain], 'Needs two reporting periods with a status column: this tracker has none.'],
    ['no Movement from any of several sheets', 'movement', [plain, onePeriod], 'Needs two reporting periods with a status column: no tracker sheet has more than one.'],
    ['CSE scoring from a compliance column', 'cseScoring', [plain, scored], null],
    ['no CSE scoring without one', 'cseScoring', [plain], 'Needs a Compliance column: none is mapped on this tracker (map one on the Tracker tab).'],
    ['no CSE scoring from any of several sheets', 'cseScoring', [plain, twoPeriods], 'Needs a Compliance column: none is mapped on any tracker sheet (map one on the Tracker tab).'],
    ['the Summary always', 'summary', [plain], null],
    ['Exceptions always', 'exceptions', [plain], null],
    ['By owner always', 'byOwner', [plain], null],
    ['nothing said when there is no tracker', 'movement', [], null],
  ])('%s', (_, kind, sheets, why) => expect(unavailableBecause(kind, sheets, rules)).toBe(why));
});
