import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADDIN_PAGES, DEV_BASE_URL, renderManifest } from '../../scripts/manifest/renderManifest';
import { readPngSize, xmllintAvailable } from '../../scripts/manifest/validateOffline';

// The manifest is checked as CI and a developer check it: the validator runs as its own process, with the
// real xmllint, on real files. Each broken variant differs from manifest.xml in one place and must be
// rejected with exactly one line, naming that place.

const ROOT = join(__dirname, '..', '..');
const VALIDATOR = join(ROOT, 'scripts', 'manifest', 'validateOffline.js');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const ADDIN_URL = 'https://intranet.example.gov.uk/tracker-check/';

let dir: string;

beforeAll(() => {
  if (!xmllintAvailable()) {
    throw new Error('xmllint is not installed, so the manifest cannot be checked: run  bash scripts/system-deps.sh  (Debian package libxml2-utils)');
  }
  dir = mkdtempSync(join(tmpdir(), 'tracker-check-manifest-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function validate(xml: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) {
  writeFileSync(join(dir, 'manifest.xml'), xml);
  const r = spawnSync(process.execPath, [VALIDATOR, 'manifest.xml', ...args], { cwd: dir, encoding: 'utf8', env });
  return { status: r.status, lines: r.stdout.split('\n').filter(Boolean), stderr: r.stderr };
}

/** `xml` with `from` replaced by `to` once; fails the test if `from` is not in it. */
function variant(from: string, to: string, xml = MANIFEST): string {
  expect(xml).toContain(from);
  return xml.replace(from, to);
}

/** The 1-based line of the first occurrence of `text`. */
function lineOf(xml: string, text: string): number {
  return xml.slice(0, xml.indexOf(text)).split('\n').length;
}

describe('manifest.xml', () => {
  it('passes the offline check: schema, resids, icons and addresses', () => {
    const r = validate(MANIFEST);
    expect(r.lines).toEqual(['manifest.xml is valid (schemas + 25 resids, 10 icons, 15 URLs checked)']);
    expect(r.status).toBe(0);
  });

  it('passes it where it is in the repository, as `npm run validate:offline` runs it', () => {
    const r = spawnSync(process.execPath, [VALIDATOR, 'manifest.xml'], { cwd: ROOT, encoding: 'utf8' });
    expect([r.status, r.stdout.trim()]).toEqual([0, 'manifest.xml is valid (schemas + 25 resids, 10 icons, 15 URLs checked)']);
  });

  it('is an Excel task-pane add-in, en-GB, ExcelApi 1.13, with a Home-tab button that opens the pane', () => {
    expect(MANIFEST).toContain('xsi:type="TaskPaneApp"');
    expect(MANIFEST).toContain('<Id>6f1c8f0e-2b0a-4c37-9a53-7d3f6c2b1e41</Id>');
    expect(MANIFEST).toContain('<Version>0.1.0.0</Version>');
    expect(MANIFEST).toContain('<DefaultLocale>en-GB</DefaultLocale>');
    expect(MANIFEST).toContain('<Host Name="Workbook"/>');
    expect(MANIFEST).toMatch(/<Sets DefaultMinVersion="1.1">\s*<Set Name="ExcelApi" MinVersion="1.13"\/>\s*<\/Sets>/);
    expect(MANIFEST).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">\s*<Group id="TrackerCheckGroup">/);
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>ButtonId1<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(MANIFEST).toContain('<bt:String id="TrackerCheckGroup.Label" DefaultValue="Tracker Check"/>');
  });

  it('names only the pages the build emits and icons that are in assets/ at their sizes', () => {
    const urls = [...MANIFEST.matchAll(/"https:\/\/localhost:3000\/([^"]*)"/g)].map((m) => m[1]!);
    expect([...new Set(urls)].sort()).toEqual([
      ...[16, 20, 24, 32, 40, 48, 64, 80].map((size) => `assets/icon-${size}.png`).sort(),
      'commands.html', 'support.html', 'taskpane.html',
    ]);
    expect([...ADDIN_PAGES].sort()).toEqual(['commands.html', 'support.html', 'taskpane.html']);
    expect(MANIFEST).not.toMatch(/Value="http:/);
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) {
      expect(readPngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});

describe('renderManifest (ADDIN_URL=... npm run build)', () => {
  it('moves every address to the council server, and the result passes the offline check', () => {
    const rendered = renderManifest(MANIFEST, ADDIN_URL);
    expect(rendered).not.toContain('localhost');
    expect(rendered.split(ADDIN_URL).length - 1).toBe(MANIFEST.split(DEV_BASE_URL).length - 1);
    const r = validate(rendered, ['--base', ADDIN_URL]);
    expect(r.lines).toEqual(['manifest.xml is valid (schemas + 25 resids, 10 icons, 15 URLs checked)']);
    expect(r.status).toBe(0);
  });

  it('adds a missing final slash', () => {
    expect(renderManifest('<a b="https://localhost:3000/taskpane.html"/>', 'https://intranet.example.gov.uk/tracker-check'))
      .toBe('<a b="https://intranet.example.gov.uk/tracker-check/taskpane.html"/>');
  });

  it.each([
    ['http://intranet.example.gov.uk/tracker-check/', /must use https/],
    ['intranet.example.gov.uk/tracker-check/', /must be an absolute https address/],
    ['', /must be an absolute https address/],
    ['https://intranet.example.gov.uk/tracker-check/?v=2', /without \? or #/],
  ])('refuses %j with a one-line error', (url, message) => {
    expect(() => renderManifest(MANIFEST, url)).toThrow(message);
    try {
      renderManifest(MANIFEST, url);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('still rejects the rendered manifest when checked against the dev address it no longer uses', () => {
    const r = validate(renderManifest(MANIFEST, ADDIN_URL));
    expect(r.status).toBe(1);
    expect(r.lines[0]).toMatch(/^manifest\.xml:\d+: <IconUrl> DefaultValue: "https:\/\/intranet\.example\.gov\.uk\/tracker-check\/assets\/icon-32\.png" is not under the add-in's address https:\/\/localhost:3000\//);
  });
});

describe('a broken manifest is rejected with one line naming the problem', () => {
  function expectOneProblem(xml: string, line: number, message: string | RegExp, args: string[] = []) {
    const r = validate(xml, args);
    expect(r.lines).toHaveLength(2);
    if (typeof message === 'string') expect(r.lines[0]).toBe(`manifest.xml:${line}: ${message}`);
    else {
      expect(r.lines[0]!.startsWith(`manifest.xml:${line}: `)).toBe(true);
      expect(r.lines[0]).toMatch(message);
    }
    expect(r.lines[1]).toBe('manifest.xml is not valid: 1 problem');
    expect(r.status).toBe(1);
  }

  it('a resid that names no resource', () => {
    const xml = variant('<Description resid="TaskpaneButton.Tooltip"/>', '<Description resid="TaskpaneButton.Tooltp"/>');
    expectOneProblem(xml, lineOf(xml, 'TaskpaneButton.Tooltp'),
      '<Description resid="TaskpaneButton.Tooltp">: resid "TaskpaneButton.Tooltp" names no resource in <Resources>');
  });

  it('a resid that names a resource of the wrong kind', () => {
    const xml = variant('<Title resid="GetStarted.Title"/>', '<Title resid="GetStarted.Description"/>');
    expectOneProblem(xml, lineOf(xml, '<Title resid="GetStarted.Description"/>'),
      '<Title resid="GetStarted.Description">: resid "GetStarted.Description" must name a bt:ShortStrings resource, but it is in bt:LongStrings');
  });

  it('an icon whose file does not exist', () => {
    const xml = variant('"https://localhost:3000/assets/icon-80.png"', '"https://localhost:3000/assets/icon-90.png"');
    expectOneProblem(xml, lineOf(xml, 'icon-90.png'),
      /^manifest\.xml:\d+: <bt:Image id="Icon\.80x80"> DefaultValue: "https:\/\/localhost:3000\/assets\/icon-90\.png" has no file: \S*assets\/icon-90\.png does not exist$/);
  });

  it('an icon file of the wrong pixel size', () => {
    const assets = join(dir, 'assets');
    mkdirSync(assets, { recursive: true });
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) copyFileSync(join(ROOT, 'assets', `icon-${size}.png`), join(assets, `icon-${size}.png`));
    copyFileSync(join(ROOT, 'assets', 'icon-16.png'), join(assets, 'icon-32.png'));
    const r = validate(MANIFEST, ['--assets', assets]);
    expect(r.lines).toEqual([
      `manifest.xml:${lineOf(MANIFEST, '<IconUrl')}: <IconUrl> DefaultValue: assets/icon-32.png is 16x16; it is used at 32x32`,
      `manifest.xml:${lineOf(MANIFEST, '<bt:Image id="Icon.32x32"')}: <bt:Image id="Icon.32x32"> DefaultValue: assets/icon-32.png is 16x16; it is used at 32x32`,
      'manifest.xml is not valid: 2 problems',
    ]);
    expect(r.status).toBe(1);
  });

  it('an http:// address', () => {
    const xml = variant('"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"');
    expectOneProblem(xml, lineOf(xml, 'http://localhost:3000/commands.html'),
      '<bt:Url id="Commands.Url"> DefaultValue: "http://localhost:3000/commands.html" must be https: Office loads add-in files only over https');
  });

  it('a page the build does not emit', () => {
    const xml = variant('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>');
    expectOneProblem(xml, lineOf(xml, '<SupportUrl'),
      '<SupportUrl> DefaultValue: "https://localhost:3000/help.html" names help.html, which the build does not emit (its pages: taskpane.html, commands.html, support.html)');
  });

  it('a host other than Excel', () => {
    const xml = variant('<Host Name="Workbook"/>', '<Host Name="Document"/>');
    expectOneProblem(xml, lineOf(xml, '<Host Name="Document"/>'), '<Host Name="Document">: the host must be Workbook (Excel), not "Document"');
  });

  it('an element the schema does not allow there (xmllint)', () => {
    const xml = variant('  <Permissions>', '  <AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>\n  <Permissions>');
    expectOneProblem(xml, lineOf(xml, '<AppDomains>'), '<AppDomains>: schema: This element is not expected. Expected is ( Permissions ).');
  });

  it('a value the schema does not allow (xmllint)', () => {
    const xml = variant('<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="96" resid="Icon.80x80"/>');
    expectOneProblem(xml, lineOf(xml, 'size="96"'), /^manifest\.xml:\d+: <bt:Image>: schema: attribute 'size': \[facet 'enumeration'\] The value '96' is not an element of the set \{/);
  });

  it('XML that is not well-formed (xmllint)', () => {
    const xml = variant('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteDocument</Permission>');
    const r = validate(xml);
    expect(r.lines[0]).toBe(`manifest.xml:${lineOf(xml, '</Permission>')}: not well-formed XML: Opening and ending tag mismatch: Permissions line ${lineOf(xml, '</Permission>')} and Permission`);
    expect(r.status).toBe(1);
  });
});

describe('when the check cannot run', () => {
  it('says how to install xmllint, and exits 2 rather than passing', () => {
    const emptyPath = join(dir, 'no-tools');
    mkdirSync(emptyPath, { recursive: true });
    const r = validate(MANIFEST, [], { ...process.env, PATH: emptyPath });
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([]);
    expect(r.stderr.trim()).toBe('xmllint is not installed: run  bash scripts/system-deps.sh  (Debian package libxml2-utils), then try again');
  });
});
