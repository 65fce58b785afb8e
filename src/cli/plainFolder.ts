import { readdirSync } from 'node:fs';

/** the names tinyglobby's '**\/*.{xlsx,xlsm,XLSX,XLSM}' takes in a folder (a leading dot is left to the caller) */
const FOLDER_WORKBOOK = /\.(?:xlsx|xlsm|XLSX|XLSM)$/;

/**
 * The workbooks in `folder` and below, as paths relative to it, when the folder holds nothing but plain
 * files and folders: what tinyglobby gives for '**\/*.{xlsx,xlsm,XLSX,XLSM}' ignoring '**\/~$*', unsorted.
 * Undefined when anything there could make the two differ: a symbolic link (tinyglobby follows it), a
 * folder that cannot be read (it skips it), a name with a backslash or a folder named like a lock file
 * (its patterns read them), anything but a file or a folder.
 *
 * Loading tinyglobby and crawling with it cost the main thread about 20 ms of a folder's check, while the
 * workers it feeds were starting: a folder of trackers nearly always holds only files and folders.
 */
export function plainFolderWorkbooks(folder: string): string[] | undefined {
  const found: string[] = [];
  const walk = (dir: string, prefix: string): boolean => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.includes('\\')) return false;
      // dot: false, as tinyglobby has it: no hidden file, and nothing in a hidden folder
      if (name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (name.startsWith('~$') || !walk(`${dir}/${name}`, `${prefix}${name}/`)) return false;
      } else if (entry.isFile()) {
        if (FOLDER_WORKBOOK.test(name) && !name.startsWith('~$')) found.push(prefix + name);
      } else return false;
    }
    return true;
  };
  return walk(folder, '') ? found : undefined;
}
