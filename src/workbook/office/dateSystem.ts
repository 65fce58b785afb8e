/// <reference types="office-js" />

/**
 * Whether the open workbook uses the 1904 date system: queued for the caller's next sync, known once it
 * has run.
 *
 * DATE(1904,1,1) is day 0 in the 1904 date system and day 1462 in the 1900 one, and Functions.date
 * (ExcelApi 1.2) follows the workbook's system: Microsoft's reference gives its year as "a number from 1900
 * or 1904 (depending on the workbook's date system) to 9999" (learn.microsoft.com/javascript/api/excel/
 * excel.functions, date). The property that says so outright, Workbook.use1904DateSystem, is in no released
 * requirement set: the reference marks it "ExcelApi BETA (PREVIEW ONLY)" (learn.microsoft.com/javascript/
 * api/excel/excel.workbook, August 2026), and preview APIs "are not intended for use in a production
 * environment" ("Excel JavaScript preview APIs"). So there is no set for Office.context.requirements to be
 * asked about yet; when one holds the property, this is the one place to read it where the host has it.
 */
export function queueDateSystem(workbook: Excel.Workbook): () => boolean {
  const epoch = workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  return () => epoch.value === 0;
}
