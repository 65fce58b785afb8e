import { tokenizeDateText } from './tokenizeDateText';

const shape = (text: string): string[] => tokenizeDateText(text).map((t) => `${t.type}:${t.lower}`);

describe('tokenizeDateText', () => {
  it.each([
    ['Feb09', ['word:feb', 'num:09']],
    ['1st April 2009', ['num:1', 'word:st', 'word:april', 'num:2009']],
    ['19 th October 2009', ['num:19', 'word:th', 'word:october', 'num:2009']],
    ['15.03.06', ['num:15', 'punct:.', 'num:03', 'punct:.', 'num:06']],
    ['Q3 2010/11', ['word:q', 'num:3', 'num:2010', 'punct:/', 'num:11']],
    ['w/c', ['word:w', 'punct:/', 'word:c']],
    ["Dec '09?", ['word:dec', "punct:'", 'num:09', 'punct:?']],
    ['', []],
  ])('%j', (text, tokens) => {
    expect(shape(text)).toEqual(tokens);
  });

  it('keeps offsets, the text as written and the number', () => {
    const [a, b] = tokenizeDateText('  Sept 10');
    expect(a).toEqual({ type: 'word', text: 'Sept', lower: 'sept', value: NaN, start: 2, end: 6 });
    expect(b).toEqual({ type: 'num', text: '10', lower: '10', value: 10, start: 7, end: 9 });
  });
});
