import type { Issue } from '../validate/issue';
import { issueSummary } from './issueSummary';

const issue = (code: Issue['code'], field: string | null, severity: Issue['severity'] = 'warning'): Issue => ({ sheet: 'Plan', cell: 'A2', row: 2, field, code, severity, message: 'the whole message', value: null });

describe('issueSummary', () => {
  it.each<[string, Issue[], number, string]>([
    ['nothing to say', [], 60, ''],
    ['one error', [issue('missing-value', 'target', 'error')], 60, 'No target date'],
    ['errors before warnings before notes, whatever their order', [issue('status-from-progress', 'progress', 'info'), issue('duplicate-ref', 'ref'), issue('invalid-date', 'target', 'error')], 80, 'Target date not understood; ref used twice; status read from progress'],
    ['the same phrase once', [issue('duplicate-ref', 'ref'), issue('duplicate-ref', 'ref')], 60, 'Ref used twice'],
    ['a field named as an officer says it', [issue('invalid-date', 'revisedTarget')], 60, 'Revised target not understood'],
    ['a status better than the dates, and one worse (a note)', [issue('status-mismatch', 'reportedStatus'), issue('status-mismatch', 'reportedStatus', 'info')], 60, 'Status better than the dates; status worse than the dates'],
    ['what does not fit, counted', [issue('missing-value', 'owner', 'error'), issue('invalid-date', 'start'), issue('duplicate-ref', 'ref'), issue('owner-unknown', 'owner')], 45, 'No owner; start date not understood; 2 more'],
    ['the count itself kept within the width', [issue('missing-value', 'owner', 'error'), issue('invalid-date', 'start'), issue('duplicate-ref', 'ref'), issue('owner-unknown', 'owner')], 40, 'No owner; 3 more'],
    ['one phrase longer than the column, cut', [issue('owner-unknown', 'owner')], 12, 'Owner not i…'],
  ])('%s', (_what, issues, width, expected) => {
    const line = issueSummary(issues, (l) => l.length <= width);
    expect(line).toBe(expected);
    expect(line.length).toBeLessThanOrEqual(width);
  });
});
