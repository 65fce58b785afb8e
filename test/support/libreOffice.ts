import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice's import does not recalculate an .xlsx by default (a formula's cached result is kept, right
 * or wrong), so each run gets a throw-away profile that sets OOXMLRecalcMode to 0, "always".
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens each workbook in LibreOffice, recalculates every formula, and converts it (to "xlsx", or "png" for
 * a picture of the first sheet). Returns the converted files' bytes, in order. Throws when a file did not
 * come out: soffice itself exits 0 on most failures.
 */
export function convertWithLibreOffice(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, to: string): Uint8Array[] {
  const work = mkdtempSync(join(tmpdir(), 'tc-lo-'));
  try {
    const profile = join(work, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const inDir = join(work, 'in');
    const outDir = join(work, 'out');
    mkdirSync(inDir);
    mkdirSync(outDir);
    const inputs = files.map((f) => {
      const path = join(inDir, f.name);
      writeFileSync(path, f.bytes);
      return path;
    });
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...inputs], { stdio: 'pipe', timeout: 180_000 });
    return inputs.map((path) => {
      const out = join(outDir, basename(path).replace(/\.[^.]+$/, `.${to.split(':')[0]}`));
      if (!existsSync(out)) throw new Error(`LibreOffice did not convert ${basename(path)}`);
      return new Uint8Array(readFileSync(out));
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
