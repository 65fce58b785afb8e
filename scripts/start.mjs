/* global setTimeout */
// `npm start`: builds the add-in and serves it over https on localhost:3000 in the background (as
// Microsoft's template does through office-addin-debugging), then says how to sideload it. `npm stop` ends it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pidFile = path.join(root, 'dist', 'dev-server.pid');
const logFile = path.join(root, 'dist', 'dev-server.log');
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const url = `https://localhost:${port}/taskpane.html`;
const READY_WITHIN_MS = 180_000;

function answers() {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  try {
    process.kill(pid, 0);
    console.error(`The add-in is already being served (process ${pid}). Run npm stop first.`);
    process.exit(1);
  } catch {
    fs.rmSync(pidFile);
  }
}

fs.mkdirSync(path.dirname(pidFile), { recursive: true });
const log = fs.openSync(logFile, 'w');
const webpackCli = path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development', '--config-name', 'addin'], {
  cwd: root, detached: true, stdio: ['ignore', log, log],
});
fs.writeFileSync(pidFile, String(server.pid));
server.unref();
let exited = null;
server.on('exit', (code) => { exited = code; });

process.stdout.write(`Building and serving the add-in on https://localhost:${port}/ `);
const started = Date.now();
while (!(await answers())) {
  if (exited !== null || Date.now() - started > READY_WITHIN_MS) {
    console.error(`\nThe server did not start. Its log, ${path.relative(root, logFile)}:\n${fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n')}`);
    try { process.kill(-server.pid); } catch { /* already gone */ }
    fs.rmSync(pidFile, { force: true });
    process.exit(1);
  }
  process.stdout.write('.');
  await new Promise((r) => setTimeout(r, 1000));
}

console.log(`
Ready: ${url}  (log: ${path.relative(root, logFile)}; npm stop ends it)

Excel needs to trust this certificate once: npx office-addin-dev-certs install
(run as a user who can install certificates; the tests use a throw-away one instead).

Sideload into Excel on the web:
  1. Open a workbook at office.com, then Home > Add-ins > More Add-ins > My Add-ins.
  2. Choose "Upload My Add-in" and pick ${path.join(root, 'manifest.xml')}.
  3. The "Tracker Check" button appears on the Home tab.

Sideload into Excel on Windows:
  1. Share a folder on this machine and copy manifest.xml into it.
  2. In Excel: File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs: add the
     share's network path (\\\\machine\\folder), tick "Show in Menu", and restart Excel.
  3. Home > Add-ins > Advanced > Shared Folder, choose Tracker Check.

Sideload into Excel on a Mac:
  copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.

Without Excel: open ${url} in a browser and use "Open a workbook…".`);
