import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { cellRef, cellText, columnLetter, type Cell, type Sheet, serialToIso, STYLES, type ComputedStatus, type CheckOutcome, type WriteOutcome } from '../../core';
import type { BrowserWorkbook } from '../browser/openWorkbook';
import { ukFromIso } from '../state/ukDate';

const useStyles = makeStyles({
  workspace: {
    flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', padding: tokens.spacingHorizontalM, boxSizing: 'border-box', gap: tokens.spacingVerticalS,
    // under the pane (a narrow window) the grid takes most of a screen and scrolls inside itself
    '@media (max-width: 799px)': { flexGrow: 0, height: '85vh' },
  },
  scroller: { flexGrow: 1, minHeight: 0, overflow: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: '2px 4px', maxWidth: '240px', verticalAlign: 'top', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px' },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  tabs: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

/** Rows drawn at once: a large tracker is shown as a window around the selected cell. */
const WINDOW = 200;
/** Columns drawn: trackers rarely run wider, and the product's own columns sit just right of the user's. */
const MAX_COLS = 40;

/**
 * The workbook beside the pane in browser mode (under it in a narrow window), read-only, as Excel would
 * show it: the active sheet's cells, with each action's computed RAG in a column of its own once its
 * as-at date is settled (`ragShown`), and the selected cell outlined.
 */
export function BrowserWorkspace({ book, outcome, lastWrite, ragShown }: {
  book: BrowserWorkbook | null; outcome: CheckOutcome | null; lastWrite: WriteOutcome | null; ragShown: boolean;
}) {
  const styles = useStyles();
  const subscribe = useMemo(() => book?.subscribe ?? (() => () => undefined), [book]);
  const selection = useSyncExternalStore(subscribe, () => book?.selection() ?? null);
  const active = useSyncExternalStore(subscribe, () => book?.activeSheet() ?? null);
  // the grid changes only when something is written
  const grid = useMemo(() => {
    try {
      return book?.grid() ?? null;
    } catch {
      // the pane's own message says why the workbook cannot be read; the grid just stays empty
      return null;
    }
  }, [book, lastWrite]);
  const report = outcome && 'sheets' in outcome.report ? outcome.report : null;
  const sheetName = active ?? report?.sheets[0]?.name ?? grid?.sheets.find((s) => s.state === 'visible')?.name ?? null;
  const sheet = grid?.sheets.find((s) => s.name === sheetName) ?? null;
  const rag = useMemo(() => {
    const byRow = new Map<number, ComputedStatus>();
    const checked = ragShown ? report?.sheets.find((s) => s.name === sheetName) : undefined;
    if (checked) for (const r of checked.rows) if (r.rag) byRow.set(r.row - 1, r.rag.computed);
    return byRow;
  }, [report, sheetName, ragShown]);
  const selectedRef = useRef<HTMLTableCellElement>(null);
  // Only the grid scrolls to the cell: scrollIntoView would scroll the page too, moving the pane (and the
  // problem just picked) out of sight when the grid is under it, or sideways in a narrow window.
  useEffect(() => {
    const cell = selectedRef.current;
    const scroller = cell?.closest<HTMLElement>('[data-scroller]');
    if (!cell || !scroller) return;
    const c = cell.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    scroller.scrollTop += c.top - s.top - (scroller.clientHeight - c.height) / 2;
    if (c.left < s.left) scroller.scrollLeft -= s.left - c.left;
    else if (c.right > s.left + scroller.clientWidth) scroller.scrollLeft += c.right - s.left - scroller.clientWidth;
  }, [selection]);

  if (!book || !grid) {
    return (
      <section className={styles.workspace} aria-label="Workbook">
        <Text>Open a council tracker (.xlsx) to check it here, without Excel.</Text>
      </section>
    );
  }
  const selectedCell = selection && selection.sheet === sheetName ? selection.cell : null;
  return (
    <section className={styles.workspace} aria-label={`Workbook ${book.name}`}>
      <nav className={styles.tabs} aria-label="Sheets">
        {grid.sheets.filter((s) => s.state === 'visible').map((s) => (
          <Button key={s.name} size="small" appearance={s.name === sheetName ? 'primary' : 'subtle'} aria-pressed={s.name === sheetName}
            onClick={() => void book.host.activate(s.name)}>{s.name}</Button>
        ))}
      </nav>
      {sheet && <SheetView sheet={sheet} date1904={grid.date1904} rag={rag} ragShown={ragShown} selectedCell={selectedCell} selectedRef={selectedRef} />}
    </section>
  );
}

function SheetView({ sheet, date1904, rag, ragShown, selectedCell, selectedRef }: {
  sheet: Sheet; date1904: boolean; rag: ReadonlyMap<number, ComputedStatus>; ragShown: boolean; selectedCell: string | null; selectedRef: React.RefObject<HTMLTableCellElement>;
}) {
  const styles = useStyles();
  const selectedRow = selectedCell ? Number(/\d+$/.exec(selectedCell)?.[0] ?? 1) - 1 : 0;
  const from = Math.max(0, Math.min(selectedRow - WINDOW / 2, sheet.rowCount - WINDOW));
  const to = Math.min(sheet.rowCount, from + WINDOW);
  const cols = Math.min(sheet.colCount, MAX_COLS);
  const rows: number[] = [];
  for (let r = from; r < to; r++) rows.push(r);
  return (
    <div className={styles.scroller} data-scroller tabIndex={0} aria-label={`Sheet ${sheet.name}, rows ${from + 1} to ${to} of ${sheet.rowCount}`}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.head} scope="col">Row</th>
            <th className={styles.head} scope="col">{ragShown ? 'Computed RAG' : 'Computed RAG (once the as-at date is set)'}</th>
            {Array.from({ length: cols }, (_, c) => <th key={c} className={styles.head} scope="col">{columnLetter(c)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const status = rag.get(r);
            const style = status ? STYLES[`rag-${status}`] : null;
            return (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">{r + 1}</th>
                <td className={styles.cell} style={style ? { backgroundColor: `#${style.fill}`, color: `#${style.color}` } : undefined}>{status ?? ''}</td>
                {Array.from({ length: cols }, (_, c) => {
                  const ref = cellRef(r, c);
                  const selected = ref === selectedCell;
                  const text = shown(sheet.rows[r]?.[c], date1904);
                  return (
                    <td key={c} ref={selected ? selectedRef : undefined} className={`${styles.cell}${selected ? ` ${styles.selected}` : ''}`}
                      title={text.length > 30 ? text : undefined} data-cell={ref} data-selected={selected || undefined}>{text}</td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function shown(cell: Cell | undefined, date1904: boolean): string {
  if (!cell) return '';
  if (cell.type === 'date') {
    const iso = serialToIso(cell.value as number, date1904);
    return iso ? ukFromIso(iso) : cellText(cell);
  }
  // the summaries' shares are fractions shown as percentages, as Excel shows them
  if (cell.type === 'number' && cell.format?.includes('%')) return `${Math.round((cell.value as number) * 1000) / 10}%`;
  return cellText(cell);
}
