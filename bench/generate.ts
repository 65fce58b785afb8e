/**
 * Writes a benchmark tracker.
 *
 *   node dist/bench/generate.js <rows> <out.xlsx> [seed]
 *   npx tsx bench/generate.ts 100000 bench/out/tracker-100000.xlsx
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { generateTrackerWithStats } from './generateTracker';

async function main(argv: readonly string[]): Promise<number> {
  const [rowsArg, out, seedArg] = argv;
  const rows = Number(rowsArg);
  const seed = seedArg === undefined ? 1 : Number(seedArg);
  if (!rowsArg || !out || !Number.isInteger(rows) || rows < 0 || !Number.isInteger(seed)) {
    console.error('usage: node dist/bench/generate.js <rows> <out.xlsx> [seed]');
    return 2;
  }
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const t0 = process.hrtime.bigint();
  const s = await generateTrackerWithStats(out, rows, seed);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(
    `${out}: ${s.rows} action rows in ${s.sheetRows} sheet rows (${s.sections} sections, ${s.repeatedHeaders} repeated headers, ` +
      `${s.blanks} blank, ${s.continuations} continuation, ${s.formulaErrors} #DIV/0!, ${s.duplicateRefs} duplicate refs) ` +
      `in ${(ms / 1000).toFixed(1)} s`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
