/// <reference types="office-js" />

/**
 * Office.js lists worksheets only: a chart sheet (or an Excel 4 macro or dialog sheet) is in no collection
 * it has (office-js issue 2444), yet its name is taken, and adding or renaming a sheet to it fails. The
 * SHEET function counts every sheet type ("SHEET function", support.microsoft.com), so each name asked
 * about is looked up with it, in the sync the caller makes next. What it gives, once synced: the names
 * asked about that a sheet holds but no worksheet does.
 */
export function queueOtherSheetNames(workbook: Excel.Workbook, names: readonly string[]): (worksheets: readonly string[]) => string[] {
  const results = names.map((name) => {
    const result = workbook.functions.sheet(name);
    result.load('value,error');
    return { name, result };
  });
  return (worksheets) => {
    const listed = new Set(worksheets.map((n) => n.toLowerCase()));
    return results.flatMap(({ name, result }) => (!result.error && typeof result.value === 'number' && !listed.has(name.toLowerCase()) ? [name] : []));
  };
}
