/**
 * `npm start` and `npm stop` as a developer runs them, through npm: the dev server comes up over https
 * with the pages, icons and manifest of the build (the publisher set as a council sets it, ADDIN_PUBLISHER),
 * `npm run start:web` sideloads through Microsoft's office-addin-debugging, and `npm stop` leaves nothing
 * running. There is no desktop Excel here, and no one at a terminal: the server uses its throw-away
 * certificate, so certificates are not checked.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const PUBLISHER = 'Smith & Jones Audit';
const DOCUMENT = 'https://contoso-my.sharepoint.com/:x:/p/officer/EQda453DNTpFnl1bFPhOVR0B?e=RSccmN';
const MANIFEST_ID = /<Id>([^<]+)<\/Id>/.exec(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'))![1];

let port: number;
let pid: number | undefined;
let started: { code: number | null; output: string };
let scratch: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, 'localhost', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
    server.on('error', reject);
  });
}

function npm(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    // stdin not a terminal: npm start then never asks to install a certificate
    const child = spawn('npm', args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

function fetchInsecure(path: string): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = get(`https://localhost:${port}/${path}`, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timed out')));
  });
}

/**
 * The processes of the server's group still running (npm start makes the server lead its own group), as
 * ps lists them; an ended one waiting to be collected by its parent (state Z) is not running.
 */
function groupProcesses(leader: number): string[] {
  const ps = spawnSync('ps', ['-e', '-o', 'pgid=,pid=,stat=,args='], { encoding: 'utf8' });
  return ps.stdout.split('\n').map((line) => line.trim().split(/\s+/)).filter(([pgid, , stat]) => Number(pgid) === leader && !stat!.startsWith('Z'))
    .map((fields) => fields.slice(1).join(' '));
}

const pidFile = () => join(ROOT, 'dist', `dev-server-${port}.pid`);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'tc-start-'));
  port = await freePort();
  // without CI, so the reason given is the one any unattended start meets (CI sets it, a developer's shell may not)
  const env: NodeJS.ProcessEnv = { ...process.env, ADDIN_PUBLISHER: PUBLISHER };
  delete env.CI;
  started = await npm(['start', '--', '--port', String(port)], env);
  if (existsSync(pidFile())) pid = Number(readFileSync(pidFile(), 'utf8'));
}, 180_000);

afterAll(() => {
  // only if a test failed before npm stop did its work
  if (pid !== undefined && groupProcesses(pid).length > 0) process.kill(-pid, 'SIGKILL');
  rmSync(pidFile(), { force: true });
  rmSync(join(ROOT, 'dist', `dev-server-${port}.log`), { force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves the pane over https on localhost, in the background, and says how to sideload', async () => {
    expect({ code: started.code, output: started.code === 0 ? '' : started.output }).toEqual({ code: 0, output: '' });
    expect(started.output).toContain(`Ready: https://localhost:${port}/taskpane.html (process ${pid}`);
    expect(started.output).toMatch(/Certificate: a throw-away self-signed one, .*\(no trusted one: no one is at a terminal to confirm it;/);
    if (process.platform === 'linux') {
      expect(started.output).toContain('There is no desktop Excel on Linux: nothing to sideload into here.');
      expect(started.output).toContain('npm run start:web -- --document <url>');
    }
    const page = await fetchInsecure('taskpane.html');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<title>Tracker Check</title>');
  });

  it('serves a manifest naming the publisher set at build time, its SupportUrl and LearnMoreUrl the support page', async () => {
    const manifest = (await fetchInsecure('manifest.xml')).body.toString();
    expect(/<ProviderName>([^<]*)<\/ProviderName>/.exec(manifest)?.[1]).toBe('Smith &amp; Jones Audit');
    expect(/<SupportUrl DefaultValue="([^"]*)"\/>/.exec(manifest)?.[1]).toBe('https://localhost:3000/support.html');
    expect(/<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="([^"]*)"\/>/.exec(manifest)?.[1]).toBe('https://localhost:3000/support.html');
  });

  it("serves the support page: what Tracker Check is, whom to ask, what it reads and writes, how to remove it", async () => {
    const page = await fetchInsecure('support.html');
    expect([page.status, page.type]).toEqual([200, 'text/html; charset=utf-8']);
    const html = page.body.toString();
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).not.toContain('<script');
    for (const heading of ['Getting help', 'What it reads and writes', 'Removing it']) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(text).toContain('This copy of Tracker Check is published by Smith &amp; Jones Audit');
    expect(text).toContain(`Tell them the version, ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version},`);
    expect(text).toContain('TrackerCheck_Settings');
    expect(text).toContain('tracker-check clean');
  });

  it('serves every image the manifest names as a PNG the build emits, at the size it is used at', async () => {
    const manifest = (await fetchInsecure('manifest.xml')).body.toString();
    const urlOf = (resid: string) => new RegExp(`<bt:Image id="${resid}" DefaultValue="([^"]+)"/>`).exec(manifest)?.[1];
    const wanted = [
      { url: /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1], size: 32 },
      { url: /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1], size: 64 },
      ...[...manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((m) => ({ url: urlOf(m[2]!), size: Number(m[1]) })),
    ];
    expect(wanted.length).toBe(2 + 2 * 8);
    for (const { url, size } of wanted) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/icon-\d+\.png$/);
      const image = await fetchInsecure(url!.slice('https://localhost:3000/'.length));
      const png = image.body;
      expect({ url, status: image.status, type: image.type, signature: png.toString('hex', 0, 8), width: png.readUInt32BE(16), height: png.readUInt32BE(20) })
        .toEqual({ url, status: 200, type: 'image/png', signature: '89504e470d0a1a0a', width: size, height: size });
    }
  });
});

