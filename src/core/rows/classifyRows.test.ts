import { makeSheet } from '../../../test/support/makeSheet';
import { detectTracker, type Tracker } from '../detect/detectTracker';
import { classifiedRowList, classifyRows, continuesList, indexColumns, RowGuesser } from './classifyRows';

const HEADER = ['Number', 'Recommendation', 'Responsibility', 'Proposed actions', 'Anticipated Completion Date', 'Evidence of progress 16/11/09', 'Assessment of progress (Categories 1-4) 16/11/09'];
const TITLE = 'Progress Update – Customer First';

function tracker(sheet: ReturnType<typeof makeSheet>): Tracker {
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  const t = detected.value;
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
    [null, 'Customer Access'], // guessed text carried on from row 2 (no owner, no date): really a heading
    ['2', 'Review', 'HB', 'Apr 11'],
    [null, 'Report to CMT', 'KD', 'May 11'], // guessed an action: really the rest of row 4
  ];

  it('guesses without them', () => {
    const sheet = makeSheet(rows);
    expect(classifiedRowList(classifyRows(sheet, tracker(sheet))).map((r) => r.kind)).toEqual(['header', 'data', 'continuation', 'data', 'data']);
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

describe('classifyRows: a new record or a continuation (domain.md "Row kinds")', () => {
  const HEAD = ['Ref', 'Action', 'Lead officer', 'Start date', 'Target date', 'Progress'];
  // each case: the rows under the header, and the kind each is given
  it.each<[string, (string | null)[][], string[]]>([
    ['an action with no ref among numbered ones, with its own owner and target, is a record',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], [null, 'Train front-line staff', 'KD', null, 'Jun 11', null], ['2', 'Review', 'HB', null, 'Apr 11', null]],
      ['data', 'data', 'data']],
    ['an action with no ref and only a start date is a record',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], [null, 'Pilot the new form', null, 'Apr 11', null, null]],
      ['data', 'data']],
    ['an action with no ref and only an owner is a record',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], [null, 'Pilot the new form', 'RF', null, null, null]],
      ['data', 'data']],
    ['text with no owner and no date carries the action above over a page break',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], [null, 'And put them on the intranet', null, null, null, 'Drafted']],
      ['data', 'continuation']],
    ['text that carries on the sentence above (lower case) is not an action of its own, owner or not',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], [null, 'and put them on the intranet', 'KD', null, 'Apr 11', null]],
      ['data', 'continuation']],
    ['text that starts with an ellipsis carries on the sentence above',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], [null, '… and the intranet', 'KD', null, 'Apr 11', null]],
      ['data', 'continuation']],
    ['text that starts with three dots carries on the sentence above',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], [null, '...and the intranet', 'KD', null, 'Apr 11', null]],
      ['data', 'continuation']],
    ['text that starts with a bracket carries on the sentence above',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], [null, '(including the intranet)', 'KD', null, 'Apr 11', null]],
      ['data', 'continuation']],
    ['a further milestone (dates, no action text of its own) continues the action above',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], [null, null, null, null, 'Jun 11', 'Phase 2']],
      ['data', 'continuation']],
    ['an owner with no action text continues the action above',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], [null, null, 'KD', null, null, null]],
      ['data', 'continuation']],
    ['a row\'s own ref always starts a record, even with no owner or date',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], ['2', 'and the intranet', null, null, null, null]],
      ['data', 'data']],
    ['a placeholder ref ("-") is no ref: text with no owner or date under it continues the action above',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], ['-', 'And put them on the intranet', null, null, null, null]],
      ['data', 'continuation']],
    ['a placeholder ref ("n/a") with an action, owner and date is a record',
      [['1', 'Publish standards', 'HB', null, 'Mar 11', null], ['n/a', 'Pilot the new form', 'RF', null, 'Apr 11', null]],
      ['data', 'data']],
    ['a numbered list running over a page break (its progress carried on mid-sentence) continues the action above, owner and dates too',
      [['5', '1. Review the voicemail standards', 'KH', null, 'Jan 09', 'Pilot run within HR and'], [null, '2. Tell Members the outcome\n3. Publish the guidance', 'JR', null, 'Feb 09', 'piloted within HR first']],
      ['data', 'continuation']],
    ['the next numbered action with progress of its own is an action (a CSE plan numbers its actions in the text)',
      [[null, '1. Identify the actions from the survey', 'RF/GM', null, 'Dec 10', 'PID by JK'], [null, '2. Review the cleaning contracts', 'RF', null, 'TBA', 'Tendering process in place']],
      ['data', 'data']],
    ['the next numbered action with no progress yet is an action',
      [[null, '1. Identify the actions from the survey', 'RF/GM', null, 'Dec 10', 'PID by JK'], [null, '2. Review the cleaning contracts', 'RF', null, 'Mar 11', null]],
      ['data', 'data']],
    ['a list that starts again at 1 under a numbered action is an action of its own',
      [['5', '1. Review the voicemail standards', 'KH', null, 'Jan 09', null], [null, '1. Design the survey', 'JR', null, 'Feb 09', null]],
      ['data', 'data']],
    ['a tracker with no refs at all: each action with an owner or date is a record, its carried-over text is not',
      [[null, 'Publish standards', 'HB', null, 'Mar 11', null], [null, 'Pilot the new form', 'RF', null, 'Apr 11', null], [null, 'Then roll it out', null, null, null, null]],
      ['data', 'data', 'continuation']],
  ])('%s', (_, body, expected) => {
    const sheet = makeSheet([HEAD, ...body]);
    const kinds = classifiedRowList(classifyRows(sheet, tracker(sheet))).slice(1).map((r) => r.kind);
    expect(kinds).toEqual(expected);
  });
});

