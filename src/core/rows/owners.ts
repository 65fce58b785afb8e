import { BODY_ACRONYMS, HONORIFICS, POST_WORDS, SERVICE_WORDS, TEAM_WORDS } from './ownerWords';

/**
 * The key under which one owner written two ways is one owner (domain.md "Owners"): "HB", "H.B.", "H B" and
 * "hb"; "Policy & Performance" and "Policy and Performance"; "GB - Partnerships" and "GB – Partnerships".
 * Case is folded too: an officer whose initials are typed "kd" on one row is the KD of the next, and the
 * list of officers has always been matched case-blind.
 */
export function ownerKey(name: string): string {
  return name.normalize('NFKD').toLowerCase().replace(/&/g, 'and').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The owners an owner cell names, each once (as first written), in the order written (domain.md "Owners"):
 *
 * - a slash, a semicolon or a line break always separates owners, each side kept whole ("Head of Housing /
 *   Head of Finance", "HB/KD"), except inside brackets ("AD (Housing/Planning)") and in "n/a";
 * - inside each part, a comma, "&" or "and" lists people: initials ("HB & JP", "J Smith, K Jones") and
 *   personal names each stand alone, and so do initials or initial-led names one after another ("HB CF",
 *   "J Robinson K Hornsey");
 * - a title or team keeps its "and", "&" and commas: a piece that names no person, post or team
 *   ("Revenues", "Communities", "Policy") belongs with the title or team beside it ("Revenues and Benefits
 *   Manager", "Head of Housing and Communities", "Policy & Performance"), and so does a team after a post's
 *   "of" or "for" ("Director of Finance and Corporate Services"); two posts or teams are two owners ("Head of
 *   Customer Services and ICT Manager"), and a person is never part of a title ("HB and Head of Finance");
 * - a placeholder ("TBC", "n/a", "-") or a ditto mark names no one.
 *
 * What counts as a post, a team, a service word or a council body is in ownerWords.ts.
 */
export function splitOwners(owner: string): string[] {
  const names: string[] = [];
  const keys = new Set<string>();
  for (const [start, end] of spans(owner, PART_SEPARATOR)) {
    const part = owner.slice(start, end);
    if (NO_ONE.test(part)) continue;
    for (const name of ownersOfPart(part)) {
      const key = ownerKey(name);
      if (!keys.has(key)) {
        keys.add(key);
        names.push(name);
      }
    }
  }
  return names;
}

/** "/" (but not the one in "n/a"), ";" and line breaks */
const PART_SEPARATOR = /[;\r\n]|\/(?!(?<=\bn\/)a\b)/giu;
const LIST_MARK = /,|&|\band\b/giu;
/** no letter or digit (a dash, a ditto mark), or a placeholder for an owner not yet known */
const NO_ONE = /^(?:[^\p{L}\p{N}]*|n\/a|tb[acde]|none|nil|unknown|not applicable|to be (?:confirmed|agreed|decided))$/iu;

/** Where the trimmed, non-empty pieces of text between separators standing outside brackets start and end. */
function spans(text: string, separator: RegExp): [start: number, end: number][] {
  const found: [number, number][] = [];
  let depth = 0;
  let from = 0;
  let scanned = 0;
  const take = (to: number): void => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start < end) found.push([start, end]);
  };
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    for (; scanned < m.index; scanned++) {
      const c = text[scanned];
      if (c === '(' || c === '[') depth++;
      else if ((c === ')' || c === ']') && depth > 0) depth--;
    }
    if (depth === 0) {
      take(m.index);
      from = m.index + m[0].length;
    }
  }
  take(text.length);
  return found;
}

type Kind = 'people' | 'post' | 'team' | 'other';

interface Piece {
  text: string;
  start: number;
  end: number;
  kind: Kind;
  /** for 'people', each person as written */
  people: string[];
}

/** Initials, or a run of them: "HB", "H.B.", "SGC"; lower-case only where it cannot be a word ("kd", not "all"). */
const INITIALS = /^(?:\p{Lu}\.?){1,4}$|^(?:[b-df-hj-np-tv-xz]\.?){2,4}$/u;
/** one capital, with or without its dot: "H" and "B." in "H. B." */
const ONE_INITIAL = /^\p{Lu}\.?$/u;
/** the initials before a surname: "J", "J.", "JR" */
const NAME_INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;
/** a capitalised word with a small letter in it: "Smith", "McDonald", "O'Brien", "Smith-Jones" */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
const WORD = /\p{L}[\p{L}'’-]*/gu;

const POSTS = new Set(POST_WORDS);
const TEAMS = new Set(TEAM_WORDS);
const COUNCIL_WORDS = new Set([...POST_WORDS, ...TEAM_WORDS, ...SERVICE_WORDS]);
const TITLES_OF_ADDRESS = new Set(HONORIFICS);
const BODIES = new Set(BODY_ACRONYMS);

const isHonorific = (token: string): boolean => TITLES_OF_ADDRESS.has(token.toLowerCase().replace(/\.$/, ''));
const isNameWord = (token: string): boolean => NAME_WORD.test(token) && !COUNCIL_WORDS.has(token.toLowerCase());

/** The owners one part names: its pieces between list marks, a person alone, a title or team with its words. */
function ownersOfPart(part: string): string[] {
  const owners: string[] = [];
  let group: Piece[] = [];
  const flush = (): void => {
    if (group.length === 1 && group[0]!.kind === 'people') owners.push(...group[0]!.people);
    else if (group.length > 0) owners.push(part.slice(group[0]!.start, group[group.length - 1]!.end));
  };
  let previous: Piece | null = null;
  for (const [start, end] of spans(part, LIST_MARK)) {
    const piece = readPiece(part.slice(start, end), start, end);
    if (!previous || !belongTogether(previous, piece)) {
      flush();
      group = [];
    }
    group.push(piece);
    previous = piece;
  }
  flush();
  return owners;
}

function belongTogether(before: Piece, after: Piece): boolean {
  if (before.kind === 'people' || after.kind === 'people') return false;
  if (before.kind === 'other' || after.kind === 'other') return true;
  // "Director of Finance and Corporate Services": the team is the rest of the post's remit
  return before.kind === 'post' && after.kind === 'team' && /\b(?:of|for)\b/i.test(before.text);
}

function readPiece(text: string, start: number, end: number): Piece {
  const tokens = text.split(/\s+/);
  const people = initialsIn(tokens) ?? namesIn(tokens);
  if (people) return { text, start, end, kind: people.length > 0 ? 'people' : 'team', people };
  const words = (text.match(WORD) ?? []).map((w) => w.toLowerCase());
  const kind = words.some((w) => POSTS.has(w)) ? 'post' : words.some((w) => TEAMS.has(w)) ? 'team' : 'other';
  return { text, start, end, kind, people: [] };
}

/**
 * The officers a piece of initials names: "HB", "HB CF", "H. B." (one officer, spaced); none for a council
 * body written as capitals ("CSE PAG" is one body, a team); null when the piece is not initials, or holds a
 * lone capital ("P & P" is Policy & Performance).
 */
function initialsIn(tokens: string[]): string[] | null {
  if (!tokens.every((t) => INITIALS.test(t))) return null;
  if (tokens.length > 1 && tokens.some((t) => BODIES.has(t.replace(/\./g, '')))) return [];
  const people: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1;
    if (ONE_INITIAL.test(tokens[i]!)) while (j < tokens.length && ONE_INITIAL.test(tokens[j]!)) j++;
    const person = tokens.slice(i, j).join(' ');
    if (person.replace(/[^\p{L}]/gu, '').length < 2) return null;
    people.push(person);
    i = j;
  }
  return people;
}

/**
 * Personal names: "J Smith", "J. Smith", "Mr J Smith", "Cllr Smith", several initial-led ones in a row
 * ("J Robinson K Hornsey"), or one name written out ("Paul Knight", "Mary Ann Smith"); null otherwise.
 */
function namesIn(tokens: string[]): string[] | null {
  const names: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const from = i;
    if (isHonorific(tokens[i]!)) i++;
    while (i < tokens.length && NAME_INITIALS.test(tokens[i]!)) i++;
    if (i === from || i === tokens.length || !isNameWord(tokens[i]!)) {
      names.length = 0;
      break;
    }
    names.push(tokens.slice(from, ++i).join(' '));
  }
  if (names.length > 0) return names;
  const given = isHonorific(tokens[0]!) ? 1 : 0;
  const words = tokens.length - given;
  return words >= 2 && words <= 3 && tokens.slice(given).every(isNameWord) ? [tokens.join(' ')] : null;
}
