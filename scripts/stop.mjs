// `npm stop`: what `npm start` did, undone. On Windows and on a Mac office-addin-debugging unregisters the
// sideloaded add-in (a registry entry; a copy of the manifest in Excel's wef folder); then the dev server
// ends, with every process it started. Excel on the web keeps no registration to undo: the add-in goes
// with the browser's cache.
import fs from 'node:fs';
import { MANIFEST, debuggingInstalled, parseArgs, runDebugging, runningServer, serverFiles, stopServer } from './devServer.mjs';

let port;
try {
  ({ port } = parseArgs(process.argv.slice(2), { allowSideload: false }));
} catch (e) {
  console.error(e.message);
  process.exit(2);
}

if ((process.platform === 'win32' || process.platform === 'darwin') && debuggingInstalled()) {
  if (!runDebugging(['stop', MANIFEST]).ok) process.exitCode = 1;
}

const { pidFile, logFile } = serverFiles(port);
const recorded = fs.existsSync(pidFile);
const pid = runningServer(pidFile);
if (pid === undefined) {
  console.log(recorded ? 'The add-in server had already stopped.' : `The add-in is not being served on port ${port}.`);
} else if (await stopServer(pid)) {
  // the log is kept while the server runs, or when it failed to start (npm start shows it then)
  fs.rmSync(pidFile, { force: true });
  fs.rmSync(logFile, { force: true });
  console.log(`Stopped serving the add-in (process ${pid}).`);
} else {
  console.error(`The add-in server (process ${pid}) would not stop.`);
  process.exitCode = 1;
}
