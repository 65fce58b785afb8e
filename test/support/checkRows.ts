import { checkSheet, type CheckedSettings, type SheetReport } from '../../src/core/checkSheet';
import { detectTracker } from '../../src/core/detect/detectTracker';
import { makeSettings, type SettingsInput } from '../../src/core/settings';
import { makeSheet, type TestCell } from './makeSheet';

/** Test helper: checks a tracker written as rows (a title row, then the header) as at a date. */
export function checkRows(header: TestCell[], rows: TestCell[][], settings: SettingsInput & { asAt: string }): SheetReport {
  const sheet = makeSheet([['Improvement plan'], header, ...rows], { name: 'Plan' });
  const detected = detectTracker(sheet);
  if (!detected.ok) throw new Error(detected.problem.message);
  const tracker = detected.value;
  return checkSheet(sheet, tracker, makeSettings(settings) as CheckedSettings, false);
}
