import { useEffect, useRef, useState } from 'react';
import { Button, Dropdown, Field, Input, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { COMPUTED_STATUSES, type ComputedStatus, RULE_SETS, type RuleSet, STYLES, type PlannedWrite } from '../../core';
import type { CheckHow, PaneActions, PaneState } from '../state/usePane';
import { isoFromUk, ukFromIso } from '../state/ukDate';
import { PlanPreview } from './PlanPreview';
import { RULE_SET_LABELS } from './ruleSetLabels';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  swatch: { display: 'inline-block', padding: '0 6px', borderRadius: tokens.borderRadiusSmall },
});

/**
 * The settings RAG is worked out with, and the counts they give. The as-at date, the rule set and what the
 * RAG is judged from are shown above every tab; this is where they are changed. `focusAsAt` changing
 * sends focus to the as-at date (the "Change" beside it).
 */
export function RagTab({ state, actions, focusAsAt }: { state: PaneState; actions: PaneActions; focusAsAt: number }) {
  const styles = useStyles();
  const asAtInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusAsAt > 0) asAtInput.current?.focus();
  }, [focusAsAt]);
  const settings = state.outcome?.settings;
  const [asAt, setAsAt] = useState(ukFromIso(state.request.asAt ?? ''));
  const [amber, setAmber] = useState(String(settings?.thresholds.amberDays ?? 30));
  const [ruleSet, setRuleSet] = useState<RuleSet>(settings?.ruleSet ?? 'dates');
  const [planStart, setPlanStart] = useState(ukFromIso(settings?.planStart ?? ''));
  const [planned, setPlanned] = useState<PlannedWrite | null>(null);
  useEffect(() => {
    if (!settings) return;
    setAsAt(ukFromIso(settings.asAt));
    setAmber(String(settings.thresholds.amberDays));
    setRuleSet(settings.ruleSet);
    setPlanStart(ukFromIso(settings.planStart ?? ''));
  }, [settings]);

  const iso = isoFromUk(asAt);
  const days = /^\d{1,4}$/.test(amber.trim()) ? Number(amber) : null;
  // the plan start is optional: left empty, no plan start is used (and one saved is cleared)
  const planIso = planStart.trim() === '' ? null : isoFromUk(planStart);
  const planValid = planStart.trim() === '' || planIso !== null;
  const valid = iso !== null && days !== null && planValid;
  const busy = state.busy !== null;
  const report = state.outcome?.report;
  const counts = new Map<ComputedStatus, number>();
  if (report && 'sheets' in report) for (const s of report.sheets) for (const k of COMPUTED_STATUSES) counts.set(k, (counts.get(k) ?? 0) + s.counts[k]);
  const recalc = (how: CheckHow) => valid && actions.check({ asAt: iso, amberDays: days, ruleSet, planStart: planIso }, how);
  const summaries = state.outcome?.ownedSummaries ?? [];

  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <Field label="As at (dd/mm/yyyy)" validationState={iso ? 'none' : 'error'} validationMessage={iso ? undefined : 'Enter a real date, such as 31/03/2011'}>
          <Input ref={asAtInput} value={asAt} onChange={(_, d) => setAsAt(d.value)} />
        </Field>
        <Field label="Amber window (days)" validationState={days !== null ? 'none' : 'error'} validationMessage={days !== null ? undefined : 'A whole number of days'}>
          <Input value={amber} inputMode="numeric" onChange={(_, d) => setAmber(d.value)} />
        </Field>
      </div>
      <Field label="Plan start (dd/mm/yyyy, optional)" hint='Places dates written relative to the plan, such as "Year 2"'
        validationState={planValid ? 'none' : 'error'} validationMessage={planValid ? undefined : 'Enter a real date, such as 01/04/2010, or leave it empty'}>
        <Input value={planStart} onChange={(_, d) => setPlanStart(d.value)} />
      </Field>
      <Field label="Rule set">
        <Dropdown value={RULE_SET_LABELS[ruleSet]} selectedOptions={[ruleSet]} onOptionSelect={(_, d) => d.optionValue && setRuleSet(d.optionValue as RuleSet)}>
          {RULE_SETS.map((r) => <Option key={r} value={r}>{RULE_SET_LABELS[r]}</Option>)}
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <Button disabled={!valid || busy} onClick={() => void recalc('checked')}>Recalculate</Button>
        <Button appearance="primary" disabled={!valid || busy} onClick={async () => {
          // the preview that follows is the answer: the check before it says nothing (and a stopped one, no preview)
          if (await recalc('quiet')) setPlanned(await actions.preview(summaries));
        }}>Write RAG columns…</Button>
      </div>
      {planned && (
        <PlanPreview planned={planned} host={state.hostKind ?? 'browser'} previously={state.outcome?.ownedSummaries ?? []} confirmLabel="Write" onCancel={() => setPlanned(null)} onConfirm={() => {
          setPlanned(null);
          void actions.write(summaries, 'Writing the RAG columns');
        }} />
      )}
      <Table size="small" aria-label="Actions by computed status">
        <TableHeader><TableRow><TableHeaderCell>Computed status</TableHeaderCell><TableHeaderCell>Actions</TableHeaderCell></TableRow></TableHeader>
        <TableBody>
          {COMPUTED_STATUSES.map((k) => {
            const style = STYLES[`rag-${k}`];
            return (
              <TableRow key={k}>
                <TableCell><span className={styles.swatch} style={{ backgroundColor: `#${style.fill ?? 'FFFFFF'}`, color: `#${style.color ?? '000000'}` }}>{k}</span></TableCell>
                <TableCell>{counts.get(k) ?? 0}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {!report && <Text>Checking the workbook…</Text>}
    </div>
  );
}
