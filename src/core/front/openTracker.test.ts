import { makeSheet } from '../../../test/support/makeSheet';
import type { WorkbookGrid } from '../grid';
import type { WritePlan } from '../plan/writePlan';
import { fail, ok, type Result } from '../result';
import { now, openTracker, type WriteOptions } from './openTracker';
import type { SourceRead, Step, TrackerSource, WriteAccess, WrittenBase } from './trackerSource';

const TODAY = '2011-03-31';
const grid: WorkbookGrid = {
  date1904: false,
  sheets: [
    makeSheet([
      ['Ref', 'Action', 'Lead officer', 'Target date', 'Status'],
      ['1.1', 'Overdue', 'HB', '31/10/2010', 'G'],
      ['1.2', 'Soon', 'KD', '30/04/2011', 'G'],
    ], { name: 'Plan' }),
    makeSheet([['Notes for officers']], { name: 'Notes' }),
  ],
};

interface Wrote extends WrittenBase {
  readonly plan: WritePlan | null;
}

/** What the fake source was asked, in order. */
type Call = string;

interface Behaviour {
  readonly read?: Result<never>;
  readonly access?: Result<never>;
  readonly prepare?: Result<never>;
  readonly apply?: Result<never>;
  readonly readNotes?: readonly string[];
  readonly prepareNotes?: readonly string[];
  readonly output?: Omit<Wrote, 'plan'>;
}

/** A workbook held as a grid: each step answers as `behaviour` says, at once or (async) a turn later. */
function fakeSource(behaviour: Behaviour, async: boolean, calls: Call[]): TrackerSource<Wrote> {
  const later = <T>(value: T): Step<T> => (async ? Promise.resolve(value) : value);
  const writer: WriteAccess<Wrote> = {
    prepare: () => {
      calls.push('prepare');
      // a sheet of the user's named Summary: the plan says what it named its own instead
      return later(behaviour.prepare ?? ok({ facts: { sheetNames: [...grid.sheets.map((s) => s.name), 'Summary'], userColumns: () => 5, date1904: false }, notes: behaviour.prepareNotes ?? [] }));
    },
    apply: (plan) => {
      calls.push('apply');
      return later(behaviour.apply ?? ok({ plan, ...behaviour.output }));
    },
    saveSettings: (rows, owned) => {
      calls.push(`saveSettings ${rows.length > 0} ${owned.sheets.length}`);
      return later(ok({ plan: null }));
    },
  };
  return {
    name: 'fake.xlsx',
    read(_request, today, forWrite) {
      calls.push(`read ${today} ${forWrite ? 'for a write' : 'for a check'}`);
      if (behaviour.read) return later(behaviour.read);
      const read: SourceRead<Wrote> = {
        grid,
        notes: behaviour.readNotes ?? [],
        ...(forWrite ? { access: (_run, purpose) => {
          calls.push(`access for ${purpose}`);
          return later(behaviour.access ?? ok(writer));
        } } : {}),
      };
      return later(ok(read));
    },
  };
}

const ALL: WriteOptions = { asAt: TODAY, summaries: ['summary'] };
const unreadable = fail<never>('corrupt-zip', 'the file is damaged', 'fake.xlsx');
const edited = fail<never>('edited', 'What Tracker Check wrote has changed since');
const locked = fail<never>('locked', 'The workbook\'s structure is locked');
const failed = fail<never>('write-failed', 'the disk is full');

