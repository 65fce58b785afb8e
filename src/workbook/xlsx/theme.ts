/**
 * The theme part's colour scheme (DrawingML clrScheme, ECMA-376 Part 1, 20.1.6.2), by Excel's theme colour
 * index: a cell style's `theme="5"` is THEME_SLOTS[5], accent 2.
 */

import { THEME_SLOTS, rgbOf, type ThemeSlot } from './colours';
import { localName, parseXmlPart, type XmlTag } from './xml';
import type { InflateBudget, ZipArchive, ZipEntry } from './zip';

const SLOT_INDEX: ReadonlyMap<string, number> = new Map(THEME_SLOTS.map((slot: ThemeSlot, i) => [slot, i]));

/** 'RRGGBB' by theme index; undefined for a slot the part does not define */
export function readThemeColours(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): (string | undefined)[] {
  const colours: (string | undefined)[] = THEME_SLOTS.map(() => undefined);
  let inScheme = false;
  let schemes = 0;
  let slot = -1;
  parseXmlPart(zip, entry, budget, (parser) => {
    parser.on('opentag', (tag: XmlTag) => {
      const n = localName(tag.name);
      if (n === 'clrScheme') {
        // the theme's own scheme, not one of an extra list's (extraClrSchemeLst)
        inScheme = schemes++ === 0;
        return;
      }
      if (!inScheme) return;
      const at = SLOT_INDEX.get(n);
      if (at !== undefined) slot = at;
      else if (slot >= 0 && colours[slot] === undefined) {
        // a system colour (dk1 and lt1 are "windowText" and "window") gives the value last seen
        if (n === 'srgbClr') colours[slot] = rgbOf(tag.attributes['val']);
        else if (n === 'sysClr') colours[slot] = rgbOf(tag.attributes['lastClr']);
      }
    });
    parser.on('closetag', (tag: XmlTag) => {
      const n = localName(tag.name);
      if (n === 'clrScheme') inScheme = false;
      else if (SLOT_INDEX.has(n)) slot = -1;
    });
  });
  return colours;
}
