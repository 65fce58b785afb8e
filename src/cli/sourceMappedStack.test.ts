import type { SourceMapPayload } from 'node:module';
import { sourceMappedStack } from './sourceMappedStack';

// A map of dist/cli/main.js: its line 1 from column 5 is src/cli/main.ts line 1, its line 2 from column 5
// is src/cli/pool.ts line 3 column 3 (VLQ: "IAAA" is column 4, source 0, line 0, column 0; "ICEE" is
// column 4, source +1, line +2, column +2). Before line 1's column 5 there is nothing.
const MAP: SourceMapPayload = {
  file: 'main.js',
  version: 3,
  sources: ['src/cli/main.ts', 'src/cli/pool.ts'],
  sourcesContent: [],
  names: [],
  mappings: 'IAAA;ICEE',
  sourceRoot: '',
};
const maps: Record<string, SourceMapPayload> = { '/app/dist/cli/main.js': MAP };
const mapOf = (script: string): SourceMapPayload | undefined => maps[script];

describe('sourceMappedStack', () => {
  it.each<[string, string, string]>([
    ['a named frame in the bundle names its src file and line', '    at main (/app/dist/cli/main.js:1:5)', '    at main (src/cli/main.ts:1:1)'],
    ['an anonymous frame too', '    at /app/dist/cli/main.js:2:9', '    at src/cli/pool.ts:3:3'],
    ['an async frame too', '    at async lane (/app/dist/cli/main.js:2:5)', '    at async lane (src/cli/pool.ts:3:3)'],
    ['a frame in a file with no map is left alone', '    at run (node:internal/main/run_main_module:28:49)', '    at run (node:internal/main/run_main_module:28:49)'],
    ['a frame in a script of our own with no map beside it too', '    at f (/app/dist/src/cli/main.js:1:1)', '    at f (/app/dist/src/cli/main.js:1:1)'],
    ['a place before the map begins too', '    at f (/app/dist/cli/main.js:1:4)', '    at f (/app/dist/cli/main.js:1:4)'],
    ['the message line is left alone', 'TypeError: x is not a function', 'TypeError: x is not a function'],
  ])('%s', (_what, line, expected) => {
    expect(sourceMappedStack(line, mapOf)).toBe(expected);
  });

  it('maps every frame of a whole stack, reading each map once', () => {
    const read: string[] = [];
    const stack = ['Error: boom', '    at a (/app/dist/cli/main.js:1:7)', '    at b (/app/dist/cli/main.js:2:5)', '    at c (/app/dist/other.js:1:1)'].join('\n');
    const mapped = sourceMappedStack(stack, (script) => {
      read.push(script);
      return mapOf(script);
    });
    expect(mapped.split('\n')).toEqual(['Error: boom', '    at a (src/cli/main.ts:1:1)', '    at b (src/cli/pool.ts:3:3)', '    at c (/app/dist/other.js:1:1)']);
    expect(read).toEqual(['/app/dist/cli/main.js', '/app/dist/other.js']);
  });
});
