import { z } from 'zod';
import { settingsSchema, type Settings } from '../settings';
import { ownershipSchema, SETTINGS_SHEET, type Ownership } from './writePlan';
import { fail, ok, type Result } from '../result';

const FORMAT = 'tracker-check-settings';
export const SETTINGS_VERSION = 1;
/** under Excel's 32,767-character cell limit, with room to spare */
const CHUNK = 30000;

/** keys whose values are JSON; the others are plain text */
const JSON_KEYS = new Set(['thresholds', 'cseScoring', 'vocabulary', 'progressVocabulary', 'officers', 'mappings', 'owned']);
const KEY_ORDER = ['asAt', 'ruleSet', 'planStart', 'refPattern', 'thresholds', 'cseScoring', 'vocabulary', 'progressVocabulary', 'officers', 'mappings', 'owned'] as const;

export type SettingsRow = [key: string, value: string];

/**
 * The settings sheet's rows: one key and value per row, readable by a person and by any workbook
 * library. A long value (a big vocabulary, many mappings) carries on in rows keyed "name#2", "name#3".
 */
export function settingsToRows(settings: Settings, owned: Ownership): SettingsRow[] {
  const rows: SettingsRow[] = [
    ['format', FORMAT],
    ['version', String(SETTINGS_VERSION)],
  ];
  const values: Record<string, unknown> = { ...settings, owned };
  for (const key of KEY_ORDER) {
    const value = values[key];
    if (value === undefined) continue;
    const text = JSON_KEYS.has(key) ? JSON.stringify(value) : String(value);
    for (let i = 0; i * CHUNK < text.length || i === 0; i++) rows.push([i === 0 ? key : `${key}#${i + 1}`, text.slice(i * CHUNK, (i + 1) * CHUNK)]);
  }
  return rows;
}

/** What a settings sheet holds: the settings saved there, and the list of what the product owns. */
export interface Saved {
  readonly settings: Settings;
  readonly owned: Ownership;
}

export type SavedSettings = Result<Saved>;

const unusable = (why: string): SavedSettings => fail('settings-unusable', why, SETTINGS_SHEET);

const rowSchema = z.tuple([z.string(), z.string()]);

/**
 * Reads a settings sheet back. Nothing in it is trusted: a sheet from another version, a value that is not
 * JSON, or settings that fail the schema give a problem to report, and the caller goes on without them.
 */
export function rowsToSettings(rows: ReadonlyArray<ReadonlyArray<unknown>>): SavedSettings {
  const values = new Map<string, string>();
  for (const raw of rows) {
    const row = rowSchema.safeParse([raw[0] ?? '', raw[1] ?? '']);
    if (!row.success) return unusable('a row is not a key and a text value');
    const [key, value] = row.data;
    if (key === '') continue;
    const part = /^(.*)#(\d+)$/.exec(key);
    if (part) values.set(part[1]!, (values.get(part[1]!) ?? '') + value);
    else values.set(key, value);
  }
  if (values.get('format') !== FORMAT) return unusable('it is not a Tracker Check settings sheet');
  if (values.get('version') !== String(SETTINGS_VERSION)) return unusable(`it is version ${values.get('version') ?? '(none)'}, and this version of Tracker Check reads version ${SETTINGS_VERSION}`);
  const input: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of KEY_ORDER) {
    const text = values.get(key);
    if (text === undefined) continue;
    if (!JSON_KEYS.has(key)) input[key] = text;
    else {
      try {
        input[key] = JSON.parse(text);
      } catch {
        return unusable(`the value of "${key}" is damaged`);
      }
    }
  }
  const { owned, ...rest } = input;
  const settings = settingsSchema.safeParse(rest);
  if (!settings.success) return unusable(`its settings are not valid (${describe(settings.error)})`);
  const ownership = ownershipSchema.safeParse(owned ?? { sheets: [], columns: [] });
  if (!ownership.success) return unusable(`its list of what Tracker Check owns is not valid (${describe(ownership.error)})`);
  return ok({ settings: settings.data, owned: ownership.data });
}

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || 'value'}: ${first.message}` : 'unknown problem';
}
