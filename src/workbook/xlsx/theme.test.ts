import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipParts } from '../../../test/fixtures/xlsx-reader/packages';
import { readThemeColours } from './theme';
import { DEFAULT_LIMITS, InflateBudget, ZipArchive } from './zip';

const PART = 'xl/theme/theme1.xml';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

function themeOf(zip: ZipArchive): (string | undefined)[] {
  return readThemeColours(zip, zip.get(PART)!, new InflateBudget(DEFAULT_LIMITS));
}
const read = (xml: string): (string | undefined)[] => themeOf(new ZipArchive(zipParts([[PART, xml]])));

const slot = (name: string, colour: string): string => `<a:${name}>${colour}</a:${name}>`;
const rgb = (val: string): string => `<a:srgbClr val="${val}"/>`;

describe('readThemeColours', () => {
  it('gives the colour scheme by Excel\'s theme index, light 1 and dark 1 from their system colours', () => {
    const zip = new ZipArchive(new Uint8Array(readFileSync(path.join(__dirname, '../../../test/fixtures/fill-status/fill-status-excel.xlsx'))));
    expect(themeOf(zip)).toEqual(['FFFFFF', '000000', 'E7E6E6', '00703C', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72']);
  });

  it('reads the slots in whatever order they come, any prefix, and leaves out those it does not have', () => {
    const scheme = [
      slot('accent2', rgb('c0504d')),
      slot('dk2', rgb('1F497D')),
      slot('lt1', '<a:sysClr val="window" lastClr="FFFFFF"/>'),
      slot('dk1', '<a:sysClr val="windowText"/>'),
    ].join('');
    expect(read(`<a:theme xmlns:a="${A}"><a:themeElements><a:clrScheme name="x">${scheme}</a:clrScheme></a:themeElements></a:theme>`)).toEqual([
      'FFFFFF', undefined, undefined, '1F497D', undefined, 'C0504D', undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
    expect(read(`<t:theme xmlns:t="${A}"><t:themeElements><t:clrScheme name="x"><t:accent1><t:srgbClr val="4472C4"/></t:accent1></t:clrScheme></t:themeElements></t:theme>`)[4]).toBe('4472C4');
  });

  it('keeps the theme\'s own scheme, not the extra schemes listed after it, nor colours elsewhere', () => {
    const xml =
      `<a:theme xmlns:a="${A}"><a:themeElements><a:clrScheme name="Office">${slot('accent1', rgb('4472C4'))}</a:clrScheme>` +
      `<a:fmtScheme><a:fillStyleLst><a:solidFill>${rgb('FF0000')}</a:solidFill></a:fillStyleLst></a:fmtScheme></a:themeElements>` +
      `<a:extraClrSchemeLst><a:extraClrScheme><a:clrScheme name="Other">${slot('accent1', rgb('00FF00'))}${slot('accent2', rgb('0000FF'))}</a:clrScheme></a:extraClrScheme></a:extraClrSchemeLst></a:theme>`;
    expect(read(xml).slice(4, 6)).toEqual(['4472C4', undefined]);
  });
});
