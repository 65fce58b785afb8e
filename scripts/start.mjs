/* global setTimeout */
// `npm start`, as Microsoft's add-in template does it with office-addin-debugging: a trusted developer
// certificate (office-addin-dev-certs installs one where it can), the dev server on https://localhost:3000
// in the background, and the add-in sideloaded into Excel: desktop Excel on Windows and on a Mac, Excel on
// the web with `npm run start:web -- --document <url>` (or `npm start -- web --document <url>`). `npm stop`
// undoes it.
//
// The server is started here rather than by office-addin-debugging: on macOS and Linux, when it cannot
// install a certificate (no sudo, no one to confirm), it starts no server at all ("Unable to start the dev
// server. Error: Unable to install the CA certificate."), where this one falls back to a throw-away
// self-signed certificate (webpack.config.js) that browsers and the tests can be told to accept. There is
// no desktop Excel on Linux, so there `npm start` serves and says how to sideload into Excel on the web.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import devCerts from 'office-addin-dev-certs';
import { MANIFEST, ROOT, answers, debuggingInstalled, parseArgs, runDebugging, runningServer, serverFiles, stopServer } from './devServer.mjs';

const READY_WITHIN_MS = 180_000;

let args;
try {
  args = parseArgs(process.argv.slice(2), { allowSideload: true });
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
const { platform, document, port } = args;
if (platform === 'web' && !document) {
  console.error(`Excel on the web needs the address of a workbook to open the add-in in:
  npm run start:web -- --document <url>
(in Excel on the web, open or create a workbook, then Share > Copy link).`);
  process.exit(2);
}
const url = `https://localhost:${port}/taskpane.html`;
const { dir, pidFile, logFile } = serverFiles(port);
const rel = (file) => path.relative(ROOT, file);

/** Why office-addin-dev-certs is not asked to install a certificate here, or undefined when it may be. */
function whyNoInstall() {
  if (process.env.CI) return 'CI is set';
  // Windows and macOS ask the user to confirm, and sudo asks for a password: only with someone there to answer
  if (!process.stdin.isTTY) return 'no one is at a terminal to confirm it';
  if (process.platform === 'linux' && spawnSync('sh', ['-c', 'command -v sudo'], { stdio: 'ignore' }).status !== 0) {
    return 'installing one on Linux needs sudo';
  }
  return undefined;
}

async function certificate() {
  if (devCerts.verifyCertificates()) return 'the trusted developer certificate from office-addin-dev-certs';
  const why = whyNoInstall();
  if (!why) {
    try {
      await devCerts.ensureCertificatesAreInstalled();
      return 'the developer certificate office-addin-dev-certs has just installed';
    } catch (e) {
      return `a throw-away self-signed one, which browsers can be told to accept but Excel cannot (office-addin-dev-certs could not install one: ${String(e.message).split('\n')[0]})`;
    }
  }
  return `a throw-away self-signed one, which browsers can be told to accept but Excel cannot (no trusted one: ${why}; npx office-addin-dev-certs install adds one)`;
}

async function startServer() {
  const cert = await certificate();
  fs.mkdirSync(dir, { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const webpackCli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  // its own process group (detached), so that npm stop ends the server and anything it started
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development', '--config-name', 'addin', '--port', String(port)], {
    cwd: ROOT, detached: true, windowsHide: true, stdio: ['ignore', log, log],
  });
  fs.writeFileSync(pidFile, String(server.pid));
  server.unref();
  let exited = false;
  server.on('exit', () => { exited = true; });

  process.stdout.write(`Building and serving the add-in on https://localhost:${port}/ `);
  const started = Date.now();
  while (!(await answers(port))) {
    if (exited || Date.now() - started > READY_WITHIN_MS) {
      console.error(`\nThe server did not start. Its log, ${rel(logFile)}:\n${fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n')}`);
      await stopServer(server.pid);
      fs.rmSync(pidFile, { force: true });
      process.exit(1);
    }
    process.stdout.write('.');
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(`\nReady: ${url} (process ${server.pid}; log: ${rel(logFile)}; npm stop ends it)`);
  console.log(`Certificate: ${cert}.`);
}

const MANUAL_STEPS = `
Sideload into Excel on the web:
  npm run start:web -- --document <url>   (the link from Share > Copy link on a workbook in Excel on the web)
  or by hand: open a workbook at office.com, Home > Add-ins > More Settings > Upload My Add-in, and upload
  ${path.join(ROOT, MANIFEST)}. The browser has to trust https://localhost:${port}/ first.

Sideload into Excel on Windows: npm start does it there. By hand: share a folder, copy manifest.xml into it,
  add the share under File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick
  Show in Menu), restart Excel, then Home > Add-ins > Advanced > Shared Folder.

Sideload into Excel on a Mac: npm start does it there. By hand: copy manifest.xml to
  ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel, then Home > Add-ins.

Without Excel: open ${url} in a browser and use "Open a workbook…".`;

const pid = runningServer(pidFile);
if (pid !== undefined) {
  // as office-addin-debugging does: a server already there is used, and the add-in sideloaded again
  console.log(`The add-in is already being served on https://localhost:${port}/ (process ${pid}).`);
  if (!(await answers(port))) {
    console.error(`It does not answer: run npm stop, then npm start again (its log: ${rel(logFile)}).`);
    process.exit(1);
  }
} else {
  await startServer();
}

const sideloadable = platform === 'web' || process.platform === 'win32' || process.platform === 'darwin';
if (!sideloadable) {
  const system = { linux: 'Linux', freebsd: 'FreeBSD', openbsd: 'OpenBSD' }[process.platform] ?? process.platform;
  console.log(`\nThere is no desktop Excel on ${system}: nothing to sideload into here.${MANUAL_STEPS}`);
} else if (!debuggingInstalled()) {
  console.error(`\noffice-addin-debugging, which sideloads the add-in, is not installed: run npm install (or npm run postinstall).${MANUAL_STEPS}`);
  process.exitCode = 1;
} else {
  console.log(`\nSideloading with office-addin-debugging (${platform === 'web' ? 'Excel on the web' : 'desktop Excel'}):`);
  const sideload = runDebugging(['start', MANIFEST, platform, ...(document ? ['--document', document] : [])]);
  if (!sideload.ok) {
    console.error(`\nThe add-in was not sideloaded (above); it is still being served.${MANUAL_STEPS}`);
    process.exitCode = 1;
  }
}
