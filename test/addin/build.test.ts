/**
 * The deployable add-in as `npm run build` leaves it in dist/addin (npm test builds first), a build for a
 * council's own address, and `npm start` serving the pane over https on localhost.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateManifest } from '../../scripts/manifest/validateOffline';

const ROOT = join(__dirname, '..', '..');
const ADDIN = join(ROOT, 'dist', 'addin');
const WEBPACK = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const COUNCIL_URL = 'https://intranet.example.gov.uk/tracker-check/';
const INITIAL_BUNDLE_LIMIT = 400 * 1024;

function scriptsOf(html: string): string[] {
  // the built page is minified: an attribute needs no quotes when its value has no space
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]!);
}

beforeAll(() => {
  if (!existsSync(join(ADDIN, 'taskpane.html'))) throw new Error(`${ADDIN} is missing: run "npm run build" (npm test does it first)`);
});

describe('the built add-in', () => {
  it('has the pages, icons and manifest the manifest names, and the manifest validates', () => {
    for (const file of ['taskpane.html', 'commands.html', 'manifest.xml', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']) {
      expect({ file, exists: existsSync(join(ADDIN, file)) }).toEqual({ file, exists: true });
    }
    const result = validateManifest(join(ADDIN, 'manifest.xml'), { assetsDir: join(ADDIN, 'assets') });
    expect(result.problems).toEqual([]);
    expect(result.counts.icons).toBeGreaterThan(0);
  });

  it('lets the pane load its own files and Office.js, and nothing else', () => {
    const html = readFileSync(join(ADDIN, 'taskpane.html'), 'utf8');
    const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const origins = new Set([...csp.matchAll(/https?:\/\/[^\s;]+/g)].map((m) => m[0]));
    expect([...origins]).toEqual(['https://appsforoffice.microsoft.com']);
    const external = scriptsOf(html).filter((src) => /^https?:/.test(src));
    expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });

  it(`keeps the pane's first download under ${INITIAL_BUNDLE_LIMIT / 1024} KB gzip, with the .xlsx code in a chunk of its own`, () => {
    const html = readFileSync(join(ADDIN, 'taskpane.html'), 'utf8');
    const own = scriptsOf(html).filter((src) => !/^https?:/.test(src));
    expect(own.length).toBeGreaterThan(0);
    const gzip = own.reduce((sum, src) => sum + gzipSync(readFileSync(join(ADDIN, src))).length, 0);
    expect(gzip).toBeLessThan(INITIAL_BUNDLE_LIMIT);
    const initial = own.map((src) => readFileSync(join(ADDIN, src), 'utf8')).join('\n');
    // the .xlsx reader's scanner is only in the chunk browser mode fetches when a file is opened
    expect(initial).not.toContain('xl/sharedStrings.xml');
  });

  it('writes a manifest that points at the address a council hosts it at', () => {
    const out = mkdtempSync(join(tmpdir(), 'tc-addin-'));
    try {
      const r = spawnSync(process.execPath, [WEBPACK, '--mode', 'production', '--config-name', 'addin', '--output-path', out], {
        cwd: ROOT, encoding: 'utf8', env: { ...process.env, ADDIN_URL: COUNCIL_URL }, timeout: 300_000,
      });
      expect(r.status).toBe(0);
      const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
      expect(manifest).not.toContain('localhost');
      expect(manifest).toContain(`${COUNCIL_URL}taskpane.html`);
      expect(validateManifest(join(out, 'manifest.xml'), { baseUrl: COUNCIL_URL, assetsDir: join(out, 'assets') }).problems).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('is served over https on localhost by npm start, and npm stop ends it', async () => {
    const port = 3000 + 100 + (process.pid % 800);
    const env = { ...process.env, npm_package_config_dev_server_port: String(port) };
    const start = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    start.stdout.on('data', (d: Buffer) => (output += d.toString()));
    start.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const code = await new Promise<number | null>((resolve) => start.on('exit', resolve));
      expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
      expect(output).toContain('Sideload into Excel on the web');
      const page = await fetchInsecure(`https://localhost:${port}/taskpane.html`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<title>Tracker Check</title>');
      expect(page.body).toContain('Content-Security-Policy');
    } finally {
      const stop = spawnSync(process.execPath, [join(ROOT, 'scripts', 'stop.mjs')], { cwd: ROOT, env, encoding: 'utf8' });
      expect(stop.stdout).toMatch(/Stopped serving|already stopped/);
    }
    // the server takes a moment to go once told to
    let gone = false;
    for (let i = 0; i < 40 && !gone; i++) {
      gone = await fetchInsecure(`https://localhost:${port}/taskpane.html`).then(() => false, () => true);
      if (!gone) await new Promise((r) => setTimeout(r, 250));
    }
    expect(gone).toBe(true);
  }, 300_000);
});

/** The dev server's certificate is a throw-away one here, so it is not checked. */
function fetchInsecure(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timed out')));
  });
}
