import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/runCli';

// The sample trackers are built from the seed documents by a script, never edited by hand: rebuilding
// them from the seeds must give the committed files byte for byte.
describe('samples/', () => {
  it('are what scripts/buildSamples.ts makes from samples/seeds', () => {
    const root = mkdtempSync(join(tmpdir(), 'tracker-check-samples-'));
    try {
      cpSync(join(ROOT, 'samples', 'seeds'), join(root, 'samples', 'seeds'), { recursive: true });
      const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'scripts', 'buildSamples.js'), '--root', root], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const built = readdirSync(join(root, 'samples')).filter((f) => /\.(xlsx|json)$/.test(f)).sort();
      expect(built).toEqual(['cse-assessment-scoring.xlsx', 'cse-corporate-action-plan.xlsx', 'layout.json', 'recommendations-progress-update.xlsx']);
      for (const f of built) expect(readFileSync(join(root, 'samples', f)).equals(readFileSync(join(ROOT, 'samples', f)))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
