import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** The CLI as installed (package.json's bin, the bundle); TRACKER_CHECK_CLI runs the tests against another build, say tsc's dist/src/cli/main.js. */
export const CLI = process.env.TRACKER_CHECK_CLI ? join(ROOT, process.env.TRACKER_CHECK_CLI) : join(ROOT, 'dist', 'cli', 'main.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the built CLI as a user would (npm test builds it first). */
export function runCli(args: string[], options: { cwd?: string; timeoutMs?: number } = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test does it first)`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runJson(args: string[]): { status: number | null; reports: any[]; stderr: string } {
  const r = runCli([...args, '--json']);
  const reports = r.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
  return { status: r.status, reports, stderr: r.stderr };
}
