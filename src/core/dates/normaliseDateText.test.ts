import { normaliseDateText } from './normaliseDateText';

describe('normaliseDateText', () => {
  it.each([
    ['Mar 11', 'Mar 11'],
    ['  Mar 11  ', 'Mar 11'],
    ['Jan09 – Feb09', 'Jan09 - Feb09'],
    ['Jan09 — Feb09', 'Jan09 - Feb09'],
    ['Dec ’09', "Dec '09"],
    ['<p>Nov08</p> <p>Jan09 – Feb09</p> <p>Mar09</p>', 'Nov08 Jan09 - Feb09 Mar09'],
    ['<ol style="list-style-type: none"> 1. Review', '1. Review'],
    ['Jan 11\nFeb 11', 'Jan 11 Feb 11'],
    ['31\u00a0March\u00a02011', '31 March 2011'],
    ['C&amp;CS Plan', 'C&CS Plan'],
    ['HB & JP', 'HB & JP'],
    ['', ''],
  ])('%j → %j', (text, clean) => {
    expect(normaliseDateText(text)).toBe(clean);
  });
});
