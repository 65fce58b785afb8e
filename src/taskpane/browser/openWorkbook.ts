import { type IsoDate, type WorkbookGrid, readSaved, usable, type WorkbookHost } from '../../core';

import type { CellSelection } from '../../workbook/xlsx/xlsxHost';

/** A .xlsx opened in the browser: the host the pane drives, and what the read-only grid beside it shows. */
export interface BrowserWorkbook {
  readonly host: WorkbookHost;
  readonly name: string;
  /** the workbook as it is now: the user's file, or the processed copy once something is written */
  bytes(): Uint8Array;
  grid(): WorkbookGrid;
  selection(): CellSelection | null;
  /** called whenever the selection or the active sheet changes; returns the unsubscribe */
  subscribe(listener: () => void): () => void;
  activeSheet(): string | null;
  /** the as-at date saved in the workbook's settings, or null when it has none */
  savedAsAt(): IsoDate | null;
}

/**
 * Reads a file the user picked. The workbook code is fetched only now, as its own chunk, so the pane
 * opens fast and Excel users never download it. Nothing leaves the machine: the file is read here.
 */
export async function openWorkbook(file: File): Promise<BrowserWorkbook> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { createXlsxHost } = await import(/* webpackChunkName: "xlsx" */ '../../workbook/xlsx/xlsxHost');
  const inner = createXlsxHost(file.name, bytes);
  // read now, so a file that is no workbook is refused as it is opened, in the reader's own words
  inner.grid();
  const listeners = new Set<() => void>();
  const changed = (): void => listeners.forEach((l) => l());
  const host: WorkbookHost = {
    kind: 'browser',
    name: file.name,
    check: (r, p, s) => inner.check(r, p, s),
    preview: (r, s) => inner.preview(r, s),
    write: (r, p, s) => inner.write(r, p, s),
    saveSettings: (r, s) => inner.saveSettings(r, s),
    // the grid beside the pane follows what is selected or opened
    select: async (sheet, cell) => {
      await inner.select(sheet, cell);
      changed();
    },
    activate: async (sheet) => {
      await inner.activate(sheet);
      changed();
    },
  };
  return {
    host,
    name: file.name,
    bytes: () => inner.bytes(),
    grid: () => inner.grid(),
    selection: () => inner.selection(),
    activeSheet: () => inner.activeSheet(),
    savedAsAt: () => {
      return usable(readSaved(inner.grid()))?.settings.asAt ?? null;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Offers the workbook as a download, under the name it came with plus " (checked)". */
export function downloadWorkbook(book: BrowserWorkbook): void {
  const blob = new Blob([book.bytes() as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = book.name.replace(/\.xlsx$/i, '') + ' (checked).xlsx';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
