/**
 * The add-in's icons: every size Office and a store listing ask for is in assets/ at exactly that size, and
 * the manifest names each ribbon size the add-in only manifest allows, each at its own file.
 * (That each address resolves to a file the build emits is checked on the served build, in startStop.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPngSize } from '../../scripts/manifest/validateOffline';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
// the ribbon's <bt:Image> sizes: 16, 32 and 80 required, the others taken when the screen's scale wants them
const RIBBON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

/** The address of the <bt:Image> resource `resid`, relative to the dev server. */
function imageResource(resid: string): string | undefined {
  const m = new RegExp(`<bt:Image id="${resid.replace(/\./g, '\\.')}" DefaultValue="https://localhost:3000/([^"]+)"/>`).exec(MANIFEST);
  return m?.[1];
}

describe('the icons in assets/', () => {
  it.each([16, 20, 24, 32, 40, 48, 64, 80, 96])('icon-%i.png is a PNG of exactly that size', (size) => {
    expect(readPngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});

describe('the icons the manifest names', () => {
  it.each([
    ['IconUrl', 'assets/icon-32.png'],
    ['HighResolutionIconUrl', 'assets/icon-64.png'],
  ])('<%s> is %s', (element, file) => {
    expect(new RegExp(`<${element} DefaultValue="https://localhost:3000/([^"]+)"/>`).exec(MANIFEST)?.[1]).toBe(file);
  });

  it.each([
    ['the group', 'TrackerCheckGroup'],
    ['the button', 'TaskpaneButton'],
  ])('%s on the Home tab has an image at every ribbon size, each its own file of that size', (_what, id) => {
    const start = MANIFEST.search(new RegExp(`<(Group|Control)[^>]* id="${id}"`));
    const icon = /<Icon>([\s\S]*?)<\/Icon>/.exec(MANIFEST.slice(start))?.[1] ?? '';
    const images = [...icon.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((m) => ({ size: Number(m[1]), file: imageResource(m[2]!) }));
    expect(images).toEqual(RIBBON_SIZES.map((size) => ({ size, file: `assets/icon-${size}.png` })));
  });
});