describe('continuesList', () => {
  it.each<[string, string, string[], boolean]>([
    ['item 2 under item 1', '2. Tell Members', ['1. Review the standards'], true],
    ['item 3 under items 1 and 2 on two lines', '3) Publish', ['1) Review\n2) Tell Members'], true],
    ['item 10 under item 9 on the row before', '10. Achieve CSE', ['1. Raise awareness 2. Train', '9. Service assessments.'], true],
    ['item 3 under item 1 only: a gap, not a continuation', '3. Publish', ['1. Review'], false],
    ['item 1: a list of its own', '1. Design the survey', ['1. Review'], false],
    ['no number', 'Publish the guidance', ['1. Review'], false],
    ['a number that is not a list item ("2 officers")', '2 officers to attend', ['1. Review'], false],
    ['item 2 with nothing above', '2. Tell Members', [], false],
    ['a date is not an item ("2.5 days")', '2.5 days of training', ['1. Review'], false],
  ])('%s', (_, action, above, expected) => {
    expect(continuesList(action, above)).toBe(expected);
  });
});

/**
 * The row-kind guess, question by question. Each case is the rows of a sheet (a title, then the header,
 * then the rows asked about) and what the question answers for the last row.
 */
describe('RowGuesser', () => {
  const TITLE_ROW = ['Action plan 2010-11'];
  const HEAD = ['Ref', 'Action', 'Lead officer', 'Target date', 'Progress', 'Status'];
  /** the guesser for a sheet of a title, the header and `rows`, and the last row's index (0-based) */
  function guesserOf(rows: (string | null)[][], merges: string[] = []): { guess: RowGuesser; r: number } {
    const sheet = makeSheet([TITLE_ROW, HEAD, ...rows], { merges });
    const t = tracker(sheet);
    return { guess: new RowGuesser(sheet, t, indexColumns(t), new Uint8Array(sheet.rowCount)), r: rows.length + 1 };
  }

  it.each<[string, (string | null)[][], boolean]>([
    ['the header repeated', [HEAD], true],
    ['the header repeated, a cell or two left out', [['Ref', 'Action', 'Lead officer', null, null, null]], true],
    ['the page title repeated', [TITLE_ROW], true],
    ['a row that starts like the header and goes on otherwise', [['Ref', 'Review the standards', 'HB', 'Mar 11', null, null]], false],
    ['an action', [['1', 'Review the standards', 'HB', 'Mar 11', null, null]], false],
    ['a number first', [[null, null, null, null, null, null].map((_, i) => (i === 0 ? '12' : null))], false],
  ])('repeatsHeader: %s', (_, rows, expected) => {
    const { guess, r } = guesserOf(rows);
    expect(guess.repeatsHeader(r, guess.firstText(r))).toBe(expected);
  });

  it.each<[string, string]>([
    ['Theme 1: Customer Access', 'theme 1 customer access'],
    ['Policy & Performance', 'policy and performance'],
    ['% complete', 'percent complete'],
    ['and report the outcome to CMT.', 'and report the outcome to cmt'],
    ['', ''],
  ])('normalised: %j → %j, the same each time it is asked, among other texts', (text, expected) => {
    const { guess } = guesserOf([]);
    for (const other of ['Theme 2: Housing', text, 'Ref', text]) guess.normalised(other);
    expect(guess.normalised(text)).toBe(expected);
    expect(guess.normalised('T')).toBe('t');
  });

  it.each<[string, (string | null)[], boolean]>([
    ['an owner', [null, null, 'HB', null, null, null], true],
    ['a target', [null, null, null, 'Mar 11', null, null], true],
    ['a status', [null, null, null, null, null, 'G'], true],
    ['action and progress text only', ['1', 'Review', null, null, 'Drafted', null], false],
  ])('hasData: %s', (_, row, expected) => {
    const { guess, r } = guesserOf([row]);
    expect(guess.hasData(r)).toBe(expected);
  });

  it.each<[string, (string | null)[], boolean]>([
    ['"No further actions on this theme."', ['No further actions on this theme.', null, null, null, null, null], true],
    ['"Note: ..."', ['Note: dates are provisional', null, null, null, null, null], true],
    ['"Nothing further to report"', [null, 'Nothing further to report', null, null, null, null], true],
    ['a note with an owner is no note', ['No further actions', null, 'HB', null, null, null], false],
    ['a note among three cells is no note', ['No further actions', 'x', null, null, 'y', null], false],
    ['an action', ['1', 'Review the standards', null, null, null, null], false],
  ])('isNote: %s', (_, row, expected) => {
    const { guess, r } = guesserOf([row]);
    expect(guess.isNote(r, guess.firstText(r), guess.hasData(r))).toBe(expected);
  });

  it.each<[string, (string | null)[][], string[], boolean]>([
    ['a short title in the first column', [['Customer access', null, null, null, null, null]], [], true],
    ['one ending with a full stop reads as a sentence', [['Customer access.', null, null, null, null, null]], [], false],
    ['one in lower case carries on a sentence', [['customer access', null, null, null, null, null]], [], false],
    ['one longer than 100 characters', [['A'.repeat(101), null, null, null, null, null]], [], false],
    ['one with an owner is an action', [['Customer access', null, 'HB', null, null, null]], [], false],
    ['alone in the action column, before any record', [[null, 'Customer access', null, null, null, null]], [], true],
    ['alone in the action column, under a record: its text carried on', [['1', 'Review', 'HB', 'Mar 11', null, null], [null, 'Customer access', null, null, null, null]], [], false],
    ['merged across from the progress column', [[null, null, null, null, 'Customer access', null]], ['E3:F3'], true],
    ['alone in the progress column', [[null, null, null, null, 'Customer access', null]], [], false],
  ])('isHeading: %s', (_, rows, merges, expected) => {
    const { guess, r } = guesserOf(rows, merges);
    const recordRow = rows.length > 1 ? 2 : null;
    expect(guess.isHeading(r, guess.firstText(r), guess.hasData(r), guess.has(r, 1), recordRow)).toBe(expected);
  });

  it.each<[string, (string | null)[], boolean]>([
    ['its own ref', ['2', 'and the intranet', null, null, null, null], true],
    ['a placeholder ref and text alone', ['-', 'And the intranet', null, null, null, null], false],
    ['its own action and owner', [null, 'Pilot the form', 'RF', null, null, null], true],
    ['its own action and target', [null, 'Pilot the form', null, 'Apr 11', null, null], true],
    ['an action alone', [null, 'Pilot the form', null, null, null, null], false],
    ['an action carrying on the sentence above, with an owner', [null, 'and pilot the form', 'RF', 'Apr 11', null, null], false],
    ['an owner and no action', [null, null, 'RF', null, null, null], false],
    ['the numbered list above, going on over a page break', [null, '2. Tell Members', 'JR', 'Feb 09', 'piloted within HR first', null], false],
    ['the next numbered action, with progress of its own', [null, '2. Tell Members', 'JR', 'Feb 09', 'Members told', null], true],
  ])('startsRecord under "1. Review the standards": %s', (_, row, expected) => {
    const { guess, r } = guesserOf([['1', '1. Review the standards', 'HB', 'Mar 11', 'Drafted and', null], row]);
    expect(guess.startsRecord(r, guess.has(r, 1), 2)).toBe(expected);
  });

  it.each<[string, (string | null)[][], string, string | null | undefined]>([
    // what, rows, the last row's kind, the section column read on the way (this sheet has none: null when read)
    ['the header repeated', [HEAD], 'header', undefined],
    ['a note', [['No further actions on this theme.']], 'note', undefined],
    ['a heading', [['Customer access']], 'section', undefined],
    ['the first record', [['1', 'Review', 'HB', 'Mar 11', null, null]], 'data', null],
    ['text carried over from the record above', [['1', 'Review', 'HB', 'Mar 11', null, null], [null, 'And publish', null, null, null, null]], 'continuation', null],
    ['a record under a record', [['1', 'Review', 'HB', 'Mar 11', null, null], ['2', 'Publish', 'KD', 'Apr 11', null, null]], 'data', null],
  ])('kindOf: %s', (_, rows, kind, sectionCell) => {
    const { guess, r } = guesserOf(rows);
    expect(guess.kindOf(r, rows.length > 1 ? 2 : null)).toBe(kind);
    expect(guess.sectionCell).toBe(sectionCell);
  });

  it('kindOf: a blank row is blank', () => {
    const { guess, r } = guesserOf([[], ['1', 'Review', 'HB', 'Mar 11', null, null]]);
    expect(guess.kindOf(r - 1, null)).toBe('blank');
  });
});