describe.each([['a package (synchronous)', false], ['Excel (asynchronous)', true]])('the front over %s', (_, async) => {
  const run = async <T>(step: Step<T>): Promise<T> => {
    // a synchronous source gives values, never promises: a run over a package is a plain call
    if (!async) return now(step);
    expect(step).toBeInstanceOf(Promise);
    return step;
  };
  const open = (behaviour: Behaviour = {}) => {
    const calls: Call[] = [];
    return { tracker: openTracker(fakeSource(behaviour, async, calls), { today: () => TODAY }), calls };
  };

  it('checks: reads once for a check, and gives the run with the source\'s notes after its own', async () => {
    const { tracker, calls } = open({ readNotes: ['The package holds two entries named "a"'] });
    const checked = await run(tracker.check({}));
    expect(checked.ok && checked.value.report).toMatchObject({ asAt: TODAY, sheets: [{ name: 'Plan' }] });
    expect(checked.ok && checked.value.notes).toEqual(['The package holds two entries named "a"']);
    expect(calls).toEqual([`read ${TODAY} for a check`]);
  });

  it.each<[string, Behaviour, 'check' | 'plan' | 'write' | 'saveSettings']>([
    ['a check', { read: unreadable }, 'check'],
    ['a plan', { read: unreadable }, 'plan'],
    ['a write', { read: unreadable }, 'write'],
    ['a save of the settings', { read: unreadable }, 'saveSettings'],
  ])('gives the source\'s problem, as it is, when %s cannot read the workbook', async (_what, behaviour, job) => {
    const { tracker } = open(behaviour);
    expect(await run(tracker[job](ALL))).toEqual(unreadable);
  });

  it.each<[string, WriteOptions, Behaviour, string, string[]]>([
    ['a sheet that cannot be checked, before the workbook is opened for writing', { ...ALL, sheet: 'Nope' }, {}, 'not-checked', ['read']],
    ['output edited since it was written', ALL, { access: edited }, 'edited', ['read', 'access for write']],
    ['a locked workbook', ALL, { access: locked }, 'locked', ['read', 'access for write']],
    ['a copy that cannot take out the previous output', ALL, { prepare: failed }, 'write-failed', ['read', 'access for write', 'prepare']],
    ['a write that fails', ALL, { apply: failed }, 'write-failed', ['read', 'access for write', 'prepare', 'apply']],
  ])('refuses or fails a write for %s, and keeps the check', async (_what, request, behaviour, code, steps) => {
    const { tracker, calls } = open(behaviour);
    const attempt = await run(tracker.write(request));
    if (!attempt.ok) throw new Error(attempt.problem.message);
    expect(attempt.value.done).toMatchObject({ ok: false, problem: { code } });
    expect(attempt.value.run.report).toBeDefined();
    expect(calls.map((c) => c.split(' ')[0] === 'read' ? 'read' : c)).toEqual(steps);
  });

  it('says whether a write may go ahead, and why not, writing nothing either way', async () => {
    const fine = open();
    expect(await run(fine.tracker.isItPossibleToWrite(ALL))).toEqual({ ok: true, value: true });
    const refused = open({ access: locked });
    expect(await run(refused.tracker.isItPossibleToWrite(ALL))).toEqual(locked);
    expect([...fine.calls, ...refused.calls]).not.toContain('apply');
  });

  it('plans without writing: the plan and its notes, in order (run, source, taking out, plan)', async () => {
    const { tracker, calls } = open({ readNotes: ['from the package'], prepareNotes: ['old columns taken out'] });
    const attempt = await run(tracker.plan(ALL));
    if (!attempt.ok || !attempt.value.done.ok) throw new Error('not planned');
    const { plan, notes } = attempt.value.done.value;
    expect(plan.sheets.map((s) => s.name)).toEqual(['Summary (Tracker Check)']);
    expect(plan.notes).toEqual(['A sheet named "Summary" is yours, so Tracker Check\'s Summary sheet is named "Summary (Tracker Check)".']);
    expect(notes).toEqual(['from the package', 'old columns taken out', ...plan.notes]);
    expect(calls).not.toContain('apply');
  });

  it('writes the plan it would have shown, and names the sheets as the source saw them written, else as planned', async () => {
    const planned = await run(open().tracker.plan(ALL));
    const asPlanned = await run(open().tracker.write(ALL));
    const asSeen = await run(open({ output: { sheets: ['Summary (3)'], notes: ['Excel said so'] } }).tracker.write(ALL));
    if (!planned.ok || !planned.value.done.ok || !asPlanned.ok || !asPlanned.value.done.ok || !asSeen.ok || !asSeen.value.done.ok) throw new Error('not written');
    expect(asPlanned.value.done.value.output.plan).toEqual(planned.value.done.value.plan);
    expect(asPlanned.value.done.value.sheets).toEqual(['Summary (Tracker Check)']);
    expect(asSeen.value.done.value.sheets).toEqual(['Summary (3)']);
    expect(asSeen.value.done.value.notes.at(-1)).toBe('Excel said so');
  });

  it('saves the settings through an access for settings (edited output does not stop it), writing nothing else', async () => {
    const { tracker, calls } = open();
    const attempt = await run(tracker.saveSettings({ asAt: TODAY }));
    expect(attempt.ok && attempt.value.done.ok).toBe(true);
    expect(calls.slice(1)).toEqual(['access for settings', 'saveSettings true 0']);
  });
});

describe('the front\'s clean', () => {
  const source = fakeSource({}, false, []);
  it.each<[string, TrackerSource<Wrote>, Result<unknown>]>([
    ['is the source\'s own, where it has one', { ...source, clean: () => ok({ removed: true, blocked: false, notes: [], output: { plan: null } }) }, ok({ removed: true, blocked: false, notes: [], output: { plan: null } })],
    ['is refused, saying where it can be done, where it has none', source, fail('cannot-clean', 'Tracker Check\'s output can be taken out of a workbook file only (tracker-check clean), not of fake.xlsx.')],
  ])('%s', (_, withOrWithout, expected) => {
    expect(now(openTracker(withOrWithout, { today: () => TODAY }).clean())).toEqual(expected);
  });
});
