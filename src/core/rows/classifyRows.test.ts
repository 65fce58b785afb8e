import { makeSheet } from '../../../test/support/makeSheet';
import { detectTracker, type Tracker } from '../detect/detectTracker';
import { classifiedRowList, classifyRows } from './classifyRows';

const HEADER = ['Number', 'Recommendation', 'Responsibility', 'Proposed actions', 'Anticipated Completion Date', 'Evidence of progress 16/11/09', 'Assessment of progress (Categories 1-4) 16/11/09'];
const TITLE = 'Progress Update – Customer First';

function tracker(sheet: ReturnType<typeof makeSheet>): Tracker {
  const t = detectTracker(sheet);
  if (!t.found) throw new Error(t.reason);
  return t;
}

describe('classifyRows: a recommendations update split over pages', () => {
  const sheet = makeSheet([
    [TITLE], // 1
    HEADER, // 2
    [1, 'Adopt the CSE standard', 'D Hurwood', '1. Awareness raising', 'Aug 2010', 'Ongoing work', '2 - On Track'], // 3
    [TITLE], // 4 repeated page title
    HEADER, // 5 repeated header
    [null, null, null, '9. Service assessments. 10. Achieve CSE council-wide'], // 6 continuation of 3
    [3, 'Councillors to have increased involvement', 'J Robinson', '1. Design survey', 'Apr09', 'Survey designed', '1 – Achieved'], // 7
    [], // 8
    [null, 'Council.'], // 9 continuation of 7
    ['No further actions on this theme.'], // 10
    [5, 'Voicemail standards', 'K Hornsey', '1. Review', 'Dec08 - Jan09', 'Consulted', '3 - Slipped'], // 11
  ]);
  const rows = classifiedRowList(classifyRows(sheet, tracker(sheet)));
  const kinds = Object.fromEntries(rows.map((r) => [r.row + 1, r.kind]));

  it('knows the header, repeated titles and repeated headers', () => {
    expect([kinds[2], kinds[4], kinds[5]]).toEqual(['header', 'header', 'header']);
  });

  it('ties continuation rows (no number) to the record above, across a page break and a blank row', () => {
    expect(kinds[6]).toBe('continuation');
    expect(rows.find((r) => r.row === 5)!.recordRow).toBe(2);
    expect(kinds[9]).toBe('continuation');
    expect(rows.find((r) => r.row === 8)!.recordRow).toBe(6);
  });

  it('tells data, note and blank rows apart', () => {
    expect([kinds[3], kinds[7], kinds[8], kinds[10], kinds[11]]).toEqual(['data', 'data', 'blank', 'note', 'data']);
  });
});

describe('classifyRows: a CSE action plan with sections', () => {
  const sheet = makeSheet(
    [
      ['Criterion', 'Desired Outcomes', 'Responsible Officer(s)/group', 'Target Completion Date', 'Progress', 'Status (R/A/G)', 'Action'], // 1
      ['1. Customer Insight', 'Outcomes driven by insight', 'P & P Team', 'Sept 10', 'Completed', 'G', '1(a). Service planning guidance'], // 2
      [null, null, 'RF/PW', 'Oct 10', 'On-going.', 'G', '1(b). Explore guidance notes'], // 3
      ['(b) Embedding customer service standards'], // 4 section row, merged across
      [null, null, 'RF', 'Mar 11', null, 'A', 'Produce Ward Profiles'], // 5
      ['2. Culture', 'Employees empowered', 'RF', 'Mar 11', 'Launched July 09', 'G', '1(a). Devise a 12 months plan'], // 6
      ['Customer Access'], // 7 a heading in the first column
      [null, null, 'RF/GM', 'TBA', 'Tendering', 'A', '2. Review cleaning contracts'], // 8
    ],
    { merges: ['A2:A3', 'A4:G4'] },
  );
  const rows = classifiedRowList(classifyRows(sheet, tracker(sheet)));
  const at = (n: number) => rows.find((r) => r.row === n - 1)!;

  it('classifies section rows and carries the section down to the rows under it', () => {
    expect(at(2)).toMatchObject({ kind: 'data', section: '1. Customer Insight' });
    expect(at(3)).toMatchObject({ kind: 'data', section: '1. Customer Insight' });
    expect(at(4)).toMatchObject({ kind: 'section', section: '(b) Embedding customer service standards' });
    expect(at(5)).toMatchObject({ kind: 'data', section: '(b) Embedding customer service standards' });
    expect(at(6)).toMatchObject({ kind: 'data', section: '2. Culture' });
    expect(at(7)).toMatchObject({ kind: 'section', section: 'Customer Access' });
    expect(at(8)).toMatchObject({ kind: 'data', section: 'Customer Access' });
  });

  it('keeps rows with an owner and a date as data even without a ref column', () => {
    expect(rows.filter((r) => r.kind === 'data')).toHaveLength(5);
    expect(rows.filter((r) => r.kind === 'continuation')).toHaveLength(0);
  });
});

