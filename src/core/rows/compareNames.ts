/**
 * Names in the order Intl.Collator('en-GB', { sensitivity: 'base', numeric: true }) gives them: by letter
 * whatever the case, numbers by their value ("Group 2" before "Group 10"). Making that Collator loads ICU's
 * collation data, 6-7 ms: a twentieth of checking one small tracker from a cold start, and paid by every
 * worker. Nearly every name a tracker gives is printable ASCII, whose order under that Collator is the one
 * below (measured from the Collator: compareNames.test.ts holds it to the Collator on every printable ASCII
 * character and on random names); any other name is compared by the Collator, made on first need.
 */

/** the punctuation and symbols, lowest first; all of them sort before digits, and digits before letters */
const PUNCTUATION = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';
const NUMBER = 100;
const LETTER = 200;
/** ICU reads a longer run of digits in parts; such a name goes to the Collator */
const LONGEST_NUMBER = 30;

const WEIGHT = new Int16Array(128).fill(-1);
for (let i = 0; i < PUNCTUATION.length; i++) WEIGHT[PUNCTUATION.charCodeAt(i)] = i;
for (let c = 48; c <= 57; c++) WEIGHT[c] = NUMBER;
for (let c = 0; c < 26; c++) WEIGHT[65 + c] = WEIGHT[97 + c] = LETTER + c;

let collator: Intl.Collator | undefined;
const byCollator = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })).compare(a, b);

const weightAt = (s: string, i: number): number => {
  const code = s.charCodeAt(i);
  return code < 128 ? WEIGHT[code]! : -1;
};

/** the end of the run of digits starting at i */
function numberEnd(s: string, i: number): number {
  let end = i;
  while (end < s.length && weightAt(s, end) === NUMBER) end++;
  return end;
}

/** the first digit of s[from, to) that is not a leading zero, or `to` */
function significant(s: string, from: number, to: number): number {
  let i = from;
  while (i < to && s.charCodeAt(i) === 48) i++;
  return i;
}

/** Negative, zero or positive as `a` sorts before, with or after `b`. */
export function compareNames(a: string, b: string): number {
  let i = 0;
  let j = 0;
  for (;;) {
    if (i === a.length || j === b.length) return (i === a.length ? 0 : 1) - (j === b.length ? 0 : 1);
    const wa = weightAt(a, i);
    const wb = weightAt(b, j);
    if (wa < 0 || wb < 0) return byCollator(a, b);
    if (wa !== wb) return wa - wb;
    if (wa !== NUMBER) {
      i++;
      j++;
      continue;
    }
    const endA = numberEnd(a, i);
    const endB = numberEnd(b, j);
    if (endA - i > LONGEST_NUMBER || endB - j > LONGEST_NUMBER) return byCollator(a, b);
    const fromA = significant(a, i, endA);
    const fromB = significant(b, j, endB);
    if (endA - fromA !== endB - fromB) return endA - fromA - (endB - fromB);
    for (let k = 0; k < endA - fromA; k++) {
      const d = a.charCodeAt(fromA + k) - b.charCodeAt(fromB + k);
      if (d !== 0) return d;
    }
    i = endA;
    j = endB;
  }
}
