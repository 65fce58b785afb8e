import { z } from 'zod';
import { styleNameSchema } from './planStyles';

/**
 * One cell the product writes. A string value is always written as text, never read as a formula: only
 * `formula` makes a formula, so text copied from a tracker ("=SUM(...)", "+44 ...", "-", "@risk") stays
 * text by construction.
 */
export const planCellSchema = z.object({
  /** 0-based */
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  /** without the leading "="; `value` is then its cached result */
  formula: z.string().optional(),
  style: styleNameSchema.optional(),
  /** a link to a cell in this workbook, as "'Sheet name'!A7"; with `linkFile`, to that cell of another workbook */
  link: z.string().optional(),
  /** the other workbook `link` is in: its address from this one's folder, a URI reference ("../returns/Q3%20plan.xlsx") */
  linkFile: z.string().min(1).optional(),
});
export type PlanCell = z.infer<typeof planCellSchema>;

export const SUMMARY_KINDS = ['summary', 'exceptions', 'issues', 'byOwner', 'movement', 'cseScoring'] as const;
export const summaryKindSchema = z.enum(SUMMARY_KINDS);
export type SummaryKind = z.infer<typeof summaryKindSchema>;

/** every sheet the product writes and owns: a check's summaries, and the Changes sheet `compare` writes */
export const SHEET_KINDS = [...SUMMARY_KINDS, 'changes'] as const;
export const sheetKindSchema = z.enum(SHEET_KINDS);
export type SheetKind = z.infer<typeof sheetKindSchema>;
export const isSummaryKind = (kind: SheetKind): kind is SummaryKind => kind !== 'changes';

const a1Area = z.string().regex(/^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/);
const rgb = z.string().regex(/^[0-9A-F]{6}$/);

/**
 * A bar chart on a product sheet, drawn from cells of that same sheet (so it follows them when they
 * change): the areas are A1 areas on the sheet, each adapter qualifies them with the sheet's name.
 */
export const productChartSchema = z.object({
  /** the cells the chart covers, such as "D5:I23": none of them holds anything the sheet writes */
  anchor: a1Area,
  title: z.string().min(1),
  /** the series' name, shown where a program lists series */
  seriesName: z.string().min(1),
  /** one column: the label of each bar, the words that say what its colour means */
  categories: a1Area,
  /** one column, as many cells as `categories`: each bar's height */
  values: a1Area,
  /** each bar's fill and outline (RRGGBB), in order: the outline keeps a white or pale bar visible */
  points: z.array(z.object({ fill: rgb, line: rgb })),
});
export type ProductChart = z.infer<typeof productChartSchema>;

/** A sheet the product owns: written whole, replaced whole. */
export const productSheetSchema = z.object({
  kind: sheetKindSchema,
  name: z.string().min(1).max(31),
  cells: z.array(planCellSchema),
  /** column widths in characters, from column A */
  widths: z.array(z.number().positive()),
  /** rows and columns frozen at the top and left */
  freeze: z.object({ rows: z.number().int().min(0), cols: z.number().int().min(0) }),
  /** A1 area, such as "A1:I40" */
  printArea: z.string(),
  landscape: z.boolean(),
  /** rows whose wrapped text or larger font needs more than Excel's default height: [0-based row, points] */
  rowHeights: z.array(z.tuple([z.number().int().min(0), z.number().positive()])).optional(),
  charts: z.array(productChartSchema).optional(),
  /** 0-based rows that start a printed page (a chart kept whole on one) */
  pageBreaks: z.array(z.number().int().min(1)).optional(),
});
export type ProductSheet = z.infer<typeof productSheetSchema>;

/** The product's columns on a tracker sheet, right of everything the user has there. */
export const trackerColumnsSchema = z.object({
  sheet: z.string(),
  /** 0-based first column of the product's block */
  first: z.number().int().min(0),
  headers: z.array(z.string()),
  widths: z.array(z.number().positive()),
  /** 0-based header row */
  headerRow: z.number().int().min(0),
  cells: z.array(planCellSchema),
});
export type TrackerColumns = z.infer<typeof trackerColumnsSchema>;

/** What the product owns in a workbook, saved with its settings so a later run replaces only that. */
export const ownershipSchema = z.object({
  sheets: z.array(z.object({
    kind: sheetKindSchema,
    name: z.string(),
    /** the text the product wrote there (see blockFingerprint), to tell when someone has typed into it since */
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  })),
  columns: z.array(z.object({
    sheet: z.string(),
    first: z.number().int().min(0),
    headers: z.array(z.string()),
    headerRow: z.number().int().min(0),
    /** the widths the product set, so a clean takes out its own <col> elements and never a user's */
    widths: z.array(z.number().positive()).optional(),
    /** what the product wrote there (see blockFingerprint), to tell when someone has typed into them since */
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  })),
});
export type Ownership = z.infer<typeof ownershipSchema>;

export const SETTINGS_SHEET = 'TrackerCheck_Settings';

export const writePlanSchema = z.object({
  trackerColumns: z.array(trackerColumnsSchema),
  sheets: z.array(productSheetSchema),
  /** the very hidden settings sheet's key/value rows */
  settingsRows: z.array(z.tuple([z.string(), z.string()])),
  owned: ownershipSchema,
  /** what a person should know about the plan: a sheet given another name, a sheet left out */
  notes: z.array(z.string()),
});
export type WritePlan = z.infer<typeof writePlanSchema>;
