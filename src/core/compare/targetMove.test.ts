import { datesInText } from './targetMove';

describe('datesInText: the dates a progress text gives, each as the target it stands for', () => {
  it.each<[string | null, string[]]>([
    ['Award expected in March 2011.', ['2011-03-31']],
    ['Sessions rebooked for June 2011 after the venue closed.', ['2011-06-30']],
    ['Bids received 14/03/2011; award by end of Q1 2011/12', ['2011-03-14', '2011-06-30']],
    ['Report to <b>Cabinet</b> – 12th May 2011', ['2011-05-12']],
    ['Tender evaluated.', []],
    ['', []],
    [null, []],
  ])('%j → %j', (text, expected) => expect(datesInText(text)).toEqual(expected));
});
