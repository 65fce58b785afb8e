/* global setTimeout */
// What `npm start` and `npm stop` share: which server (by port), where its process id and log are kept,
// whether it answers, and how to run Microsoft's office-addin-debugging.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST = 'manifest.xml';

// Installed apart from the project's packages by `npm install` (package.json's postinstall): see
// scripts/debugging/.npmrc for why.
const DEBUGGING_CLI = path.join(ROOT, 'scripts', 'debugging', 'node_modules', 'office-addin-debugging', 'cli.js');

/**
 * The arguments of `npm start` / `npm stop` (after `--`): `web` or `desktop`, `--document <url>` and
 * `--port <n>`, as office-addin-debugging takes them. Throws a one-line Error on anything else.
 */
export function parseArgs(argv, { allowSideload }) {
  const args = { platform: 'desktop', document: undefined, port: Number(process.env.npm_package_config_dev_server_port || 3000) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (allowSideload && (a === 'web' || a === 'desktop')) args.platform = a;
    else if (allowSideload && a === '--document' && argv[i + 1]) args.document = argv[++i];
    else if (a === '--port' && /^\d+$/.test(argv[i + 1] ?? '')) args.port = Number(argv[++i]);
    else throw new Error(`unknown argument "${a}"; ${allowSideload ? 'npm start -- [desktop|web] [--document <url>] [--port <n>]' : 'npm stop -- [--port <n>]'}`);
  }
  if (!(args.port > 0 && args.port < 65536)) throw new Error(`the port must be a number from 1 to 65535 (got ${args.port})`);
  return args;
}

/** Where the server on `port` keeps its process id and its log: one pair per port, so servers never share. */
export function serverFiles(port) {
  const dir = path.join(ROOT, 'dist');
  return { dir, pidFile: path.join(dir, `dev-server-${port}.pid`), logFile: path.join(dir, `dev-server-${port}.log`) };
}

/** The recorded server's process id, or undefined when there is none or it has gone (its record then removed). */
export function runningServer(pidFile) {
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  if (isAlive(pid)) return pid;
  fs.rmSync(pidFile, { force: true });
  return undefined;
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but is someone else's
    return e.code === 'EPERM';
  }
}

/** Whether the pane answers 200 on `port`. The certificate is not checked: it may be the throw-away one. */
export function answers(port) {
  return new Promise((resolve) => {
    const req = https.get(`https://localhost:${port}/taskpane.html`, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

export function debuggingInstalled() {
  return fs.existsSync(DEBUGGING_CLI);
}

/**
 * Runs `office-addin-debugging <args>` in the project, its output passed through. Its exit code is 0 even
 * when it fails, so failure is read from what it says ("Unable to start debugging", "Unable to sideload").
 * The package.json script names are hidden from it, so it never starts a second dev server of its own.
 */
export function runDebugging(args) {
  const env = { ...process.env };
  delete env.npm_package_json;
  delete env.npm_package_scripts_dev_server;
  const r = spawnSync(process.execPath, [DEBUGGING_CLI, ...args], { cwd: ROOT, env, encoding: 'utf8', stdio: ['inherit', 'pipe', 'pipe'] });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  return { ok: r.status === 0 && !/Unable to (start|stop|sideload|unregister)/.test(output), output };
}

/**
 * Ends the server `npm start` started, with everything it started (it leads its own process group;
 * on Windows, its process tree), and waits up to `withinMs` for it to go, then forces it.
 * Resolves to whether it has gone.
 */
export async function stopServer(pid, withinMs = 10_000) {
  const signal = (sig) => {
    if (process.platform === 'win32') {
      // a console program with no window takes no polite request: forced, with its tree, as office-addin-debugging does
      spawnSync('taskkill', ['/pid', String(pid), '/t', '/f'], { stdio: 'ignore' });
      return;
    }
    try {
      process.kill(-pid, sig);
    } catch {
      // the group has gone
    }
  };
  const groupAlive = () => {
    if (process.platform === 'win32') return isAlive(pid);
    if (process.platform === 'linux') return liveGroupMembers(pid) > 0;
    try {
      process.kill(-pid, 0);
      return true;
    } catch (e) {
      return e.code === 'EPERM';
    }
  };
  signal('SIGTERM');
  const since = Date.now();
  while (groupAlive() && Date.now() - since < withinMs) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive()) signal('SIGKILL');
  await new Promise((r) => setTimeout(r, 100));
  return !groupAlive();
}

/**
 * How many processes of group `pgid` are still running. An ended process stays listed, a zombie, until
 * its parent collects it, and the server's parent is whatever adopted it once npm start ended (in a
 * container, maybe nothing that ever does): zombies are not counted.
 */
function liveGroupMembers(pgid) {
  let live = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // it ended while being read
    }
    // "pid (name) state ppid pgrp ...": the name may hold spaces and brackets, so read after the last ")"
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') live++;
  }
  return live;
}
