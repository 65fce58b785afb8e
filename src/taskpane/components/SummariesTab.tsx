import { useMemo, useState } from 'react';
import { Button, Caption1, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SHEET_NAMES, SUMMARY_KINDS, type SummaryKind, type PlannedWrite } from '../../core';
import type { PaneActions, PaneState } from '../state/usePane';
import { unavailableBecause } from '../state/summaryChoices';
import { PlanPreview } from './PlanPreview';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column' },
  // the reason sits under its box, in line with the label
  reason: { display: 'block', paddingLeft: '36px', marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`, color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const DESCRIPTIONS: Readonly<Record<SummaryKind, string>> = {
  summary: 'RAG counts and slippage for each tracker',
  exceptions: 'what to look at, most urgent first: Red, no target date, reported better than the dates, then Amber',
  issues: 'every issue in full, each linked to its cell (the tracker\'s Issues column has a one-line summary)',
  byOwner: 'each lead officer’s actions by status',
  movement: 'how statuses changed between reporting periods',
  cseScoring: 'CSE assessment scoring',
};

export function SummariesTab({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const [planned, setPlanned] = useState<PlannedWrite | null>(null);
  const report = state.outcome?.report;
  const cse = state.outcome?.settings.cseScoring;
  // a sheet the trackers cannot give is shown, disabled, with the reason: not offered and then left out
  const why = useMemo(() => {
    const sheets = report && 'sheets' in report ? report.sheets : [];
    return new Map(SUMMARY_KINDS.map((k) => [k, cse ? unavailableBecause(k, sheets, cse) : null]));
  }, [report, cse]);
  const chosen = new Set(state.summaries.filter((k) => !why.get(k)));
  // a choice that cannot apply now keeps its tick for when it can (a compliance column mapped later)
  const toggle = (kind: SummaryKind, on: boolean) => actions.setSummaries(SUMMARY_KINDS.filter((k) => (k === kind ? on : state.summaries.includes(k))));
  const busy = state.busy !== null;
  const written = state.lastWrite?.written ? state.lastWrite.sheets : [];

  return (
    <div className={styles.section}>
      <Text>Choose the summary sheets to create or refresh.</Text>
      <div className={styles.list} role="group" aria-label="Summary sheets">
        {SUMMARY_KINDS.map((kind) => {
          const reason = why.get(kind);
          return (
            <div key={kind}>
              <Checkbox checked={chosen.has(kind)} disabled={Boolean(reason)} label={`${SHEET_NAMES[kind]}: ${DESCRIPTIONS[kind]}`}
                aria-describedby={reason ? `why-no-${kind}` : undefined} onChange={(_, d) => toggle(kind, d.checked === true)} />
              {reason && <Caption1 id={`why-no-${kind}`} className={styles.reason}>{reason}</Caption1>}
            </div>
          );
        })}
      </div>
      <Button appearance="primary" disabled={busy || chosen.size === 0} onClick={async () => setPlanned(await actions.preview([...chosen]))}>Create or refresh…</Button>
      {planned && (
        <PlanPreview planned={planned} host={state.hostKind ?? 'browser'} previously={state.outcome?.ownedSummaries ?? []} confirmLabel="Write the sheets" onCancel={() => setPlanned(null)} onConfirm={async () => {
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
