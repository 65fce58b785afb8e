import { z } from 'zod';
import { COMPUTED_STATUSES, type ComputedStatus } from '../record';

/**
 * The product's cell styles by name. A plan names a style; each adapter turns the spec into its own
 * formatting (xlsx: fonts, fills and cell formats appended to the user's styles; the add-in's adapter:
 * range format properties), so both write the same look.
 */
export const STYLE_NAMES = [
  'title',
  'subtitle',
  'note',
  'header',
  'header-number',
  'text',
  'wrap',
  'number',
  'days',
  'percent',
  'date',
  'link',
  'total',
  'rag-Red',
  'rag-Amber',
  'rag-Green',
  'rag-Complete',
  'rag-Closed',
  'rag-Ongoing',
  'rag-No date',
] as const;
export const styleNameSchema = z.enum(STYLE_NAMES);
export type StyleName = z.infer<typeof styleNameSchema>;

const argb = z.string().regex(/^[0-9A-F]{6}$/);
export const styleSpecSchema = z.object({
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  underline: z.boolean().default(false),
  size: z.number().default(11),
  /** font colour, RRGGBB */
  color: argb.nullable().default(null),
  /** solid fill, RRGGBB */
  fill: argb.nullable().default(null),
  /** Excel number format code; null for General */
  numFmt: z.string().nullable().default(null),
  wrap: z.boolean().default(false),
  /** right for a header over figures, which sit right as numbers do; null leaves Excel's General alignment */
  align: z.enum(['right']).nullable().default(null),
  /** a thin border under the cell (header rows) */
  bottomBorder: z.boolean().default(false),
});
export type StyleSpec = z.infer<typeof styleSpecSchema>;

const spec = (s: z.input<typeof styleSpecSchema>): StyleSpec => styleSpecSchema.parse(s);

/** RAG colours as councils print them: the fill carries the status, the font stays readable on it */
const RAG: Record<ComputedStatus, z.input<typeof styleSpecSchema>> = {
  Red: { fill: 'FFC7CE', color: '9C0006', bold: true },
  Amber: { fill: 'FFEB9C', color: '9C5700', bold: true },
  Green: { fill: 'C6EFCE', color: '006100', bold: true },
  Complete: { fill: 'BDD7EE', color: '1F4E79', bold: true },
  Closed: { fill: 'D9D9D9', color: '404040' },
  Ongoing: { fill: 'E4DFEC', color: '3F3151' },
  // its own fill, a pale grey, and no red: red text on white read as Red; italic tells it from Closed in print
  'No date': { fill: 'F2F2F2', color: '000000', bold: true, italic: true },
};

export const STYLES: Readonly<Record<StyleName, StyleSpec>> = {
  title: spec({ bold: true, size: 14 }),
  subtitle: spec({ bold: true, size: 12 }),
  note: spec({ italic: true, color: '595959' }),
  header: spec({ bold: true, fill: 'DDEBF7', wrap: true, bottomBorder: true }),
  // every header sits over its own figures (domain.md "Standard summary sheets")
  'header-number': spec({ bold: true, fill: 'DDEBF7', wrap: true, bottomBorder: true, align: 'right' }),
  text: spec({}),
  wrap: spec({ wrap: true }),
  number: spec({ numFmt: '0' }),
  // days a date moved: later with its sign, and a space's width after it so the text in the next column
  // does not run into the figure (the number format's "_)" pads as wide as a bracket)
  days: spec({ numFmt: '+0_);-0_);0_)' }),
  percent: spec({ numFmt: '0%' }),
  date: spec({ numFmt: 'dd/mm/yyyy' }),
  link: spec({ color: '0563C1', underline: true }),
  total: spec({ bold: true }),
  'rag-Red': spec(RAG.Red),
  'rag-Amber': spec(RAG.Amber),
  'rag-Green': spec(RAG.Green),
  'rag-Complete': spec(RAG.Complete),
  'rag-Closed': spec(RAG.Closed),
  'rag-Ongoing': spec(RAG.Ongoing),
  'rag-No date': spec(RAG['No date']),
};

// each status's style name made once: a tracker's every row has one, and a name made afresh is one more string
const RAG_STYLES = Object.fromEntries(COMPUTED_STATUSES.map((status) => [status, `rag-${status}` as const])) as { [S in ComputedStatus]: `rag-${S}` };

export const ragStyle = (status: ComputedStatus): StyleName => RAG_STYLES[status];
