import { FIELD_LABELS } from '../fieldLabels';
import type { Issue, IssueCode, Severity } from '../validate/issue';

/** a field as an officer names it in a short phrase: the product's own word for it, as messages use */
const field = (issue: Issue): string => (issue.field !== null && issue.field in FIELD_LABELS ? FIELD_LABELS[issue.field as keyof typeof FIELD_LABELS] : 'cell');

/** each issue's few words, as the one-line summary in the tracker's Issues cell says them */
const PHRASE: Readonly<Record<IssueCode, (issue: Issue) => string>> = {
  'missing-value': (i) => `no ${field(i)}`,
  'invalid-date': (i) => `${field(i)} not understood`,
  'vague-date': (i) => `${field(i)} vague`,
  'uncertain-date': (i) => `${field(i)} uncertain`,
  'several-dates': (i) => `${field(i)} has several dates`,
  'relative-date': (i) => `${field(i)} relative`,
  'one-digit-year': (i) => `${field(i)} year unclear`,
  'surrounding-text': (i) => `${field(i)} has extra words`,
  'cross-referenced-date': (i) => `${field(i)} taken from another row`,
  'date-order': () => 'dates out of order',
  'unknown-status': () => 'status not understood',
  'status-mismatch': (i) => (i.severity === 'info' ? 'status worse than the dates' : 'status better than the dates'),
  'duplicate-ref': () => 'ref used twice',
  'bad-ref-format': () => 'ref unlike the others',
  'owner-unknown': () => 'owner not in the officer list',
  'text-too-long': (i) => `${field(i)} very long`,
  'formula-error': (i) => `${field(i)} formula broken`,
  'unmapped-required-column': (i) => `no ${field(i)} column`,
  'merged-data-cell': () => 'merged cells',
  'invalid-value': (i) => `${field(i)} not a percentage`,
  'status-from-progress': () => 'status read from progress',
  'progress-contradicts-status': () => 'progress contradicts status',
};

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * A row's issues in one line that `fits` (the Issues column's width, measured by the caller), so it needs
 * no wrapping (the product never changes the height of a user's row): errors first, then warnings, then
 * notes, each said once ("No target date; ref used twice"). What does not fit is counted ("; 2 more"); the
 * whole messages are on the Issues sheet.
 */
export function issueSummary(issues: readonly Issue[], fits: (line: string) => boolean): string {
  const phrases: string[] = [];
  for (const issue of [...issues].sort((a, b) => RANK[a.severity] - RANK[b.severity])) {
    const phrase = PHRASE[issue.code](issue);
    if (!phrases.includes(phrase)) phrases.push(phrase);
  }
  if (phrases.length === 0) return '';
  let line = '';
  for (let i = 0; i < phrases.length; i++) {
    const next = line === '' ? phrases[i]! : `${line}; ${phrases[i]}`;
    const rest = phrases.length - i - 1;
    const more = rest > 0 ? `; ${rest} more` : '';
    if (!fits(next + more) && line !== '') {
      line = `${line}; ${phrases.length - i} more`;
      break;
    }
    line = next;
  }
  line = line[0]!.toUpperCase() + line.slice(1);
  while (!fits(line) && line.length > 1) line = `${line.slice(0, -2)}…`;
  return line;
}
