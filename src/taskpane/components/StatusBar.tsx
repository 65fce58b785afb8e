import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { Busy, Notice } from '../state/usePane';


const useStyles = makeStyles({
  // a long message (a file name, a reason quoted from the reader) wraps inside the pane
  body: { overflowWrap: 'anywhere', minWidth: 0 },
  next: { display: 'block' },
  // stays in sight at the top of the pane while a job runs, wherever the user has scrolled to (the Write
  // button is often far down a tab)
  busy: {
    display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, position: 'sticky', top: 0, zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS,
  },
  progress: { flexGrow: 1, minWidth: 0 },
});

/**
 * The pane's one result message: what the last job found or did, and what to do next. It takes focus
 * when it reports something the user asked for, so a keyboard or screen-reader user lands on the answer.
 * While a job runs, its progress and a Cancel button show; the progress is not announced (a long job would
 * fill a screen reader with numbers), only each finished job's message, once, in a polite live region.
 */
export function StatusBar({ busy, notice, next, onDismiss, onCancel, showAfterMs }: {
  busy: Busy | null; notice: Notice | null; next: string | null; onDismiss: () => void; onCancel: () => void;
  /** the progress and Cancel show once a job has run this long, so quick jobs do not flash a bar */
  showAfterMs: number;
}) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  const message = useRef<HTMLDivElement>(null);
  // numbers notices: each is drawn as a new message bar, so the live region announces it, even in the same words
  const count = useRef(0);
  const noticeId = useMemo(() => ++count.current, [notice]);
  useEffect(() => {
    if (!busy) {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), showAfterMs);
    return () => clearTimeout(timer);
  }, [busy !== null]);
  const showBusy = busy !== null && (shown || showAfterMs === 0);
  // every notice is a new object: the same words reported twice still move focus, and are announced again
  useEffect(() => {
    if (notice?.focus) message.current?.focus();
  }, [notice]);

  // a fragment: the progress row is the pane's own child, which it needs to stay in sight as the pane scrolls
  return (
    <>
      {busy && showBusy && (
        <div className={styles.busy}>
          <Field className={styles.progress} validationMessage={busy.what + (busy.total > 0 ? ` (${busy.done} of ${busy.total})` : '…')} validationState="none">
            <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} max={1} aria-label={busy.what} />
          </Field>
          <Button size="small" aria-label={`Cancel: ${busy.what}`} onClick={onCancel}>Cancel</Button>
        </div>
      )}
      {/* only finished jobs' messages are in the live region: the progress above it is not announced */}
      <div id="job-announcement" aria-live="polite">
        {notice && (
        <MessageBar key={noticeId} ref={message} id="result-message" tabIndex={-1} intent={notice.intent} layout="multiline" aria-labelledby="result-message-text">
          <MessageBarBody id="result-message-text" className={styles.body}>
            <span>{notice.text}</span>
            {next && <span className={styles.next}>{next}</span>}
          </MessageBarBody>
          {/* an icon-only button: a labelled one takes a quarter of Excel's 350 px pane from the message */}
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label="Dismiss" icon={<span aria-hidden="true">✕</span>} onClick={onDismiss} />} />
        </MessageBar>
        )}
      </div>
    </>
  );
}
