/**
 * Every output the CLI gives for a set of workbooks, written to a folder so two builds can be compared
 * byte for byte (`diff -r`): a restructuring of the engine must not change a single byte a user sees.
 *
 *   node scripts/outputSnapshot.mjs <cli.js> <out-folder> <file.xlsx>...
 *
 * Per workbook and per as-at date: the JSON report, the human report (80 and 120 columns, no colour),
 * the workbook `check --out` writes, the same with --save, `clean` of that, and a second `check --out` of
 * the written copy (a refresh). SHA256SUMS lists them all. Exit codes are kept beside each output.
 */

import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const [cli, outArg, ...inputs] = process.argv.slice(2);
if (!cli || !outArg || inputs.length === 0) {
  console.error('usage: node scripts/outputSnapshot.mjs <cli.js> <out-folder> <file.xlsx>...');
  process.exit(2);
}
const out = resolve(outArg);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const AS_AT = ['2010-09-30', '2011-03-31'];
const sums = [];

function run(name, args, env = {}) {
  const r = spawnSync(process.execPath, [resolve(cli), ...args], {
    encoding: 'buffer',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 1 << 30,
  });
  const text = Buffer.concat([r.stdout, Buffer.from(`\n--- stderr ---\n`), r.stderr, Buffer.from(`\n--- exit ${r.status} ---\n`)]);
  keep(name, text);
  return r.status;
}

function keep(name, bytes) {
  writeFileSync(join(out, name), bytes);
  sums.push(`${createHash('sha256').update(bytes).digest('hex')}  ${name}`);
}

for (const input of inputs) {
  const file = resolve(input);
  const stem = basename(file, '.xlsx');
  for (const asAt of AS_AT) {
    const tag = `${stem}@${asAt}`;
    run(`${tag}.json`, ['check', file, '--as-of', asAt, '--json']);
    run(`${tag}.w80.txt`, ['check', file, '--as-of', asAt], { COLUMNS: '80' });
    run(`${tag}.w120.txt`, ['check', file, '--as-of', asAt], { COLUMNS: '120' });
    for (const [suffix, extra] of [['out', []], ['saved', ['--save']]]) {
      const written = join(out, `${tag}.${suffix}.xlsx`);
      run(`${tag}.${suffix}.log`, ['check', file, '--as-of', asAt, '--out', written, ...extra]);
      if (!existsSync(written)) continue;
      keep(`${tag}.${suffix}.xlsx`, readFileSync(written));
      const again = join(out, `${tag}.${suffix}.again.xlsx`);
      run(`${tag}.${suffix}.again.log`, ['check', written, '--as-of', asAt, '--out', again]);
      if (existsSync(again)) keep(`${tag}.${suffix}.again.xlsx`, readFileSync(again));
      const cleaned = join(out, `${tag}.${suffix}.clean.xlsx`);
      run(`${tag}.${suffix}.clean.log`, ['clean', written, '--out', cleaned]);
      run(`${tag}.${suffix}.clean.json`, ['clean', written, '--out', join(out, 'scratch.xlsx'), '--json']);
      if (existsSync(cleaned)) keep(`${tag}.${suffix}.clean.xlsx`, readFileSync(cleaned));
    }
  }
}
rmSync(join(out, 'scratch.xlsx'), { force: true });
// the logs name the folder written to; a second snapshot elsewhere must still compare equal
for (const name of sums.map((l) => l.slice(66))) {
  if (!/\.(log|json|txt)$/.test(name)) continue;
  const text = readFileSync(join(out, name), 'utf8').split(out).join('<out>');
  writeFileSync(join(out, name), text);
}
const relisted = sums.map((l) => {
  const name = l.slice(66);
  return `${createHash('sha256').update(readFileSync(join(out, name))).digest('hex')}  ${name}`;
});
writeFileSync(join(out, 'SHA256SUMS'), `${relisted.join('\n')}\n`);
console.log(`${relisted.length} outputs of ${inputs.length} workbooks in ${out}`);
