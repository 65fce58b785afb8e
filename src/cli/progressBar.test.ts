import { Writable } from 'node:stream';
import { LONG_RUN_MS, makeProgressBar } from './progressBar';

const WIPE = '\r\u001b[K';

/** a stream that keeps each write; `columns` as a terminal would say (undefined: it does not say) */
function stream(columns?: number): { out: Writable & { columns?: number }; writes: string[] } {
  const writes: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  return { out: Object.assign(out, { columns }), writes };
}

/** a clock that reads `at` ms after the run started */
function clock(): { now: () => number; at: (ms: number) => void } {
  let t = 1_000_000;
  const start = t;
  return { now: () => t, at: (ms) => { t = start + ms; } };
}

describe('makeProgressBar off a terminal (a pipe, a file, a CI log)', () => {
  // each step: [seconds into the run, files done]; what is printed, in order
  it.each<[string, number, Array<[number, number]>, string[]]>([
    ['a short run prints nothing at all', 3, [[0.5, 1], [1, 2], [1.5, 3]], []],
    ['nor does a run of many files that ends within the time', 100, Array.from({ length: 100 }, (_, i): [number, number] => [i * 0.04, i + 1]), []],
    ['a long run: a line each time another tenth is done, not a line a file', 100, [[6, 5], [6, 10], [7, 11], [8, 19], [9, 20], [10, 21]], [
      'tracker-check: 10/100 files checked\n',
      'tracker-check: 20/100 files checked\n',
    ]],
    ['a run that becomes long half way: the first line as soon as another tenth is done', 100, [[1, 10], [2, 40], [4.9, 54], [6, 59], [7, 60], [9, 100]], [
      'tracker-check: 59/100 files checked\n',
      'tracker-check: 60/100 files checked\n',
      'tracker-check: 100/100 files checked\n',
    ]],
    ['a tenth not yet done when the run becomes long waits for it', 100, [[6, 9], [7, 10]], ['tracker-check: 10/100 files checked\n']],
    ['a file that finishes several tenths at once gives one line', 3, [[6, 1], [7, 2], [8, 3]], [
      'tracker-check: 1/3 files checked\n',
      'tracker-check: 2/3 files checked\n',
      'tracker-check: 3/3 files checked\n',
    ]],
    [`long means ${LONG_RUN_MS / 1000} s: one millisecond short is not`, 2, [[(LONG_RUN_MS - 1) / 1000, 1], [LONG_RUN_MS / 1000, 2]], ['tracker-check: 2/2 files checked\n']],
  ])('%s', (_what, total, steps, printed) => {
    const { out, writes } = stream();
    const { now, at } = clock();
    const bar = makeProgressBar(total, { stream: out, tty: false, now });
    for (const [seconds, done] of steps) {
      at(seconds * 1000);
      bar.tick(done, `f${done}.xlsx`);
    }
    bar.clear();
    bar.end();
    expect(writes).toEqual(printed);
  });
});

describe('makeProgressBar on a terminal', () => {
  it('redraws the one line in place from the first file, and clear and end take it off the line', () => {
    const { out, writes } = stream(120);
    const bar = makeProgressBar(2, { stream: out, tty: true, now: clock().now });
    bar.tick(1, 'a.xlsx');
    bar.clear();
    bar.tick(2, 'b.xlsx');
    bar.end();
    expect(writes).toEqual([
      `${WIPE}[############------------] 1/2 a.xlsx`,
      WIPE,
      `${WIPE}[########################] 2/2 b.xlsx`,
      WIPE,
    ]);
  });

  // a line that wrapped would leave its first part behind when the bar is redrawn
  it.each<[string, number | undefined, string, number]>([
    ['is cut one short of the terminal width, so it never wraps', 40, 'returns/2010-11/quarter 3/action plan.xlsx', 39],
    ['is cut at 80 columns when the terminal gives no width', undefined, 'x'.repeat(100), 79],
    ['is cut at 80 columns when the terminal gives 0', 0, 'x'.repeat(100), 79],
    ['is whole when it fits', 120, 'plan.xlsx', '[######------------------] 1/4 plan.xlsx'.length],
  ])('the line %s', (_what, columns, name, shown) => {
    const { out, writes } = stream(columns);
    makeProgressBar(4, { stream: out, tty: true }).tick(1, name);
    expect(writes).toEqual([WIPE + `[######------------------] 1/4 ${name}`.slice(0, shown)]);
  });
});

describe('makeProgressBar while a report is part-way through its line', () => {
  it.each<[string, boolean, string[]]>([
    ['on a terminal: no redraw over it, and the next file done draws the bar', true, [`${WIPE}[########################] 2/2 b.xlsx`]],
    ['in a log: the line waits for the next file done', false, ['tracker-check: 2/2 files checked\n']],
  ])('%s', (_what, tty, printed) => {
    const { out, writes } = stream(80);
    const { now, at } = clock();
    let lineEnded = false;
    const bar = makeProgressBar(2, { stream: out, tty, now, atLineStart: () => lineEnded });
    at(LONG_RUN_MS);
    bar.tick(1, 'a.xlsx');
    lineEnded = true;
    bar.tick(2, 'b.xlsx');
    expect(writes).toEqual(printed);
  });
});

describe('makeProgressBar, the bar itself', () => {
  // 24 × done / 7 = 0, 3.4, 6.9, 10.3, 13.7, 17.1, 20.6, 24
  it.each([[0, 0], [1, 3], [2, 7], [3, 10], [4, 14], [5, 17], [6, 21], [7, 24]])('is 24 wide, with %i of 7 done filling %i', (done, filled) => {
    const { out, writes } = stream(200);
    makeProgressBar(7, { stream: out, tty: true }).tick(done, 'f.xlsx');
    expect(writes).toEqual([`${WIPE}[${'#'.repeat(filled)}${'-'.repeat(24 - filled)}] ${done}/7 f.xlsx`]);
  });
});

describe('makeProgressBar with nothing given', () => {
  it('writes to stderr, as a bar when stderr is a terminal and not at all on a short run otherwise', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      makeProgressBar(2).tick(1, 'to-stderr.xlsx');
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual(process.stderr.isTTY ? [expect.stringContaining('[############------------] 1/2 to-stderr.xlsx')] : []);
  });
});
