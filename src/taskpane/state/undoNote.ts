/**
 * What a write's preview says about undo. In Excel, an add-in's write clears the undo history: before
 * ExcelApi 1.19 every change an add-in makes does ("most of the set operation of Excel API will disable
 * undo/redo, by design", github.com/OfficeDev/office-js/issues/3788), and from 1.19 the APIs that do not
 * support undo still clear it (Microsoft's "Undo support with the Excel JavaScript API",
 * github.com/OfficeDev/office-js-docs-pr/pull/5175), adding a sheet among them on Windows
 * (github.com/OfficeDev/office-js/issues/6170). A write adds, replaces and hides sheets. In the browser a
 * write goes into a new copy of the file, and there is no undo history to speak of.
 */
export function undoNote(host: 'excel' | 'browser'): string | null {
  return host === 'excel'
    ? 'Writing clears Excel’s undo history: Undo (Ctrl+Z) cannot take back the write, nor anything you did before it. If you may want to go back, save a copy of the workbook first.'
    : null;
}
