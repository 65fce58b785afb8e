/**
 * The publisher Office shows beside the add-in (ProviderName): set when building (ADDIN_PUBLISHER, else
 * package.json's config.publisher), never the add-in's own name. The served build is checked in
 * startStop.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_BASE_URL, normalisePublisher, renderManifest } from '../../scripts/manifest/renderManifest';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const VALIDATOR = join(ROOT, 'scripts', 'manifest', 'validateOffline.js');
const { config } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { config: { publisher: string } };

const providerName = (xml: string) => /<ProviderName>([^<]*)<\/ProviderName>/.exec(xml)?.[1];

describe('the default publisher', () => {
  it("is package.json's config.publisher, as the manifest in the repository holds it", () => {
    expect(providerName(MANIFEST)).toBe(config.publisher);
  });

  it("is not the add-in's own name", () => {
    const displayName = /<DisplayName DefaultValue="([^"]*)"\/>/.exec(MANIFEST)?.[1];
    expect(displayName).toBe('Tracker Check');
    expect(config.publisher.toLowerCase()).not.toBe(displayName!.toLowerCase());
  });
});

describe('renderManifest with a publisher', () => {
  it.each([
    ['a name is written as it is', 'Example Borough Council', 'Example Borough Council'],
    ['spaces round it are trimmed', '  Example Borough Council  ', 'Example Borough Council'],
    ["XML's special characters are escaped", 'Smith & Jones <Audit>', 'Smith &amp; Jones &lt;Audit&gt;'],
    ['125 characters, the limit, are kept', 'x'.repeat(125), 'x'.repeat(125)],
  ])('%s', (_what, publisher, written) => {
    const xml = renderManifest(MANIFEST, DEV_BASE_URL, publisher);
    expect(providerName(xml)).toBe(written);
    expect(xml.match(/<ProviderName>/g)).toHaveLength(1);
  });

  it('leaves ProviderName as it is when no publisher is given', () => {
    expect(providerName(renderManifest(MANIFEST, DEV_BASE_URL))).toBe(config.publisher);
  });

  it.each([
    ['nothing', '', /must name the publisher/],
    ['only spaces', '   ', /must name the publisher/],
    ['a line break', 'Example\nCouncil', /must be one line of text/],
    ['a tab', 'Example\tCouncil', /must be one line of text/],
    ['126 characters', 'x'.repeat(126), /at most 125 characters, the manifest's limit \(got 126\)/],
  ])('refuses %s with a one-line error', (_what, publisher, message) => {
    expect(() => normalisePublisher(publisher)).toThrow(message);
    expect(() => renderManifest(MANIFEST, DEV_BASE_URL, publisher)).toThrow(message);
    try {
      normalisePublisher(publisher);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });
});

describe("the offline check refuses the add-in's own name as publisher", () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'tc-publisher-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['Tracker Check', 1],
    ['tracker check', 1],
    ['Example Borough Council', 0],
  ])('ProviderName %j: exit %i', (publisher, status) => {
    const xml = renderManifest(MANIFEST, DEV_BASE_URL, publisher);
    writeFileSync(join(dir, 'manifest.xml'), xml);
    const r = spawnSync(process.execPath, [VALIDATOR, 'manifest.xml', '--assets', join(ROOT, 'assets')], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(status);
    const line = xml.slice(0, xml.indexOf('<ProviderName>')).split('\n').length;
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(status === 0
      ? ['manifest.xml is valid (schemas + 25 resids, 10 icons, 15 URLs checked)']
      : [`manifest.xml:${line}: <ProviderName>: the publisher is the add-in's own name, "${publisher}": name who publishes it (ADDIN_PUBLISHER when building)`,
        'manifest.xml is not valid: 1 problem']);
  });
});
