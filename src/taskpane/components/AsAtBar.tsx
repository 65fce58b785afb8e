import { useEffect, useState } from 'react';
import { Button, Caption1, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type SheetReport, type IsoDate, ragBasis, type RuleSet } from '../../core';
import { asAtNote } from '../state/asAtNote';
import { isoFromUk, ukFromIso } from '../state/ukDate';
import { RULE_SET_LABELS } from './ruleSetLabels';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  ask: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorBrandStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  input: { width: '11em', maxWidth: '100%' },
});

/**
 * The date every RAG colour and day count is worked out as at, with the rule set and what the RAG is judged
 * from, above every tab: a RAG means nothing without its date. When a workbook opened in the browser has no
 * as-at date saved, this asks for one, with today's date filled in and called today.
 */
export function AsAtBar({ asAt, today, givenHere, ask, ruleSet, sheets, busy, onUse, onChange }: {
  asAt: IsoDate;
  today: IsoDate;
  /** the user gave this date in the pane */
  givenHere: boolean;
  /** ask for the date, rather than only show it */
  ask: boolean;
  ruleSet: RuleSet;
  sheets: readonly SheetReport[];
  busy: boolean;
  onUse: (asAt: IsoDate) => void;
  /** go to where the date and the rule set are changed */
  onChange: () => void;
}) {
  const styles = useStyles();
  const [text, setText] = useState(ukFromIso(asAt));
  useEffect(() => setText(ukFromIso(asAt)), [asAt]);
  const iso = isoFromUk(text);
  const ruleSetLine = `Rule set: ${RULE_SET_LABELS[ruleSet].toLowerCase()}.`;
  const bases = sheets.map((s) => {
    const basis = ragBasis(s);
    return basis ? `${sheets.length > 1 ? `${s.name}: ` : ''}${basis}.` : null;
  }).filter((b): b is string => b !== null);
  const about = (
    <>
      <Caption1 block>{ruleSetLine}</Caption1>
      {bases.map((b) => <Caption1 key={b} block>{b}</Caption1>)}
    </>
  );

  if (ask) {
    const hint = iso === today ? 'Today. Change it to the date the figures should be as at, such as the end of the last quarter.' : `The date the figures should be as at (today is ${ukFromIso(today)}).`;
    return (
      <section className={styles.ask} aria-label="As-at date">
        <Text weight="semibold">Which date should RAG be worked out as at?</Text>
        <Text>This workbook has no as-at date saved. Every RAG colour and day count depends on it.</Text>
        <Field label="As-at date (dd/mm/yyyy)" hint={iso ? hint : undefined}
          validationState={iso ? 'none' : 'error'} validationMessage={iso ? undefined : 'Enter a real date, such as 31/03/2011'}>
          <Input className={styles.input} value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={!iso || busy} onClick={() => iso && onUse(iso)}>Use this date</Button>
        </div>
        {about}
      </section>
    );
  }
  const note = asAtNote(asAt, today, givenHere);
  return (
    <section className={styles.bar} aria-label="As-at date">
      <div className={styles.line}>
        <Text weight="semibold">As at {ukFromIso(asAt)}{note ? ` (${note})` : ''}</Text>
        <Button size="small" appearance="transparent" aria-label="Change the as-at date" onClick={onChange}>Change</Button>
      </div>
      {about}
    </section>
  );
}