describe('npm run start:web', () => {
  // xdg-open is what office-addin-debugging opens a browser with on Linux; told there is no desktop, it runs $BROWSER
  (process.platform === 'linux' ? it : it.skip)('sideloads into Excel on the web through office-addin-debugging, on the server already running', async () => {
    const opened = join(scratch, 'opened.txt');
    const browser = join(scratch, 'browser.sh');
    writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${opened}'\n`);
    chmodSync(browser, 0o755);
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CURRENT_DESKTOP: 'X-Generic', BROWSER: browser };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const r = await npm(['run', 'start:web', '--', '--port', String(port), '--document', DOCUMENT], env);
    expect({ code: r.code, output: r.code === 0 ? '' : r.output }).toEqual({ code: 0, output: '' });
    expect(r.output).toContain(`The add-in is already being served on https://localhost:${port}/ (process ${pid}).`);
    expect(r.output).toContain('Sideloading with office-addin-debugging (Excel on the web):');
    expect(r.output).toContain('App type: web');
    for (let i = 0; i < 50 && !existsSync(opened); i++) await new Promise((res) => setTimeout(res, 100));
    expect(readFileSync(opened, 'utf8')).toBe(`${DOCUMENT}&wdaddindevserverport=3000&wdaddinmanifestfile=manifest.xml&wdaddinmanifestguid=${MANIFEST_ID}\n`);
    expect(Number(readFileSync(pidFile(), 'utf8'))).toBe(pid);
  });

  it('refuses to start without the workbook to sideload into, and says how', async () => {
    const r = await npm(['run', 'start:web', '--', '--port', String(port)]);
    expect(r.code).toBe(2);
    expect(r.output).toContain('npm run start:web -- --document <url>');
  });
});

describe('npm stop', () => {
  it('ends the server: the pane no longer answers and no process of it is left', async () => {
    expect(groupProcesses(pid!)).toEqual([expect.stringMatching(/^\d+ \S+ webpack\b/)]);
    const r = await npm(['stop', '--', '--port', String(port)]);
    expect({ code: r.code, output: r.code === 0 ? '' : r.output }).toEqual({ code: 0, output: '' });
    expect(r.output).toContain(`Stopped serving the add-in (process ${pid}).`);
    // at once: npm stop returns only once the server has gone
    expect(groupProcesses(pid!)).toEqual([]);
    await expect(fetchInsecure('taskpane.html')).rejects.toThrow(/ECONNREFUSED/);
    expect(existsSync(pidFile())).toBe(false);
    expect(existsSync(join(ROOT, 'dist', `dev-server-${port}.log`))).toBe(false);
  });

  it('says so when there is nothing to stop', async () => {
    const r = await npm(['stop', '--', '--port', String(port)]);
    expect(r.code).toBe(0);
    expect(r.output).toContain(`The add-in is not being served on port ${port}.`);
  });
});
