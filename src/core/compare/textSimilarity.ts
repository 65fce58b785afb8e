import { actionWords, normaliseAction } from './actionText';

/**
 * An action's text as numbers: its trigrams, each a small integer made of its three characters (no string is
 * made for one, and a small integer is what a Map and a typed array handle fastest), and its words, interned;
 * each set kept sorted, each member once.
 */
export interface ActionFeatures {
  readonly text: string;
  readonly grams: Int32Array;
  readonly words: Int32Array;
}

/** Gives each word one number, shared by both returns, so comparing two actions compares numbers. */
export class Interner {
  private readonly ids = new Map<string, number>();

  idsOf(items: readonly string[]): Int32Array {
    const out = new Int32Array(items.length);
    items.forEach((item, i) => {
      let id = this.ids.get(item);
      if (id === undefined) this.ids.set(item, (id = this.ids.size));
      out[i] = id;
    });
    return out.sort();
  }
}

export function featuresOf(action: string | null, interner: Interner): ActionFeatures {
  const text = normaliseAction(action);
  return { text, grams: trigramCodes(text), words: interner.idsOf(actionWords(text)) };
}

/** a character in 10 bits: ASCII as itself; any other folded onto 896 codes above it, two letters rarely sharing one */
const charCode = (c: number): number => (c < 128 ? c : 128 + (c % 896));
const SPACE = 32;
const TEN_BITS = 0x3ff;

/** the trigrams of the text padded by a space each side, as sorted unique numbers: three characters, ten bits each */
export function trigramCodes(text: string): Int32Array {
  if (text === '') return new Int32Array(0);
  const codes = new Int32Array(text.length);
  // the last three characters read, the first of them the space before the text
  let gram = SPACE;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? charCode(text.charCodeAt(i)) : SPACE;
    gram = ((gram & ((TEN_BITS << 10) | TEN_BITS)) << 10) | c;
    if (i >= 1) codes[i - 1] = gram;
  }
  codes.sort();
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[n - 1]) codes[n++] = codes[i]!;
  return codes.subarray(0, n);
}

/** Dice's coefficient of two sorted sets of ids: 2|A∩B| / (|A| + |B|); 0 when both are empty. */
export function dice(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const total = a.length + b.length;
  if (total === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return (2 * shared) / total;
}

/**
 * How alike two actions' texts are, 0..1. Trigrams forgive a typo ("recieve" and "receive" share most of
 * theirs) but drop fast when a sentence is reworded; shared words keep a rewording close ("Review the
 * allocations policy" and "Carry out a review of the allocation policy" share review, allocation, policy).
 * The two are averaged, but never below the trigrams alone: a typo costs a whole word ("Recruitmnet" shares
 * no word with "Recruitment", and 0.64 of its trigrams). See textSimilarity.test.ts for the council wording
 * this was weighed on.
 */
export function textSimilarity(a: ActionFeatures, b: ActionFeatures): number {
  if (a.text === '' || b.text === '') return 0;
  if (a.text === b.text) return 1;
  const grams = dice(a.grams, b.grams);
  return Math.max(grams, (grams + dice(a.words, b.words)) / 2);
}