describe('classifyRows: a section column under fuller heading rows', () => {
  const sheet = makeSheet(
    [
      ['Element', 'Criterion', 'Element description', 'Lead officer', 'Review date', 'Status'],
      ['Criterion 1 – Customer Insight'],
      ['1.1.1', 1, 'Customer identification', 'JR', 'Jul 2020', 'On track'],
      ['1.1.2', 1, 'Customer engagement', 'KH', 'Jul 2020', 'On track'],
      ['2.1.1', 2, 'Leadership', 'KD/RH', 'Jul 2020', 'On track'],
    ],
    { merges: ['A2:F2'] },
  );
  const rows = classifiedRowList(classifyRows(sheet, tracker(sheet)));

  it('keeps the heading\'s fuller name while the column agrees with it, and takes the column\'s when it changes', () => {
    expect(rows.slice(1).map((r) => [r.kind, r.section])).toEqual([
      ['section', 'Criterion 1 – Customer Insight'],
      ['data', 'Criterion 1 – Customer Insight'],
      ['data', 'Criterion 1 – Customer Insight'],
      ['data', '2'],
    ]);
  });
});

describe('classifyRows: kinds the user has set', () => {
  const rows: Parameters<typeof makeSheet>[0] = [
    ['Ref', 'Action', 'Lead officer', 'Target date'],
    ['1', 'Publish standards', 'HB', 'Mar 11'],
    [null, 'Customer Access'], // guessed an action with no owner: really a heading
    ['2', 'Review', 'HB', 'Apr 11'],
    [null, 'Report to CMT', 'KD', 'May 11'], // guessed an action: really the rest of row 4
  ];

  it('guesses without them', () => {
    const sheet = makeSheet(rows);
    expect(classifiedRowList(classifyRows(sheet, tracker(sheet))).map((r) => r.kind)).toEqual(['header', 'data', 'data', 'data', 'data']);
  });

  it('takes the user\'s word for a row, and carries the consequences (a section heads the rows below it)', () => {
    const sheet = makeSheet(rows);
    const t = tracker(sheet);
    const overridden = { ...t, mapping: { ...t.mapping, rowKinds: [{ row: 3, kind: 'section' as const }, { row: 5, kind: 'continuation' as const }] } };
    const classified = classifiedRowList(classifyRows(sheet, overridden));
    expect(classified.map((r) => [r.kind, r.section])).toEqual([
      ['header', null],
      ['data', null],
      ['section', 'Customer Access'],
      ['data', 'Customer Access'],
      ['continuation', 'Customer Access'],
    ]);
    expect(classified[4]!.recordRow).toBe(3);
  });

  it('makes a "continuation" with nothing above it to continue a record of its own', () => {
    const sheet = makeSheet(rows);
    const t = tracker(sheet);
    const overridden = { ...t, mapping: { ...t.mapping, rowKinds: [{ row: 2, kind: 'continuation' as const }] } };
    expect(classifiedRowList(classifyRows(sheet, overridden))[1]!.kind).toBe('data');
  });
});
