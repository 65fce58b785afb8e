// Renders assets/icon.svg to the PNG icons the manifest names. The PNGs are committed: this runs only when
// the mark changes (node scripts/makeIcons.mjs), never in the build, so a build needs no browser.
// Chromium rather than an SVG library: it is already the browser the end-to-end tests drive, and its
// rasteriser antialiases the 16 px icon the way Office's own ribbon icons look.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

// 16 to 80: the ribbon button, whose <bt:Image> sizes are 16, 32 and 80 (required) and 20, 24, 40, 48 and
// 64 (Office picks the one nearest the screen's scale); 32 and 64 are also IconUrl and
// HighResolutionIconUrl. 96 is not a size the add-in only manifest takes: it is there for a store listing
// or a unified manifest, so that one need not be drawn when it is wanted.
export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 96];

const assets = new URL('../assets/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', assets));
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  // deviceScaleFactor 1 so that a CSS pixel is an image pixel and the PNG comes out at exactly size x size
  const page = await browser.newPage({ deviceScaleFactor: 1, viewport: { width: 200, height: 200 } });
  for (const size of ICON_SIZES) {
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img id="mark" src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    // a data: image decodes asynchronously; screenshot only once it is painted
    await page.locator('#mark').evaluate((img) => img.decode());
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true });
    writeFileSync(new URL(`icon-${size}.png`, assets), png);
    console.log(`assets/icon-${size}.png ${size}x${size} ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
