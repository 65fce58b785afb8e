import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { RULE_SETS, type RuleSet, todayIso } from '../core';

/** what every command that reads and writes workbooks takes */
interface RunOptions {
  readonly json: boolean;
  readonly timeoutSeconds: number;
}

/** how a tracker is judged: what check and compare share */
interface JudgeOptions extends RunOptions {
  readonly sheet?: string;
  readonly amberDays?: number;
  /** the start of the plan, which places relative dates such as "Year 2" */
  readonly planStart?: string;
  /** --rules */
  readonly ruleSet?: RuleSet;
}

export interface CheckOptions extends JudgeOptions {
  readonly inputs: string[];
  /** the as-at date: --as-of, else today (a date saved in the workbook wins over today) */
  readonly asAt: string;
  readonly asAtGiven: boolean;
  /** write the results (or, for clean, the cleaned workbook) to this file or folder */
  readonly out?: string;
  /** rewrite the input, once a complete copy has been written beside it and read back */
  readonly inPlace: boolean;
  /** store this run's settings and the mappings found in the workbook written */
  readonly save: boolean;
  /** also write one new workbook summarising every file checked, here */
  readonly rollup?: string;
}

export interface CleanOptions extends RunOptions {
  readonly inputs: string[];
  readonly out?: string;
}

export interface CompareOptions extends JudgeOptions {
  /** the earlier return, and the newer one (the one --out writes) */
  readonly earlier: string;
  readonly later: string;
  /** each return's as-at date when given; else the one saved in it, else the one it states, else today */
  readonly asAtOld?: string;
  readonly asAtNew?: string;
  /** write the newer return with a Changes sheet to this file */
  readonly out?: string;
}

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'check'; options: CheckOptions }
  | { command: 'clean'; options: CleanOptions }
  | { command: 'compare'; options: CompareOptions };

export class UsageError extends Error {}

export const HELP = `tracker-check — checks council action-plan trackers in Excel workbooks

Usage:
  tracker-check check <file.xlsx | folder | glob>... [options]
  tracker-check clean <file.xlsx>... [--out FILE|FOLDER]
  tracker-check compare <earlier.xlsx> <later.xlsx> [options]

Options:
  --sheet NAME        check only this sheet (it may be hidden)
  --as-of YYYY-MM-DD  the as-at date for RAG and slippage (default: today)
  --amber-days N      a target due within N days is Amber (default: 30)
  --plan-start YYYY-MM-DD
                      the start of the plan, which places relative dates ("Year 2", "Budget cycle")
  --rules NAME        RAG rule set: dates (default), months-behind or expected-progress
  --out FILE|FOLDER   write a copy with the results: computed columns (Target (read as), Computed RAG,
                      Days slipped, Issues) right of the tracker, and the Summary, Exceptions, By owner,
                      Movement and CSE scoring sheets; a folder takes one copy per file
  --in-place          write the results into the file itself (a complete copy is written beside it and
                      read back first)
  --save              store the settings used and the column mappings found in the workbook written, so
                      later runs (and the add-in) check it the same way
  --rollup FILE.xlsx  also write one new workbook summarising every tracker checked: Portfolio (each
                      file and sheet with its counts by computed RAG, errors and whether it passes, the
                      totals and a chart), Exceptions (every file's, most urgent first, each linked to
                      its cell in the tracker) and By owner (owners across the files)
  --json              one JSON object per file, one per line
  --timeout SECONDS   give up on a file after this long (default: 120)
  -h, --help          show this help
  -v, --version       show the version

compare: two returns of one tracker (last quarter's and this quarter's): actions added, actions gone
without a word, targets moved (and whether the return says so), computed status then and now, actions
completed, lead officers changed, progress not updated. Actions are paired by ref and by their words, so
renumbering, rewording and reordering are followed; a pairing it is unsure of is listed to check.
  --as-of-old YYYY-MM-DD, --as-of-new YYYY-MM-DD
                      each return's as-at date (default: the one saved in it, else the latest date of its
                      progress columns' headers, else today)
  --out FILE          write the later return with a Changes sheet (and the computed columns), each change
                      linked to its cell
  --sheet, --amber-days, --plan-start, --rules, --json, --timeout as for check

Every sheet that holds a tracker is checked; other sheets are named as skipped, with the reason.
Several files are checked in parallel and reported in the order given. Settings saved in a workbook (by
--save or the add-in) are used; the options above override them.

Nothing of the user's is rewritten: the product's columns, sheets and settings are added to the workbook,
and a second run replaces only those. "clean" takes them out again (in place unless --out is given).

Exit codes: 0 no file has errors · 1 a file has validation errors · 2 bad usage, or a file could not be read
compare: 0 no change went unsaid · 1 an action went or a target moved without a word · 2 as above

Examples:
  tracker-check check "Action plan 2010-11.xlsx"
  tracker-check check trackers/ --as-of 2011-03-31
  tracker-check check "returns/**/*.xlsx" --rules months-behind --json > report.jsonl
  tracker-check check plan.xlsx --sheet "Action Plan" --amber-days 14
  tracker-check check plan.xlsx --as-of 2011-03-31 --out checked/
  tracker-check check returns/ --as-of 2011-03-31 --rollup portfolio.xlsx
  tracker-check check plan.xlsx --in-place --save
  tracker-check clean plan.xlsx
  tracker-check compare "Q3 return.xlsx" "Q4 return.xlsx" --out "Q4 return checked.xlsx"
`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function validIso(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]);
}

