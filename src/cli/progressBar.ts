/**
 * A run is long once it has gone on this long. Before then the progress would be noise in a log: the
 * reports themselves follow within seconds. After it, a log that has gone quiet looks like a run that has
 * hung, so a line every tenth of the files says it has not. Time, not the number of files, decides: ten
 * big trackers can take minutes, and a thousand small ones a few seconds.
 */
export const LONG_RUN_MS = 5000;

export interface ProgressOptions {
  readonly stream?: NodeJS.WritableStream & { columns?: number };
  /** whether the stream is a terminal, where a bar can be redrawn in place */
  readonly tty?: boolean;
  /** the clock, in milliseconds */
  readonly now?: () => number;
  /**
   * whether what else is being written (the reports on stdout) has ended its line: in a log that holds
   * both, progress written in the middle of a report's line would split it, and on a terminal the bar's
   * redraw would wipe it. Until it has, progress waits for the next file done.
   */
  readonly atLineStart?: () => boolean;
}

export interface Progress {
  /** `done` of the files are checked, `file` the latest */
  tick(done: number, file: string): void;
  /** takes the bar off the line, so a report written to the same terminal starts clean */
  clear(): void;
  end(): void;
}

/**
 * Progress on stderr: on a terminal, a one-line bar redrawn in place. Anywhere else (a pipe, a file, a CI
 * log), nothing on a short run and, once the run is long, a plain line each time another tenth of the
 * files is done.
 */
export function makeProgressBar(total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? Boolean((stream as NodeJS.WriteStream).isTTY);
  const now = options.now ?? Date.now;
  const atLineStart = options.atLineStart ?? (() => true);
  const started = now();
  const width = 24;
  let tenthsShown = 0;
  const wipe = (): void => {
    if (tty) stream.write('\r\u001b[K');
  };
  return {
    tick(done, file) {
      if (!atLineStart()) return;
      if (tty) {
        const filled = Math.round((done / total) * width);
        const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${file}`;
        stream.write(`\r\u001b[K${bar.slice(0, (stream.columns || 80) - 1)}`);
        return;
      }
      const tenths = Math.floor((done * 10) / total);
      if (tenths > tenthsShown && now() - started >= LONG_RUN_MS) {
        tenthsShown = tenths;
        stream.write(`tracker-check: ${done}/${total} files checked\n`);
      }
    },
    clear: wipe,
    end: wipe,
  };
}
