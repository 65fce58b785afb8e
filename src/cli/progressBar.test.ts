import { Writable } from 'node:stream';
import { makeProgressBar } from './progressBar';

const WIPE = '\r\u001b[K';

/** a stream that keeps each write: a terminal `columns` wide (undefined: it does not say), or a pipe */
function stream(terminal: { columns: number | undefined } | null): { out: NodeJS.WriteStream; writes: string[] } {
  const writes: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  if (terminal) Object.assign(out, { isTTY: true, columns: terminal.columns });
  return { out: out as unknown as NodeJS.WriteStream, writes };
}

describe('makeProgressBar off a terminal (a pipe or a file)', () => {
  it('prints one whole line per file done, and has nothing to take back', () => {
    const { out, writes } = stream(null);
    const bar = makeProgressBar(3, out);
    bar.tick(1, 'a.xlsx');
    bar.tick(2, 'plans/b.xlsx');
    bar.clear();
    bar.tick(3, 'c.xlsx');
    bar.end();
    expect(writes).toEqual([
      '[########----------------] 1/3 a.xlsx\n',
      '[################--------] 2/3 plans/b.xlsx\n',
      '[########################] 3/3 c.xlsx\n',
    ]);
  });

  it('keeps a long name whole: there is no line to fit', () => {
    const { out, writes } = stream(null);
    const name = `${'very long folder name/'.repeat(10)}plan.xlsx`;
    makeProgressBar(1, out).tick(1, name);
    expect(writes).toEqual([`[########################] 1/1 ${name}\n`]);
  });
});

describe('makeProgressBar on a terminal', () => {
  it('redraws the one line in place, and clear and end take it off the line', () => {
    const { out, writes } = stream({ columns: 120 });
    const bar = makeProgressBar(2, out);
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
  it('cuts the line one short of the terminal width so it never wraps', () => {
    const { out, writes } = stream({ columns: 40 });
    const name = 'returns/2010-11/quarter 3/action plan.xlsx';
    makeProgressBar(4, out).tick(1, name);
    const full = `[######------------------] 1/4 ${name}`;
    expect(writes).toEqual([WIPE + full.slice(0, 39)]);
    expect(writes[0]!.length - WIPE.length).toBe(39);
  });

  it.each([[undefined], [0]])('takes the terminal to be 80 wide when it gives %p columns', (columns) => {
    const { out, writes } = stream({ columns });
    const name = 'x'.repeat(100);
    makeProgressBar(1, out).tick(1, name);
    expect(writes[0]).toBe(WIPE + `[########################] 1/1 ${name}`.slice(0, 79));
  });
});

describe('makeProgressBar, the bar itself', () => {
  // 24 × done / 7 = 0, 3.4, 6.9, 10.3, 13.7, 17.1, 20.6, 24
  it.each([[0, 0], [1, 3], [2, 7], [3, 10], [4, 14], [5, 17], [6, 21], [7, 24]])('is 24 wide, with %i of 7 done filling %i', (done, filled) => {
    const { out, writes } = stream(null);
    makeProgressBar(7, out).tick(done, 'f.xlsx');
    const m = /^\[(#*)(-*)\] (\d+)\/7 f\.xlsx\n$/.exec(writes[0]!);
    expect(m).not.toBeNull();
    expect(m![1]!.length).toBe(filled);
    expect(m![1]!.length + m![2]!.length).toBe(24);
    expect(Number(m![3])).toBe(done);
  });

  it('fills one mark for the first of many files, and none before any is done', () => {
    const { out, writes } = stream(null);
    const bar = makeProgressBar(48, out);
    bar.tick(0, 'a.xlsx');
    bar.tick(1, 'a.xlsx');
    bar.tick(47, 'b.xlsx');
    expect(writes.map((w) => w.slice(0, 26))).toEqual([
      `[${'-'.repeat(24)}]`,
      `[#${'-'.repeat(23)}]`,
      `[${'#'.repeat(24)}]`,
    ]);
  });
});

describe('makeProgressBar with no stream given', () => {
  it('writes to stderr', () => {
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
    // a pipe or a terminal, as jest was started: the bar is the same either way
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('[############------------] 1/2 to-stderr.xlsx');
  });
});
