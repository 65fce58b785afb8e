import { Badge, Button, Caption1, Dropdown, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type SheetReport, fieldTitle, REQUIRED_FIELDS, SINGLE_FIELDS, type SheetMapping, type SingleField, ownerCounts } from '../../core';
import type { PaneActions, PaneState } from '../state/usePane';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  // A list, not a table: three columns do not fit Excel's 350 px pane. Each field is a row of two, its name
  // (with how sure the match is) and the column it reads.
  fields: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  field: {
    display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', columnGap: tokens.spacingHorizontalS, alignItems: 'center',
    paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  label: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  dropdown: { minWidth: 0, width: '100%' },
  // a long header is cut with an ellipsis in the closed dropdown; the list shows it whole
  dropdownText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  // owners and reasons are long runs of names: they wrap rather than widen the pane
  wrap: { overflowWrap: 'anywhere' },
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
          <ul>{report.skipped.map((s) => <li key={s.name}><Text className={styles.wrap}>{s.name}: {s.reason}</Text></li>)}</ul>
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
      <ul className={styles.fields} aria-label={`Columns of ${sheet.name}`}>
        {SINGLE_FIELDS.map((field) => {
          const mapped = mapping.columns[field];
          const label = `${fieldTitle(field)}${REQUIRED_FIELDS.includes(field) ? ' (required)' : ''}`;
          const value = mapped ? `${mapped.column}: ${mapped.header}` : 'not mapped';
          return (
            <li key={field} className={styles.field}>
              <div className={styles.label}>
                <Text>{label}</Text>
                {mapped ? <ConfidenceBadge value={mapped.confidence} /> : null}
              </div>
              <Dropdown className={styles.dropdown} button={{ title: value, children: <span className={styles.dropdownText}>{value}</span> }} size="small" aria-label={`Column for ${fieldTitle(field)}`} disabled={busy}
                value={value} selectedOptions={[mapped?.column ?? NOT_MAPPED]}
                onOptionSelect={(_, d) => d.optionValue && d.optionValue !== (mapped?.column ?? NOT_MAPPED) && change(field, d.optionValue)}>
                <Option value={NOT_MAPPED}>not mapped</Option>
                {choices.map(([column, header]) => <Option key={column} value={column} text={`${column}: ${header}`}>{`${column}: ${header}`}</Option>)}
              </Dropdown>
            </li>
          );
        })}
      </ul>
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
  const styles = useStyles();
  const owners = ownerCounts(sheet);
  if (owners.length === 0) return null;
  return (
    <div>
      <Text weight="semibold" block>{owners.length} owner{owners.length === 1 ? '' : 's'} named</Text>
      <Caption1 block className={styles.wrap}>{owners.map((o) => `${o.owner} (${o.actions})`).join(' · ')}</Caption1>
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

/** How sure the match of header to field is: the words say it, the colour repeats it. */
function ConfidenceBadge({ value }: { value: number }) {
  const color = value >= 0.8 ? 'success' : value >= 0.5 ? 'warning' : 'danger';
  return <Badge appearance="tint" color={color} size="small">{Math.round(value * 100)}% sure</Badge>;
}
