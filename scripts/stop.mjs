// `npm stop`: ends the server `npm start` left running.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pidFile = path.join(root, 'dist', 'dev-server.pid');
if (!fs.existsSync(pidFile)) {
  console.log('The add-in is not being served.');
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, 'utf8'));
try {
  // the server was started as the leader of its own process group: end the group
  process.kill(-pid, 'SIGTERM');
  console.log(`Stopped serving the add-in (process ${pid}).`);
} catch {
  console.log('The add-in server had already stopped.');
}
fs.rmSync(pidFile, { force: true });
