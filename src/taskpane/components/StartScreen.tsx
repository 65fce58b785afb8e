import { Button, Caption1, FluentProvider, Spinner, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { cannotConnectText, type PaneStart } from '../state/paneStart';

const useStyles = makeStyles({
  page: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box',
    minHeight: '100%', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
  },
  message: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  title: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // in line with the text under it, not centred
  spinner: { justifyContent: 'flex-start' },
});

/**
 * What the pane shows before it can start: that it is waiting for Excel (and, past a few seconds, that
 * Excel is slow), or why it could not connect, with a way to reload. Never the browser mode's file picker:
 * that is for a page opened outside Office.
 */
export function StartScreen({ start, dark }: { start: Exclude<PaneStart, { mode: 'excel' | 'browser' }>; dark: boolean }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: '100%' }}>
      <main className={styles.page} aria-label="Tracker Check">
        <div className={styles.title}>
          <Text as="h1" weight="semibold" size={500}>Tracker Check</Text>
          <Caption1>version {__TRACKER_CHECK_VERSION__}</Caption1>
        </div>
        {start.mode === 'waiting' ? <Waiting slow={start.slow} /> : <CannotConnect start={start} />}
      </main>
    </FluentProvider>
  );
}

function Waiting({ slow }: { slow: boolean }) {
  const styles = useStyles();
  if (!slow) return <Spinner className={styles.spinner} size="small" labelPosition="after" label="Starting…" />;
  return (
    <div className={styles.message} role="status">
      <Spinner className={styles.spinner} size="small" labelPosition="after" label="Waiting for Excel…" />
      <Text>Excel is taking longer than usual to answer. This happens in Excel on the web and on virtual desktops. Tracker Check goes on waiting.</Text>
    </div>
  );
}

function CannotConnect({ start }: { start: Extract<PaneStart, { mode: 'cannot-connect' }> }) {
  const styles = useStyles();
  const text = cannotConnectText(start.why, start.detail);
  return (
    <div className={styles.message} role="alert">
      <Text as="h2" weight="semibold" size={400}>{text.title}</Text>
      {text.lines.map((line) => <Text key={line} block>{line}</Text>)}
      {start.why !== 'not-excel' && (
        <div>
          <Button appearance="primary" onClick={() => window.location.reload()}>Reload the add-in</Button>
        </div>
      )}
    </div>
  );
}
