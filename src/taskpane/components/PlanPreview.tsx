import { useEffect, useRef } from 'react';
import { Button, Card, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { columnLetter, type PlannedWrite, type SheetKind } from '../../core';
import { undoNote } from '../state/undoNote';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * What a write will do, shown before anything is written: Excel cannot undo an add-in's changes, so the
 * user confirms the plan itself, told (in Excel) that the undo history goes with it. It takes focus as it
 * opens: it is what the user has to answer next.
 */
export function PlanPreview({ planned, host, previously, onConfirm, onCancel, confirmLabel }: {
  planned: PlannedWrite;
  /** Excel, or a file opened in the browser (written as a new copy, with no undo history to lose) */
  host: 'excel' | 'browser';
  /** the summary sheets written last time */
  previously: readonly SheetKind[];
  onConfirm: () => void;
  onCancel: () => void;
  confirmLabel: string;
}) {
  const styles = useStyles();
  const plan = planned.plan;
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => card.current?.focus(), []);
  const undo = plan ? undoNote(host) : null;
  return (
    <Card ref={card} tabIndex={-1} className={styles.card} aria-label="What will be written">
      <Text weight="semibold">What Tracker Check will write</Text>
      {!plan && <Text role="alert">{planned.notes.join(' ') || 'Nothing can be written.'}</Text>}
      {plan && (
        <ul className={styles.list}>
          {plan.trackerColumns.map((c) => (
            <li key={c.sheet}><Text>Sheet “{c.sheet}”: its columns {columnLetter(c.first)}–{columnLetter(c.first + c.headers.length - 1)} ({c.headers.join(', ')}). Your own columns are not changed.</Text></li>
          ))}
          {plan.sheets.map((s) => (
            <li key={s.name}><Text>Sheet “{s.name}” ({previously.includes(s.kind) ? 'refreshed' : 'new'}).</Text></li>
          ))}
          <li><Text>Its settings, on a hidden sheet.</Text></li>
          {plan.notes.map((n) => <li key={n}><Text>{n}</Text></li>)}
        </ul>
      )}
      {undo && (
        <MessageBar intent="warning" layout="multiline" aria-label="Undo">
          <MessageBarBody>{undo}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        {plan && <Button appearance="primary" onClick={onConfirm}>{confirmLabel}</Button>}
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </Card>
  );
}
