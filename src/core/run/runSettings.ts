import type { CheckedSettings } from '../checkSheet';
import type { IsoDate } from '../dates/isoDays';
import type { Settings, SheetMapping } from '../settings';
import type { RunRequest } from './workbookHost';

/** `mappings` with each of `replacing` in place of the one for its sheet. */
export function withMappings(mappings: readonly SheetMapping[], replacing: readonly SheetMapping[]): SheetMapping[] {
  const sheets = new Set(replacing.map((m) => m.sheet));
  return [...mappings.filter((m) => !sheets.has(m.sheet)), ...replacing];
}

/**
 * The settings a run checks with: the saved ones (or the defaults), with what the run asks in their place,
 * and today when neither sets an as-at date. A mapping the user confirmed is what findTracker then uses.
 */
export function runSettings(base: Settings, request: RunRequest, today: IsoDate): CheckedSettings {
  return {
    ...base,
    ruleSet: request.ruleSet ?? base.ruleSet,
    thresholds: request.amberDays !== undefined ? { ...base.thresholds, amberDays: request.amberDays } : base.thresholds,
    asAt: request.asAt ?? base.asAt ?? today,
    planStart: request.planStart === null ? undefined : (request.planStart ?? base.planStart),
    mappings: request.mappings ? withMappings(base.mappings, request.mappings) : base.mappings,
  };
}