export { todayIso };

export function parseCommand(argv: string[], now: Date = new Date()): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: 'string' },
        'as-of': { type: 'string' },
        'as-of-old': { type: 'string' },
        'as-of-new': { type: 'string' },
        'amber-days': { type: 'string' },
        'plan-start': { type: 'string' },
        rules: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        'in-place': { type: 'boolean', default: false },
        save: { type: 'boolean', default: false },
        rollup: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('no command given: try "tracker-check check <file.xlsx>"');
  if (command !== 'check' && command !== 'clean' && command !== 'compare') throw new UsageError(`unknown command "${command}": the commands are "check", "clean" and "compare"`);
  if (inputs.length === 0) throw new UsageError('no files given: name one or more .xlsx files, folders or globs');
  const out = values.out;
  if (out !== undefined && out.trim() === '') throw new UsageError('--out needs a file or folder name');
  const inPlace = values['in-place'] ?? false;
  if (out !== undefined && inPlace) throw new UsageError('--out and --in-place cannot both be given: choose where the results go');

  const asAt = values['as-of'] ?? todayIso(now);
  if (!validIso(asAt)) throw new UsageError(`--as-of "${asAt}" is not a date written YYYY-MM-DD`);
  const planStart = values['plan-start'];
  if (planStart !== undefined && !validIso(planStart)) throw new UsageError(`--plan-start "${planStart}" is not a date written YYYY-MM-DD`);
  let amberDays: number | undefined;
  if (values['amber-days'] !== undefined) {
    if (!/^\d{1,4}$/.test(values['amber-days'])) throw new UsageError(`--amber-days "${values['amber-days']}" is not a whole number of days`);
    amberDays = Number(values['amber-days']);
  }
  if (values.rules !== undefined && !RULE_SETS.includes(values.rules as RuleSet)) {
    throw new UsageError(`--rules "${values.rules}" is not a rule set: use ${RULE_SETS.join(', ')}`);
  }
  let timeoutSeconds = 120;
  if (values.timeout !== undefined) {
    if (!/^\d{1,5}$/.test(values.timeout) || Number(values.timeout) === 0) throw new UsageError(`--timeout "${values.timeout}" is not a whole number of seconds`);
    timeoutSeconds = Number(values.timeout);
  }
  const json = values.json ?? false;
  const compareOnly = (['as-of-old', 'as-of-new'] as const).find((k) => values[k] !== undefined);
  if (command === 'compare') {
    if (inputs.length !== 2) throw new UsageError(`compare takes two files, the earlier return and the later one (${inputs.length} given)`);
    if (values['as-of'] !== undefined) throw new UsageError('compare has two as-at dates: use --as-of-old and --as-of-new');
    if (inPlace || values.save) throw new UsageError(`--${inPlace ? 'in-place' : 'save'} is for "check": compare writes only to --out FILE`);
    if (values.rollup !== undefined) throw new UsageError('--rollup is for "check", not "compare"');
    for (const k of ['as-of-old', 'as-of-new'] as const) {
      const v = values[k];
      if (v !== undefined && !validIso(v)) throw new UsageError(`--${k} "${v}" is not a date written YYYY-MM-DD`);
    }
    const [earlier, later] = inputs as [string, string];
    if (out !== undefined && (resolvePath(out) === resolvePath(later) || resolvePath(out) === resolvePath(earlier))) {
      throw new UsageError('--out must name a new file: compare never writes over either return');
    }
    return {
      command: 'compare',
      options: { earlier, later, sheet: values.sheet, asAtOld: values['as-of-old'], asAtNew: values['as-of-new'], amberDays, planStart, ruleSet: values.rules as RuleSet | undefined, json, timeoutSeconds, out },
    };
  }
  if (compareOnly) throw new UsageError(`--${compareOnly} is for "compare", not "${command}"`);
  if (command === 'clean') {
    const checkOnly = (['sheet', 'as-of', 'amber-days', 'plan-start', 'rules', 'rollup'] as const).filter((k) => values[k] !== undefined);
    if (values.save) checkOnly.push('save' as never);
    if (checkOnly.length > 0) throw new UsageError(`--${checkOnly[0]} is for "check", not "clean"`);
    return { command: 'clean', options: { inputs, out, json, timeoutSeconds } };
  }
  const { rollup } = values;
  if (rollup !== undefined && !/\.xlsx$/i.test(rollup.trim())) throw new UsageError(`--rollup "${rollup}" names the workbook to write: give a file name ending .xlsx`);
  const save = values.save ?? false;
  if (save && out === undefined && !inPlace) throw new UsageError('--save stores the settings in the workbook written: add --out FILE or --in-place');
  return {
    command: 'check',
    options: {
      inputs, sheet: values.sheet, asAt, asAtGiven: values['as-of'] !== undefined, amberDays, planStart, ruleSet: values.rules as RuleSet | undefined, json, timeoutSeconds,
      out, inPlace, save, ...(rollup !== undefined ? { rollup } : {}),
    },
  };
}
