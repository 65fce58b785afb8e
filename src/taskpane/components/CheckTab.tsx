import { useMemo, useState, type KeyboardEvent } from 'react';
import {
  Badge, Button, Caption1, DataGrid, DataGridBody, DataGridCell, DataGridHeader, DataGridHeaderCell, DataGridRow, Dropdown, MessageBar,
  MessageBarBody, Option, Text, createTableColumn, makeStyles, tokens, useArrowNavigationGroup, type TableColumnDefinition,
} from '@fluentui/react-components';
import type { Issue } from '../../core';
import type { PaneActions, PaneState } from '../state/usePane';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  filters: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // two to a row at 350 px, the third under them; all three in a row when there is room
  filter: { minWidth: 0, flex: '1 1 130px' },
  message: { whiteSpace: 'normal', overflowWrap: 'anywhere', flexGrow: 1, minWidth: 0, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  where: { flexGrow: 0, flexShrink: 0, flexBasis: '76px', flexDirection: 'column', alignItems: 'flex-start', justifyContent: 'center', gap: tokens.spacingVerticalXXS },
  pickable: { cursor: 'pointer' },
});

/** A list longer than this is cut, with a note: filtering narrows it. */
const SHOWN = 500;
const ALL = '*';
const SEVERITY_ORDER: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2 };

interface Row extends Issue {
  readonly key: string;
}

const SEVERITY_COLOUR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const byPlace = (a: Row, b: Row): number => a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || (a.cell ?? '').localeCompare(b.cell ?? '');

// Two columns fit Excel's 350 px pane and leave the message most of it: the cell rides under the
// severity, the field and code under the message they explain.
const columns: TableColumnDefinition<Row>[] = [
  createTableColumn<Row>({
    columnId: 'where',
    compare: (a, b) => SEVERITY_ORDER[a.severity]! - SEVERITY_ORDER[b.severity]! || byPlace(a, b),
    renderHeaderCell: () => 'Severity, cell',
    renderCell: (r) => (
      <>
        <Badge appearance="tint" color={SEVERITY_COLOUR[r.severity]}>{r.severity}</Badge>
        <span>{r.cell ?? 'sheet'}</span>
      </>
    ),
  }),
  createTableColumn<Row>({
    columnId: 'problem',
    compare: (a, b) => (a.field ?? '').localeCompare(b.field ?? '') || a.code.localeCompare(b.code) || a.message.localeCompare(b.message),
    renderHeaderCell: () => 'Problem (by field, code)',
    renderCell: (r) => (
      <div>
        <div>{r.message}</div>
        <Caption1>{r.field ?? 'sheet'} · {r.code}</Caption1>
      </div>
    ),
  }),
];

export function CheckTab({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const [severity, setSeverity] = useState(ALL);
  const [field, setField] = useState(ALL);
  const [code, setCode] = useState(ALL);
  const [picked, setPicked] = useState<string | null>(null);
  // the arrow keys move from problem to problem; Enter or Space picks one
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  // picking an issue selects its cell: in Excel the sheet's selection moves, which is what was asked
  const pick = (issue: Row) => {
    setPicked(issue.key);
    void actions.select(issue.sheet, issue.cell ?? 'A1');
  };
  const report = state.outcome?.report;
  const issues = useMemo<Row[]>(() => (report && 'sheets' in report
    ? report.sheets.flatMap((s) => s.issues.map((issue, i) => ({ ...issue, key: `${s.name}!${i}` })))
    : []), [report]);
  const shown = issues.filter((i) => (severity === ALL || i.severity === severity) && (field === ALL || (i.field ?? '') === field) && (code === ALL || i.code === code));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  if (!report || !('sheets' in report)) return <Text>Checking the workbook…</Text>;

  const widthOf = (columnId: unknown): string | undefined => (columnId === 'problem' ? styles.message : columnId === 'where' ? styles.where : undefined);
  const distinct = (pick: (i: Issue) => string) => [...new Set(issues.map(pick))].sort();
  const filter = (label: string, plural: string, value: string, set: (v: string) => void, values: string[]) => (
    <Dropdown className={styles.filter} size="small" aria-label={`Filter by ${label}`} value={value === ALL ? `All ${plural}` : value}
      selectedOptions={[value]} onOptionSelect={(_, d) => set(d.optionValue ?? ALL)}>
      <Option value={ALL}>{`All ${plural}`}</Option>
      {values.map((v) => <Option key={v} value={v}>{v || '(none)'}</Option>)}
    </Dropdown>
  );

  return (
    <div className={styles.section}>
      <MessageBar intent={errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'success'} aria-label="Check result">
        <MessageBarBody>
          {errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : 'Passes: no errors'}
          {warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}
          {` in ${report.sheets.length} tracker sheet${report.sheets.length === 1 ? '' : 's'}.`}
        </MessageBarBody>
      </MessageBar>
      <Button disabled={state.busy !== null} onClick={() => void actions.check()}>Check again</Button>
      <div className={styles.filters}>
        {filter('severity', 'severities', severity, setSeverity, distinct((i) => i.severity))}
        {filter('field', 'fields', field, setField, distinct((i) => i.field ?? ''))}
        {filter('code', 'codes', code, setCode, distinct((i) => i.code))}
      </div>
      <Caption1>{shown.length > SHOWN ? `Showing the first ${SHOWN} of ${shown.length} problems: filter to narrow them.` : `${shown.length} problem${shown.length === 1 ? '' : 's'}. Select one to go to its cell.`}</Caption1>
      <DataGrid items={shown.slice(0, SHOWN)} columns={columns} sortable size="small" focusMode="row_unstable"
        getRowId={(r: Row) => r.key} aria-label="Problems found">
        <DataGridHeader>
          <DataGridRow>{({ renderHeaderCell, columnId }) => <DataGridHeaderCell className={widthOf(columnId)}>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
        </DataGridHeader>
        <DataGridBody<Row> {...arrows}>
          {({ item, rowId }) => (
            <DataGridRow<Row> key={rowId} aria-label={`${item.severity} at ${item.cell ?? item.sheet}: ${item.message}`}
              aria-selected={picked === item.key} className={styles.pickable}
              onClick={() => pick(item)} onKeyDown={(e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), pick(item))}>
              {({ renderCell, columnId }) => <DataGridCell className={widthOf(columnId)}>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
