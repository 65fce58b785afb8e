import { shownWidth, words, wrapLine, wrapText } from './wrapLine';

const RED = (s: string): string => `\u001b[31m${s}\u001b[39m`;

describe('wrapLine', () => {
  // width 20: each line at most 19 columns, one short of the last
  it.each<[string, string[], string, string, string | undefined, string[]]>([
    ['a line that fits is one line', ['Target', 'missing'], '  ', '    ', undefined, ['  Target missing']],
    ['a long one breaks between pieces, later lines at the hanging indent', words('Target date "31/02/2011" is not a date'), '  ', '    ', undefined, [
      '  Target date',
      '    "31/02/2011" is',
      '    not a date',
    ]],
    ['a line may fill 19 columns of 20', ['123456789', '123456789'], '', '', undefined, ['123456789 123456789']],
    ['but not 20', ['123456789', '1234567890'], '', '', undefined, ['123456789', '1234567890']],
    ['a piece wider than the line stays whole on a line of its own', ['see', 'C:\\Plans\\2010-11\\action-plan.xlsx', 'now'], '  ', '  ', undefined, [
      '  see',
      '  C:\\Plans\\2010-11\\action-plan.xlsx',
      '  now',
    ]],
    ['and as the first piece, with no empty line before it', ['C:\\Plans\\2010-11\\action-plan.xlsx', 'now'], '  ', '  ', undefined, [
      '  C:\\Plans\\2010-11\\action-plan.xlsx',
      '  now',
    ]],
    ['a piece with spaces in it is kept together', ['RAG:', 'Complete 6 ·', 'No date 2 ·', 'Red 0'], '', '     ', undefined, [
      'RAG: Complete 6 ·',
      '     No date 2 ·',
      '     Red 0',
    ]],
    ['colour codes take no room: 19 columns shown', ['RAG:', `${RED('Red')} 1 ·`, `${RED('Red')} 12`], '', '', undefined, [`RAG: ${RED('Red')} 1 · ${RED('Red')} 12`]],
    ['a tail two spaces after the last piece, when it fits', ['read', 'as', 'done'], '', '  ', '[x-y]', ['read as done  [x-y]']],
    ['a tail that does not fit goes on a line of its own', ['read', 'as', 'complete'], '', '  ', '[status]', ['read as complete', '  [status]']],
    ['a tail after a wrapped message, on its last line', words('one two three four five six'), '', '  ', '[c]', ['one two three four', '  five six  [c]']],
  ])('%s', (_what, pieces, indent, hanging, tail, expected) => {
    const lines = wrapLine(pieces, { width: 20, indent, hanging }, tail);
    expect(lines).toEqual(expected);
  });
});

