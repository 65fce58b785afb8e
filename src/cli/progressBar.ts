/** A one-line progress bar on stderr, redrawn in place on a terminal and printed once a file otherwise. */
export function makeProgressBar(total: number, stream: NodeJS.WriteStream = process.stderr): { tick: (done: number, file: string) => void; clear: () => void; end: () => void } {
  const tty = Boolean(stream.isTTY);
  const width = 24;
  return {
    tick(done, file) {
      const filled = Math.round((done / total) * width);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${file}`;
      if (tty) stream.write(`\r\u001b[K${bar.slice(0, (stream.columns || 80) - 1)}`);
      else stream.write(`${bar}\n`);
    },
    /** takes the bar off the line, so a report written to the same terminal starts clean */
    clear() {
      if (tty) stream.write('\r\u001b[K');
    },
    end() {
      if (tty) stream.write('\r\u001b[K');
    },
  };
}
