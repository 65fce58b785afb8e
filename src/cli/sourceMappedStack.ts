import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';

/** `at name (file:line:column)` or `at file:line:column` */
const FRAME = /^(\s*at (?:.*? \()?)(.+?):(\d+):(\d+)(\)?)$/;

/** A source map from the file beside a script (`main.js.map` for `main.js`), or none. */
export function mapBeside(script: string): SourceMapPayload | undefined {
  try {
    return JSON.parse(readFileSync(`${script}.map`, 'utf8')) as SourceMapPayload;
  } catch {
    return undefined;
  }
}

/**
 * A stack trace with each frame in a bundle (dist/cli) named by the src file and line it was built from,
 * for the line an internal error prints. Node's --enable-source-maps would do it, but it reads and parses
 * every bundle's map as the bundle loads (2 MB for the checker), on every run, for the rare run that fails.
 * Frames with no map, or no place in it, are left as they are.
 */
export function sourceMappedStack(stack: string, mapOf: (script: string) => SourceMapPayload | undefined = mapBeside): string {
  const maps = new Map<string, SourceMap | undefined>();
  return stack.split('\n').map((line) => {
    const m = FRAME.exec(line);
    if (!m) return line;
    const [, before, script, row, column, after] = m as unknown as [string, string, string, string, string, string];
    if (!maps.has(script)) {
      const payload = mapOf(script);
      maps.set(script, payload ? new SourceMap(payload) : undefined);
    }
    const entry = maps.get(script)?.findEntry(Number(row) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return line;
    return `${before}${entry.originalSource}:${entry.originalLine + 1}:${entry.originalColumn + 1}${after}`;
  }).join('\n');
}