describe('words', () => {
  it.each<[string, string, string[]]>([
    ['spaces', 'a b  c', ['a', 'b', 'c']],
    ['a line break in a cell is a space', '"Dec08 -\nJan09\r\nFeb09"', ['"Dec08', '-', 'Jan09', 'Feb09"']],
    ['tabs too, and nothing at either end', '\tStart\t ', ['Start']],
    ['a no-break space holds its words together', '31\u00a0March', ['31\u00a0March']],
  ])('%s', (_what, text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('shownWidth', () => {
  it.each<[string, string, number]>([
    ['plain text', 'Amber', 5],
    ['colour codes left out', RED('Red'), 3],
    ['dim and bold too', '\u001b[2m[code]\u001b[22m\u001b[1m!\u001b[22m', 7],
    ['a character beyond the 16-bit range is one column', '𝑥 — …', 5],
    ['two of them, side by side', '𝑥𝑦', 2],
    ['half a pair alone is a column, first half', '\ud835a', 2],
    ['half a pair alone is a column, second half', 'a\udc65', 2],
    ['a second half after a whole pair', '𝑥\udc65', 2],
    ['two first halves, then a second', '\ud835\ud835\udc65', 2],
    ['a pair around a colour code, joined once the code is out', `\ud835${RED('')}\udc65`, 1],
    ['nothing', '', 0],
  ])('%s', (_what, text, expected) => {
    expect(shownWidth(text)).toBe(expected);
  });

  // what it counts is what a spread into characters counts, on any mix of the units that matter
  it('agrees with counting the characters of the text without its colour codes', () => {
    const units = ['a', ' ', '\ud835', '\udc65', '\u001b[31m', '\u001b[', 'm', '…'];
    let seed = 1;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // the high bits: the low bits of this generator repeat every few steps
      return Math.floor(seed / 2 ** 16) % n;
    };
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: next(12) }, () => units[next(units.length)]).join('');
      // eslint-disable-next-line no-control-regex
      expect([shownWidth(text), text]).toEqual([[...text.replace(/\u001b\[[0-9;]*m/g, '')].length, text]);
    }
  });
});

describe('wrapText', () => {
  // width 20: each line at most 19 columns; every case gives what wrapLine gives the text's words
  it.each<[string, string, string, string, string | undefined, string[]]>([
    ['a text that fits is one line', 'Target missing', '  ', '    ', undefined, ['  Target missing']],
    ['a long one breaks at the last space that fits', 'Target date "31/02/2011" is not a date', '  ', '    ', undefined, [
      '  Target date',
      '    "31/02/2011" is',
      '    not a date',
    ]],
    ['a line may fill 19 columns of 20', '123456789 123456789', '', '', undefined, ['123456789 123456789']],
    ['but not 20', '123456789 1234567890', '', '', undefined, ['123456789', '1234567890']],
    ['a word wider than the line stays whole on a line of its own', 'see C:\\Plans\\2010-11\\action-plan.xlsx now', '  ', '  ', undefined, [
      '  see',
      '  C:\\Plans\\2010-11\\action-plan.xlsx',
      '  now',
    ]],
    ['and as the first word', 'C:\\Plans\\2010-11\\action-plan.xlsx now', '  ', '  ', undefined, ['  C:\\Plans\\2010-11\\action-plan.xlsx', '  now']],
    ['and as the last', 'see C:\\Plans\\2010-11\\action-plan.xlsx', '  ', '  ', undefined, ['  see', '  C:\\Plans\\2010-11\\action-plan.xlsx']],
    ['colour codes in the indent take no room', 'one two three four', `${RED('x')} `, ' ', undefined, [`${RED('x')} one two three`, ' four']],
    ['a tail two spaces after the last word, when it fits', 'read as done', '', '  ', '[x-y]', ['read as done  [x-y]']],
    ['a tail that does not fit goes on a line of its own', 'read as complete', '', '  ', '[status]', ['read as complete', '  [status]']],
    ['as does one that would fill the last column', 'read as done', '', '  ', '[x-yz]', ['read as done', '  [x-yz]']],
    ['a tail after a wrapped text, on its last line', 'one two three four five six', '', '  ', '[c]', ['one two three four', '  five six  [c]']],
    ['a coloured tail is measured without its codes', 'one two three', '', '  ', RED('[c]'), [`one two three  ${RED('[c]')}`]],
    ['no text: the tail alone, at the indent', '', '  ', '    ', '[c]', ['  [c]']],
    ['no text and no tail: the indent', '', '  ', '    ', undefined, ['  ']],
    ['an indent wider than the line: its first word there, the rest on', 'a b c', '                      ', ' ', undefined, ['                      a', ' b c']],
    ['spaces doubled, at the ends, tabs and breaks: as its words', '  one  two\tthree\r\nfour five six ', '', '  ', '[c]', ['one two three four', '  five six  [c]']],
    ['a character beyond 16 bits is one column', '𝑥𝑥𝑥𝑥𝑥𝑥𝑥𝑥𝑥 𝑥𝑥𝑥𝑥𝑥𝑥𝑥𝑥𝑥', '', '', undefined, ['𝑥𝑥𝑥𝑥𝑥𝑥𝑥𝑥𝑥 𝑥𝑥𝑥𝑥𝑥𝑥𝑥𝑥𝑥']],
  ])('%s', (_what, text, indent, hanging, tail, expected) => {
    const layout = { width: 20, indent, hanging };
    expect(wrapText(text, layout, tail)).toEqual(expected);
    expect(wrapLine(words(text), layout, tail)).toEqual(expected);
  });

  // any text, at any width: what wrapLine makes of its words
  it('agrees with wrapLine on its words', () => {
    const plain = ['a', 'bb', 'cccccc', 'dddddddddddd', '"31/03/2011"'];
    const units = ['a', 'bb', 'cccccc', ' ', ' ', '  ', '\t', '\n', '𝑥', RED('r')];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor(seed / 2 ** 16) % n;
    };
    for (let k = 0; k < 3000; k++) {
      // half of them plain (wrapText's own way), half anything (wrapLine's)
      const text = k % 2 === 0
        ? Array.from({ length: next(8) }, () => plain[next(plain.length)]).join(' ')
        : Array.from({ length: next(16) }, () => units[next(units.length)]).join('');
      const layout = { width: 1 + next(24), indent: ' '.repeat(next(6)), hanging: ' '.repeat(next(6)) };
      const tail = next(3) === 0 ? undefined : '[code]'.slice(0, 1 + next(6));
      expect([text, layout, tail, wrapText(text, layout, tail)]).toEqual([text, layout, tail, wrapLine(words(text), layout, tail)]);
    }
  });
});
