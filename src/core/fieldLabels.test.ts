import { FIELD_LABELS, fieldTitle, type LabelledField } from './fieldLabels';
import { SINGLE_FIELDS } from './settings';

describe('fieldTitle', () => {
  it.each<[LabelledField, string]>([
    ['ref', 'Ref'],
    ['owner', 'Owner'],
    ['target', 'Target date'],
    ['revisedTarget', 'Revised target'],
    ['completed', 'Completion date'],
    // nothing to capitalise: kept as it is
    ['percentComplete', '% complete'],
    ['reportedStatus', 'Status'],
  ])('%s → %j', (field, title) => {
    expect(fieldTitle(field)).toBe(title);
  });
});

describe('FIELD_LABELS', () => {
  it('names every single field and a period\'s two columns', () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual([...SINGLE_FIELDS, 'progress', 'reportedStatus'].sort());
  });
});
