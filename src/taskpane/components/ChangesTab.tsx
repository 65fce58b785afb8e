import { useRef, useState } from 'react';
import { Button, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AS_AT_FROM, describeChange, formatUkDate, SHEET_NAMES, UNRELATED_NOTE, type PlannedWrite, type SheetChanges } from '../../core';
import type { PaneActions, PaneState } from '../state/usePane';
import { PlanPreview } from './PlanPreview';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // the cell, then the change beside it: the eye runs down the cells
  line: { display: 'grid', gridTemplateColumns: '52px minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  where: { color: tokens.colorNeutralForeground3 },
});


/** A list longer than this is cut, with a note: the Changes sheet has every one. */
const SHOWN = 200;

function SheetList({ sheet, several, onSelect }: { sheet: SheetChanges; several: boolean; onSelect: (cell: string) => void }) {
  const styles = useStyles();
  const moved = sheet.statusMatrix.filter((c) => c.from !== c.to);
  return (
    <>
      {several && <Text weight="semibold">Sheet “{sheet.newSheet}”{sheet.oldSheet !== sheet.newSheet ? ` (was “${sheet.oldSheet}”)` : ''}</Text>}
      {sheet.unrelated && <Text role="note" weight="semibold">{UNRELATED_NOTE}</Text>}
      {sheet.groups.length === 0 && <Text>No changes: the same {sheet.matched} actions, with the same dates, owners, statuses and progress text.</Text>}
      {sheet.groups.map((g) => (
        <section key={g.kind} className={styles.group} aria-label={g.title}>
          <Text weight="semibold">{g.title} ({g.lines.length})</Text>
          <ul className={styles.list}>
            {g.lines.slice(0, SHOWN).map((c) => (
              <li key={`${c.newRow ?? 'old'}-${c.oldRow ?? 'new'}`} className={styles.line}>
                {c.cell === null
                  ? <Caption1 className={styles.where}>row {c.oldRow} before</Caption1>
                  : <Link as="button" onClick={() => onSelect(c.cell!)} aria-label={`Go to ${c.cell}`}>{c.cell}</Link>}
                <Text size={200}>{describeChange(c)}</Text>
              </li>
            ))}
          </ul>
          {g.lines.length > SHOWN && <Caption1>… and {g.lines.length - SHOWN} more: the Changes sheet lists every one.</Caption1>}
        </section>
      ))}
      {moved.length > 0 && <Caption1>Computed status: {moved.map((c) => `${c.from} → ${c.to} ${c.count}`).join(', ')}.</Caption1>}
    </>
  );
}

/**
 * Compare with an earlier return: the user picks last quarter's file, the pane lists what changed since,
 * each change linked to its cell, and can write the Changes sheet. The earlier file is only read.
 */
export function ChangesTab({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [planned, setPlanned] = useState<PlannedWrite | null>(null);
  const busy = state.busy !== null;
  const changes = state.changes;
  const checked = state.outcome !== null && 'sheets' in state.outcome.report;
  const keep = state.outcome?.ownedSummaries ?? [];

  return (
    <div className={styles.section}>
      <Text>Compare this workbook with an earlier return of it, such as last quarter’s: what was added, what went, which targets moved and whether the return says so.</Text>
      <Button appearance={changes ? 'secondary' : 'primary'} disabled={busy || !checked} onClick={() => input.current?.click()}>
        {changes ? 'Compare with another return…' : 'Compare with an earlier return…'}
      </Button>
      <input ref={input} className={styles.hidden} type="file" aria-label="Earlier return"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          setPlanned(null);
          if (file) void actions.compare(file);
        }} />
      {changes && (
        <>
          <Caption1>
            Since {changes.earlier.name}, as at {formatUkDate(changes.model.old.asAt)} ({AS_AT_FROM[changes.earlier.asAtFrom]}); this workbook as at {formatUkDate(changes.model.new.asAt)}.
            Each RAG is computed at its own return’s date.
          </Caption1>
          {changes.model.sheets.map((s) => (
            <SheetList key={s.newSheet} sheet={s} several={changes.model.sheets.length > 1} onSelect={(cell) => void actions.select(s.newSheet, cell)} />
          ))}
          {changes.model.unpaired.old.map((name) => <Caption1 key={`old-${name}`}>The earlier return’s tracker sheet “{name}” has no counterpart here.</Caption1>)}
          {changes.model.unpaired.new.map((name) => <Caption1 key={`new-${name}`}>Tracker sheet “{name}” is new in this return.</Caption1>)}
          <Button disabled={busy} onClick={async () => setPlanned(await actions.preview(keep, changes.input))}>Write the {SHEET_NAMES.changes} sheet…</Button>
          {planned && (
            <PlanPreview planned={planned} host={state.hostKind ?? 'browser'} previously={keep} confirmLabel={`Write the ${SHEET_NAMES.changes} sheet`}
              onCancel={() => setPlanned(null)} onConfirm={async () => {
                const name = planned.plan?.sheets.find((s) => s.kind === 'changes')?.name;
                setPlanned(null);
                const result = await actions.write(keep, `Writing the ${SHEET_NAMES.changes} sheet`, changes.input);
                if (result?.written && name) await actions.activate(name);
              }} />
          )}
        </>
      )}
    </div>
  );
}
