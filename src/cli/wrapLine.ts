/** colour codes take no room on the screen */
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
const SPACES = /[ \t\r\n]+/;

/**
 * Columns a piece of text fills on a terminal: colour codes left out, a character (not a UTF-16 unit)
 * each. Every word of every issue is measured, so it is counted in place rather than spread into an array.
 */
export function shownWidth(text: string): number {
  const shown = text.includes('\u001b') ? text.replace(SGR, '') : text;
  let width = shown.length;
  // the second half of a surrogate pair is no column of its own
  for (let i = 1; i < shown.length; i++) {
    const unit = shown.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      const before = shown.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) width--;
    }
  }
  return width;
}

/**
 * A text's words, for wrapping. A line break inside a cell's text is a space here: in a paragraph it is
 * where the eye reads one, and kept it would end the line in the middle of the indented message.
 */
export function words(text: string): string[] {
  return text.split(SPACES).filter((w) => w !== '');
}

export interface WrapLayout {
  /** the terminal's width in columns */
  readonly width: number;
  /** put before the first line */
  readonly indent: string;
  /** put before every later line: a hanging indent, so the lines read as one item */
  readonly hanging: string;
}

/**
 * Lines of `pieces` joined by spaces, broken only between pieces, each line one column short of the
 * width: a line that fills the last column is wrapped again by some terminals (the Windows console among
 * them), which leaves a blank line after it. A piece wider than the line is left whole rather than cut:
 * a path, a link or a code cut in two can no longer be copied. A `tail` (an issue's code) goes two spaces
 * after the last piece, set off from the text, or on a line of its own when it does not fit there.
 */
export function wrapLine(pieces: readonly string[], { width, indent, hanging }: WrapLayout, tail?: string): string[] {
  const limit = width - 1;
  const lines: string[] = [];
  let line = indent;
  let used = shownWidth(indent);
  let empty = true;
  const add = (piece: string, gap: number): void => {
    const w = shownWidth(piece);
    if (!empty && used + gap + w > limit) {
      lines.push(line);
      line = hanging;
      used = shownWidth(hanging);
      empty = true;
    }
    line += empty ? piece : ' '.repeat(gap) + piece;
    used += empty ? w : gap + w;
    empty = false;
  };
  for (const piece of pieces) add(piece, 1);
  if (tail !== undefined) add(tail, 2);
  lines.push(line);
  return lines;
}

/**
 * What a text needs for wrapText's own way: every space between words a single one, none at either end,
 * and no character other than one column wide (no tab or line break, colour code or surrogate pair).
 */
// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /[\t\n\r\u001b\ud800-\udfff]| {2}|^ | $/;

/**
 * wrapLine(words(text), layout, tail), without making the words: each line is a slice of the text, broken
 * at the last space that fits. Every issue of every file is wrapped so: splitting its message into words
 * and measuring each one was most of the time a report took to write. Text that is not plain (NOT_PLAIN)
 * goes through wrapLine.
 */
export function wrapText(text: string, layout: WrapLayout, tail?: string): string[] {
  if (NOT_PLAIN.test(text)) return wrapLine(words(text), layout, tail);
  const { width, indent, hanging } = layout;
  const limit = width - 1;
  const lines: string[] = [];
  let lead = indent;
  let room = limit - shownWidth(indent);
  let at = 0;
  const n = text.length;
  // a line takes the text up to the last space within its room, or the first word whole when none is
  while (n - at > room) {
    let end = text.lastIndexOf(' ', at + room);
    if (end < at) {
      end = text.indexOf(' ', at);
      if (end < 0) break;
    }
    lines.push(lead + text.slice(at, end));
    at = end + 1;
    lead = hanging;
    room = limit - shownWidth(hanging);
  }
  let line = lead + text.slice(at);
  if (tail !== undefined) {
    const used = limit - room + (n - at);
    if (n === 0) line += tail;
    else if (used + 2 + shownWidth(tail) > limit) {
      lines.push(line);
      line = hanging + tail;
    } else line += `  ${tail}`;
  }
  lines.push(line);
  return lines;
}
