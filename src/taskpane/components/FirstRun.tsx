import { useEffect, useRef } from 'react';
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneHost } from '../boot/whenOfficeReady';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  title: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { marginTop: tokens.spacingVerticalS, marginBottom: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/**
 * What Tracker Check will read and write, said before it touches the workbook: shown the first time the
 * pane opens (nothing is read until Start), and again from "About". `again`: opened from About, so it
 * takes focus, and its button goes back rather than starts.
 */
export function FirstRun({ mode, again, onStart }: { mode: PaneHost; again: boolean; onStart: () => void }) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (again) heading.current?.focus();
  }, [again]);
  return (
    <section className={styles.screen} aria-labelledby="first-run-heading">
      <div className={styles.title}>
        <Text as="h1" weight="semibold" size={500}>Tracker Check</Text>
        <Caption1>version {__TRACKER_CHECK_VERSION__}</Caption1>
        {mode === 'browser' && <Badge appearance="outline">browser mode</Badge>}
      </div>
      <Text as="h2" id="first-run-heading" ref={heading} tabIndex={-1} weight="semibold" size={400} className={styles.heading}>
        What Tracker Check reads and writes
      </Text>
      <Text>It checks the council action-plan tracker in {mode === 'excel' ? 'this workbook' : 'a workbook you open'}.</Text>
      <Text weight="semibold">It reads</Text>
      <ul className={styles.list}>
        <li><Text>every sheet’s cells, to find the tracker and check each action;</Text></li>
        <li><Text>the fill colours of the status columns, where a RAG can be a colour.</Text></li>
      </ul>
      <Text weight="semibold">It writes only when you ask, after showing you what it will write</Text>
      <ul className={styles.list}>
        <li><Text>its own columns on the tracker sheet, to the right of yours;</Text></li>
        <li><Text>its own sheets (Summary, Exceptions and the others you choose);</Text></li>
        <li><Text>one very hidden sheet holding its settings.</Text></li>
      </ul>
      <Text>It never changes your own cells.{mode === 'browser' ? ' What it writes goes into a copy you download: the file you opened is not changed.' : ''}</Text>
      <Text>Nothing leaves your computer: Tracker Check sends nothing anywhere.</Text>
      <div>
        <Button appearance="primary" onClick={onStart}>{again ? 'Back' : 'Start'}</Button>
      </div>
    </section>
  );
}
