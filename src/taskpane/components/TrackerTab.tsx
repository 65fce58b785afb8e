import { Badge, Button, Caption1, Dropdown, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetReport } from '../../core/checkSheet';
import { REQUIRED_FIELDS, SINGLE_FIELDS, type SheetMapping, type SingleField } from '../../core/settings';
import type { PaneActions, PaneState } from '../state/usePane';
import { FIELD_LABELS } from './fieldLabels';
import { ownerCounts } from '../../core/summary/ownerCounts';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: '100%' },
  // a long header is cut with an ellipsis in the closed dropdown; the list shows it whole
  dropdownText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  fieldColumn: { width: '38%' },
  columnColumn: { width: '44%' },
  confidenceColumn: { width: '18%' },
});

const NOT_MAPPED = '-';

export function TrackerTab({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const report = state.outcome?.report;
  if (!report) return <Text>Checking the workbook…</Text>;
  if (!('sheets' in report)) return <Text role="alert">{report.message}</Text>;
  return (
    <div className={styles.section}>
      {report.sheets.length === 0 && <Text weight="semibold">No tracker was found in this workbook.</Text>}
      {report.sheets.map((sheet) => <SheetMappingView key={sheet.name} sheet={sheet} actions={actions} busy={state.busy !== null} />)}
      {report.sheets.length > 0 && (
        <div>
          <Button appearance="primary" disabled={state.busy !== null} onClick={() => void actions.saveMapping()}>Save mapping</Button>
          <Caption1 block>Saves the mapping and the settings in the workbook, so the next check (in Excel or the command line) reads it the same way.</Caption1>
        </div>
      )}
      {report.skipped.length > 0 && (
        <div>
          <Text weight="semibold">Sheets not checked</Text>
          <ul>{report.skipped.map((s) => <li key={s.name}><Text>{s.name}: {s.reason}</Text></li>)}</ul>
        </div>
      )}
    </div>
  );
}

function SheetMappingView({ sheet, actions, busy }: { sheet: SheetReport; actions: PaneActions; busy: boolean }) {
  const styles = useStyles();
  const mapping = sheet.mapping;
  // every column the header row names, mapped or not, as a choice for each field
  const columns = new Map<string, string>();
  for (const c of Object.values(mapping.columns)) if (c) columns.set(c.column, c.header);
  for (const p of mapping.periods) for (const c of [p.progress, p.reportedStatus]) if (c) columns.set(c.column, c.header);
  for (const c of sheet.unmapped) columns.set(c.column, c.header);
  const choices = [...columns.entries()].sort(([a], [b]) => a.length - b.length || a.localeCompare(b));

  const change = (field: SingleField, column: string) => {
    const next: SheetMapping['columns'] = { ...mapping.columns };
    if (column === NOT_MAPPED) delete next[field];
    else next[field] = { column, header: columns.get(column) ?? '', confidence: 1 };
    void actions.changeMapping({ ...mapping, columns: next });
  };

  return (
    <section aria-label={`Mapping of sheet ${sheet.name}`}>
      <Text weight="semibold" block>Sheet “{sheet.name}”: header on row {mapping.headerRow}</Text>
      <Table size="small" aria-label={`Columns of ${sheet.name}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.fieldColumn}>Field</TableHeaderCell>
            <TableHeaderCell className={styles.columnColumn}>Column</TableHeaderCell>
            <TableHeaderCell className={styles.confidenceColumn}>Confidence</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {SINGLE_FIELDS.map((field) => {
            const mapped = mapping.columns[field];
            const label = `${FIELD_LABELS[field]}${REQUIRED_FIELDS.includes(field) ? ' (required)' : ''}`;
            const value = mapped ? `${mapped.column}: ${mapped.header}` : 'not mapped';
            return (
              <TableRow key={field}>
                <TableCell>{label}</TableCell>
                <TableCell>
                  <Dropdown className={styles.dropdown} button={{ title: value, children: <span className={styles.dropdownText}>{value}</span> }} size="small" aria-label={`Column for ${FIELD_LABELS[field]}`} disabled={busy}
                    value={value} selectedOptions={[mapped?.column ?? NOT_MAPPED]}
                    onOptionSelect={(_, d) => d.optionValue && d.optionValue !== (mapped?.column ?? NOT_MAPPED) && change(field, d.optionValue)}>
                    <Option value={NOT_MAPPED}>not mapped</Option>
                    {choices.map(([column, header]) => <Option key={column} value={column} text={`${column}: ${header}`}>{`${column}: ${header}`}</Option>)}
                  </Dropdown>
                </TableCell>
                <TableCell>{mapped ? <ConfidenceBadge value={mapped.confidence} /> : null}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <JoinedRows sheet={sheet} actions={actions} busy={busy} />
      <Owners sheet={sheet} />
      {mapping.periods.length > 0 && (
        <div>
          <Text weight="semibold" block>Reporting periods</Text>
          <ul>
            {mapping.periods.map((p) => (
              <li key={p.label}><Text>{p.label}: progress {p.progress?.column ?? 'none'}, status {p.reportedStatus?.column ?? 'none'}</Text></li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The owners the tracker names, as By owner will list them, so a wrong split shows before it is written. */
function Owners({ sheet }: { sheet: SheetReport }) {
  const owners = ownerCounts(sheet);
  if (owners.length === 0) return null;
  return (
    <div>
      <Text weight="semibold" block>{owners.length} owner{owners.length === 1 ? '' : 's'} named</Text>
      <Caption1 block>{owners.map((o) => `${o.owner} (${o.actions})`).join(' · ')}</Caption1>
    </div>
  );
}

/** rows listed with a button each; past this, the rest are counted */
const JOINED_SHOWN = 20;

/**
 * Rows read as part of the action above: a wrong join hides an action from every count, so each is shown
 * with the row it joined, and can be made an action of its own (saved with the mapping).
 */
function JoinedRows({ sheet, actions, busy }: { sheet: SheetReport; actions: PaneActions; busy: boolean }) {
  const joined = sheet.joined;
  if (joined.length === 0) return null;
  const mapping = sheet.mapping;
  const makeAction = (row: number) => {
    const rowKinds = [...mapping.rowKinds.filter((k) => k.row !== row), { row, kind: 'data' as const }];
    void actions.changeMapping({ ...mapping, rowKinds });
  };
  const n = joined.length;
  return (
    <div aria-label={`Rows of ${sheet.name} joined to the action above`} role="group">
      <Text weight="semibold" block>{n} row{n === 1 ? '' : 's'} joined to the action above</Text>
      <Caption1 block>Each was read as part of the action above: it has no ref, and no owner or date of its own, or its text carries on the action's. If one is an action of its own, make it one.</Caption1>
      <ul>
        {joined.slice(0, JOINED_SHOWN).map((j) => (
          <li key={j.row}>
            <Text>Row {j.row} → row {j.to} </Text>
            <Button size="small" appearance="subtle" disabled={busy} onClick={() => makeAction(j.row)} aria-label={`Make row ${j.row} an action of its own`}>Make it an action</Button>
          </li>
        ))}
      </ul>
      {n > JOINED_SHOWN && <Caption1 block>… and {n - JOINED_SHOWN} more (the command line's --json lists every one).</Caption1>}
    </div>
  );
}

function ConfidenceBadge({ value }: { value: number }) {
  const color = value >= 0.8 ? 'success' : value >= 0.5 ? 'warning' : 'danger';
  return <Badge appearance="tint" color={color}>{Math.round(value * 100)}%</Badge>;
}
