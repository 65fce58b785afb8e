import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'tracker-check';

function isRepoRoot(dir: string): boolean {
  const pkg = path.join(dir, 'package.json');
  if (!existsSync(pkg)) return false;
  try {
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/**
 * The repository root, the same whether the script runs from source (tsx: scripts/x.ts) or from the build
 * (node: dist/scripts/x.js): `--root <dir>` on the command line, else TRACKER_CHECK_ROOT, else the nearest
 * folder above `fromDir` whose package.json is this package's.
 */
export function repoRoot(fromDir: string, argv: readonly string[] = process.argv): string {
  const i = argv.indexOf('--root');
  const fromArg = i >= 0 ? argv[i + 1] : undefined;
  if (fromArg) return path.resolve(fromArg);
  const fromEnv = process.env['TRACKER_CHECK_ROOT'];
  if (fromEnv) return path.resolve(fromEnv);
  let dir = path.resolve(fromDir);
  for (;;) {
    if (isRepoRoot(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // fall back on the two layouts we know: scripts/ (tsx) and dist/scripts/ (built)
  const candidates = [path.resolve(fromDir, '..'), path.resolve(fromDir, '../..')];
  for (const c of candidates) if (existsSync(path.join(c, 'samples'))) return c;
  throw new Error(`cannot find the repository root above ${fromDir}; pass --root <dir>`);
}
