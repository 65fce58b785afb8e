/**
 * Whether the user has seen the first-run screen (what Tracker Check reads and writes), remembered in the
 * browser's localStorage so it shows once. The version in the key brings it back when what it says changes.
 */
export const FIRST_RUN_KEY = 'trackerCheck.firstRun.v1';

/** The part of localStorage used here. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The key, under Office's partition key where it gives one: Office on the web partitions an add-in's
 * storage, and Microsoft's guidance is to prefix keys with `Office.context.partitionKey`, which is
 * undefined where there is no partitioning (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
export function firstRunKey(partitionKey?: string): string {
  return `${partitionKey ?? ''}${FIRST_RUN_KEY}`;
}

/** Storage that is blocked (a browser setting, a sandbox) throws: the screen then shows each time the pane opens. */
export function firstRunSeen(store: KeyValueStore | null, partitionKey?: string): boolean {
  try {
    return store?.getItem(firstRunKey(partitionKey)) === 'seen';
  } catch {
    return false;
  }
}

export function rememberFirstRun(store: KeyValueStore | null, partitionKey?: string): void {
  try {
    store?.setItem(firstRunKey(partitionKey), 'seen');
  } catch {
    // not remembered: it shows again next time, which is all that is lost
  }
}
