/**
 * The ribbon's function file. The one button opens the task pane (a ShowTaskpane action, which needs no
 * code), but Excel loads this page for the add-in's commands, and Office.js must be initialised on it.
 */
Office.onReady(() => undefined);
