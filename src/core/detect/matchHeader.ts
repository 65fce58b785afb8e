import { FIELD_SYNONYMS, type MappableField } from './fieldSynonyms';

interface Phrase {
  field: MappableField;
  text: string;
  /** the text with a space either side, to find it as whole words */
  padded: string;
  tokens: number;
  weight: number;
  bigrams: Set<string>;
}

function bigrams(text: string): Set<string> {
  const s = text.replace(/ /g, '');
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

const PHRASES: Phrase[] = FIELD_SYNONYMS.flatMap(([field, list]) =>
  list.map(([text, weight]) => ({ field, text, padded: ` ${text} `, tokens: text.split(' ').length, weight, bigrams: bigrams(text) })),
);

const EXACT = new Map<string, Phrase[]>();
for (const p of PHRASES) EXACT.set(p.text, [...(EXACT.get(p.text) ?? []), p]);

export interface HeaderMatch {
  field: MappableField;
  /** 0..1 */
  score: number;
}

/** Below this a header is not taken for a field. */
export const MIN_MATCH_SCORE = 0.6;
/** Typos ("Responsibilty", "Targt date") are matched when this similar, and scored down. */
const FUZZY_SIMILARITY = 0.8;

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Scores a normalised header against every field: an exact synonym scores its weight; a synonym found
 * inside a longer header scores less the more other words there are; a near-spelling scores by its
 * similarity. Returns the best score per field, best first.
 */
export function matchHeader(normalised: string): HeaderMatch[] {
  if (normalised === '') return [];
  const best = new Map<MappableField, number>();
  const keep = (field: MappableField, score: number): void => {
    if (score >= MIN_MATCH_SCORE && score > (best.get(field) ?? 0)) best.set(field, score);
  };
  for (const p of EXACT.get(normalised) ?? []) keep(p.field, p.weight);
  const headerTokens = normalised.split(' ').length;
  // padded once here, not once per phrase: every cell near the top of every sheet is matched
  const padded = ` ${normalised} `;
  let headerBigrams: Set<string> | undefined;
  for (const p of PHRASES) {
    if ((best.get(p.field) ?? 0) >= p.weight) continue;
    if (p.tokens < headerTokens && padded.includes(p.padded)) {
      keep(p.field, p.weight * (0.7 + 0.25 * (p.tokens / headerTokens)));
    } else if (p.text.length >= 5 && Math.abs(p.text.length - normalised.length) <= p.text.length * 0.25) {
      headerBigrams ??= bigrams(normalised);
      const similarity = dice(headerBigrams, p.bigrams);
      if (similarity >= FUZZY_SIMILARITY) keep(p.field, p.weight * similarity * 0.9);
    }
  }
  return [...best].map(([field, score]) => ({ field, score })).sort((a, b) => b.score - a.score);
}
