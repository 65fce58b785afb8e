import { useState } from 'react';
import { Button, Caption1, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SHEET_NAMES } from '../../core/plan/planWrites';
import { SUMMARY_KINDS, type SummaryKind } from '../../core/plan/writePlan';
import type { PlannedWrite } from '../../core/run/workbookHost';
import type { PaneActions, PaneState } from '../state/usePane';
import { PlanPreview } from './PlanPreview';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const DESCRIPTIONS: Readonly<Record<SummaryKind, string>> = {
  summary: 'RAG counts and slippage for each tracker',
  exceptions: 'every Red, Amber and overdue action',
  byOwner: 'each lead officer’s actions by status',
  movement: 'how statuses changed between reporting periods',
  cseScoring: 'CSE assessment scoring',
};

export function SummariesTab({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const [planned, setPlanned] = useState<PlannedWrite | null>(null);
  const chosen = new Set(state.summaries);
  const toggle = (kind: SummaryKind, on: boolean) => actions.setSummaries(SUMMARY_KINDS.filter((k) => (k === kind ? on : chosen.has(k))));
  const busy = state.busy !== null;
  const written = state.lastWrite?.written ? state.lastWrite.sheets : [];

  return (
    <div className={styles.section}>
      <Text>Choose the summary sheets to create or refresh.</Text>
      <div className={styles.list} role="group" aria-label="Summary sheets">
        {SUMMARY_KINDS.map((kind) => (
          <Checkbox key={kind} checked={chosen.has(kind)} label={`${SHEET_NAMES[kind]}: ${DESCRIPTIONS[kind]}`} onChange={(_, d) => toggle(kind, d.checked === true)} />
        ))}
      </div>
      <Caption1>Movement and CSE scoring are made only from trackers that have what they need (two reporting periods; CSE scores).</Caption1>
      <Button appearance="primary" disabled={busy || chosen.size === 0} onClick={async () => setPlanned(await actions.preview([...chosen]))}>Create or refresh…</Button>
      {planned && (
        <PlanPreview planned={planned} previously={state.outcome?.ownedSummaries ?? []} confirmLabel="Write the sheets" onCancel={() => setPlanned(null)} onConfirm={async () => {
          const names = new Set(planned.plan?.sheets.map((s) => s.name) ?? []);
          setPlanned(null);
          const result = await actions.write([...chosen], 'Writing the summary sheets');
          const first = result?.sheets.find((s) => names.has(s));
          if (first) await actions.activate(first);
        }} />
      )}
      {written.length > 0 && (
        <div>
          <Text weight="semibold" block>Written</Text>
          <div className={styles.row}>
            {written.map((name) => <Button key={name} size="small" onClick={() => void actions.activate(name)}>Open “{name}”</Button>)}
          </div>
        </div>
      )}
    </div>
  );
}
